package tracking

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// Formats of the estimated-delivery-date API: local times without a zone.
const (
	EDDTimeLayout   = "2006-01-02 15:04:05"
	EDDCutoffLayout = "15:04:05"
)

// MaxEDDBatch is how many predictions one batch request may ask for.
const MaxEDDBatch = 5

// EDDAddress is one end of a shipment.
type EDDAddress struct {
	Country, State, City, PostalCode, RawLocation string
}

// EDDWeight is a shipment's weight.
type EDDWeight struct {
	Unit  string
	Value float64
}

// EDDPickupPlan describes when a merchant hands parcels over: orders placed before
// the cutoff on a business day, after the processing days, go out that day.
type EDDPickupPlan struct {
	OrderTime      string
	CutoffTime     string
	BusinessDays   []int // ISO weekdays, 1 = Monday .. 7 = Sunday
	ProcessingUnit string
	ProcessingDays int
}

// EDDRequest asks when a shipment not yet sent would arrive.
type EDDRequest struct {
	Slug            string
	ServiceTypeName string
	Origin          EDDAddress
	Destination     EDDAddress
	Weight          *EDDWeight
	PackageCount    *int
	PickupTime      string
	Plan            *EDDPickupPlan
}

// EDDPrediction is an estimated delivery window. Times are local to the shipment
// and carried in UTC without meaning a zone.
type EDDPrediction struct {
	PickupTime time.Time
	Date       time.Time
	Min        time.Time
	Max        time.Time
}

// PredictBatch predicts each request, failing as a whole on the first bad one.
func PredictBatch(rs []EDDRequest) ([]EDDPrediction, error) {
	const field = "estimated_delivery_dates"
	if len(rs) == 0 {
		return nil, models.Invalid(field, models.CodeRequired, "estimated_delivery_dates is required: 1 to 5 items.")
	}
	if len(rs) > MaxEDDBatch {
		return nil, invalid(field, fmt.Sprintf("at most %d items", MaxEDDBatch))
	}
	out := make([]EDDPrediction, len(rs))
	for i, r := range rs {
		p, err := PredictDelivery(r)
		if err != nil {
			return nil, prefixField(err, fmt.Sprintf("%s[%d].", field, i))
		}
		out[i] = p
	}
	return out, nil
}

func prefixField(err error, prefix string) error {
	ve, ok := err.(*models.ValidationError)
	if !ok {
		return err
	}
	return &models.ValidationError{Field: prefix + ve.Field, Code: ve.Code,
		Reason: strings.Replace(ve.Reason, ve.Field, prefix+ve.Field, 1)}
}

// PredictDelivery estimates a delivery window from the lane, the carrier and when
// the parcel is handed over.
func PredictDelivery(r EDDRequest) (EDDPrediction, error) {
	if err := validateEDD(r); err != nil {
		return EDDPrediction{}, err
	}
	pickup, err := pickupOf(r)
	if err != nil {
		return EDDPrediction{}, err
	}
	c, _ := carriers.Lookup(r.Slug)
	l := laneOf(c.Slug, r.ServiceTypeName, strings.ToUpper(r.Origin.Country), strings.ToUpper(r.Destination.Country), r.Weight)
	return l.from(pickup), nil
}

func validateEDD(r EDDRequest) error {
	required := func(field string) error {
		return models.Invalid(field, models.CodeRequired, field+" is required.")
	}
	switch {
	case r.Slug == "":
		return required("slug")
	case !knownSlug(r.Slug):
		return models.Invalid("slug", models.CodeInvalidSlug, "The value of `slug` is invalid: unknown courier.")
	case r.Origin.Country == "":
		return required("origin_address.country")
	case !validCountry(strings.ToUpper(r.Origin.Country)):
		return invalid("origin_address.country", "use an ISO 3166-1 alpha-3 code such as USA")
	case r.Destination.Country == "":
		return required("destination_address.country")
	case !validCountry(strings.ToUpper(r.Destination.Country)):
		return invalid("destination_address.country", "use an ISO 3166-1 alpha-3 code such as USA")
	case r.PickupTime == "" && r.Plan == nil:
		return models.Invalid("pickup_time", models.CodeRequired, "pickup_time is required: either pickup_time or estimated_pickup must be given.")
	case r.Weight != nil && !slices.Contains([]string{"kg", "lb", "g", "oz"}, r.Weight.Unit):
		return invalid("weight.unit", "use kg, lb, g or oz")
	case r.Weight != nil && r.Weight.Value <= 0:
		return invalid("weight.value", "must be greater than 0")
	case r.PackageCount != nil && *r.PackageCount < 1:
		return invalid("package_count", "must be at least 1")
	}
	return nil
}

func knownSlug(s string) bool {
	_, ok := carriers.Lookup(s)
	return ok
}

// pickupOf is the local time the carrier gets the parcel.
func pickupOf(r EDDRequest) (time.Time, error) {
	if r.PickupTime != "" {
		t, err := time.Parse(EDDTimeLayout, r.PickupTime)
		if err != nil {
			return t, invalid("pickup_time", "use YYYY-MM-DD HH:mm:ss")
		}
		return t, nil
	}
	return r.Plan.pickup()
}

func (p *EDDPickupPlan) pickup() (time.Time, error) {
	order, err := time.Parse(EDDTimeLayout, p.OrderTime)
	if p.OrderTime == "" {
		return order, models.Invalid("estimated_pickup.order_time", models.CodeRequired, "estimated_pickup.order_time is required.")
	}
	if err != nil {
		return order, invalid("estimated_pickup.order_time", "use YYYY-MM-DD HH:mm:ss")
	}
	cutoff, err := time.Parse(EDDCutoffLayout, cmp.Or(p.CutoffTime, "23:59:59"))
	if err != nil {
		return order, invalid("estimated_pickup.order_cutoff_time", "use HH:mm:ss")
	}
	days := p.BusinessDays
	if days == nil {
		days = []int{1, 2, 3, 4, 5}
	}
	if len(days) == 0 || slices.ContainsFunc(days, func(d int) bool { return d < 1 || d > 7 }) {
		return order, invalid("estimated_pickup.business_days", "use weekdays 1 (Monday) to 7 (Sunday)")
	}
	if p.ProcessingUnit != "" && p.ProcessingUnit != "day" || p.ProcessingDays < 0 || p.ProcessingDays > 60 {
		return order, invalid("estimated_pickup.order_processing_time", "use unit day and a value from 0 to 60")
	}
	cut := time.Date(order.Year(), order.Month(), order.Day(), cutoff.Hour(), cutoff.Minute(), cutoff.Second(), 0, time.UTC)
	day := cut
	if order.After(cut) {
		day = day.AddDate(0, 0, 1)
	}
	day = nextWorkday(day, days)
	for range p.ProcessingDays {
		day = nextWorkday(day.AddDate(0, 0, 1), days)
	}
	return day, nil
}

func isoWeekday(t time.Time) int {
	if t.Weekday() == time.Sunday {
		return 7
	}
	return int(t.Weekday())
}

// nextWorkday is t, or the first later day that is one of days.
func nextWorkday(t time.Time, days []int) time.Time {
	for !slices.Contains(days, isoWeekday(t)) {
		t = t.AddDate(0, 0, 1)
	}
	return t
}
