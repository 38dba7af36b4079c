// Command waypost-bench measures Waypost's HTTP throughput and latency against a
// bare gin handler (the ceiling on the machine it runs on), with N trackings
// loaded into SQLite and PostgreSQL; and, in units of their own, courier
// detection and the background scheduler's refreshes.
//
//	go run ./cmd/waypost-bench                 # 100k trackings, both databases
//	go run ./cmd/waypost-bench -n 1000000 -poll-parcels 1000000
//	go run ./cmd/waypost-bench -db postgres -only public,v1
//
// Every HTTP scenario runs against a real instance built the way `waypost
// serve` builds it, over loopback TCP; the load generator runs in the same
// process.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
