package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) Getenv { return func(k string) string { return m[k] } }

func TestDefaultsAreEmbedded(t *testing.T) {
	c, err := Load(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.Mode != ModeEmbedded || !c.Sandbox || c.Addr != ":8080" || c.DataDir != "./data" {
		t.Errorf("defaults: %+v", c)
	}
	if c.BaseURL.String() != "http://localhost:8080" || c.SecureCookies() {
		t.Errorf("base URL %s secure=%v", c.BaseURL, c.SecureCookies())
	}
}

func TestClusterMode(t *testing.T) {
	keys := strings.Repeat("ab", 32) + ":" + strings.Repeat("cd", 32)
	c, err := Load(env(map[string]string{
		"DATABASE_URL": "postgres://u@db:5432/waypost", "WAYPOST_SESSION_KEYS": keys,
		"WAYPOST_DATA_KEYS": strings.Repeat("ef", 32), "WAYPOST_BASE_URL": "https://track.example.com/",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Mode != ModeCluster || c.Sandbox || len(c.SessionKeys) != 2 || len(c.DataKeys) != 1 || !c.SecureCookies() {
		t.Errorf("cluster: mode=%s sandbox=%v keys=%d data keys=%d secure=%v", c.Mode, c.Sandbox, len(c.SessionKeys), len(c.DataKeys), c.SecureCookies())
	}
	if c.BaseURL.String() != "https://track.example.com" {
		t.Errorf("base URL %s", c.BaseURL)
	}
}

func TestBadConfigNamesTheVariable(t *testing.T) {
	cases := []struct {
		env     map[string]string
		wantVar string
	}{
		{map[string]string{"WAYPOST_ADDR": "8080"}, "WAYPOST_ADDR"},
		{map[string]string{"DATABASE_URL": "mysql://x"}, "DATABASE_URL"},
		{map[string]string{"DATABASE_URL": "postgres://db/w"}, "WAYPOST_SESSION_KEYS"},
		{map[string]string{"WAYPOST_SESSION_KEYS": "short:keys"}, "WAYPOST_SESSION_KEYS"},
		{map[string]string{"DATABASE_URL": "postgres://db/w", "WAYPOST_SESSION_KEYS": strings.Repeat("ab", 32) + ":" + strings.Repeat("cd", 32)}, "WAYPOST_DATA_KEYS"},
		{map[string]string{"WAYPOST_DATA_KEYS": strings.Repeat("ab", 16)}, "WAYPOST_DATA_KEYS"},
		{map[string]string{"WAYPOST_DATA_KEYS": strings.Repeat("ab", 32) + ",nothex"}, "WAYPOST_DATA_KEYS"},
		{map[string]string{"WAYPOST_DATA_KEYS_FILE": "/nonexistent/keys"}, "WAYPOST_DATA_KEYS_FILE"},
		{map[string]string{"WAYPOST_SANDBOX": "maybe"}, "WAYPOST_SANDBOX"},
		{map[string]string{"WAYPOST_LOG_LEVEL": "loud"}, "WAYPOST_LOG_LEVEL"},
		{map[string]string{"WAYPOST_BASE_URL": "ftp://x"}, "WAYPOST_BASE_URL"},
		{map[string]string{"WAYPOST_POLL_INTERVAL": "-1s"}, "WAYPOST_POLL_INTERVAL"},
		{map[string]string{"WAYPOST_API_RATE_LIMIT": "lots"}, "WAYPOST_API_RATE_LIMIT"},
		{map[string]string{"WAYPOST_BOOTSTRAP_PASSWORD": "secret-secret"}, "WAYPOST_BOOTSTRAP_EMAIL"},
		{map[string]string{"WAYPOST_BOOTSTRAP_EMAIL": "a@b.c", "WAYPOST_BOOTSTRAP_PASSWORD": "short"}, "WAYPOST_BOOTSTRAP_PASSWORD"},
		{map[string]string{"WAYPOST_BOOTSTRAP_EMAIL": "a@b.c", "WAYPOST_BOOTSTRAP_PASSWORD": "long-enough-pw", "WAYPOST_BOOTSTRAP_API_KEY": "tiny"}, "WAYPOST_BOOTSTRAP_API_KEY"},
		{map[string]string{"DATABASE_URL_FILE": "/nonexistent/secret"}, "DATABASE_URL_FILE"},
	}
	for _, tc := range cases {
		_, err := Load(env(tc.env))
		var ce *Error
		if !errors.As(err, &ce) || ce.Var != tc.wantVar {
			t.Errorf("%v: got %v, want an error about %s", tc.env, err, tc.wantVar)
		}
	}
}

func TestSecretFromFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(path, []byte("from-a-file-123\n"), 0o600)
	c, err := Load(env(map[string]string{"WAYPOST_BOOTSTRAP_EMAIL": "ops@example.com", "WAYPOST_BOOTSTRAP_PASSWORD_FILE": path}))
	if err != nil {
		t.Fatal(err)
	}
	if c.BootstrapPassword != "from-a-file-123" {
		t.Errorf("password %q", c.BootstrapPassword)
	}
}

func TestSessionKeysPersistInEmbeddedMode(t *testing.T) {
	dir := t.TempDir()
	load := func() *Config {
		c, err := Load(env(map[string]string{"WAYPOST_DATA_DIR": dir}))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.EnsureSessionKeys(); err != nil {
			t.Fatal(err)
		}
		return c
	}
	a, b := load(), load()
	if len(a.SessionKeys) != 2 || string(a.SessionKeys[0]) != string(b.SessionKeys[0]) {
		t.Error("session keys are not reused across starts")
	}
	st, _ := os.Stat(filepath.Join(dir, "session.keys"))
	if st.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v", st.Mode().Perm())
	}
}

func TestDurations(t *testing.T) {
	c, err := Load(env(map[string]string{"WAYPOST_SANDBOX_STEP": "5s"}))
	if err != nil || c.SandboxStep != 5*time.Second {
		t.Errorf("sandbox step %v %v", c.SandboxStep, err)
	}
}
