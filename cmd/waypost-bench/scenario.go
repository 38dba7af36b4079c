package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"time"

	"github.com/waypost/waypost/web/app"
)

// Scenario is one named measurement. Setup runs once per database, after the
// trackings are seeded, and returns the operation the load generator repeats
// from every worker.
//
// To add a scenario, append it to its family's list (scenario_<family>.go); to
// add a family, write that file and name its list in allScenarios.
type Scenario struct {
	// Name is "family/what", the key -only filters on.
	Name string
	// About says what one operation is, for -list and the docs.
	About string
	Setup func(ctx context.Context, env *Env) (Op, error)
	// Unit, set for work other than HTTP requests, names what the scenario's
	// rate counts ("numbers", "refreshes"). Such a scenario is not compared
	// with the ceiling and has a table of its own.
	Unit string
	// PerOp is how many units one operation handles, when the work per unit is
	// too small to time one by one (default 1).
	PerOp int
	// Workers replaces -concurrency: work that only uses the processor gains
	// nothing from more workers than cores.
	Workers int
	// MinWindow lengthens a short -duration for operations slow enough that a
	// short window would see none of them finish.
	MinWindow time.Duration
	// Measure, when set, replaces Setup and the load generator: the scenario
	// drives its own work and returns its figures.
	Measure func(ctx context.Context, env *Env) (Result, error)
}

// Op is one timed operation. An error counts against the scenario; the
// operation's latency is recorded either way.
type Op func(ctx context.Context, rnd *rand.Rand) error

// Env is what a scenario can use: the running instance, its seeded data, and
// an HTTP client that keeps connections alive.
type Env struct {
	Dialect string
	// URL is the instance's base URL.
	URL string
	// App is the instance itself, for scenarios that call its services.
	App *app.App
	// OrgID is the seeded merchant's organization, APIKey its AfterShip key.
	OrgID  string
	APIKey string
	Data   *Dataset
	Store  seedStore
	Client *http.Client
	Poll   pollOptions
	// Progress receives lines about long setups.
	Progress io.Writer

	cleanups []func()
	notes    []string
}

// Notef adds a remark to the scenario's row, printed under the table.
func (e *Env) Notef(format string, args ...any) {
	e.notes = append(e.notes, fmt.Sprintf(format, args...))
}

// Defer registers fn to run once the scenario has been measured.
func (e *Env) Defer(fn func()) { e.cleanups = append(e.cleanups, fn) }

// finish runs the cleanups and hands over the notes, which cleanups may add to.
func (e *Env) finish() []string {
	for i := len(e.cleanups) - 1; i >= 0; i-- {
		e.cleanups[i]()
	}
	notes := e.notes
	e.cleanups, e.notes = nil, nil
	return notes
}

// skipError marks a scenario that cannot run here, with the reason shown in
// its row instead of figures.
type skipError struct{ reason string }

func (e *skipError) Error() string { return e.reason }

func skip(format string, args ...any) error { return &skipError{reason: fmt.Sprintf(format, args...)} }

func isSkip(err error) (string, bool) {
	var s *skipError
	if errors.As(err, &s) {
		return s.reason, true
	}
	return "", false
}

// allScenarios lists every scenario in table order. The ceiling is not here:
// every table measures it first, whatever -only says.
func allScenarios() []Scenario {
	var all []Scenario
	// The scheduler goes last: it adds its own due parcels to the database.
	for _, family := range [][]Scenario{apiScenarios(), apiListScenarios(), apiCreateScenarios(),
		publicScenarios(), trackerDeliveryScenarios(), detectScenarios(), shippingScenarios(), webhookScenarios(), schedulerScenarios()} {
		all = append(all, family...)
	}
	return all
}

// selectScenarios keeps the scenarios whose name contains one of the filters.
func selectScenarios(all []Scenario, filters []string) []Scenario {
	if len(filters) == 0 {
		return all
	}
	var out []Scenario
	for _, s := range all {
		for _, f := range filters {
			if strings.Contains(s.Name, f) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}
