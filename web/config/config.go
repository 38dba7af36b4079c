// Package config reads Waypost's environment once into a typed Config.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Mode says where the data lives.
type Mode string

// The run modes.
const (
	// ModeEmbedded keeps everything in a SQLite file under DataDir.
	ModeEmbedded Mode = "embedded"
	// ModeCluster uses PostgreSQL; instances are stateless.
	ModeCluster Mode = "cluster"
)

// Config is the whole runtime configuration.
type Config struct {
	Addr        string
	DataDir     string
	DatabaseURL string
	BaseURL     *url.URL
	Mode        Mode
	// SessionKeys are pairs of (authentication, encryption) keys, newest first, for
	// rotating cookie keys without logging everybody out.
	SessionKeys [][]byte
	// DataKeys seal secrets stored in the database (AES-256), newest first.
	DataKeys [][]byte
	Sandbox  bool
	// SandboxStep is the simulator's unit of time: one scenario step per SandboxStep.
	SandboxStep time.Duration
	LogLevel    slog.Level
	// PollInterval is how often the scheduler looks for parcels due a refresh.
	PollInterval time.Duration

	BootstrapEmail    string
	BootstrapPassword string
	BootstrapAPIKey   string

	// APIRateLimit is requests per minute per API key.
	APIRateLimit int
	// PublicRateLimit is requests per minute per client IP on public pages and keyless APIs.
	PublicRateLimit int
	// APIBodyLimit is the largest request body, in bytes, the JSON APIs read; a
	// larger one is answered 413 in the API's envelope.
	APIBodyLimit int
	// AllowPrivateWebhooks lets webhooks target loopback and private networks (tests, intranets).
	AllowPrivateWebhooks bool
	// Webhooks tunes webhook delivery (timeouts, retries, retention).
	Webhooks Webhooks
	// Carriers holds the live carrier APIs' server credentials and polling limits.
	Carriers Carriers
	// FilesDir holds label, invoice and manifest files ("" is <DataDir>/files).
	FilesDir string
	// LabelFonts are TrueType files to draw labels with, first found wins; Debian's
	// Nanum and then the built-in Go fonts follow them.
	LabelFonts []string
}

// Error is a configuration problem tied to one variable.
type Error struct {
	Var    string
	Reason string
}

func (e *Error) Error() string { return e.Var + ": " + e.Reason }

// Getenv is os.Getenv's signature, injected so tests control the environment.
type Getenv func(string) string

// Load reads the configuration. Secrets may come from NAME_FILE instead of NAME.
func Load(getenv Getenv) (*Config, error) {
	r := reader{getenv: getenv}
	c := &Config{
		Addr:                 r.str("WAYPOST_ADDR", ":8080"),
		DataDir:              r.str("WAYPOST_DATA_DIR", "./data"),
		DatabaseURL:          r.secret("DATABASE_URL"),
		BootstrapEmail:       r.str("WAYPOST_BOOTSTRAP_EMAIL", ""),
		BootstrapPassword:    r.secret("WAYPOST_BOOTSTRAP_PASSWORD"),
		BootstrapAPIKey:      r.secret("WAYPOST_BOOTSTRAP_API_KEY"),
		SandboxStep:          r.duration("WAYPOST_SANDBOX_STEP", time.Minute),
		PollInterval:         r.duration("WAYPOST_POLL_INTERVAL", 15*time.Second),
		APIRateLimit:         r.integer("WAYPOST_API_RATE_LIMIT", 6000),
		PublicRateLimit:      r.integer("WAYPOST_PUBLIC_RATE_LIMIT", 600),
		APIBodyLimit:         r.integer("WAYPOST_API_BODY_LIMIT", 1<<20),
		AllowPrivateWebhooks: r.boolean("WAYPOST_ALLOW_PRIVATE_WEBHOOKS", false),
		FilesDir:             r.str("WAYPOST_FILES_DIR", ""),
		LabelFonts:           filepath.SplitList(r.str("WAYPOST_LABEL_FONTS", "")),
	}
	c.Mode = ModeEmbedded
	if c.DatabaseURL != "" {
		c.Mode = ModeCluster
		r.check("DATABASE_URL", validPostgresURL(c.DatabaseURL))
	}
	c.Sandbox = r.boolean("WAYPOST_SANDBOX", c.Mode == ModeEmbedded)
	c.LogLevel = r.level("WAYPOST_LOG_LEVEL")
	c.BaseURL = r.baseURL("WAYPOST_BASE_URL", c.Addr)
	c.SessionKeys = r.keys("WAYPOST_SESSION_KEYS", c.Mode == ModeCluster, sessionKeyFormat)
	c.DataKeys = r.keys("WAYPOST_DATA_KEYS", c.Mode == ModeCluster, dataKeyFormat)
	r.check("WAYPOST_ADDR", validAddr(c.Addr))
	r.bootstrap(c)
	c.Carriers = r.carriers()
	c.Webhooks = r.webhooks()
	if r.err != nil {
		return nil, r.err
	}
	return c, nil
}

