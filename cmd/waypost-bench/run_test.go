package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/waypost/waypost/internal/testsupport/dbtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	dbtest.StopShared()
	os.Exit(code)
}

// TestRunMeasuresEveryScenario runs the command end to end on a small data set:
// seeding writes straight into the schema, so a schema change it does not
// follow fails here rather than in the next benchmark run.
func TestRunMeasuresEveryScenario(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			env := map[string]string{}
			if dialect == "postgres" {
				env["DATABASE_URL"] = dbtest.DSN(t)
			}
			args := []string{"-n", "300", "-db", dialect, "-duration", "300ms", "-warmup", "0", "-concurrency", "2",
				"-poll-parcels", "200", "-poll-duration", "0", "-json"}
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), args, func(k string) string { return env[k] }, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d\n%s", code, stderr.String())
			}
			var rep report
			if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, stdout.String())
			}
			if len(rep.Databases) != 1 {
				t.Fatalf("got %d databases, want 1", len(rep.Databases))
			}
			checkDatabase(t, rep.Databases[0])
		})
	}
}

func checkDatabase(t *testing.T, d *dbReport) {
	t.Helper()
	wantCheckpoints := 0
	for i := range 300 {
		wantCheckpoints += stepsOf(i)
	}
	if d.Seed.Trackings != 300 || d.Seed.Parcels != 300 || d.Seed.Checkpoints != wantCheckpoints {
		t.Errorf("seeded %+v, want 300 trackings and parcels, %d checkpoints", d.Seed, wantCheckpoints)
	}
	want := append([]Scenario{ceilingScenario}, allScenarios()...)
	if len(d.Results) != len(want) {
		t.Fatalf("got %d results, want %d", len(d.Results), len(want))
	}
	for i, r := range d.Results {
		switch {
		case r.Scenario != want[i].Name:
			t.Errorf("result %d is %q, want %q", i, r.Scenario, want[i].Name)
		case r.Skipped == "endpoint missing":
		case r.Skipped != "":
			t.Errorf("%s skipped: %s %s", r.Scenario, r.Skipped, r.FirstError)
		case r.Requests == 0 || r.Errors > 0:
			t.Errorf("%s: %d requests, %d errors (first: %s)", r.Scenario, r.Requests, r.Errors, r.FirstError)
		case (r.Unit != "") != (r.Rate > 0):
			t.Errorf("%s: rate %v %s/s", r.Scenario, r.Rate, r.Unit)
		}
	}
	if d.Results[0].Ratio != 1 {
		t.Errorf("ceiling ratio %v, want 1", d.Results[0].Ratio)
	}
}

func TestBadCommandLines(t *testing.T) {
	for _, args := range [][]string{
		{"-n", "0"},
		{"-db", "mysql"},
		{"-db", ","},
		{"-concurrency", "0"},
		{"-duration", "0s"},
		{"-poll-parcels", "0"},
		{"-poll-duration", "-1s"},
		{"extra"},
		{"-only", "nothing-is-called-this"},
	} {
		var out, errb bytes.Buffer
		if code := run(context.Background(), args, func(string) string { return "" }, &out, &errb); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
		if errb.Len() == 0 {
			t.Errorf("%v: no message on stderr", args)
		}
	}
}
