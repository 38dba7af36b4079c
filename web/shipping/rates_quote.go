package shipping

import (
	"context"
	"errors"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// rateTimeout bounds how long one account is waited for in a quote.
const rateTimeout = 20 * time.Second

// rateAccounts reads the accounts a quote asks: the named ones, each enabled, or
// every enabled account of the organization.
func (s *Service) rateAccounts(ctx context.Context, orgID string, ids []string) ([]*models.ShipperAccount, error) {
	if len(ids) == 0 {
		rows, _, err := s.db.ListShipperAccounts(ctx, orgID, models.ShippingFilter{Status: AccountEnabled, Limit: maxLimit})
		if err != nil {
			return nil, err
		}
		if len(rows) == 0 {
			return nil, FieldErrors{{Path: "shipper_accounts", Code: CodeRequired, Message: "no enabled shipper account to ask for rates"}}
		}
		out := make([]*models.ShipperAccount, len(rows))
		for i := range rows {
			out[i] = &rows[i]
		}
		return out, nil
	}
	out := make([]*models.ShipperAccount, 0, len(ids))
	var errs FieldErrors
	for i, id := range ids {
		row, err := s.usableAccount(ctx, orgID, id, "shipper_accounts."+itoa(i)+".id")
		var fe FieldErrors
		if errors.As(err, &fe) {
			errs = append(errs, fe...)
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, errs.err()
}

// quote asks each account for rates, at most rateConc at a time, and returns the
// quote's status and its rates as stored.
func (s *Service) quote(ctx context.Context, accounts []*models.ShipperAccount, in RateInput) (string, string) {
	results := make([][]QuotedRate, len(accounts))
	g := errgroup.Group{}
	g.SetLimit(s.rateConc)
	for i, row := range accounts {
		g.Go(func() error {
			results[i] = s.accountRates(ctx, row, in)
			return nil
		})
	}
	g.Wait()
	var all []QuotedRate
	ok := false
	for _, rs := range results {
		for _, r := range rs {
			ok = ok || r.ErrorMessage == ""
			all = append(all, r)
		}
	}
	if all == nil {
		all = []QuotedRate{}
	}
	status := RateCalculated
	if !ok {
		status = RateFailed
	}
	return status, toJSON(all)
}

// accountRates is one account's rates, or one rate saying why there are none.
func (s *Service) accountRates(ctx context.Context, row *models.ShipperAccount, in RateInput) []QuotedRate {
	ref := AccountRef{ID: row.ID, Slug: row.Slug, Description: row.Description}
	failed := func(err error) []QuotedRate {
		return []QuotedRate{{ShipperAccount: ref, ErrorMessage: rateMessage(err)}}
	}
	if in.ServiceType != "" {
		var errs FieldErrors
		if checkService(&errs, "service_type", row.Slug, in.ServiceType, false); len(errs) > 0 {
			return failed(errs)
		}
	}
	sh, acct, err := s.shipperOf(row)
	if err != nil {
		return failed(err)
	}
	// One slow carrier must not hold the whole quote: it gives an error rate instead.
	ctx, cancel := context.WithTimeout(ctx, rateTimeout)
	defer cancel()
	rates, err := sh.Rates(ctx, carriers.RateRequest{Account: acct, Shipment: in.Shipment,
		ShipDate: dayIn(in.ShipDate, row.Timezone), IsDocument: in.IsDocument, ServiceType: in.ServiceType})
	if err != nil {
		s.log.Info("rates refused", "slug", row.Slug, "account", row.ID, "err", err)
		return failed(carrierError(err))
	}
	if len(rates) == 0 {
		return failed(errors.New("no service of " + row.Slug + " runs for this shipment"))
	}
	out := make([]QuotedRate, len(rates))
	for i, r := range rates {
		out[i] = QuotedRate{ShipperAccount: ref, Rate: r}
	}
	return out
}

func rateMessage(err error) string {
	var fe FieldErrors
	if errors.As(err, &fe) {
		msgs := make([]string, len(fe))
		for i, f := range fe {
			msgs[i] = f.Message
		}
		return strings.Join(msgs, "; ")
	}
	return err.Error()
}
