package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"sync/atomic"
	"time"
)

// apiCreateScenarios time creating trackings through the AfterShip API: the
// whole write path, with a new parcel and a queued first poll each time.
func apiCreateScenarios() []Scenario {
	return []Scenario{
		{
			Name: "api/create-2024-04",
			About: `POST /tracking/2024-04/trackings {"tracking":{"slug":"usps","tracking_number":"WBC<n>","order_id":"B<n>",` +
				`"emails":["b@example.com"]}}, n unique across workers; 201 expected`,
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				return setupCreate(ctx, env, "/tracking/2024-04/trackings", func(n uint64) string {
					return fmt.Sprintf(`{"tracking":{"slug":"usps","tracking_number":"WBC%010d","order_id":"B%d","emails":["b@example.com"]}}`, n, n)
				})
			},
		},
		{
			Name: "api/create-2025-07",
			About: `POST /tracking/2025-07/trackings {"slug":"usps","tracking_number":"WBD<n>","customers":[{"email":"b@example.com"}]}, ` +
				`n unique across workers; 201 expected`,
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				return setupCreate(ctx, env, "/tracking/2025-07/trackings", func(n uint64) string {
					return fmt.Sprintf(`{"slug":"usps","tracking_number":"WBD%010d","customers":[{"email":"b@example.com"}]}`, n)
				})
			},
		},
	}
}

// setupCreate posts the body that bodyFor makes for the next number of one
// sequence shared by all workers, so every request creates a new tracking.
func setupCreate(ctx context.Context, env *Env, path string, bodyFor func(n uint64) string) (Op, error) {
	var seq atomic.Uint64
	header := apiHeader(env)
	header.Set("Content-Type", "application/json")
	// The instance runs no workers, so the first polls these creates queue
	// would wait and run inside the scheduler scenario's window.
	env.Defer(func() {
		if err := env.Store.ParkPolls(context.WithoutCancel(ctx), time.Now().Add(time.Hour)); err != nil {
			env.Notef("queued polls left in place: %v", err)
		}
	})
	return probedRequests(ctx, env, func(*rand.Rand) request {
		return request{method: http.MethodPost, path: path, header: header,
			body: []byte(bodyFor(seq.Add(1))), want: http.StatusCreated}
	})
}
