package aftership

import (
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"testing"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/tracking"
)

// texts a carrier or merchant may send: HTML, quotes, control characters,
// separators JavaScript reads as line ends, other scripts, broken UTF-8.
var awkwardTexts = []string{
	"", "plain", `<b>"Tom" & 'Jerry'</b>`, "back\\slash\n\r\t\b\f\x00\x1f\x7f", "line\u2028sep\u2029",
	"Zürich 中国 📦", "bad \xff\xfe utf8 \xe2\x82", "end\xe2",
}

func TestAppendJSONStringMatchesMarshal(t *testing.T) {
	for _, s := range awkwardTexts {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("appendJSONString(%q) = %s, json.Marshal = %s", s, got, want)
		}
	}
}

func TestAppendJSONFloatMatchesMarshal(t *testing.T) {
	for _, f := range []float64{0, 1, -1.5, 40.7128, -74.006, 1e-7, -1e-7, 1.5e-9, 1e20, 1e21, 123456789.125, math.SmallestNonzeroFloat64, math.MaxFloat64} {
		want, _ := json.Marshal(f)
		if got := appendJSONFloat(nil, f); string(got) != string(want) {
			t.Errorf("appendJSONFloat(%v) = %s, json.Marshal = %s", f, got, want)
		}
	}
}

func TestAppendTimestampMatchesFormat(t *testing.T) {
	at := time.Date(2024, 2, 29, 23, 59, 58, 999, time.UTC)
	for _, offset := range []int{0, -30, 30, 3600, -18000, 19800, 20700, -3599, 50400, -43200, 86399} {
		c := &models.Checkpoint{OccurredAt: at, UTCOffset: offset}
		if got, want := string(appendTimestamp(nil, at, offset)), c.LocalTime().Format(layoutTimestamp); got != want {
			t.Errorf("offset %d: %s, want %s", offset, got, want)
		}
		if got, want := string(appendWallClock(nil, at, offset)), c.LocalTime().Format(layoutNaive); got != want {
			t.Errorf("offset %d, wall clock: %s, want %s", offset, got, want)
		}
	}
	for _, year := range []int{1, 999, 10000} {
		at := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
		if got, want := string(appendTimestamp(nil, at, 0)), at.UTC().Format(layoutTimestamp); got != want {
			t.Errorf("year %d: %s, want %s", year, got, want)
		}
	}
}

// TestListEncodersMatchDTOs compares the list encoders (the DTOs' generated
// appendJSON) with json.Marshal of each version's DTO, for trackings rich and bare.
func TestListEncodersMatchDTOs(t *testing.T) {
	for i, d := range pageDetails(8) {
		for _, v := range []struct {
			name string
			dto  any
			got  []byte
		}{
			{"v4", newTrackingV4(&d), trackingEncoder(NewV4(nil).v)(nil, &d)},
			{"2024-04", newTracking2404(&d), trackingEncoder(New2404(nil).v)(nil, &d)},
			{"2025-07", newTracking2507(&d, "https://track.example.com"), trackingEncoder(New2507(nil, "https://track.example.com").v)(nil, &d)},
			{"2025-07 without public URL", newTracking2507(&d, ""), trackingEncoder(New2507(nil, "").v)(nil, &d)},
			{"2026-07", newTracking2607(&d, "https://track.example.com"), trackingEncoder(New2607(nil, "https://track.example.com").v)(nil, &d)},
		} {
			want, err := json.Marshal(v.dto)
			if err != nil {
				t.Fatal(err)
			}
			if string(v.got) != string(want) {
				t.Errorf("tracking %d, %s:\n got %s\nwant %s", i, v.name, v.got, want)
			}
		}
	}
}

func ptr[T any](v T) *T { return &v }

