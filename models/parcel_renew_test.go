package models_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/waypost/waypost/models"
)

// New additional fields reach a parcel only through a tracking of the organization
// that sends them, make the parcel due and forget its failures; the same fields again
// change nothing.
func TestRenewParcelRequest(t *testing.T) {
	each(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		a, b := account(t, db, "a@example.com"), account(t, db, "b@example.com")
		ta := track(t, db, a, "1Z0000000000000077")
		p, err := db.ParcelByID(ctx, ta.ParcelID)
		if err != nil {
			t.Fatal(err)
		}
		later := db.Now().Add(6 * time.Hour)
		p.Failures, p.LastError, p.NextPollAt = 3, "not_found: unknown", &later
		if err := db.SaveParcelPoll(ctx, p); err != nil {
			t.Fatal(err)
		}
		fields := map[string]string{"tracking_postal_code": "10115"}
		due := db.Now()
		if _, _, err := db.RenewParcelRequest(ctx, b, ta.ID, fields, due); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("org b renewed org a's parcel: %v", err)
		}
		if _, _, err := db.RenewParcelRequest(ctx, a, ta.ParcelID, fields, due); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("a parcel id is not a tracking id: %v", err)
		}
		if _, changed, err := db.RenewParcelRequest(ctx, a, ta.ID, fields, due); err != nil || !changed {
			t.Fatalf("renew: changed=%v err=%v", changed, err)
		}
		got, err := db.ParcelByID(ctx, ta.ParcelID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Fields["tracking_postal_code"] != "10115" || got.Failures != 0 || got.LastError != "" ||
			got.NextPollAt == nil || !got.NextPollAt.Equal(due) {
			t.Errorf("renewed parcel: fields %v failures %d error %q next %v", got.Fields, got.Failures, got.LastError, got.NextPollAt)
		}
		if ids, err := db.DueParcels(ctx, due, 10); err != nil || !slices.Contains(ids, ta.ParcelID) {
			t.Errorf("renewed parcel not due: %v %v", ids, err)
		}
		if _, changed, err := db.RenewParcelRequest(ctx, a, ta.ID, fields, due); err != nil || changed {
			t.Errorf("the same fields again: changed=%v err=%v", changed, err)
		}
	})
}
