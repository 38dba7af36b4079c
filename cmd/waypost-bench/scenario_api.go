package main

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
)

// apiScenarios time the AfterShip Tracking API as the seeded merchant, with its
// API key.
func apiScenarios() []Scenario {
	return []Scenario{
		{
			Name:  "api/tracking-get",
			About: "GET /tracking/2024-04/trackings/:id of a random seeded tracking",
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				return probed(ctx, env, apiHeader(env), func(rnd *rand.Rand) string {
					return "/tracking/2024-04/trackings/" + env.Data.TrackingIDs[env.Data.Pick(rnd)]
				})
			},
		},
		{
			Name:  "api/trackings-list-1",
			About: "GET /tracking/2024-04/trackings?limit=1: counts the merchant's trackings, returns the newest",
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				return probed(ctx, env, apiHeader(env), func(*rand.Rand) string {
					return "/tracking/2024-04/trackings?limit=1"
				})
			},
		},
		{
			Name:  "api/trackings-list-100",
			About: "GET /tracking/2024-04/trackings?limit=100&page=P, P random in 1..10",
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				return probed(ctx, env, apiHeader(env), func(rnd *rand.Rand) string {
					return "/tracking/2024-04/trackings?limit=100&page=" + strconv.Itoa(1+rnd.IntN(10))
				})
			},
		},
	}
}

func apiHeader(env *Env) http.Header {
	return http.Header{"As-Api-Key": {env.APIKey}, "Accept": {"application/json"}}
}

// probed checks one request before the scenario is timed: a 404 for a seeded
// record means the endpoint does not exist yet, which is reported rather than
// timed; any other failure stops the scenario.
func probed(ctx context.Context, env *Env, header http.Header, pathFor func(*rand.Rand) string) (Op, error) {
	rnd := rand.New(rand.NewPCG(1, 2))
	status, err := get(ctx, env.Client, env.URL, pathFor(rnd), header)
	var se *statusError
	if errors.As(err, &se) && status == http.StatusNotFound {
		return nil, skip("endpoint missing")
	}
	if err != nil {
		return nil, err
	}
	return getOp(env.Client, env.URL, header, pathFor), nil
}
