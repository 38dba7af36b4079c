package main

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
)

// probed checks one GET before the scenario is timed (see probedRequests) and
// returns the operation that repeats it.
func probed(ctx context.Context, env *Env, header http.Header, pathFor func(*rand.Rand) string) (Op, error) {
	return probedRequests(ctx, env, func(rnd *rand.Rand) request { return getRequest(pathFor(rnd), header) })
}

// probedRequests sends one request before the scenario is timed: a 404 for a
// seeded record means the endpoint does not exist yet, which is reported
// rather than timed; any other failure stops the scenario.
func probedRequests(ctx context.Context, env *Env, reqFor func(*rand.Rand) request) (Op, error) {
	rnd := rand.New(rand.NewPCG(1, 2))
	status, _, err := do(ctx, env.Client, env.URL, reqFor(rnd), false)
	var se *statusError
	if errors.As(err, &se) && status == http.StatusNotFound {
		return nil, skip("endpoint missing")
	}
	if err != nil {
		return nil, err
	}
	return requestOp(env.Client, env.URL, reqFor), nil
}
