// Package secretbox seals values stored in the database (API signing secrets,
// carrier credentials) with AES-256-GCM under the server's data keys, so a copy
// of the database alone does not give them away.
package secretbox

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
)

// prefix marks a sealed value and its format version; anything else is not sealed.
const prefix = "sb1:"

// KeySize is the length of a data key: AES-256.
const KeySize = 32

// ErrOpen means no data key opens the value: it was sealed under a key that is no
// longer configured, or it was altered.
var ErrOpen = errors.New("secretbox: no data key opens this value")

// Box seals with the newest key and opens with any configured key, so keys can be
// rotated by putting a new one first and keeping the old ones until every value
// has been sealed again.
type Box struct {
	aeads []cipher.AEAD
}

// New builds a box from keys, newest first.
func New(keys [][]byte) (*Box, error) {
	if len(keys) == 0 {
		return nil, errors.New("secretbox: no data key")
	}
	b := &Box{}
	for i, k := range keys {
		if len(k) != KeySize {
			return nil, fmt.Errorf("secretbox: key %d is %d bytes, want %d", i+1, len(k), KeySize)
		}
		block, err := aes.NewCipher(k)
		if err != nil {
			return nil, err
		}
		aead, err := cipher.NewGCM(block)
		if err != nil {
			return nil, err
		}
		b.aeads = append(b.aeads, aead)
	}
	return b, nil
}

// Seal encrypts plain under the newest key with a fresh random nonce.
func (b *Box) Seal(plain []byte) (string, error) {
	aead := b.aeads[0]
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(plain)+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	out := aead.Seal(nonce, nonce, plain, nil)
	return prefix + base64.RawStdEncoding.EncodeToString(out), nil
}

// Open decrypts a value made by Seal with any configured key.
func (b *Box) Open(sealed string) ([]byte, error) {
	raw, ok := strings.CutPrefix(sealed, prefix)
	if !ok {
		return nil, errors.New("secretbox: value is not sealed")
	}
	data, err := base64.RawStdEncoding.DecodeString(raw)
	if err != nil {
		return nil, ErrOpen
	}
	for _, aead := range b.aeads {
		n := aead.NonceSize()
		if len(data) < n+aead.Overhead() {
			return nil, ErrOpen
		}
		if plain, err := aead.Open(nil, data[:n], data[n:], nil); err == nil {
			return plain, nil
		}
	}
	return nil, ErrOpen
}

// IsSealed reports whether v looks like a value made by Seal.
func IsSealed(v string) bool { return strings.HasPrefix(v, prefix) }

// Sealed reports whether v looks like a value made by Seal.
func (b *Box) Sealed(v string) bool { return IsSealed(v) }

// Current reports whether v is sealed under the newest key, so values that are
// not can be sealed again after a rotation.
func (b *Box) Current(v string) bool {
	raw, ok := strings.CutPrefix(v, prefix)
	if !ok {
		return false
	}
	data, err := base64.RawStdEncoding.DecodeString(raw)
	aead := b.aeads[0]
	n := aead.NonceSize()
	if err != nil || len(data) < n+aead.Overhead() {
		return false
	}
	_, err = aead.Open(nil, data[:n], data[n:], nil)
	return err == nil
}
