package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDataKeysRotateNewestFirst(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys")
	os.WriteFile(path, []byte(strings.Repeat("01", 32)+", "+strings.Repeat("02", 32)+"\n"), 0o600)
	c, err := Load(env(map[string]string{"WAYPOST_DATA_KEYS_FILE": path}))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.DataKeys) != 2 || c.DataKeys[0][0] != 1 || c.DataKeys[1][0] != 2 {
		t.Errorf("data keys from file: %x", c.DataKeys)
	}
}

func TestDataKeysPersistInEmbeddedMode(t *testing.T) {
	dir := t.TempDir()
	load := func() *Config {
		c, err := Load(env(map[string]string{"WAYPOST_DATA_DIR": dir}))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.EnsureDataKeys(); err != nil {
			t.Fatal(err)
		}
		return c
	}
	a, b := load(), load()
	if len(a.DataKeys) != 1 || len(a.DataKeys[0]) != 32 || string(a.DataKeys[0]) != string(b.DataKeys[0]) {
		t.Error("the data key is not reused across starts")
	}
	st, err := os.Stat(filepath.Join(dir, "data.keys"))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("key file: %v %v", st, err)
	}
}
