package shipping

import (
	"context"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// Rate quote statuses.
const (
	RateCalculating = "calculating"
	RateCalculated  = "calculated"
	RateFailed      = "failed"
)

// RateInput asks for prices. No ShipperAccountIDs means every enabled account.
type RateInput struct {
	ShipperAccountIDs []string
	Shipment          carriers.Shipment
	IsDocument        bool
	ShipDate          string // YYYY-MM-DD in the account's zone; "" is today
	ServiceType       string
	Async             bool
}

// RateQuote is one rate calculation across accounts.
type RateQuote struct {
	ID         string
	Status     string // calculating, calculated or failed
	Shipment   carriers.Shipment
	IsDocument bool
	Rates      []QuotedRate
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// QuotedRate is one account's price for one service. An account that failed gives a
// QuotedRate with ErrorMessage set and a zero Rate.
type QuotedRate struct {
	ShipperAccount AccountRef
	carriers.Rate
	ErrorMessage string
}

// CalculateRates asks every chosen account for its prices, a bounded few at a time.
// A failing account gives a rate with ErrorMessage; the quote fails only when every
// account failed. With Async the quote is returned calculating and a job finishes it.
func (s *Service) CalculateRates(ctx context.Context, orgID string, in RateInput) (*RateQuote, error) {
	var errs FieldErrors
	checkShipment(&errs, in.Shipment)
	checkDate(&errs, "ship_date", in.ShipDate)
	if err := errs.err(); err != nil {
		return nil, err
	}
	accounts, err := s.rateAccounts(ctx, orgID, in.ShipperAccountIDs)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(accounts))
	for i, a := range accounts {
		ids[i] = a.ID
	}
	in.ShipperAccountIDs = ids
	row := &models.RateQuote{OrganizationID: orgID, Status: RateCalculating, Request: toJSON(in), Rates: "[]"}
	in.Async = in.Async && s.queue != nil
	if !in.Async {
		row.Status, row.Rates = s.quote(ctx, accounts, in)
	}
	if err := s.db.CreateRateQuote(ctx, row); err != nil {
		return nil, err
	}
	// The quote is stored before its job is queued, so the worker always finds it.
	if in.Async {
		if err := s.queue.EnqueueRates(ctx, orgID, row.ID); err != nil {
			s.log.Error("queue rates", "quote", row.ID, "err", err)
			row.Status, row.Rates = s.quote(ctx, accounts, in)
			if err := s.db.UpdateRateQuote(ctx, orgID, row.ID, map[string]any{"status": row.Status, "rates": row.Rates}); err != nil {
				return nil, err
			}
		}
	}
	return quoteOf(row)
}

// FinishRates calculates a quote created with Async; the job worker calls it. A
// quote already calculated is left as it is, so a retried job does nothing.
func (s *Service) FinishRates(ctx context.Context, orgID, quoteID string) error {
	row, err := s.db.RateQuoteByID(ctx, orgID, quoteID)
	if err != nil || row.Status != RateCalculating {
		return err
	}
	var in RateInput
	if err := fromJSON(row.Request, &in); err != nil {
		return err
	}
	accounts, err := s.rateAccounts(ctx, orgID, in.ShipperAccountIDs)
	if err != nil {
		return s.db.UpdateRateQuote(ctx, orgID, quoteID, map[string]any{"status": RateFailed})
	}
	status, rates := s.quote(ctx, accounts, in)
	return s.db.UpdateRateQuote(ctx, orgID, quoteID, map[string]any{"status": status, "rates": rates})
}

// ListRates lists an organization's rate quotes, newest first.
func (s *Service) ListRates(ctx context.Context, orgID string, f ListFilter) (Page[RateQuote], error) {
	return listPage(f.Page, f.Limit, f.NextToken, models.ShippingFilter{Status: f.Status,
		CreatedFrom: f.CreatedFrom, CreatedTo: f.CreatedTo},
		func(sf models.ShippingFilter) ([]models.RateQuote, int64, error) {
			return s.db.ListRateQuotes(ctx, orgID, sf)
		},
		quoteOf, func(q RateQuote) (time.Time, string) { return q.CreatedAt, q.ID })
}

// Rate reads one rate quote.
func (s *Service) Rate(ctx context.Context, orgID, id string) (*RateQuote, error) {
	row, err := s.db.RateQuoteByID(ctx, orgID, id)
	if err != nil {
		return nil, err
	}
	return quoteOf(row)
}

func quoteOf(row *models.RateQuote) (*RateQuote, error) {
	var in RateInput
	q := &RateQuote{ID: row.ID, Status: row.Status, CreatedAt: row.CreatedAt, UpdatedAt: row.UpdatedAt, Rates: []QuotedRate{}}
	if err := fromJSON(row.Request, &in); err != nil {
		return nil, err
	}
	if err := fromJSON(row.Rates, &q.Rates); err != nil {
		return nil, err
	}
	q.Shipment, q.IsDocument = in.Shipment, in.IsDocument
	return q, nil
}

// convertAll converts a page of rows with conv.
func convertAll[R, T any](rows []R, conv func(*R) (*T, error)) ([]T, error) {
	out := make([]T, 0, len(rows))
	for i := range rows {
		v, err := conv(&rows[i])
		if err != nil {
			return nil, err
		}
		out = append(out, *v)
	}
	return out, nil
}
