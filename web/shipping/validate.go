package shipping

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping/address"
)

var (
	paperSizes  = []string{"4x6", "4x8", "A4", "A5", "8.5x11"}
	fileTypes   = []string{"pdf", "png", "zpl"}
	weightUnits = []string{"kg", "g", "lb", "oz"}
	dimUnits    = []string{"cm", "mm", "m", "in", "ft"}
)

func checkAccountInput(in ShipperAccountInput) FieldErrors {
	var errs FieldErrors
	if in.Slug == "" {
		errs.add("slug", CodeRequired, "slug is required")
		return errs
	}
	if _, ok := carriers.ShippingProfileOf(in.Slug); !ok {
		errs.add("slug", CodeUnsupported, fmt.Sprintf("%s is not a shipping carrier; GET /couriers lists them", in.Slug))
		return errs
	}
	checkTimezone(&errs, in.Timezone)
	checkCredentials(&errs, in.Slug, in.Credentials)
	if in.Address != nil {
		checkAddress(&errs, "address", *in.Address)
	}
	return errs
}

func checkCredentials(errs *FieldErrors, slug string, creds map[string]string) {
	for _, key := range carriers.CheckShipperCredentials(slug, creds) {
		if strings.TrimSpace(creds[key]) == "" {
			errs.add("credentials."+key, CodeRequired, "credentials."+key+" is required by "+slug)
		} else {
			errs.add("credentials."+key, CodeInvalid, "credentials."+key+" is not in the format "+slug+" issues")
		}
	}
}

func checkTimezone(errs *FieldErrors, tz string) {
	if tz == "" {
		return
	}
	if _, err := time.LoadLocation(tz); err != nil || tz == "Local" {
		errs.add("timezone", CodeInvalid, "timezone must be an IANA time zone such as America/New_York")
	}
}

// checkAddress reports the required fields an address lacks for its country.
func checkAddress(errs *FieldErrors, path string, a carriers.Address) {
	for _, is := range address.Missing(a) {
		errs.add(path+"."+is.Field, CodeRequired, is.Message)
	}
}

// checkShipment checks what every carrier needs of a shipment: both addresses and
// parcels that weigh something in a known unit.
func checkShipment(errs *FieldErrors, sh carriers.Shipment) {
	checkAddress(errs, "shipment.ship_from", sh.ShipFrom)
	checkAddress(errs, "shipment.ship_to", sh.ShipTo)
	if sh.ReturnTo != nil {
		checkAddress(errs, "shipment.return_to", *sh.ReturnTo)
	}
	if len(sh.Parcels) == 0 {
		errs.add("shipment.parcels", CodeRequired, "shipment.parcels needs at least one parcel")
	}
	for i, p := range sh.Parcels {
		checkParcel(errs, fmt.Sprintf("shipment.parcels.%d", i), p)
	}
}

func checkParcel(errs *FieldErrors, path string, p carriers.Parcel) {
	checkWeight(errs, path+".weight", p.Weight)
	d := p.Dimension
	if d != (carriers.Dimension{}) {
		if !slices.Contains(dimUnits, d.Unit) {
			errs.add(path+".dimension.unit", CodeInvalid, "dimension.unit must be one of "+strings.Join(dimUnits, ", "))
		}
		if d.Width <= 0 || d.Height <= 0 || d.Depth <= 0 {
			errs.add(path+".dimension", CodeInvalid, "dimension width, height and depth must be positive")
		}
	}
	for j, it := range p.Items {
		ip := fmt.Sprintf("%s.items.%d", path, j)
		if strings.TrimSpace(it.Description) == "" {
			errs.add(ip+".description", CodeRequired, "item description is required")
		}
		if it.Quantity <= 0 {
			errs.add(ip+".quantity", CodeInvalid, "item quantity must be at least 1")
		}
		if it.Price.Amount < 0 || (it.Price.Amount > 0 && len(it.Price.Currency) != 3) {
			errs.add(ip+".price", CodeInvalid, "item price needs a non-negative amount and a 3-letter currency")
		}
		if it.Weight != (carriers.Weight{}) {
			checkWeight(errs, ip+".weight", it.Weight)
		}
	}
}

func checkWeight(errs *FieldErrors, path string, w carriers.Weight) {
	if !slices.Contains(weightUnits, w.Unit) {
		errs.add(path+".unit", CodeInvalid, "weight unit must be one of "+strings.Join(weightUnits, ", "))
	}
	if w.Value <= 0 {
		errs.add(path+".value", CodeInvalid, "weight value must be positive")
	}
}

// checkDate parses a YYYY-MM-DD date; "" is allowed (today).
func checkDate(errs *FieldErrors, path, v string) {
	if v == "" {
		return
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		errs.add(path, CodeInvalid, path+" must be a date as YYYY-MM-DD")
	}
}

// checkService checks that a service type is one the account's carrier sells.
func checkService(errs *FieldErrors, path, slug, serviceType string, required bool) {
	if serviceType == "" {
		if required {
			errs.add(path, CodeRequired, path+" is required")
		}
		return
	}
	p, _ := carriers.ShippingProfileOf(slug)
	if _, ok := p.Service(serviceType); !ok {
		errs.add(path, CodeUnsupported, fmt.Sprintf("%s is not a service of %s", serviceType, slug))
	}
}

// dayIn is midnight of a YYYY-MM-DD date in the account's zone; zero for "".
func dayIn(date, tz string) time.Time {
	if date == "" {
		return time.Time{}
	}
	d, err := time.ParseInLocation(time.DateOnly, date, carriers.Zone(tz))
	if err != nil {
		return time.Time{}
	}
	return d
}
