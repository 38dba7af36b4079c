package tracking

import (
	"testing"

	"github.com/waypost/waypost/models"
)

func TestPredictDelivery(t *testing.T) {
	us := EDDAddress{Country: "USA"}
	cases := []struct {
		name           string
		r              EDDRequest
		pickup         string
		date, min, max string
	}{
		{"domestic from a Thursday skips the weekend",
			EDDRequest{Slug: "usps", Origin: us, Destination: us, PickupTime: "2021-07-01 15:00:00"},
			"2021-07-01 15:00:00", "2021-07-05", "2021-07-02", "2021-07-06"},
		{"pickup after the cutoff waits a day",
			EDDRequest{Slug: "usps", Origin: us, Destination: us, Plan: &EDDPickupPlan{OrderTime: "2021-07-01 21:00:00", CutoffTime: "20:00:00", BusinessDays: []int{1, 2, 3, 4, 5, 6, 7}}},
			"2021-07-02 20:00:00", "2021-07-06", "2021-07-05", "2021-07-07"},
		{"before the cutoff goes the same day",
			EDDRequest{Slug: "kpost", Origin: EDDAddress{Country: "kor"}, Destination: EDDAddress{Country: "KOR"}, Plan: &EDDPickupPlan{OrderTime: "2021-07-01 15:04:05", CutoffTime: "20:00:00", BusinessDays: []int{1, 2, 3, 4, 5, 6, 7}}},
			"2021-07-01 20:00:00", "2021-07-05", "2021-07-02", "2021-07-06"},
		{"orders on a Saturday wait for Monday; processing adds business days",
			EDDRequest{Slug: "usps", Origin: us, Destination: us, Plan: &EDDPickupPlan{OrderTime: "2021-07-03 09:00:00", ProcessingUnit: "day", ProcessingDays: 1}},
			"2021-07-06 23:59:59", "2021-07-08", "2021-07-07", "2021-07-09"},
		{"same region",
			EDDRequest{Slug: "kpost", Origin: EDDAddress{Country: "KOR"}, Destination: EDDAddress{Country: "JPN"}, PickupTime: "2021-07-05 10:00:00"},
			"2021-07-05 10:00:00", "2021-07-09", "2021-07-08", "2021-07-13"},
		{"express carrier abroad",
			EDDRequest{Slug: "dhl", Origin: EDDAddress{Country: "DEU"}, Destination: us, PickupTime: "2021-07-05 10:00:00"},
			"2021-07-05 10:00:00", "2021-07-08", "2021-07-07", "2021-07-12"},
		{"heavy parcel overseas by post",
			EDDRequest{Slug: "kpost", Origin: EDDAddress{Country: "KOR"}, Destination: us, PickupTime: "2021-07-05 10:00:00", Weight: &EDDWeight{Unit: "lb", Value: 80}},
			"2021-07-05 10:00:00", "2021-07-15", "2021-07-13", "2021-07-20"},
	}
	for _, tc := range cases {
		p, err := PredictDelivery(tc.r)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		got := [4]string{p.PickupTime.Format(EDDTimeLayout), p.Date.Format("2006-01-02"), p.Min.Format("2006-01-02"), p.Max.Format("2006-01-02")}
		if got != [4]string{tc.pickup, tc.date, tc.min, tc.max} {
			t.Errorf("%s: pickup, date, min, max = %v", tc.name, got)
		}
	}
}

func TestPredictDeliveryRejects(t *testing.T) {
	ok := EDDRequest{Slug: "usps", Origin: EDDAddress{Country: "USA"}, Destination: EDDAddress{Country: "USA"}, PickupTime: "2021-07-01 15:00:00"}
	cases := []struct {
		change func(r *EDDRequest)
		field  string
		code   string
	}{
		{func(r *EDDRequest) { r.Slug = "" }, "slug", models.CodeRequired},
		{func(r *EDDRequest) { r.Slug = "nope" }, "slug", models.CodeInvalidSlug},
		{func(r *EDDRequest) { r.Origin.Country = "" }, "origin_address.country", models.CodeRequired},
		{func(r *EDDRequest) { r.Destination.Country = "United States" }, "destination_address.country", models.CodeInvalid},
		{func(r *EDDRequest) { r.PickupTime = "" }, "pickup_time", models.CodeRequired},
		{func(r *EDDRequest) { r.PickupTime = "2021-07-01" }, "pickup_time", models.CodeInvalid},
		{func(r *EDDRequest) { r.Weight = &EDDWeight{Unit: "stone", Value: 1} }, "weight.unit", models.CodeInvalid},
		{func(r *EDDRequest) { r.Weight = &EDDWeight{Unit: "kg"} }, "weight.value", models.CodeInvalid},
		{func(r *EDDRequest) { n := 0; r.PackageCount = &n }, "package_count", models.CodeInvalid},
		{func(r *EDDRequest) { r.PickupTime, r.Plan = "", &EDDPickupPlan{} }, "estimated_pickup.order_time", models.CodeRequired},
		{func(r *EDDRequest) {
			r.PickupTime, r.Plan = "", &EDDPickupPlan{OrderTime: "2021-07-01 15:00:00", CutoffTime: "8pm"}
		}, "estimated_pickup.order_cutoff_time", models.CodeInvalid},
		{func(r *EDDRequest) {
			r.PickupTime, r.Plan = "", &EDDPickupPlan{OrderTime: "2021-07-01 15:00:00", BusinessDays: []int{0}}
		}, "estimated_pickup.business_days", models.CodeInvalid},
		{func(r *EDDRequest) {
			r.PickupTime, r.Plan = "", &EDDPickupPlan{OrderTime: "2021-07-01 15:00:00", ProcessingUnit: "week"}
		}, "estimated_pickup.order_processing_time", models.CodeInvalid},
	}
	for _, tc := range cases {
		r := ok
		tc.change(&r)
		_, err := PredictDelivery(r)
		ve, isVE := err.(*models.ValidationError)
		if !isVE || ve.Field != tc.field || ve.Code != tc.code {
			t.Errorf("want %s %s, got %v", tc.field, tc.code, err)
		}
	}
	if _, err := PredictBatch(nil); err == nil {
		t.Error("an empty batch is accepted")
	}
	if _, err := PredictBatch(make([]EDDRequest, 6)); err == nil {
		t.Error("a batch of six is accepted")
	}
	bad := ok
	bad.Slug = ""
	_, err := PredictBatch([]EDDRequest{ok, bad})
	if ve, _ := err.(*models.ValidationError); ve == nil || ve.Field != "estimated_delivery_dates[1].slug" {
		t.Errorf("batch error names the item: %v", err)
	}
}
