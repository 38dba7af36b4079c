package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
)

// Result is one scenario's figures on one database.
type Result struct {
	Scenario string        `json:"scenario"`
	Requests int           `json:"requests"`
	Errors   int           `json:"errors"`
	Seconds  float64       `json:"seconds"`
	RPS      float64       `json:"requests_per_second"`
	P50      time.Duration `json:"-"`
	P99      time.Duration `json:"-"`
	P50ms    float64       `json:"p50_ms"`
	P99ms    float64       `json:"p99_ms"`
	Ratio    float64       `json:"ratio_of_ceiling"`
	// AllocPerOp is what the whole process, client and server, allocated per
	// operation while measuring.
	AllocPerOp float64 `json:"alloc_bytes_per_op"`
	Skipped    string  `json:"skipped,omitempty"`
	FirstError string  `json:"first_error,omitempty"`

	// Unit, Rate and AllocPerUnit describe work other than HTTP requests:
	// Rate units per second; requests_per_second then counts operations.
	Unit         string  `json:"unit,omitempty"`
	Rate         float64 `json:"rate,omitempty"`
	AllocPerUnit float64 `json:"alloc_bytes_per_unit,omitempty"`
	// HeapBeforeMB and PeakHeapMB are the process's heap in use before and at
	// most during a measurement that reports memory.
	HeapBeforeMB float64     `json:"heap_before_mb,omitempty"`
	PeakHeapMB   float64     `json:"peak_heap_mb,omitempty"`
	Poll         *PollReport `json:"poll,omitempty"`
	Notes        []string    `json:"notes,omitempty"`
}

// dbReport is one table: a database, its seeding and its results.
type dbReport struct {
	Database string     `json:"database"`
	Version  string     `json:"version"`
	Seed     *seedStats `json:"seed"`
	Results  []Result   `json:"results"`
	LoadAvg  string     `json:"load_average_after"`
}

// report is the whole run.
type report struct {
	Date        time.Time   `json:"date"`
	GoVersion   string      `json:"go_version"`
	Platform    string      `json:"platform"`
	CPUs        int         `json:"cpus"`
	GOMAXPROCS  int         `json:"gomaxprocs"`
	CPUModel    string      `json:"cpu_model"`
	LoadAvg     string      `json:"load_average_before"`
	Trackings   int         `json:"trackings"`
	Concurrency int         `json:"concurrency"`
	Duration    float64     `json:"duration_seconds"`
	Warmup      float64     `json:"warmup_seconds"`
	Databases   []*dbReport `json:"databases"`
}

func newReport(o *options) *report {
	return &report{
		Date: time.Now().UTC().Truncate(time.Second), GoVersion: runtime.Version(),
		Platform: runtime.GOOS + "/" + runtime.GOARCH, CPUs: runtime.NumCPU(), GOMAXPROCS: runtime.GOMAXPROCS(0),
		CPUModel: cpuModel(), LoadAvg: loadAverage(), Trackings: o.n, Concurrency: o.load.concurrency,
		Duration: o.load.duration.Seconds(), Warmup: o.load.warmup.Seconds(),
	}
}

// failed reports whether a scenario could not be measured for a reason other
// than a missing endpoint.
func (r *report) failed() bool {
	for _, d := range r.Databases {
		for _, res := range d.Results {
			if res.Skipped != "" && res.FirstError != "" {
				return true
			}
		}
	}
	return false
}

func (r *report) printHeader(w io.Writer) {
	fmt.Fprintf(w, "Waypost benchmark, %s\n", r.Date.Format(time.RFC3339))
	fmt.Fprintf(w, "%s %s, %d CPUs (GOMAXPROCS %d), %s, load average %s\n",
		r.GoVersion, r.Platform, r.CPUs, r.GOMAXPROCS, r.CPUModel, r.LoadAvg)
	fmt.Fprintf(w, "%d trackings; %d workers; %gs per scenario after %gs warm-up\n",
		r.Trackings, r.Concurrency, r.Duration, r.Warmup)
	fmt.Fprintln(w, "The load generator runs in this process: client and server share the machine's cores.")
}

