package config

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// keyFormat is one kind of server key: how its variable spells a list of them
// (newest first, for rotation) and how embedded mode makes and keeps its own.
type keyFormat struct {
	// file holds the generated keys in the data directory of embedded mode.
	file string
	// why is the error of a cluster without the variable.
	why string
	// parse reads a list; size is how many random 32-byte halves a new entry has.
	parse func(string) ([][]byte, error)
	size  int
	// sep joins the halves of one entry.
	sep string
}

// Cookie keys come in pairs (authentication, encryption); data keys seal secrets
// stored in the database (web/secretbox) and are single AES-256 keys.
var (
	sessionKeyFormat = keyFormat{file: "session.keys", parse: parseKeys, size: 2, sep: ":",
		why: "required with DATABASE_URL: every instance must share the cookie keys (generate with: openssl rand -hex 32, twice, joined by ':')"}
	dataKeyFormat = keyFormat{file: "data.keys", parse: parseDataKeys, size: 1,
		why: "required with DATABASE_URL: every instance must share the keys that seal secrets in the database (generate with: openssl rand -hex 32)"}
)

// dataKeySize is the AES-256 key length of a data key.
const dataKeySize = 32

func (r *reader) keys(name string, required bool, f keyFormat) [][]byte {
	v := r.secret(name)
	if v == "" {
		if required {
			r.fail(name, f.why)
		}
		return nil
	}
	keys, err := f.parse(v)
	if err != nil {
		r.fail(name, err.Error())
	}
	return keys
}

// parseKeys reads "authhex:enchex[,authhex:enchex...]".
func parseKeys(v string) ([][]byte, error) {
	var keys [][]byte
	for _, pair := range strings.Split(v, ",") {
		parts := strings.Split(strings.TrimSpace(pair), ":")
		if len(parts) != 2 {
			return nil, errors.New("want hex pairs auth:encryption, comma-separated, newest first")
		}
		a, err1 := hex.DecodeString(parts[0])
		e, err2 := hex.DecodeString(parts[1])
		if err1 != nil || err2 != nil || len(a) < 32 || len(e) != 32 {
			return nil, errors.New("each key must be hex: authentication key of at least 32 bytes, encryption key of exactly 32 bytes")
		}
		keys = append(keys, a, e)
	}
	return keys, nil
}

// parseDataKeys reads "hex[,hex...]", newest first.
func parseDataKeys(v string) ([][]byte, error) {
	var keys [][]byte
	for _, part := range strings.Split(v, ",") {
		k, err := hex.DecodeString(strings.TrimSpace(part))
		if err != nil || len(k) != dataKeySize {
			return nil, errors.New("want 32-byte keys in hex (64 characters), comma-separated, newest first")
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// EnsureSessionKeys loads or creates the persisted session keys of embedded mode.
func (c *Config) EnsureSessionKeys() (err error) {
	if len(c.SessionKeys) == 0 {
		c.SessionKeys, err = keyFile(c.DataDir, sessionKeyFormat)
	}
	return err
}

// EnsureDataKeys loads or creates the persisted data key of embedded mode. The
// key file sits beside the database; keep both in the same backup.
func (c *Config) EnsureDataKeys() (err error) {
	if len(c.DataKeys) == 0 {
		c.DataKeys, err = keyFile(c.DataDir, dataKeyFormat)
	}
	return err
}

// keyFile reads the keys kept in dir, or makes, writes (owner-only) and
// returns new ones when there are none yet.
func keyFile(dir string, f keyFormat) ([][]byte, error) {
	path := filepath.Join(dir, f.file)
	if b, err := os.ReadFile(path); err == nil {
		keys, perr := f.parse(strings.TrimSpace(string(b)))
		if perr != nil {
			return nil, fmt.Errorf("%s: %w", path, perr)
		}
		return keys, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	keys, halves := make([][]byte, f.size), make([]string, f.size)
	for i := range keys {
		keys[i] = make([]byte, 32)
		if _, err := rand.Read(keys[i]); err != nil {
			return nil, err
		}
		halves[i] = hex.EncodeToString(keys[i])
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, []byte(strings.Join(halves, f.sep)+"\n"), 0o600); err != nil {
		return nil, err
	}
	return keys, nil
}
