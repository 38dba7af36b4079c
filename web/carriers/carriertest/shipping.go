package carriertest

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// RateLines renders rates one per line, "service | name | total currency | charge weight
// unit | info", as a merchant compares them.
func RateLines(rates []carriers.Rate) []string {
	out := make([]string, len(rates))
	for i, r := range rates {
		out[i] = fmt.Sprintf("%s | %s | %.2f %s | %.2f %s | %s", r.ServiceType, r.ServiceName,
			r.TotalCharge.Amount, r.TotalCharge.Currency, r.ChargeWeight.Value, r.ChargeWeight.Unit, r.InfoMessage)
	}
	return out
}

// EqualLines fails the test with both lists when got differs from want.
func EqualLines(tb testing.TB, what string, got, want []string) {
	tb.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		tb.Errorf("%s:\n got: %s\nwant: %s", what, strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
}

// Stall answers 200 only after d, or gives up when the client does, so a timeout test ends
// as soon as the adapter's deadline passes.
func Stall(d time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(d):
			w.Write([]byte(`{}`))
		case <-r.Context().Done():
		}
	}
}