// printTable writes the results as Markdown tables, readable in a terminal
// and ready to paste into docs/performance.md: HTTP scenarios against the
// ceiling, then the other work with its own units.
func (d *dbReport) printTable(w io.Writer) {
	fmt.Fprintf(w, "\n%s: %d trackings, %d parcels, %d checkpoints seeded in %s (%.0f trackings/s)\n\n",
		d.Version, d.Seed.Trackings, d.Seed.Parcels, d.Seed.Checkpoints, d.Seed.Elapsed.Round(100*time.Millisecond), d.Seed.Rate())
	var other []Result
	printRow(w, "scenario", "req/s", "p50", "p99", "errors", "ratio of ceiling")
	fmt.Fprintf(w, "|%s|%s:|%s:|%s:|%s:|%s:|\n", dashes(30), dashes(9), dashes(11), dashes(11), dashes(7), dashes(17))
	for _, r := range d.Results {
		switch {
		case r.Unit != "":
			other = append(other, r)
		case r.Skipped != "":
			printRow(w, r.Scenario, "n/a", "", "", "", "("+r.Skipped+")")
		default:
			printRow(w, r.Scenario, fmt.Sprintf("%.0f", r.RPS), ms(r.P50), ms(r.P99), fmt.Sprint(r.Errors), fmt.Sprintf("%.4f", r.Ratio))
		}
	}
	if len(other) > 0 {
		fmt.Fprintln(w)
		printOtherCells(w, "scenario", "rate", "p50", "p99", "errors", "memory")
		fmt.Fprintf(w, "|%s|%s:|%s:|%s:|%s:|%s|\n", dashes(30), dashes(21), dashes(11), dashes(11), dashes(7), dashes(28))
		for _, r := range other {
			printOtherRow(w, r)
		}
	}
	for _, r := range d.Results {
		for _, n := range r.Notes {
			fmt.Fprintf(w, "\n%s: %s\n", r.Scenario, n)
		}
		if r.FirstError != "" {
			fmt.Fprintf(w, "\n%s: first error: %s\n", r.Scenario, r.FirstError)
		}
	}
	fmt.Fprintf(w, "\nload average after: %s\n", d.LoadAvg)
}

func printRow(w io.Writer, cells ...string) {
	fmt.Fprintf(w, "| %-28s | %8s | %10s | %10s | %6s | %16s |\n", cells[0], cells[1], cells[2], cells[3], cells[4], cells[5])
}

func printOtherCells(w io.Writer, cells ...string) {
	fmt.Fprintf(w, "| %-28s | %20s | %10s | %10s | %6s | %-26s |\n", cells[0], cells[1], cells[2], cells[3], cells[4], cells[5])
}

// printOtherRow shows a rate in its unit per second, and memory as bytes
// allocated per unit or as the peak heap, whichever the scenario measured.
func printOtherRow(w io.Writer, r Result) {
	if r.Skipped != "" {
		printOtherCells(w, r.Scenario, "n/a", "", "", "", "("+r.Skipped+")")
		return
	}
	mem := fmt.Sprintf("%.0f B/%s", r.AllocPerUnit, singular(r.Unit))
	if r.PeakHeapMB > 0 {
		mem = fmt.Sprintf("heap %.0f MB (%.0f before)", r.PeakHeapMB, r.HeapBeforeMB)
	}
	p50, p99 := ms(r.P50), ms(r.P99)
	if r.P50 == 0 {
		p50, p99 = "", ""
	}
	printOtherCells(w, r.Scenario, fmt.Sprintf("%.0f %s/s", r.Rate, r.Unit), p50, p99, fmt.Sprint(r.Errors), mem)
}

func dashes(n int) string { return strings.Repeat("-", n) }

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d.Microseconds())/1000) }

func (r *report) writeJSON(w io.Writer) error {
	for _, d := range r.Databases {
		for i := range d.Results {
			res := &d.Results[i]
			res.P50ms = float64(res.P50.Microseconds()) / 1000
			res.P99ms = float64(res.P99.Microseconds()) / 1000
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// cpuModel names the processor where Linux says it; elsewhere it is unknown.
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

// loadAverage is the 1, 5 and 15 minute load: other work on the machine
// lowers every figure, the ceiling included.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// singular names one unit of a rate: "numbers" -> "number", "deliveries" -> "delivery".
func singular(unit string) string {
	if strings.HasSuffix(unit, "ies") {
		return strings.TrimSuffix(unit, "ies") + "y"
	}
	return strings.TrimSuffix(unit, "s")
}
