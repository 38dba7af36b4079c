package app_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/waypost/waypost"

// listed is what `go list -json` says of one package of the module.
type listed struct {
	ImportPath string
	Imports    []string // direct, non-test
	Deps       []string // transitive, non-test
}

// layer is a rule of DESIGN.md about which packages may depend on which.
type layer struct {
	rule string
	// of picks the packages the rule is about, by path inside the module.
	of func(rel string) bool
	// direct checks only what a package imports itself, not what its imports pull in
	// (everything above models reaches GORM through it).
	direct  bool
	forbids func(importPath string) bool
	// minCount is how many packages the rule must find, so that renaming a package
	// away cannot make it pass by checking nothing.
	minCount int
}

// services hold the use cases the HTML and JSON edges share.
var services = []string{"web/accounts", "web/branding", "web/jobs", "web/polling", "web/shipping", "web/tracking", "web/webhooks"}

var layers = []layer{
	{
		rule:     "models imports no project package",
		of:       func(rel string) bool { return rel == "models" },
		minCount: 1,
		forbids:  func(p string) bool { return strings.HasPrefix(p, module+"/") },
	},
	{
		rule:     "only models (and test support) imports GORM",
		of:       func(rel string) bool { return rel != "models" && !testSupport(rel) },
		minCount: 1,
		direct:   true,
		forbids:  isGORM,
	},
	{
		rule:     "services import no gin, handlers, templates or server",
		of:       func(rel string) bool { return underAny(rel, services) },
		minCount: 2,
		forbids: func(p string) bool {
			return strings.HasPrefix(p, "github.com/gin-gonic/") ||
				underAny(p, []string{module + "/handlers", module + "/templates", module + "/web/server"})
		},
	},
	{
		rule:     "carrier adapters import neither models nor GORM",
		of:       func(rel string) bool { return under(rel, "web/carriers") },
		minCount: 1,
		forbids:  func(p string) bool { return under(p, module+"/models") || isGORM(p) },
	},
	{
		rule:     "production packages link no test support (only tests and the benchmark harness do)",
		of:       func(rel string) bool { return !testSupport(rel) && rel != "cmd/waypost-bench" },
		minCount: 20,
		forbids: func(p string) bool {
			rel, ok := strings.CutPrefix(p, module+"/")
			return ok && testSupport(rel)
		},
	},
	{
		rule:     "each API package stands alone: only an API describing itself imports openapi",
		of:       func(rel string) bool { return under(rel, "handlers/api") },
		minCount: 3,
		forbids: func(p string) bool {
			rel, ok := strings.CutPrefix(p, module+"/")
			return ok && under(rel, "handlers/api") && rel != "handlers/api/openapi"
		},
	},
	{
		rule:     "the OpenAPI builder knows no API",
		of:       func(rel string) bool { return rel == "handlers/api/openapi" },
		minCount: 1,
		forbids: func(p string) bool {
			rel, ok := strings.CutPrefix(p, module+"/")
			return ok && under(rel, "handlers")
		},
	},
	{
		rule:     "templates call no service",
		of:       func(rel string) bool { return under(rel, "templates") },
		minCount: 1,
		forbids: func(p string) bool {
			rel, ok := strings.CutPrefix(p, module+"/")
			return ok && underAny(rel, services)
		},
	},
}

// The dependency rules hold on the module's import graph, so a wrong import fails
// here rather than in review.
func TestLayers(t *testing.T) {
	pkgs := listModule(t)
	for _, l := range layers {
		checked := 0
		for _, p := range pkgs {
			rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
			if !l.of(rel) {
				continue
			}
			checked++
			deps := p.Deps
			if l.direct {
				deps = p.Imports
			}
			if bad := slices.DeleteFunc(slices.Clone(deps), func(d string) bool { return !l.forbids(d) }); len(bad) > 0 {
				t.Errorf("%s: %s depends on %v", l.rule, p.ImportPath, bad)
			}
		}
		if checked < l.minCount {
			t.Errorf("%s: checked %d packages, want at least %d", l.rule, checked, l.minCount)
		}
	}
}

func listModule(t *testing.T) []listed {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", module+"/...")
	cmd.Dir = filepath.Join("..", "..")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []listed
	for dec := json.NewDecoder(bytes.NewReader(out)); ; {
		var p listed
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

// testSupport packages (internal/testsupport/dbtest, apptest, browsertest,
// carriertest...) start real dependencies for tests and may reach below the layers.
func testSupport(rel string) bool {
	return under(rel, "internal/testsupport") || strings.HasSuffix(filepath.Base(rel), "test")
}

func isGORM(p string) bool {
	return strings.HasPrefix(p, "gorm.io/") || p == "github.com/ncruces/go-sqlite3/gormlite"
}

func under(p, prefix string) bool { return p == prefix || strings.HasPrefix(p, prefix+"/") }

func underAny(p string, prefixes []string) bool {
	return slices.ContainsFunc(prefixes, func(prefix string) bool { return under(p, prefix) })
}
