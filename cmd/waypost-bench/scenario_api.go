package main

import (
	"context"
	"math/rand/v2"
	"net/http"
	"strconv"
)

// apiScenarios time reading the AfterShip Tracking API as the seeded merchant,
// with its API key.
func apiScenarios() []Scenario {
	return []Scenario{
		{
			Name:  "api/get-2024-04",
			About: "GET /tracking/2024-04/trackings/:id of a random seeded tracking",
			Setup: func(ctx context.Context, env *Env) (Op, error) { return getTracking(ctx, env, "2024-04") },
		},
		{
			Name:  "api/get-2025-07",
			About: "GET /tracking/2025-07/trackings/:id of a random seeded tracking",
			Setup: func(ctx context.Context, env *Env) (Op, error) { return getTracking(ctx, env, "2025-07") },
		},
		{
			Name:  "api/list-1",
			About: "GET /tracking/2024-04/trackings?limit=1: counts the merchant's trackings, returns the newest",
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				return probed(ctx, env, apiHeader(env), func(*rand.Rand) string {
					return "/tracking/2024-04/trackings?limit=1"
				})
			},
		},
		{
			Name:  "api/list-100",
			About: "GET /tracking/2024-04/trackings?limit=100&page=P, P random in 1..10",
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				return probed(ctx, env, apiHeader(env), func(rnd *rand.Rand) string {
					return "/tracking/2024-04/trackings?limit=100&page=" + strconv.Itoa(1+rnd.IntN(10))
				})
			},
		},
	}
}

func getTracking(ctx context.Context, env *Env, version string) (Op, error) {
	return probed(ctx, env, apiHeader(env), func(rnd *rand.Rand) string {
		return "/tracking/" + version + "/trackings/" + env.Data.TrackingIDs[env.Data.Pick(rnd)]
	})
}

func apiHeader(env *Env) http.Header {
	return http.Header{"As-Api-Key": {env.APIKey}, "Accept": {"application/json"}}
}
