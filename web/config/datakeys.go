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

// dataKeySize is the AES-256 key length of a data key.
const dataKeySize = 32

func (r *reader) dataKeys(name string, required bool) [][]byte {
	v := r.secret(name)
	if v == "" {
		if required {
			r.fail(name, "required with DATABASE_URL: every instance must share the keys that seal secrets in the database (generate with: openssl rand -hex 32)")
		}
		return nil
	}
	keys, err := parseDataKeys(v)
	if err != nil {
		r.fail(name, err.Error())
	}
	return keys
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

// EnsureDataKeys loads or creates the persisted data key of embedded mode. The
// key file sits beside the database; keep both in the same backup.
func (c *Config) EnsureDataKeys() error {
	if len(c.DataKeys) > 0 {
		return nil
	}
	path := filepath.Join(c.DataDir, "data.keys")
	if b, err := os.ReadFile(path); err == nil {
		keys, perr := parseDataKeys(strings.TrimSpace(string(b)))
		if perr != nil {
			return fmt.Errorf("%s: %w", path, perr)
		}
		c.DataKeys = keys
		return nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	k := make([]byte, dataKeySize)
	if _, err := rand.Read(k); err != nil {
		return err
	}
	if err := os.MkdirAll(c.DataDir, 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(k)+"\n"), 0o600); err != nil {
		return err
	}
	c.DataKeys = [][]byte{k}
	return nil
}
