package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"time"
)

// apiListScenarios time the AfterShip list endpoint with each kind of filter,
// and paging through it by cursor.
func apiListScenarios() []Scenario {
	return []Scenario{
		listFilter("tag", "tag=Delivered&slug=usps", func(*Dataset, *rand.Rand) string {
			return "tag=Delivered&slug=usps"
		}),
		listFilter("keyword", "keyword=<a seeded number less its last two digits> (up to 100 matches, searched in every text column)",
			func(d *Dataset, rnd *rand.Rand) string {
				n := seedNumber(d.Pick(rnd))
				return "keyword=" + n[:len(n)-2]
			}),
		listFilter("numbers", "tracking_numbers=<three random seeded numbers>", func(d *Dataset, rnd *rand.Rand) string {
			return "tracking_numbers=" + seedNumber(d.Pick(rnd)) + "," + seedNumber(d.Pick(rnd)) + "," + seedNumber(d.Pick(rnd))
		}),
		listFilter("transit", "created_at_min=<creation of a random tracking of the older half, RFC 3339 at +08:00, URL-escaped>&transit_time=2",
			func(d *Dataset, rnd *rand.Rand) string {
				at := d.CreatedAt(rnd.IntN(max(len(d.TrackingIDs)/2, 1))).In(time.FixedZone("", 8*3600))
				return "created_at_min=" + url.QueryEscape(at.Format(time.RFC3339)) + "&transit_time=2"
			}),
		listFilter("destination", "destination=USA&return_to_sender=false", func(*Dataset, *rand.Rand) string {
			return "destination=USA&return_to_sender=false"
		}),
		{
			Name: "api/cursor-2025-07",
			About: fmt.Sprintf("GET /tracking/2025-07/trackings?limit=100, then its data.pagination.next_cursor, %d pages deep; "+
				"one operation is one page, the walks of all workers interleaved", cursorPages),
			Setup: setupCursorWalk,
		},
	}
}

// listFilter is a scenario of GET /tracking/2024-04/trackings?limit=100 with
// the query that queryFor adds.
func listFilter(name, about string, queryFor func(*Dataset, *rand.Rand) string) Scenario {
	return Scenario{
		Name:  "api/list-filter-" + name,
		About: "GET /tracking/2024-04/trackings?limit=100&" + about,
		Setup: func(ctx context.Context, env *Env) (Op, error) {
			pathFor := func(rnd *rand.Rand) string {
				return "/tracking/2024-04/trackings?limit=100&" + queryFor(env.Data, rnd)
			}
			if err := checkListMatches(ctx, env, pathFor(rand.New(rand.NewPCG(1, 2)))); err != nil {
				return nil, err
			}
			return getOp(env.Client, env.URL, apiHeader(env), pathFor), nil
		},
	}
}

// checkListMatches makes sure a filter finds something in the seeded data: a
// filter that matches nothing would time an empty answer.
func checkListMatches(ctx context.Context, env *Env, path string) error {
	status, body, err := do(ctx, env.Client, env.URL, getRequest(path, apiHeader(env)), true)
	var se *statusError
	if errors.As(err, &se) && status == http.StatusNotFound {
		return skip("endpoint missing")
	}
	if err != nil {
		return fmt.Errorf("%w: %s", err, body)
	}
	var list struct {
		Data struct {
			Trackings []json.RawMessage `json:"trackings"`
		} `json:"data"`
	}
	if err := json.Unmarshal(body, &list); err != nil {
		return fmt.Errorf("GET %s: %w", path, err)
	}
	if len(list.Data.Trackings) == 0 {
		return fmt.Errorf("GET %s matches no seeded tracking", path)
	}
	return nil
}

// cursorPages is how deep one walk follows next_cursor.
const cursorPages = 10

// cursorWalk pages through the list as clients syncing every tracking do.
// Pages still to fetch wait in a queue that any worker takes from, so that each
// operation is one request, comparable with the page-numbered lists.
type cursorWalk struct {
	env     *Env
	header  http.Header
	pending chan cursorPage
}

type cursorPage struct {
	cursor string
	depth  int
}

func setupCursorWalk(ctx context.Context, env *Env) (Op, error) {
	w := &cursorWalk{env: env, header: apiHeader(env), pending: make(chan cursorPage, 1024)}
	rnd := rand.New(rand.NewPCG(1, 2))
	// Two pages: the first, and the one its cursor points to.
	for range 2 {
		if err := w.step(ctx, rnd); err != nil {
			return nil, err
		}
	}
	if len(env.Data.TrackingIDs) > 2*100 && len(w.pending) == 0 {
		return nil, errors.New("the second page of the 2025-07 list has no next_cursor")
	}
	return w.step, nil
}

// step fetches the next waiting page, or the first page of a new walk, and
// queues the page after it.
func (w *cursorWalk) step(ctx context.Context, _ *rand.Rand) error {
	page := cursorPage{depth: 1}
	select {
	case page = <-w.pending:
	default:
	}
	path := "/tracking/2025-07/trackings?limit=100"
	if page.cursor != "" {
		path += "&cursor=" + url.QueryEscape(page.cursor)
	}
	_, body, err := do(ctx, w.env.Client, w.env.URL, getRequest(path, w.header), true)
	if err != nil {
		return err
	}
	if next := nextCursor(body); next != "" && page.depth < cursorPages {
		select {
		case w.pending <- cursorPage{cursor: next, depth: page.depth + 1}:
		default:
		}
	}
	return nil
}

// nextCursor finds data.pagination.next_cursor by scanning rather than
// decoding: decoding a hundred trackings would take the client's share of the
// cores from the server. Pagination comes before the trackings and cursors
// are unpadded base64url, so the first match is the cursor and needs no
// unescaping.
func nextCursor(body []byte) string {
	const key = `"next_cursor":"`
	i := bytes.Index(body, []byte(key))
	if i < 0 {
		return ""
	}
	rest := body[i+len(key):]
	end := bytes.IndexByte(rest, '"')
	if end < 0 {
		return ""
	}
	return string(rest[:end])
}
