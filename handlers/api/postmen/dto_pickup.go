package postmen

import (
	"regexp"
	"strings"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping"
)

type pickupParcelIn struct {
	Weight    weightDTO     `json:"weight"`
	Dimension *dimensionDTO `json:"dimension"`
	Quantity  int           `json:"quantity"`
}

// pickupRequest is POST /pickups: labels by id, or parcels described (then the
// shipper account is required).
type pickupRequest struct {
	ShipperAccount     *ref             `json:"shipper_account"`
	LabelIDs           []string         `json:"label_ids"`
	Labels             []ref            `json:"labels"`
	PickupParcels      []pickupParcelIn `json:"pickup_parcels"`
	PickupFrom         *addressIn       `json:"pickup_from"`
	ShipTo             *addressIn       `json:"ship_to"`
	PickupDate         string           `json:"pickup_date"`
	PickupStartTime    string           `json:"pickup_start_time"`
	PickupEndTime      string           `json:"pickup_end_time"`
	PickupLocation     string           `json:"pickup_location"`
	PickupInstructions string           `json:"pickup_instructions"`
}

// clockTime is Postmen's HH:mm:ss (HH:mm is taken too).
var clockTime = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$`)

func (r pickupRequest) input(k *checks) shipping.PickupInput {
	in := shipping.PickupInput{ShipperAccountID: idOf(r.ShipperAccount), Address: addressPtr(r.PickupFrom),
		ShipTo: addressPtr(r.ShipTo), PickupDate: strings.TrimSpace(r.PickupDate),
		Location: strings.TrimSpace(r.PickupLocation), Instructions: strings.TrimSpace(r.PickupInstructions),
		StartTime: clock(k, "pickup_start_time", r.PickupStartTime), EndTime: clock(k, "pickup_end_time", r.PickupEndTime)}
	for _, id := range r.LabelIDs {
		if id = strings.TrimSpace(id); id != "" {
			in.LabelIDs = append(in.LabelIDs, id)
		}
	}
	for i := range r.Labels {
		if id := idOf(&r.Labels[i]); id != "" {
			in.LabelIDs = append(in.LabelIDs, id)
		}
	}
	for i, p := range r.PickupParcels {
		if p.Quantity < 1 || p.Quantity > 100 {
			k.invalid("pickup_parcels."+itoa(i)+".quantity", "quantity must be from 1 to 100")
			continue
		}
		parcel := carriers.Parcel{BoxType: "custom", Weight: p.Weight.model()}
		if p.Dimension != nil {
			d := p.Dimension
			parcel.Dimension = carriers.Dimension{Width: d.Width, Height: d.Height, Depth: d.Depth, Unit: strings.TrimSpace(d.Unit)}
		}
		for range p.Quantity {
			in.Parcels = append(in.Parcels, parcel)
		}
	}
	k.require(len(in.LabelIDs) > 0 || len(r.PickupParcels) > 0, "label_ids")
	r.PickupFrom.check(k, "pickup_from")
	r.ShipTo.check(k, "ship_to")
	if len(r.PickupParcels) > 0 {
		k.require(in.ShipperAccountID != "", "shipper_account.id")
	}
	return in
}

// clock checks an HH:mm:ss time and gives the service its HH:mm.
func clock(k *checks, path, raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		k.require(false, path)
		return ""
	}
	if !clockTime.MatchString(raw) {
		k.invalid(path, path+" must be a time of day as HH:mm:ss")
		return ""
	}
	return raw[:5]
}

// pickupOut is a pickup as the examples show it.
type pickupOut struct {
	ID                  string            `json:"id"`
	Status              string            `json:"status"`
	ShipperAccount      accountRefOut     `json:"shipper_account"`
	LabelIDs            []string          `json:"label_ids"`
	PickupDate          *string           `json:"pickup_date"`
	PickupStartTime     *string           `json:"pickup_start_time"`
	PickupEndTime       *string           `json:"pickup_end_time"`
	PickupFrom          *addressOut       `json:"pickup_from"`
	ShipTo              *addressOut       `json:"ship_to"`
	PickupParcels       []pickupParcelOut `json:"pickup_parcels"`
	PickupLocation      *string           `json:"pickup_location"`
	PickupInstructions  *string           `json:"pickup_instructions"`
	ConfirmationNumbers []string          `json:"pickup_confirmation_numbers"`
	TotalCharge         *moneyDTO         `json:"total_charge"`
	ErrorMessage        *string           `json:"error_message,omitempty"`
	CreatedAt           string            `json:"created_at"`
	UpdatedAt           string            `json:"updated_at"`
}

func newPickup(p *shipping.Pickup) pickupOut {
	out := pickupOut{ID: p.ID, Status: p.Status, ShipperAccount: newAccountRef(p.ShipperAccount), LabelIDs: p.LabelIDs,
		PickupDate: null(p.PickupDate), PickupStartTime: null(seconds(p.StartTime)), PickupEndTime: null(seconds(p.EndTime)),
		PickupFrom: newAddressOut(p.Address), ShipTo: newAddressOut(p.ShipTo), PickupParcels: pickupParcels(p.Parcels),
		PickupLocation: null(p.Location), PickupInstructions: null(p.Instructions), ConfirmationNumbers: []string{},
		ErrorMessage: null(p.ErrorMessage), CreatedAt: stampMillis(p.CreatedAt), UpdatedAt: stampMillis(p.UpdatedAt)}
	if out.LabelIDs == nil {
		out.LabelIDs = []string{}
	}
	if p.ConfirmationNumber != "" {
		out.ConfirmationNumbers = []string{p.ConfirmationNumber}
	}
	if p.Charge != nil {
		out.TotalCharge = newMoney(*p.Charge)
	}
	return out
}

// seconds writes HH:mm as Postmen's HH:mm:ss.
func seconds(hhmm string) string {
	if len(hhmm) == 5 {
		return hhmm + ":00"
	}
	return hhmm
}

type pickupParcelOut struct {
	Weight   weightDTO `json:"weight"`
	Quantity int       `json:"quantity"`
}

// pickupParcels counts the parcels of a pickup back into Postmen's
// {weight, quantity} lines, one per run of equal weights.
func pickupParcels(parcels []carriers.Parcel) []pickupParcelOut {
	out := []pickupParcelOut{}
	for _, p := range parcels {
		w := weightDTO{Value: p.Weight.Value, Unit: p.Weight.Unit}
		if n := len(out); n > 0 && out[n-1].Weight == w {
			out[n-1].Quantity++
			continue
		}
		out = append(out, pickupParcelOut{Weight: w, Quantity: 1})
	}
	return out
}
