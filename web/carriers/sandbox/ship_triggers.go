package sandbox

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// Trigger values: fixed inputs that make the simulator fail the way a carrier does, so
// clients can exercise their error paths. docs/carriers.md lists them; keep it in step.
const (
	triggerPostalCode  = "00000"      // ship_to (or pickup) postal code: address refused
	triggerWeightKg    = 999.0        // a parcel of exactly this weight: over the limit
	triggerFailRate    = "FAIL RATE"  // ship_to contact_name: no rate
	triggerFailLabel   = "FAIL LABEL" // ship_to contact_name: label refused
	triggerFailCancel  = "FAIL CANCEL"
	triggerFailPickup  = "FAIL PICKUP"
	triggerUnavailable = "unavailable" // in the account description: carrier down
	triggerBadCreds    = "bad credentials"
	triggerRateLimited = "rate limited"
)

func refused(kind carriers.ErrorKind, slug, format string, args ...any) *carriers.Error {
	return carriers.NewError(kind, slug, fmt.Errorf(format, args...))
}

// accountFailure fails every call of an account whose description names a trigger.
func accountFailure(acct carriers.Account) error {
	d := strings.ToLower(acct.Description)
	switch {
	case strings.Contains(d, triggerUnavailable):
		e := refused(carriers.KindUnavailable, acct.Slug, "the carrier is unavailable (sandbox trigger: description contains %q)", triggerUnavailable)
		e.RetryAfter = time.Minute
		return e
	case strings.Contains(d, triggerBadCreds):
		return refused(carriers.KindAuth, acct.Slug, "the carrier refused the account's credentials (sandbox trigger: description contains %q)", triggerBadCreds)
	case strings.Contains(d, triggerRateLimited):
		e := refused(carriers.KindRateLimited, acct.Slug, "too many requests (sandbox trigger: description contains %q)", triggerRateLimited)
		e.RetryAfter = 30 * time.Second
		return e
	}
	return nil
}

// shipmentFailure refuses shipments a carrier would refuse whatever the service: no
// parcels, weightless parcels, the trigger postal code and the trigger weight.
func shipmentFailure(slug string, sh carriers.Shipment) error {
	if len(sh.Parcels) == 0 {
		return refused(carriers.KindInvalidNumber, slug, "a shipment needs at least one parcel")
	}
	if postalKey(sh.ShipTo.PostalCode) == triggerPostalCode {
		return refused(carriers.KindInvalidNumber, slug, "address refused: ship_to postal code %s does not exist (sandbox trigger)", triggerPostalCode)
	}
	for i, p := range sh.Parcels {
		kg, ok := toKg(p.Weight)
		switch {
		case !ok:
			return refused(carriers.KindInvalidNumber, slug, "parcel %d: unknown weight unit %q", i+1, p.Weight.Unit)
		case kg <= 0:
			return refused(carriers.KindInvalidNumber, slug, "parcel %d has no weight", i+1)
		case math.Abs(kg-triggerWeightKg) < 1e-6:
			return refused(carriers.KindInvalidNumber, slug, "over weight: parcel %d weighs %g kg, more than the carrier accepts (sandbox trigger)", i+1, triggerWeightKg)
		}
		if _, ok := toCm(p.Dimension); !ok {
			return refused(carriers.KindInvalidNumber, slug, "parcel %d: unknown dimension unit %q", i+1, p.Dimension.Unit)
		}
	}
	return nil
}

// contactTrigger fails a call whose ship_to contact is the given trigger name.
func contactTrigger(slug string, sh carriers.Shipment, trigger, what string) error {
	if strings.EqualFold(strings.TrimSpace(sh.ShipTo.ContactName), trigger) {
		return refused(carriers.KindInvalidNumber, slug, "the carrier %s (sandbox trigger: contact_name %q)", what, trigger)
	}
	return nil
}

// postalKey is a postal code as carriers compare them: upper case, no spaces or dashes.
func postalKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, strings.ToUpper(strings.TrimSpace(s)))
}
