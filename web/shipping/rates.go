package shipping

import (
	"context"
	"time"

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
func (s *Service) CalculateRates(ctx context.Context, orgID string, in RateInput) (*RateQuote, error) {
	return nil, errNotImplemented
}

// FinishRates calculates a quote created with Async; the job worker calls it.
func (s *Service) FinishRates(ctx context.Context, orgID, quoteID string) error {
	return errNotImplemented
}

// ListRates lists an organization's rate quotes, newest first.
func (s *Service) ListRates(ctx context.Context, orgID string, f ListFilter) (Page[RateQuote], error) {
	return Page[RateQuote]{}, errNotImplemented
}

// Rate reads one rate quote.
func (s *Service) Rate(ctx context.Context, orgID, id string) (*RateQuote, error) {
	return nil, errNotImplemented
}