// DBPath is the SQLite file in embedded mode.
func (c *Config) DBPath() string { return filepath.Join(c.DataDir, "waypost.db") }

// FilesPath is the directory of stored shipping files.
func (c *Config) FilesPath() string {
	if c.FilesDir != "" {
		return c.FilesDir
	}
	return filepath.Join(c.DataDir, "files")
}

// SecureCookies reports whether cookies get the Secure flag (served over https).
func (c *Config) SecureCookies() bool { return c.BaseURL.Scheme == "https" }

type reader struct {
	getenv Getenv
	err    error
}

func (r *reader) fail(name, reason string) {
	if r.err == nil {
		r.err = &Error{Var: name, Reason: reason}
	}
}

func (r *reader) check(name string, err error) {
	if err != nil {
		r.fail(name, err.Error())
	}
}

func (r *reader) str(name, def string) string {
	if v := strings.TrimSpace(r.getenv(name)); v != "" {
		return v
	}
	return def
}

// secret reads NAME, or the file named by NAME_FILE (Docker and Kubernetes secrets).
func (r *reader) secret(name string) string {
	v := strings.TrimSpace(r.getenv(name))
	file := strings.TrimSpace(r.getenv(name + "_FILE"))
	if v != "" && file != "" {
		r.fail(name, "set either "+name+" or "+name+"_FILE, not both")
		return ""
	}
	if file == "" {
		return v
	}
	b, err := os.ReadFile(file)
	if err != nil {
		r.fail(name+"_FILE", "cannot read: "+err.Error())
		return ""
	}
	return strings.TrimSpace(string(b))
}

func (r *reader) boolean(name string, def bool) bool {
	v := strings.TrimSpace(r.getenv(name))
	if v == "" {
		return def
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		r.fail(name, fmt.Sprintf("%q is not a boolean (use true or false)", v))
	}
	return b
}

func (r *reader) integer(name string, def int) int {
	v := strings.TrimSpace(r.getenv(name))
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		r.fail(name, fmt.Sprintf("%q is not a positive whole number", v))
	}
	return n
}

func (r *reader) duration(name string, def time.Duration) time.Duration {
	v := strings.TrimSpace(r.getenv(name))
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		r.fail(name, fmt.Sprintf("%q is not a positive duration such as 30s or 5m", v))
	}
	return d
}

func (r *reader) level(name string) slog.Level {
	v := strings.ToLower(strings.TrimSpace(r.getenv(name)))
	switch v {
	case "", "info":
		return slog.LevelInfo
	case "debug":
		return slog.LevelDebug
	case "warn", "warning":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	r.fail(name, fmt.Sprintf("%q is not one of debug, info, warn, error", v))
	return slog.LevelInfo
}

func (r *reader) baseURL(name, addr string) *url.URL {
	v := strings.TrimSpace(r.getenv(name))
	if v == "" {
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			return &url.URL{Scheme: "http", Host: "localhost:8080"}
		}
		if host == "" || host == "0.0.0.0" || host == "::" {
			host = "localhost"
		}
		return &url.URL{Scheme: "http", Host: net.JoinHostPort(host, port)}
	}
	u, err := url.Parse(strings.TrimRight(v, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		r.fail(name, fmt.Sprintf("%q is not an absolute http(s) URL", v))
		return &url.URL{Scheme: "http", Host: "localhost"}
	}
	return u
}

func (r *reader) bootstrap(c *Config) {
	if c.BootstrapEmail == "" && (c.BootstrapPassword != "" || c.BootstrapAPIKey != "") {
		r.fail("WAYPOST_BOOTSTRAP_EMAIL", "required when WAYPOST_BOOTSTRAP_PASSWORD or WAYPOST_BOOTSTRAP_API_KEY is set")
	}
	if c.BootstrapEmail != "" && !strings.Contains(c.BootstrapEmail, "@") {
		r.fail("WAYPOST_BOOTSTRAP_EMAIL", "is not an email address")
	}
	if c.BootstrapEmail != "" && len(c.BootstrapPassword) < 10 {
		r.fail("WAYPOST_BOOTSTRAP_PASSWORD", "must be at least 10 characters")
	}
	if c.BootstrapAPIKey != "" && len(c.BootstrapAPIKey) < 16 {
		r.fail("WAYPOST_BOOTSTRAP_API_KEY", "must be at least 16 characters")
	}
}

func validPostgresURL(v string) error {
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") || u.Host == "" {
		return errors.New("must be a postgres:// URL with a host")
	}
	return nil
}

func validAddr(v string) error {
	if _, _, err := net.SplitHostPort(v); err != nil {
		return fmt.Errorf("%q is not host:port (for example :8080)", v)
	}
	return nil
}
