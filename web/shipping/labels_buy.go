package shipping

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// buy asks the carrier for the label of a creating row, stores its documents, starts
// its tracking and marks it created; on a failure the row is marked failed.
func (s *Service) buy(ctx context.Context, orgID string, row *models.Label) error {
	var in LabelInput
	if err := fromJSON(row.Request, &in); err != nil {
		return err
	}
	res, acct, err := s.purchase(ctx, orgID, row, in)
	if err != nil {
		return err
	}
	cols, err := s.labelDocuments(ctx, orgID, row, in, res)
	if err != nil {
		s.log.Error("label documents", "label", row.ID, "tracking_numbers", res.TrackingNumbers, "err", err)
		return s.failLabel(ctx, orgID, row.ID, fmt.Errorf("the label was bought as %v but its file could not be made: %w", res.TrackingNumbers, err))
	}
	cols["status"] = LabelCreated
	cols["tracking_number"] = res.TrackingNumbers[0]
	cols["tracking_numbers"] = toJSON(res.TrackingNumbers)
	cols["carrier_ref"] = res.CarrierRef
	cols["rate"] = toJSON(res.Rate)
	cols["ship_date"] = shipDateOf(in, res.Rate, acct.Timezone, s.now())
	if res.Rate.ServiceName != "" {
		cols["service_name"] = res.Rate.ServiceName
	}
	cols["tracking_id"] = s.track(ctx, orgID, row, in, res.TrackingNumbers[0])
	return s.db.UpdateLabel(ctx, orgID, row.ID, cols)
}

// purchase calls the carrier. The label id is the idempotency key it is given, so a
// retried job gets the same label. A refusal fails the row.
func (s *Service) purchase(ctx context.Context, orgID string, row *models.Label, in LabelInput) (*carriers.Label, carriers.Account, error) {
	acctRow, err := s.db.ShipperAccountByID(ctx, orgID, row.ShipperAccountID)
	if errors.Is(err, models.ErrNotFound) {
		err = s.failLabel(ctx, orgID, row.ID, &CarrierError{Kind: carriers.KindNotConfigured, Message: "the shipper account was deleted"})
	}
	if err != nil {
		return nil, carriers.Account{}, err
	}
	sh, acct, err := s.shipperOf(acctRow)
	if err != nil {
		return nil, acct, s.failLabel(ctx, orgID, row.ID, err)
	}
	res, err := sh.CreateLabel(ctx, carriers.LabelRequest{Account: acct, Shipment: in.Shipment, ServiceType: in.ServiceType,
		ShipDate: dayIn(in.ShipDate, acct.Timezone), IsDocument: in.IsDocument, ReturnShipment: in.ReturnShipment,
		References: in.References, PaperSize: in.PaperSize, FileType: in.FileType, Customs: in.Customs,
		Billing: in.Billing, IdempotencyKey: row.ID})
	if err == nil && len(res.TrackingNumbers) == 0 {
		err = carriers.NewError(carriers.KindFormat, acct.Slug, errors.New("the carrier returned no tracking number"))
	}
	if err != nil {
		s.log.Info("label refused", "slug", acct.Slug, "label", row.ID, "err", err)
		return nil, acct, s.failLabel(ctx, orgID, row.ID, carrierError(err))
	}
	return res, acct, nil
}

// failLabel records why a label failed and returns that error.
func (s *Service) failLabel(ctx context.Context, orgID, id string, cause error) error {
	if err := s.db.UpdateLabel(ctx, orgID, id, map[string]any{"status": LabelFailed, "error_message": rateMessage(cause)}); err != nil {
		return errors.Join(cause, err)
	}
	return cause
}

// shipDateOf is the day the label ships: the one the carrier priced (its booking
// cut-off is on it), else the one asked, else today in the account's zone.
func shipDateOf(in LabelInput, r carriers.Rate, tz string, now time.Time) string {
	zone := carriers.Zone(tz)
	switch {
	case r.BookingCutOff != nil:
		return r.BookingCutOff.In(zone).Format(time.DateOnly)
	case in.ShipDate != "":
		return in.ShipDate
	}
	return now.In(zone).Format(time.DateOnly)
}

// track starts the tracking of a new label's number so it shows in the Tracking API,
// the console and the public page. A failure is logged, not fatal: the label is bought.
func (s *Service) track(ctx context.Context, orgID string, row *models.Label, in LabelInput, number string) string {
	if s.tracker == nil {
		return ""
	}
	to := in.Shipment.ShipTo
	meta := TrackMeta{OrderID: in.OrderID, OrderNumber: in.OrderNumber, CustomerName: to.ContactName,
		OriginCountry: in.Shipment.ShipFrom.Country, DestinationCountry: to.Country, DestinationPostal: to.PostalCode,
		ShipDate: in.ShipDate, Title: in.OrderNumber}
	if to.Email != "" {
		meta.Emails = []string{to.Email}
	}
	if to.Phone != "" {
		meta.Phones = []string{to.Phone}
	}
	id, err := s.tracker.TrackLabel(ctx, orgID, row.Slug, number, row.ID, meta)
	if err != nil {
		s.log.Warn("track label", "label", row.ID, "slug", row.Slug, "number", number, "err", err)
		return ""
	}
	return id
}

func asCarrier(err error, target **CarrierError) bool { return errors.As(err, target) }
