package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/tracking"
)

// publicScenarios time the public tracking page, which anyone holding a
// tracking link can load: no cookies, no API key.
func publicScenarios() []Scenario {
	return []Scenario{
		{
			Name: "public/page-uncached",
			About: "GET /track/{tracker_id}/{number} (Accept: text/html, Accept-Language: en), the next parcel of a shuffled " +
				"walk over all seeded parcels: read from the database and rendered, no carrier call",
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				return setupUncached(ctx, env, publicHeader(), trackPath)
			},
		},
		{
			Name:  "public/page-cached",
			About: "the same page of one delivered parcel, answered from the 30-second public lookup cache",
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				return probed(ctx, env, publicHeader(), fixedParcel(trackPath))
			},
		},
		{
			Name:  "public/fragment",
			About: "the same cached parcel with HX-Request: true, as track.js refreshes it: the parcel fragment, not the page",
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				h := publicHeader()
				h.Set("HX-Request", "true")
				return probed(ctx, env, h, fixedParcel(trackPath))
			},
		},
	}
}

// publicHeader is what a browser following a tracking link sends.
func publicHeader() http.Header {
	return http.Header{"Accept": {"text/html"}, "Accept-Language": {"en"}}
}

func trackPath(i int) string { return "/track/" + trackerID(i) + "/" + seedNumber(i) }

// trackerID is the tracker.delivery id of parcel i's courier, as public links
// and tracker.delivery clients name it.
func trackerID(i int) string { return seedTrackerIDs[i%len(seedTrackerIDs)] }

var seedTrackerIDs = func() []string {
	ids := make([]string, len(seedSlugs))
	for i, slug := range seedSlugs {
		c, _ := carriers.Lookup(slug)
		ids[i] = tracking.TrackerID(c)
	}
	return ids
}()

// cachedParcel is a delivered parcel (see stepsOf), which no lookup polls
// however long ago it was checked.
const cachedParcel = 0

func fixedParcel(pathOf func(int) string) func(*rand.Rand) string {
	path := pathOf(cachedParcel)
	return func(*rand.Rand) string { return path }
}

// setupUncached looks up parcels nobody asked for lately (Dataset.Walk), so
// the public lookup cache does not answer, and notes when the walk came round
// too soon for that to hold.
func setupUncached(ctx context.Context, env *Env, header http.Header, pathOf func(int) string) (Op, error) {
	// A parcel checked more than tracking.PublicFreshness ago is polled before
	// it is shown; marking every active parcel as just checked keeps this
	// scenario about reading and rendering, however long seeding took.
	if err := env.Store.TouchParcels(ctx, time.Now()); err != nil {
		return nil, fmt.Errorf("mark parcels fresh: %w", err)
	}
	early := env.Data.Walk.EarlyPasses()
	env.Defer(func() {
		if env.Data.Walk.EarlyPasses() > early {
			env.Notef("the %d seeded parcels came round again within %s: some answers came from the lookup cache (raise -n)",
				len(env.Data.TrackingIDs), tracking.LookupTTL)
		}
	})
	return probed(ctx, env, header, func(*rand.Rand) string { return pathOf(env.Data.Walk.Next()) })
}