// pageDetails are n trackings the way a list page holds them, in four kinds: every
// field set, nothing set, delivered after a failed attempt, and under way.
func pageDetails(n int) []tracking.Detail {
	now := time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC)
	out := make([]tracking.Detail, n)
	for i := range out {
		courier, _ := carriers.Lookup([]string{"usps", "fedex", "dhl", "ups"}[i%4])
		t := &models.Tracking{ID: fmt.Sprintf("trk%04d", i), ParcelID: fmt.Sprintf("prc%04d", i), Slug: courier.Slug,
			TrackingNumber: fmt.Sprintf("9400%018d", i), Source: "api", Tag: "InTransit", Subtag: "InTransit_001",
			Active: true, CreatedAt: now.Add(-time.Duration(i) * time.Hour), UpdatedAt: now, LastUpdatedAt: now}
		p := &models.Parcel{ID: t.ParcelID, Slug: t.Slug, TrackingNumber: t.TrackingNumber, ShipmentPackageCount: 1, PollCount: 3}
		d := tracking.Detail{Tracking: t, Parcel: p, Courier: courier, Now: now}
		switch i % 4 {
		case 0:
			fillEverything(&d, i)
		case 1:
			t.Active, t.Tag, t.Subtag = false, "Pending", ""
			if i%8 == 5 {
				t.OrderPromisedDeliveryDate = ptr("2025-03-20") // the only estimate there is
			}
		case 2:
			fillDelivered(&d, now)
		case 3:
			fillUnderWay(&d, now)
		}
		out[i] = d
	}
	return out
}

func fillEverything(d *tracking.Detail, i int) {
	t, p := d.Tracking, d.Parcel
	for j, s := range []**string{&t.Note, &t.OrderID, &t.OrderIDPath, &t.OrderNumber, &t.OrderDate, &t.Language,
		&t.CustomerName, &t.DeliveryType, &t.PickupLocation, &t.PickupNote, &t.TrackingAccountNumber, &t.TrackingKey,
		&t.TrackingShipDate, &t.TrackingOriginCountry, &t.TrackingDestinationCountry, &t.TrackingPostalCode,
		&t.TrackingState, &t.OriginState, &t.OriginCity, &t.OriginPostalCode, &t.OriginRawLocation, &t.DestinationState,
		&t.DestinationCity, &t.DestinationPostalCode, &t.DestinationRawLocation, &t.CourierConnectionID, &t.LocationID,
		&t.ShippingMethod} {
		*s = ptr(awkwardTexts[j%len(awkwardTexts)] + fmt.Sprint(i))
	}
	t.OriginCountryISO3, t.DestinationCountryISO3, t.ShipmentType = ptr("CHN"), ptr("USA"), ptr("parcel")
	t.OrderPromisedDeliveryDate = ptr("2025-03-12")
	t.Title = awkwardTexts[2]
	t.CustomFields = map[string]string{"z": "last", "a": "<first>", "m&m": "\u2028"}
	t.Emails, t.Smses = []string{"a@example.com", "b@example.com"}, []string{"+15550100"}
	t.ShipmentTags = []string{"gift", "<vip>"}
	t.NextCouriers = []models.NextCourier{{Slug: "usps", TrackingNumber: "LAST1"}, {Slug: "ups", TrackingNumber: "X", Source: "api"}}
	p.ExpectedDelivery, p.ShipmentWeight, p.ShipmentWeightUnit = ptr(d.Now.Add(40*time.Hour)), ptr(1.25), "kg"
	p.SignedBy, p.Sandbox, p.OriginCountryISO3, p.DestinationCountryISO3 = "J. Doe & Co", true, "CHN", "USA"
	pickedUp := d.Now.Add(-50 * time.Hour)
	t.PickedUpAt = &pickedUp
	d.Checkpoints = []models.Checkpoint{
		{OccurredAt: pickedUp.Add(-time.Hour), UTCOffset: 28800, Message: "Info received", Tag: "InfoReceived", Subtag: "InfoReceived_001", CreatedAt: pickedUp},
		{OccurredAt: pickedUp, UTCOffset: 19800, Message: awkwardTexts[3], Location: awkwardTexts[5], City: "Shen<zhen>",
			State: "GD", Zip: "518000", CountryISO3: "CHN", CountryName: "China", RawTag: "PU", Tag: "InTransit",
			Subtag: "InTransit_002", Coordinates: []float64{22.5431, 114.0579}, CreatedAt: pickedUp.Add(time.Minute)},
		{OccurredAt: pickedUp.Add(20 * time.Hour), UTCOffset: -30, Message: awkwardTexts[6], Tag: "InTransit",
			Coordinates: []float64{1e-7, -1e21}, CreatedAt: pickedUp.Add(21 * time.Hour)},
		{OccurredAt: pickedUp.Add(30 * time.Hour), UTCOffset: -18000, Message: "Odd coordinates", Tag: "InTransit",
			Coordinates: []float64{1}, CreatedAt: pickedUp.Add(31 * time.Hour)},
	}
}

