package tracking

import (
	"strings"
	"time"
)

// lane is the transit time of a route, in delivery days (Monday to Friday).
type lane struct{ likely, early, late int }

// Transit by how far a parcel goes. Waypost has no delivery history to learn from,
// so these are the published norms of postal and parcel services.
var (
	laneDomestic = lane{likely: 2, early: 1, late: 3}
	laneRegional = lane{likely: 4, early: 3, late: 6}
	laneWorld    = lane{likely: 7, early: 5, late: 10}
	laneExpress  = lane{likely: 3, early: 2, late: 5}
)

// expressCarriers fly parcels abroad overnight; their international lanes are short.
var expressCarriers = map[string]bool{"dhl": true, "fedex": true, "ups": true}

// regions groups countries whose parcels usually cross borders by road or a short flight.
var regions = map[string]string{
	"KOR": "east-asia", "JPN": "east-asia", "CHN": "east-asia", "HKG": "east-asia", "TWN": "east-asia", "MAC": "east-asia",
	"SGP": "south-east-asia", "MYS": "south-east-asia", "THA": "south-east-asia", "VNM": "south-east-asia",
	"PHL": "south-east-asia", "IDN": "south-east-asia",
	"USA": "north-america", "CAN": "north-america", "MEX": "north-america",
	"AUS": "oceania", "NZL": "oceania",
	"GBR": "europe", "IRL": "europe", "DEU": "europe", "FRA": "europe", "ITA": "europe", "ESP": "europe",
	"PRT": "europe", "NLD": "europe", "BEL": "europe", "LUX": "europe", "AUT": "europe", "CHE": "europe",
	"DNK": "europe", "SWE": "europe", "NOR": "europe", "FIN": "europe", "POL": "europe", "CZE": "europe",
}

// laneOf picks the lane of a shipment and adjusts it for speed of service and weight.
func laneOf(slug, service, origin, dest string, w *EDDWeight) lane {
	l := laneWorld
	switch {
	case origin == dest:
		l = laneDomestic
	case expressCarriers[slug]:
		l = laneExpress
	case regions[origin] != "" && regions[origin] == regions[dest]:
		l = laneRegional
	}
	s := strings.ToLower(service)
	if strings.Contains(s, "express") || strings.Contains(s, "priority") || strings.Contains(s, "overnight") {
		l = lane{likely: max(l.likely-1, 1), early: max(l.early-1, 1), late: max(l.late-1, 1)}
	}
	if w != nil && kilograms(*w) > 30 {
		l = lane{likely: l.likely + 1, early: l.early + 1, late: l.late + 1}
	}
	return l
}

func kilograms(w EDDWeight) float64 {
	switch w.Unit {
	case "lb":
		return w.Value * 0.45359237
	case "g":
		return w.Value / 1000
	case "oz":
		return w.Value * 0.028349523125
	}
	return w.Value
}

// from counts the lane's delivery days after the pick-up day.
func (l lane) from(pickup time.Time) EDDPrediction {
	day := time.Date(pickup.Year(), pickup.Month(), pickup.Day(), 0, 0, 0, 0, time.UTC)
	return EDDPrediction{PickupTime: pickup, Date: addDeliveryDays(day, l.likely),
		Min: addDeliveryDays(day, l.early), Max: addDeliveryDays(day, l.late)}
}

var deliveryDays = []int{1, 2, 3, 4, 5}

func addDeliveryDays(day time.Time, n int) time.Time {
	for range n {
		day = nextWorkday(day.AddDate(0, 0, 1), deliveryDays)
	}
	return day
}
