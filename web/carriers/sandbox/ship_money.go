package sandbox

import (
	"math"

	"github.com/waypost/waypost/web/carriers"
)

// Carriers bill in the currency of the country a parcel leaves from. Price tables are
// written in each carrier's home currency and converted at these fixed sandbox rates
// (units per US dollar), so a quote never moves with the market.
var perUSD = map[string]float64{
	"USD": 1, "CAD": 1.37, "MXN": 17.1, "GBP": 0.79, "EUR": 0.92, "CHF": 0.88, "SEK": 10.6,
	"NOK": 10.7, "DKK": 6.9, "PLN": 4.0, "CZK": 23.2, "AUD": 1.52, "NZD": 1.66, "KRW": 1380,
	"JPY": 155, "CNY": 7.2, "HKD": 7.8, "TWD": 32.3, "SGD": 1.35, "INR": 83.4, "BRL": 5.1,
}

var currencyOf = map[string]string{
	"USA": "USD", "CAN": "CAD", "MEX": "MXN", "GBR": "GBP", "CHE": "CHF", "SWE": "SEK",
	"NOR": "NOK", "DNK": "DKK", "POL": "PLN", "CZE": "CZK", "AUS": "AUD", "NZL": "NZD",
	"KOR": "KRW", "JPN": "JPY", "CHN": "CNY", "HKG": "HKD", "TWN": "TWD", "SGP": "SGD",
	"IND": "INR", "BRA": "BRL",
	"IRL": "EUR", "DEU": "EUR", "FRA": "EUR", "NLD": "EUR", "BEL": "EUR", "LUX": "EUR",
	"AUT": "EUR", "ITA": "EUR", "ESP": "EUR", "PRT": "EUR", "FIN": "EUR", "GRC": "EUR", "SVK": "EUR",
}

// noMinorUnit lists currencies priced in whole units.
var noMinorUnit = map[string]bool{"KRW": true, "JPY": true}

// billing converts amounts from a card's currency to the origin country's.
type billing struct {
	currency string
	factor   float64
}

func billingFor(card *carrierCard, origin string) billing {
	cur, ok := currencyOf[origin]
	if !ok || perUSD[cur] == 0 {
		return billing{currency: card.currency, factor: 1}
	}
	return billing{currency: cur, factor: perUSD[cur] / perUSD[card.currency]}
}

// money converts and rounds an amount the way invoices print it.
func (b billing) money(amount float64) carriers.Money {
	return carriers.Money{Amount: roundTo(amount*b.factor, b.currency), Currency: b.currency}
}

func roundTo(v float64, currency string) float64 {
	if noMinorUnit[currency] {
		return math.Round(v)
	}
	return math.Round(v*100) / 100
}
