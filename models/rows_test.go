package models_test

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/waypost/waypost/models"
)

// fill gives every settable field of the struct v points at a non-zero value,
// except those named in keep, so that a column a query forgets shows up as a
// zero field.
func fill(t *testing.T, v any, keep ...string) {
	t.Helper()
	s := reflect.ValueOf(v).Elem()
	base := time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC)
	for i := range s.NumField() {
		f, name := s.Field(i), s.Type().Field(i).Name
		if slices.Contains(keep, name) {
			continue
		}
		if !fillValue(f, i, base) {
			t.Fatalf("%s: no test value for %s", name, f.Type())
		}
	}
}

func fillValue(f reflect.Value, i int, base time.Time) bool {
	switch f.Interface().(type) {
	case string:
		f.SetString("v" + string(rune('A'+i%26)))
	case int:
		f.SetInt(int64(i + 1))
	case bool:
		f.SetBool(true)
	case time.Time:
		f.Set(reflect.ValueOf(base.Add(time.Duration(i) * time.Minute)))
	case float64:
		f.SetFloat(float64(i) + 0.5)
	case map[string]string:
		f.Set(reflect.ValueOf(map[string]string{"key": "value"}))
	default:
		switch f.Kind() {
		case reflect.Pointer:
			p := reflect.New(f.Type().Elem())
			if !fillValue(p.Elem(), i, base) {
				return false
			}
			f.Set(p)
		case reflect.Slice:
			elem := reflect.New(f.Type().Elem()).Elem()
			if elem.Kind() != reflect.Struct && !fillValue(elem, i, base) {
				return false
			}
			f.Set(reflect.Append(reflect.MakeSlice(f.Type(), 0, 1), elem))
		default:
			return false
		}
	}
	return true
}

// A list reads every column of a tracking, its parcel and its events, as the
// single reads do.
func TestListReadsEveryColumn(t *testing.T) {
	each(t, func(t *testing.T, db *models.DB) {
		ctx := context.Background()
		org := account(t, db, "a@example.com")
		p := &models.Parcel{}
		fill(t, p, "ID")
		p.Slug, p.TrackingNumber = "ups", "1Z0000000000000009"
		if _, err := db.EnsureParcel(ctx, p); err != nil {
			t.Fatal(err)
		}
		tr := &models.Tracking{}
		fill(t, tr, "ID", "Parcel")
		tr.OrganizationID, tr.ParcelID, tr.Slug, tr.TrackingNumber = org, p.ID, p.Slug, p.TrackingNumber
		if err := db.CreateTracking(ctx, tr); err != nil {
			t.Fatal(err)
		}
		c := models.Checkpoint{}
		fill(t, &c)
		c.ID, c.ParcelID = "zz-stored-first", p.ID
		same := c // an event at the same moment: read back in id order
		same.ID, same.Hash = "aa-stored-second", "other"
		if _, err := db.InsertCheckpoints(ctx, []models.Checkpoint{c, same}); err != nil {
			t.Fatal(err)
		}
		plain := track(t, db, org, "1Z0000000000000010") // empty lists and objects
		list, _, err := db.ListTrackings(ctx, org, models.TrackingFilter{})
		if err != nil || len(list) != 2 {
			t.Fatalf("list: %v %v", list, err)
		}
		for _, listed := range list {
			one, err := db.TrackingByID(ctx, org, listed.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(listed, *one) {
				t.Errorf("listed tracking differs from the one read alone:\nlist %+v\n     %+v\none  %+v\n     %+v", listed, *listed.Parcel, *one, *one.Parcel)
			}
		}
		if _, err := db.InsertCheckpoints(ctx, []models.Checkpoint{{ParcelID: plain.ParcelID, Hash: "h",
			Tag: "InTransit", Subtag: "InTransit_001", OccurredAt: db.Now()}}); err != nil {
			t.Fatal(err)
		}
		batch, err := db.CheckpointsOfParcels(ctx, []string{p.ID, plain.ParcelID})
		for _, id := range []string{p.ID, plain.ParcelID} {
			events, _ := db.Checkpoints(ctx, id)
			if err != nil || len(events) == 0 || !reflect.DeepEqual(batch[id], events) {
				t.Errorf("events read in a batch differ:\nbatch %+v\nalone %+v (%v)", batch[id], events, err)
			}
		}
		if events := batch[p.ID]; len(events) != 2 || events[0].ID != same.ID {
			t.Errorf("events at the same moment are not in id order: %+v", events)
		}
	})
}
