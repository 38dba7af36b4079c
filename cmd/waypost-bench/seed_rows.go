package main

import (
	"fmt"
	"strconv"
	"time"

	"github.com/waypost/waypost/models"
)

// table is a set of rows for one table, values in the order of cols. Values
// are Go strings, ints, bools, time.Time (UTC) or nil for NULL; each store
// converts them for its database.
type table struct {
	name string
	cols []string
	rows [][]any
}

// batch is a slice of trackings with their parcels and checkpoints.
type batch struct{ parcels, trackings, checkpoints table }

var (
	parcelCols = []string{"id", "slug", "tracking_number", "fields", "tag", "subtag", "signed_by",
		"origin_country_iso3", "destination_country_iso3", "shipment_package_count", "sandbox", "active",
		"poll_count", "last_polled_at", "next_poll_at", "last_event_at", "created_at", "updated_at"}
	trackingCols = []string{"id", "organization_id", "parcel_id", "slug", "tracking_number", "source",
		"title", "order_id", "customer_name", "custom_fields", "emails", "smses", "shipment_tags", "next_couriers",
		"origin_country_iso3", "destination_country_iso3", "tag", "subtag", "active",
		"picked_up_at", "delivered_at", "transit_time", "last_updated_at", "created_at", "updated_at"}
	checkpointCols = []string{"id", "parcel_id", "hash", "occurred_at", "utc_offset", "message", "location",
		"city", "state", "zip", "country_iso3", "country_name", "raw_status", "tag", "subtag", "coordinates", "created_at"}
)

// seedSlugs spreads parcels over a few couriers of the catalog.
var seedSlugs = []string{"usps", "ups", "fedex", "dhl"}

func seedSlug(i int) string   { return seedSlugs[i%len(seedSlugs)] }
func seedNumber(i int) string { return fmt.Sprintf("WB%010d", i) }

type place struct {
	city, state, zip string
	offset           int // seconds east of UTC
}

// seedRoutes are origin, sorting hub and destination of domestic parcels.
var seedRoutes = [][3]place{
	{{"Los Angeles", "CA", "90052", -7 * 3600}, {"Phoenix", "AZ", "85026", -7 * 3600}, {"Dallas", "TX", "75260", -5 * 3600}},
	{{"Chicago", "IL", "60607", -5 * 3600}, {"Indianapolis", "IN", "46206", -4 * 3600}, {"Brooklyn", "NY", "11256", -4 * 3600}},
	{{"Seattle", "WA", "98101", -7 * 3600}, {"Salt Lake City", "UT", "84199", -6 * 3600}, {"Denver", "CO", "80202", -6 * 3600}},
}

type seedStep struct {
	tag, subtag, message, raw string
	stop                      int // index into the route
}

// seedStory is a parcel's life; each parcel has lived some prefix of it.
var seedStory = []seedStep{
	{"InfoReceived", "InfoReceived_001", "Shipment information received", "Label created", 0},
	{"InTransit", "InTransit_002", "Picked up by the carrier", "Picked up", 0},
	{"InTransit", "InTransit_007", "Departed origin facility", "Departed", 0},
	{"InTransit", "InTransit_003", "Arrived at sorting facility", "Arrived", 1},
	{"OutForDelivery", "OutForDelivery_001", "Out for delivery", "Out for delivery", 2},
	{"Delivered", "Delivered_001", "Delivered", "Delivered", 2},
}

// stepsOf is how far parcel i has come: six in ten delivered, three in ten in
// transit, one in ten out for delivery; about five checkpoints on average.
func stepsOf(i int) int {
	switch r := i % 10; {
	case r < 6:
		return 6
	case r < 9:
		return 4
	default:
		return 5
	}
}

// generator makes the rows of trackings 0..n-1, created between 90 and 7 days
// before now in index order, so the newest tracking has the highest index.
type generator struct {
	orgID       string
	n           int
	now         time.Time
	trackingIDs []string
}

