package models

import (
	"errors"
	"fmt"
)

// Sealer encrypts values before they are stored and decrypts them when read.
// Sealed values are marked, so Sealed tells them from rows written in clear
// before sealing existed.
type Sealer interface {
	Seal(plain []byte) (string, error)
	Open(sealed string) ([]byte, error)
	Sealed(v string) bool
}

// errNoSealer means the database was opened without a data key.
var errNoSealer = errors.New("no data key configured to seal secrets")

func (db *DB) seal(plain []byte, what string) (string, error) {
	if db.sealer == nil {
		return "", fmt.Errorf("seal %s: %w", what, errNoSealer)
	}
	s, err := db.sealer.Seal(plain)
	if err != nil {
		return "", fmt.Errorf("seal %s: %w", what, err)
	}
	return s, nil
}

func (db *DB) open(sealed, what string) ([]byte, error) {
	if db.sealer == nil {
		return nil, fmt.Errorf("open %s: %w", what, errNoSealer)
	}
	b, err := db.sealer.Open(sealed)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", what, err)
	}
	return b, nil
}
