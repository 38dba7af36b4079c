package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"

	"github.com/waypost/waypost/web/detect"
)

// detectBatch is how many numbers one operation detects: one call takes about
// as long as timing it, so single calls would mostly measure the clock.
const detectBatch = 100

// detectPerFormat is how many different valid numbers each format adds to the mix.
const detectPerFormat = 50

// detectScenarios time courier detection from tracking-number formats, which
// runs on every tracking created without a slug and on the public search.
func detectScenarios() []Scenario {
	return []Scenario{{
		Name: "detect/numbers",
		About: fmt.Sprintf("web/detect.Detect over a shuffled mix of %d valid numbers of each supported format (check digits "+
			"correct, with the slug hint weak formats need); one operation detects %d, one worker per core", detectPerFormat, detectBatch),
		Unit:    "numbers",
		PerOp:   detectBatch,
		Workers: runtime.GOMAXPROCS(0),
		Setup:   setupDetect,
	}}
}

type detectCase struct {
	number string
	hints  detect.Hints
}

func setupDetect(context.Context, *Env) (Op, error) {
	cases, err := detectCases(rand.New(rand.NewPCG(3, 4)))
	if err != nil {
		return nil, err
	}
	return func(_ context.Context, rnd *rand.Rand) error {
		start := rnd.IntN(len(cases))
		for k := range detectBatch {
			c := &cases[(start+k)%len(cases)]
			if len(detect.Detect(c.number, c.hints)) == 0 {
				return fmt.Errorf("%s: nothing detected", c.number)
			}
		}
		return nil
	}, nil
}

// detectCases makes detectPerFormat numbers of every format from its example.
func detectCases(rnd *rand.Rand) ([]detectCase, error) {
	var out []detectCase
	for _, f := range detect.Formats() {
		var h detect.Hints
		if f.NeedsHint {
			h.Slugs = f.Slugs
		}
		seen := map[string]bool{}
		for try := 0; len(seen) < detectPerFormat && try < 20*detectPerFormat; try++ {
			if n, ok := variant(rnd, f, h); ok && !seen[n] {
				seen[n] = true
				out = append(out, detectCase{number: n, hints: h})
			}
		}
		if len(seen) == 0 {
			return nil, fmt.Errorf("detect: no valid variant of %s's example %s", f.Name, f.Example)
		}
	}
	rnd.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out, nil
}

// variant changes up to four digits before the example's last digit, which is
// where the check digit sits, then picks the check digit that makes Detect
// find the format again.
func variant(rnd *rand.Rand, f detect.Format, h detect.Hints) (string, bool) {
	b := []byte(f.Example)
	check := -1
	for i := len(b) - 1; i >= 0 && check < 0; i-- {
		if isDigit(b[i]) {
			check = i
		}
	}
	for i, changed := check-1, 0; i >= 0 && changed < 4; i-- {
		if isDigit(b[i]) {
			b[i], changed = byte('0'+rnd.IntN(10)), changed+1
		}
	}
	for d := byte('0'); d <= '9' && check >= 0; d++ {
		b[check] = d
		for _, c := range detect.Detect(string(b), h) {
			if c.Format == f.Name {
				return string(b), true
			}
		}
	}
	return "", false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
