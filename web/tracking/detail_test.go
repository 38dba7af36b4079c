package tracking

import (
	"testing"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// detailAt builds a Korea Post detail whose events happen at the given hours after
// Monday 2026-03-02 09:00 in Seoul.
func detailAt(now time.Time, events map[string]int, promised string) *Detail {
	seoul := 9 * 3600
	base := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) // 09:00 in Seoul
	var cps []models.Checkpoint
	tr := &models.Tracking{Slug: "kpost", TrackingNumber: "6123456789010", Tag: "Pending", Subtag: "Pending_001"}
	for _, tag := range []string{"InfoReceived", "InTransit", "AttemptFail", "Delivered"} {
		h, ok := events[tag]
		if !ok {
			continue
		}
		at := base.Add(time.Duration(h) * time.Hour)
		cps = append(cps, models.Checkpoint{OccurredAt: at, UTCOffset: seoul, Tag: tag, Subtag: tag + "_001"})
		tr.Tag, tr.Subtag = tag, tag+"_001"
		switch {
		case tag == "InTransit":
			tr.PickedUpAt = &at
		case tag == "Delivered":
			tr.DeliveredAt = &at
		}
	}
	if promised != "" {
		tr.OrderPromisedDeliveryDate = &promised
	}
	c, _ := carriers.Lookup("kpost")
	return &Detail{Tracking: tr, Parcel: &models.Parcel{}, Checkpoints: cps, Courier: c, Now: now}
}

func TestDetailDerivesFromCheckpoints(t *testing.T) {
	monday := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	d := detailAt(monday.Add(100*time.Hour), map[string]int{"InfoReceived": 0, "InTransit": 2, "AttemptFail": 50, "Delivered": 75}, "2026-03-04")
	if got := *d.TransitDays(); got != 3 {
		t.Errorf("transit days %d, want 3 (73 hours)", got)
	}
	if c := d.PickupCheckpoint(); c == nil || c.Tag != "InTransit" {
		t.Errorf("pickup checkpoint %v", c)
	}
	if c := d.FirstAttempt(); c == nil || c.Tag != "AttemptFail" {
		t.Errorf("first attempt %v", c)
	}
	if d.FailedAttempts() != 1 || d.SubtagMessage() != "Delivered" || d.ReturnToSender() {
		t.Errorf("attempts %d, message %q, return %v", d.FailedAttempts(), d.SubtagMessage(), d.ReturnToSender())
	}
	// Delivered Thursday 12:00 in Seoul, promised Wednesday: one day late.
	if status, late, ok := d.OnTime(); !ok || status != Late || late != 1 {
		t.Errorf("on time: %s %d %v", status, late, ok)
	}

	moving := detailAt(monday.Add(30*time.Hour), map[string]int{"InfoReceived": 0, "InTransit": 2}, "2026-03-20")
	if got := *moving.TransitDays(); got != 1 {
		t.Errorf("transit days while moving %d, want 1", got)
	}
	e := moving.LatestEstimate()
	if e == nil || e.Source != SourcePredicted || e.At.Format(time.DateOnly) != "2026-03-04" {
		t.Errorf("predicted estimate: %+v", e)
	}
	if status, _, ok := moving.OnTime(); !ok || status != TrendingOnTime {
		t.Errorf("trending: %s %v", status, ok)
	}
	carrierSays := time.Date(2026, 3, 25, 10, 0, 0, 0, time.UTC)
	moving.Parcel.ExpectedDelivery = &carrierSays
	if status, late, _ := moving.OnTime(); status != TrendingLate || late != 5 {
		t.Errorf("carrier estimate after the promise: %s %d", status, late)
	}

	waiting := detailAt(monday, map[string]int{}, "2026-03-20")
	if waiting.TransitDays() != nil || waiting.PredictedDelivery() != nil {
		t.Error("a parcel not picked up has no transit time or prediction")
	}
	if e := waiting.LatestEstimate(); e == nil || e.Source != SourceOrder {
		t.Errorf("only the promise is left: %+v", e)
	}
	if _, _, ok := waiting.OnTime(); ok {
		t.Error("the promise cannot be compared with itself")
	}
	waiting.Subtag = "Exception_010"
	if !waiting.ReturnToSender() {
		t.Error("returning to sender")
	}
}
