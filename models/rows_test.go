package models

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"
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

// Lists and single reads scan rows by hand; they read back every column of a
// tracking, its parcel and its events as GORM does.
func TestRowsReadEveryColumn(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			db := openMigrated(t, dialect)
			org, parcels := seedEveryColumn(t, db)
			checkTrackingRows(t, db, org)
			checkCheckpointRows(t, db, parcels)
		})
	}
}

// seedEveryColumn stores a tracking with every field set and one with the
// empty values of a new tracking, each on its own parcel with events.
func seedEveryColumn(t *testing.T, db *DB) (string, []string) {
	t.Helper()
	ctx := context.Background()
	org := &Organization{Name: "Shop", Slug: "shop"}
	if err := db.CreateAccount(ctx, org, &User{Email: "a@example.com", PasswordHash: "x"}); err != nil {
		t.Fatal(err)
	}
	full, plain := &Parcel{}, &Parcel{Slug: "ups", TrackingNumber: "1Z0000000000000010", Tag: "Pending", Subtag: "Pending_001"}
	fill(t, full, "ID")
	full.Slug, full.TrackingNumber = "ups", "1Z0000000000000009"
	trackings := []*Tracking{{}, {Title: "plain", Tag: "Pending", Subtag: "Pending_001", LastUpdatedAt: db.Now()}}
	fill(t, trackings[0], "ID", "Parcel")
	for i, p := range []*Parcel{full, plain} {
		if _, err := db.EnsureParcel(ctx, p); err != nil {
			t.Fatal(err)
		}
		tr := trackings[i]
		tr.OrganizationID, tr.ParcelID, tr.Slug, tr.TrackingNumber = org.ID, p.ID, p.Slug, p.TrackingNumber
		if err := db.CreateTracking(ctx, tr); err != nil {
			t.Fatal(err)
		}
	}
	c := Checkpoint{}
	fill(t, &c)
	c.ID, c.ParcelID = "zz-stored-first", full.ID
	same := c // an event at the same moment: read back in id order
	same.ID, same.Hash = "aa-stored-second", "other"
	bare := Checkpoint{ParcelID: plain.ID, Hash: "h", Tag: "InTransit", Subtag: "InTransit_001", OccurredAt: db.Now()}
	if _, err := db.InsertCheckpoints(ctx, []Checkpoint{c, same, bare}); err != nil {
		t.Fatal(err)
	}
	return org.ID, []string{full.ID, plain.ID}
}

func checkTrackingRows(t *testing.T, db *DB, org string) {
	t.Helper()
	ctx := context.Background()
	list, _, err := db.ListTrackings(ctx, org, TrackingFilter{})
	if err != nil || len(list) != 2 {
		t.Fatalf("list: %v %v", list, err)
	}
	for _, listed := range list {
		var want Tracking
		if err := db.q(ctx).Preload("Parcel").Take(&want, "id = ?", listed.ID).Error; err != nil {
			t.Fatal(err)
		}
		byID, err := db.TrackingByID(ctx, org, listed.ID)
		if err != nil {
			t.Fatal(err)
		}
		byNumber, err := db.TrackingBySlugNumber(ctx, org, listed.Slug, listed.TrackingNumber)
		if err != nil {
			t.Fatal(err)
		}
		for name, got := range map[string]Tracking{"list": listed, "by id": *byID, "by number": *byNumber} {
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s differs from GORM's read:\ngot  %+v\n     %+v\nwant %+v\n     %+v", name, got, *got.Parcel, want, *want.Parcel)
			}
		}
	}
	if _, err := db.TrackingByID(ctx, "another-organization", list[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("another organization's read: %v", err)
	}
}

func checkCheckpointRows(t *testing.T, db *DB, parcels []string) {
	t.Helper()
	ctx := context.Background()
	batch, err := db.CheckpointsOfParcels(ctx, parcels)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range parcels {
		var want []Checkpoint
		if err := db.q(ctx).Where("parcel_id = ?", id).Order("occurred_at, id").Find(&want).Error; err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 || !reflect.DeepEqual(batch[id], want) {
			t.Errorf("events of %s differ from GORM's read:\ngot  %+v\nwant %+v", id, batch[id], want)
		}
	}
	if events := batch[parcels[0]]; len(events) != 2 || events[0].ID != "aa-stored-second" {
		t.Errorf("events at the same moment are not in id order: %+v", events)
	}
	// The parcels' lists share one array: adding to one must leave the next alone.
	next := batch[parcels[1]][0].ID
	_ = append(batch[parcels[0]], Checkpoint{ID: "added"})
	if batch[parcels[1]][0].ID != next {
		t.Errorf("appending to one parcel's events overwrote another's")
	}
}

func TestReadNumbersAgreesWithUnmarshal(t *testing.T) {
	for _, text := range []string{"[40.7128,-74.006]", "[0,0]", "[1e-7,-1e+21]", "[1]", "[1,2,3]", "[ 1, 2]",
		"[+1,2]", "[.5,1]", "[01,2]", "[1.,2]", "[1e,2]", "[1e+,2]", "[-0.5e-3,2E2]", "[-,1]", "[--1,1]", "[1,]", "[,1]", "[]", "[1,2", "1,2]", "5]", "[\"1\",2]", "[1e5,NaN]", "[inf,1]", "[0x10,1]"} {
		var fast []float64
		ok := readNumbers(text, &fast)
		var want []float64
		err := json.Unmarshal([]byte(text), &want)
		switch {
		case !ok && (text == "[40.7128,-74.006]" || text == "[-0.5e-3,2E2]"):
			t.Errorf("%s: left to json.Unmarshal", text)
		case ok && err != nil:
			t.Errorf("%s: read %v, json.Unmarshal refuses it: %v", text, fast, err)
		case ok && !reflect.DeepEqual(fast, want):
			t.Errorf("%s: read %v, json.Unmarshal %v", text, fast, want)
		}
	}
}
