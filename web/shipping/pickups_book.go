package shipping

import (
	"context"
	"fmt"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// pickupPlan is a checked pickup request: its row and what the carrier is asked.
type pickupPlan struct {
	row     *models.Pickup
	account *models.ShipperAccount
	req     carriers.PickupRequest
}

// planPickup checks a pickup request and resolves its account, labels and address.
func (s *Service) planPickup(ctx context.Context, orgID string, in PickupInput) (*pickupPlan, error) {
	var errs FieldErrors
	if len(in.LabelIDs) == 0 && len(in.Parcels) == 0 {
		errs.add("pickup_parcels", CodeRequired, "a pickup needs label ids or pickup_parcels")
	}
	for i, p := range in.Parcels {
		checkParcel(&errs, fmt.Sprintf("pickup_parcels.%d", i), p)
	}
	checkDate(&errs, "pickup_date", in.PickupDate)
	checkClock(&errs, "start_time", in.StartTime)
	checkClock(&errs, "end_time", in.EndTime)
	if err := errs.err(); err != nil {
		return nil, err
	}
	labels, err := s.db.LabelsByIDs(ctx, orgID, in.LabelIDs)
	if err != nil {
		return nil, err
	}
	accountID, err := pickupAccountID(in, labels)
	if err != nil {
		return nil, err
	}
	acct, err := s.usableAccount(ctx, orgID, accountID, "shipper_account.id")
	if err != nil {
		return nil, err
	}
	addr, err := pickupAddress(in, acct, labels)
	if err != nil {
		return nil, err
	}
	return s.pickupPlanOf(orgID, in, acct, labels, addr), nil
}

// pickupAccountID is the account a pickup runs under: the one named, which must be
// the labels' account, or the labels' own.
func pickupAccountID(in PickupInput, labels []models.Label) (string, error) {
	var errs FieldErrors
	found := map[string]bool{}
	id := in.ShipperAccountID
	for _, l := range labels {
		found[l.ID] = true
		if l.Status != LabelCreated && l.Status != LabelManifested {
			errs.add("label_ids", CodeInvalid, fmt.Sprintf("label %s is %s and cannot be picked up", l.ID, l.Status))
		}
		if id == "" {
			id = l.ShipperAccountID
		} else if l.ShipperAccountID != id {
			errs.add("label_ids", CodeInvalid, fmt.Sprintf("label %s belongs to another shipper account", l.ID))
		}
	}
	for _, lid := range in.LabelIDs {
		if !found[lid] {
			errs.add("label_ids", CodeInvalid, fmt.Sprintf("label %s does not exist", lid))
		}
	}
	return id, errs.err()
}

func pickupAddress(in PickupInput, acct *models.ShipperAccount, labels []models.Label) (carriers.Address, error) {
	var a carriers.Address
	switch {
	case in.Address != nil:
		a = *in.Address
	case acct.Address != "":
		if err := fromJSON(acct.Address, &a); err != nil {
			return a, err
		}
	case len(labels) > 0:
		var li LabelInput
		if err := fromJSON(labels[0].Request, &li); err != nil {
			return a, err
		}
		a = li.Shipment.ShipFrom
	default:
		return a, FieldErrors{{Path: "pickup_address", Code: CodeRequired, Message: "pickup_address is required when the shipper account has no address"}}
	}
	var errs FieldErrors
	checkAddress(&errs, "pickup_address", a)
	return a, errs.err()
}

func (s *Service) pickupPlanOf(orgID string, in PickupInput, acct *models.ShipperAccount, labels []models.Label, addr carriers.Address) *pickupPlan {
	var numbers []string
	for _, l := range labels {
		numbers = append(numbers, l.TrackingNumbers...)
	}
	date := in.PickupDate
	if date == "" {
		date = s.now().In(carriers.Zone(acct.Timezone)).Format(time.DateOnly)
	}
	parcels := in.Parcels
	if parcels == nil {
		parcels = []carriers.Parcel{}
	}
	row := &models.Pickup{ID: models.NewID(), OrganizationID: orgID, Status: PickupCreating, ShipperAccountID: acct.ID,
		Slug: acct.Slug, AccountDescription: acct.Description, PickupDate: date, StartTime: in.StartTime,
		EndTime: in.EndTime, Instructions: in.Instructions, Location: in.Location, Address: toJSON(addr),
		Parcels: toJSON(parcels), LabelIDs: in.LabelIDs}
	if in.ShipTo != nil {
		row.ShipTo = toJSON(in.ShipTo)
	}
	req := carriers.PickupRequest{Address: addr, Date: dayIn(date, acct.Timezone), StartTime: in.StartTime,
		EndTime: in.EndTime, Instructions: pickupInstructions(in), TrackingNumbers: numbers, Parcels: in.Parcels}
	return &pickupPlan{row: row, account: acct, req: req}
}

// book asks the carrier for the pickup and records its answer.
func (s *Service) book(ctx context.Context, orgID string, plan *pickupPlan) error {
	sh, acct, err := s.shipperOf(plan.account)
	if err == nil {
		plan.req.Account = acct
		var p *carriers.Pickup
		if p, err = sh.SchedulePickup(ctx, plan.req); err == nil {
			return s.db.UpdatePickup(ctx, orgID, plan.row.ID, bookedColumns(p, acct.Timezone))
		}
		err = carrierError(err)
	}
	if uerr := s.db.UpdatePickup(ctx, orgID, plan.row.ID, map[string]any{"status": PickupFailed, "error_message": rateMessage(err)}); uerr != nil {
		return uerr
	}
	return err
}

func bookedColumns(p *carriers.Pickup, tz string) map[string]any {
	cols := map[string]any{"status": PickupCreated, "confirmation_number": p.ConfirmationNumber}
	zone := carriers.Zone(tz)
	if !p.StartAt.IsZero() {
		cols["pickup_date"] = p.StartAt.In(zone).Format(time.DateOnly)
		cols["start_time"] = p.StartAt.In(zone).Format(time.TimeOnly)
	}
	if !p.EndAt.IsZero() {
		cols["end_time"] = p.EndAt.In(zone).Format(time.TimeOnly)
	}
	if p.Charge != nil {
		cols["charge"] = toJSON(p.Charge)
	}
	return cols
}

func checkClock(errs *FieldErrors, path, v string) {
	if v == "" {
		return
	}
	if _, err := time.Parse("15:04", v); err == nil {
		return
	}
	if _, err := time.Parse("15:04:05", v); err == nil {
		return
	}
	errs.add(path, CodeInvalid, path+" must be a time as HH:MM")
}

// pickupInstructions tells the driver where the parcels wait as well as what was asked.
func pickupInstructions(in PickupInput) string {
	switch {
	case in.Location == "":
		return in.Instructions
	case in.Instructions == "":
		return "Location: " + in.Location
	}
	return "Location: " + in.Location + ". " + in.Instructions
}
