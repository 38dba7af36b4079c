package models

import (
	"context"
	"errors"
	"fmt"
)

// Sealer encrypts values before they are stored and decrypts them when read.
// Sealed values are marked, so Sealed tells them from rows written in clear
// before sealing existed; Current says a value is sealed under the newest key.
type Sealer interface {
	Seal(plain []byte) (string, error)
	Open(sealed string) ([]byte, error)
	Sealed(v string) bool
	Current(v string) bool
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

// ResealSecrets seals what is not yet sealed under the newest data key: carrier
// credentials written in clear by earlier versions, and values sealed under a key
// rotated out of first place. It reports how many values it rewrote. Each row is
// rewritten only if it still holds what was read, so instances starting together
// do not clash.
func (db *DB) ResealSecrets(ctx context.Context) (int, error) {
	if db.sealer == nil {
		return 0, nil
	}
	n, err := db.resealCourierCredentials(ctx)
	if err != nil {
		return n, err
	}
	m, err := db.resealAPIKeySecrets(ctx)
	if err != nil {
		return n + m, err
	}
	k, err := db.resealShipperCredentials(ctx)
	return n + m + k, err
}