func fillDelivered(d *tracking.Detail, now time.Time) {
	t := d.Tracking
	pickedUp, delivered := now.Add(-100*time.Hour), now.Add(-4*time.Hour)
	t.PickedUpAt, t.DeliveredAt, t.TransitTime = &pickedUp, &delivered, ptr(4)
	t.Tag, t.Subtag, t.Active, t.OrderPromisedDeliveryDate = "Delivered", "Delivered_001", false, ptr("2025-03-08")
	t.Customers = []models.Customer{{Role: "buyer", Name: "Ann", Email: "ann@example.com"}, {PhoneNumber: "+4912345", Language: "de"}}
	d.Checkpoints = []models.Checkpoint{
		{OccurredAt: pickedUp, UTCOffset: -18000, Message: "Picked up", City: "Austin", State: "TX", CountryISO3: "USA", Tag: "InTransit", Subtag: "InTransit_001", CreatedAt: pickedUp},
		{OccurredAt: pickedUp.Add(60 * time.Hour), UTCOffset: -18000, Message: "No one home", Tag: "AttemptFail", Subtag: "AttemptFail_001", CreatedAt: pickedUp.Add(61 * time.Hour)},
		{OccurredAt: delivered, UTCOffset: -21600, Message: "Delivered, front door", Tag: "Delivered", Subtag: "Delivered_001", RawTag: "DL", CreatedAt: delivered},
	}
}

func fillUnderWay(d *tracking.Detail, now time.Time) {
	t := d.Tracking
	pickedUp := now.Add(-30 * time.Hour)
	t.PickedUpAt, t.OrderPromisedDeliveryDate, t.CustomerName = &pickedUp, ptr("2025-03-01"), ptr("Solo")
	t.Emails, t.CustomFields = []string{}, map[string]string{}
	d.Checkpoints = []models.Checkpoint{
		{OccurredAt: pickedUp, UTCOffset: 3600, Message: "Accepted", CountryISO3: "DEU", CountryName: "Germany", Tag: "InTransit", Subtag: "InTransit_001", CreatedAt: pickedUp},
		{OccurredAt: pickedUp.Add(25 * time.Hour), UTCOffset: 3600, Message: "Out for delivery", Tag: "OutForDelivery", CreatedAt: pickedUp.Add(25 * time.Hour)},
	}
}

// TestListPageMatchesEnvelope compares a whole encoded page with the envelope of
// the page's DTOs, with and without a fields filter.
func TestListPageMatchesEnvelope(t *testing.T) {
	ds := pageDetails(8)
	for _, h := range []*Handler{NewV4(nil), New2404(nil), New2507(nil, "https://track.example.com/"), New2607(nil, "https://track.example.com/")} {
		for _, query := range []string{"", "fields=title,checkpoints,next_couriers&keyword=<a>&tag=Delivered&origin=usa"} {
			values, _ := url.ParseQuery(query)
			q, err := parseListQuery(values, h.v.listNames())
			if err != nil {
				t.Fatal(err)
			}
			page := listPage{total: 1234, hasNext: true, nextCursor: "abc"}
			got, err := h.appendPage(nil, q, page, ds)
			if err != nil {
				t.Fatal(err)
			}
			page.items = make([]any, len(ds))
			for i := range ds {
				page.items[i] = project(h.v.tracking(&ds[i]), q.fields)
			}
			want, _ := json.Marshal(render.AfterShipEnvelope{Meta: render.AfterShipMeta{Code: 200}, Data: h.v.list(q, page)})
			if string(got) != string(want) {
				t.Errorf("%T %q:\n got %s\nwant %s", h.v, query, got, want)
			}
		}
	}
}
