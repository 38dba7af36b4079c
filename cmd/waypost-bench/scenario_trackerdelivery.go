package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"

	"github.com/waypost/waypost/web/clientauth"
)

// trackerDeliveryScenarios time the tracker.delivery v1 API as a merchant's
// site calls it, with client credentials of the seeded merchant.
func trackerDeliveryScenarios() []Scenario {
	return []Scenario{
		{
			Name: "v1/track-uncached",
			About: "GET /carriers/{tracker_id}/tracks/{number} with Authorization: TRACKQL-API-KEY, the next parcel of " +
				"the shuffled walk the public pages use: read from the database, no carrier call",
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				h, err := trackQLHeader(ctx, env)
				if err != nil {
					return nil, err
				}
				return setupUncached(ctx, env, h, tracksPath)
			},
		},
		{
			Name:  "v1/track-cached",
			About: "the same for one delivered parcel, answered from the public lookup cache",
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				h, err := trackQLHeader(ctx, env)
				if err != nil {
					return nil, err
				}
				return probed(ctx, env, h, fixedParcel(tracksPath))
			},
		},
		{
			Name:  "v1/carriers",
			About: "GET /carriers with the same credentials: every carrier of the catalog",
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				h, err := trackQLHeader(ctx, env)
				if err != nil {
					return nil, err
				}
				return probed(ctx, env, h, func(*rand.Rand) string { return "/carriers" })
			},
		},
	}
}

func tracksPath(i int) string { return "/carriers/" + trackerID(i) + "/tracks/" + seedNumber(i) }

// trackQLHeader issues the seeded merchant a client credential and returns
// the header that presents it.
func trackQLHeader(ctx context.Context, env *Env) (http.Header, error) {
	cred, secret, err := clientauth.New(env.App.DB).Create(ctx, env.OrgID, "bench")
	if err != nil {
		return nil, fmt.Errorf("create client credential: %w", err)
	}
	return http.Header{
		"Authorization": {"TRACKQL-API-KEY " + cred.ClientID + ":" + secret},
		"Accept":        {"application/json"},
	}, nil
}
