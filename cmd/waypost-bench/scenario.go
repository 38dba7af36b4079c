package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"
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
}

// Op is one timed operation. An error counts against the scenario; the
// operation's latency is recorded either way.
type Op func(ctx context.Context, rnd *rand.Rand) error

// Env is what a scenario can use: the running instance, its seeded data, and
// an HTTP client that keeps connections alive.
type Env struct {
	Dialect string
	// URL is the instance's base URL.
	URL    string
	APIKey string
	Data   *Dataset
	Store  seedStore
	Client *http.Client

	cleanups []func()
}

// Defer registers fn to run once the scenario has been measured.
func (e *Env) Defer(fn func()) { e.cleanups = append(e.cleanups, fn) }

func (e *Env) cleanup() {
	for i := len(e.cleanups) - 1; i >= 0; i-- {
		e.cleanups[i]()
	}
	e.cleanups = nil
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
	for _, family := range [][]Scenario{apiScenarios(), publicScenarios()} {
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