func newGenerator(orgID string, n int, now time.Time) *generator {
	return &generator{orgID: orgID, n: n, now: now.UTC(), trackingIDs: make([]string, 0, n)}
}

func (g *generator) batch(lo, hi int) *batch {
	b := &batch{
		parcels:     table{name: "parcels", cols: parcelCols},
		trackings:   table{name: "trackings", cols: trackingCols},
		checkpoints: table{name: "checkpoints", cols: checkpointCols},
	}
	now := time.Now().UTC()
	for i := lo; i < hi; i++ {
		g.add(b, i, now)
	}
	return b
}

// Trackings are created from seedOldest to seedNewest before seeding began:
// a week short of now, so that even the slowest parcel's last event (six
// steps of a day) lies in the past.
const (
	seedOldest = 90 * 24 * time.Hour
	seedNewest = 7 * 24 * time.Hour
)

// createdAt is when tracking i of n was created, for seeding that began at now.
func createdAt(now time.Time, i, n int) time.Time {
	step := (seedOldest - seedNewest) / time.Duration(n)
	return now.Add(-seedOldest).Add(step * time.Duration(i))
}

// gapOf is the time between two events of parcel i: eight, sixteen or
// twenty-four hours, so delivered parcels took one, two or four whole days
// from pick-up and filters on transit time have something to find. It varies
// by tens of indexes so that every delivery status and courier sees each gap.
func gapOf(i int) time.Duration { return time.Duration(1+(i/10)%3) * 8 * time.Hour }

// add appends tracking i, its parcel and its checkpoints. Events start one gap
// after creation.
func (g *generator) add(b *batch, i int, now time.Time) {
	created, gap := createdAt(g.now, i, g.n), gapOf(i)
	steps := stepsOf(i)
	last := seedStory[steps-1]
	active := steps < len(seedStory)
	lastEvent := eventTime(created, gap, steps-1)
	var nextPoll any
	if active {
		nextPoll = now.Add(time.Hour)
	}
	parcelID, trackingID := models.NewID(), models.NewID()
	g.trackingIDs = append(g.trackingIDs, trackingID)
	b.parcels.rows = append(b.parcels.rows, []any{parcelID, seedSlug(i), seedNumber(i), "{}", last.tag, last.subtag, "",
		"USA", "USA", 1, true, active, steps, now, nextPoll, lastEvent, created, now})
	order := strconv.Itoa(100000 + i)
	pickedUp, delivered, transit := milestones(created, gap, active)
	b.trackings.rows = append(b.trackings.rows, []any{trackingID, g.orgID, parcelID, seedSlug(i), seedNumber(i), "api",
		"Order #" + order, "#" + order, "Customer " + strconv.Itoa(i), "{}", "[]", "[]", "[]", "[]",
		"USA", "USA", last.tag, last.subtag, active, pickedUp, delivered, transit, lastEvent, created, now})
	route := seedRoutes[i%len(seedRoutes)]
	for k, s := range seedStory[:steps] {
		p := route[s.stop]
		b.checkpoints.rows = append(b.checkpoints.rows, []any{models.NewID(), parcelID, "e" + strconv.Itoa(k),
			eventTime(created, gap, k), p.offset, s.message,
			p.city + ", " + p.state + " " + p.zip, p.city, p.state, p.zip, "USA", "United States",
			s.raw, s.tag, s.subtag, "[]", now})
	}
}

// eventTime is when step k of a parcel created at created happened.
func eventTime(created time.Time, gap time.Duration, k int) time.Time {
	return created.Add(time.Duration(k+1) * gap)
}

// milestones are the tracking's first movement (the pick-up step), delivery
// and whole days between, as the tracking service records them.
func milestones(created time.Time, gap time.Duration, active bool) (pickedUp, delivered, transit any) {
	up := eventTime(created, gap, 1)
	if active {
		return up, nil, nil
	}
	at := eventTime(created, gap, len(seedStory)-1)
	return up, at, int(at.Sub(up) / (24 * time.Hour))
}
