package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"time"
)

// publicScenarios time the public tracking page, which anyone holding a
// tracking link can load: no cookies, no API key.
func publicScenarios() []Scenario {
	return []Scenario{
		{
			Name:  "public/page",
			About: "GET /track/:carrier/:number of a random seeded parcel checked under 2 minutes ago (rendered from the database, no carrier call)",
			Setup: setupPublicPage,
		},
	}
}

func setupPublicPage(ctx context.Context, env *Env) (Op, error) {
	// A parcel checked more than tracking.PublicFreshness ago is polled before
	// the page renders; marking every active parcel as just checked keeps this
	// scenario about rendering, however long seeding took.
	if err := env.Store.TouchParcels(ctx, time.Now()); err != nil {
		return nil, fmt.Errorf("mark parcels fresh: %w", err)
	}
	header := http.Header{"Accept": {"text/html"}}
	return probed(ctx, env, header, func(rnd *rand.Rand) string {
		i := env.Data.Pick(rnd)
		return "/track/" + seedSlug(i) + "/" + seedNumber(i)
	})
}
