package render

import (
	"fmt"
	"strings"

	"github.com/waypost/waypost/models"
)

// fixedMessages are AfterShip's documented meta messages for the codes whose
// text does not depend on a field.
var fixedMessages = map[int]string{
	AfterShipTrackingExists:       "Tracking already exists.",
	AfterShipInvalidNumber:        "The value of `tracking_number` is invalid.",
	AfterShipTrackingRequired:     "`tracking` object is required.",
	AfterShipNumberRequired:       "`tracking_number` is required.",
	AfterShipInvalidSlug:          "The value of `slug` is invalid.",
	AfterShipUndetectable:         "Unable to import shipment as we don't recognize the carrier from this tracking number.",
	AfterShipRetrackActive:        "Retrack is not allowed. You can only retrack an inactive tracking.",
	AfterShipNotificationRequired: "`notification` object is required.",
	AfterShipInvalidID:            "The value of `id` is invalid.",
	AfterShipRetrackLimit:         "Retrack is not allowed. You can only retrack each shipment once.",
	AfterShipNumberFormat:         "The format of `tracking_number` is invalid.",
}

// documentedMessage is the meta message of a validation error: AfterShip's
// documented sentence for the code, keeping the service's explanation when it
// already begins with that sentence, so clients matching on the text keep working.
func documentedMessage(code int, ve *models.ValidationError) string {
	want, ok := fixedMessages[code]
	switch code {
	case AfterShipInvalidValue:
		want, ok = fmt.Sprintf("The value of `%s` is invalid.", ve.Field), true
	case AfterShipMissingValue:
		want, ok = fmt.Sprintf("`%s` is required.", ve.Field), true
	case AfterShipUndetectable:
		if ve.Field == "slug_group" {
			return "Unable to import shipment as the tracking number does not belong to a carrier in that group."
		}
	case AfterShipMissingFields:
		return "Missing or invalid value of the required fields for this courier. Besides `tracking_number`, also required: " +
			quoteFields(ve.Field)
	}
	if !ok {
		return ve.Reason
	}
	if strings.HasPrefix(ve.Reason, strings.TrimSuffix(want, ".")) {
		return ve.Reason
	}
	return want
}

// quoteFields spells "a,b" as "`a`, `b`".
func quoteFields(fields string) string {
	parts := strings.Split(fields, ",")
	for i, f := range parts {
		parts[i] = "`" + strings.TrimSpace(f) + "`"
	}
	return strings.Join(parts, ", ")
}
