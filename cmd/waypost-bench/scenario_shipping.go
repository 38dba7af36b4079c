package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"sync/atomic"
	"time"
)

// shippingScenarios time the Shipping API (Postmen v3) against sandbox shipper
// accounts: pricing a shipment across accounts, and buying a label, which
// prices it, stores the rendered PDF and creates the label's tracking.
func shippingScenarios() []Scenario {
	return []Scenario{
		{
			Name: "shipping/rates",
			About: `POST /postmen/v3/rates for a 2 kg box Seattle -> New York across 2 sandbox accounts ` +
				`(USPS, UPS): every service of both priced and stored; 200 expected`,
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				if _, err := shipperAccounts(ctx, env, "usps", "ups"); err != nil {
					return nil, err
				}
				body := mustJSON(map[string]any{"shipment": benchShipment()})
				return probedShipping(ctx, env, func(uint64) request {
					return request{method: http.MethodPost, path: "/postmen/v3/rates", header: shippingHeader(env, ""), body: body}
				})
			},
		},
		{
			Name: "shipping/label",
			About: `POST /postmen/v3/labels, USPS Priority Mail, 4x6 PDF, sandbox account, a new Idempotency-Key ` +
				`and reference each time: rated, rendered, stored and tracked; 200 expected`,
			MinWindow: 3 * time.Second,
			Setup: func(ctx context.Context, env *Env) (Op, error) {
				ids, err := shipperAccounts(ctx, env, "usps")
				if err != nil {
					return nil, err
				}
				// Labels create trackings, whose first polls must not run inside
				// later scenarios' windows.
				env.Defer(func() { _ = env.Store.ParkPolls(context.WithoutCancel(ctx), time.Now().Add(time.Hour)) })
				return probedShipping(ctx, env, func(n uint64) request {
					body := mustJSON(map[string]any{"shipper_account": map[string]any{"id": ids[0]},
						"service_type": "usps-priority_mail", "paper_size": "4x6", "shipment": benchShipment(),
						"references": []string{fmt.Sprintf("bench-%d", n)}})
					return request{method: http.MethodPost, path: "/postmen/v3/labels",
						header: shippingHeader(env, fmt.Sprintf("bench-label-%d", n)), body: body}
				})
			},
		},
	}
}

// probedShipping numbers every request from one sequence shared by the workers
// and checks the first answer is a Postmen success before timing.
func probedShipping(ctx context.Context, env *Env, reqFor func(n uint64) request) (Op, error) {
	var seq atomic.Uint64
	_, body, err := do(ctx, env.Client, env.URL, reqFor(seq.Add(1)), true)
	if err != nil {
		if se, ok := err.(*statusError); ok && se.status == http.StatusNotFound {
			return nil, skip("endpoint missing")
		}
		return nil, fmt.Errorf("%w: %s", err, body)
	}
	if err := postmenOK(body); err != nil {
		return nil, err
	}
	return requestOp(env.Client, env.URL, func(*rand.Rand) request { return reqFor(seq.Add(1)) }), nil
}

// shipperAccounts creates one sandbox shipper account per slug and returns their ids.
func shipperAccounts(ctx context.Context, env *Env, slugs ...string) ([]string, error) {
	var ids []string
	for _, slug := range slugs {
		creds := map[string]string{"sandbox": "true"}
		switch slug {
		case "usps":
			creds = map[string]string{"client_id": "bench", "client_secret": "bench-secret-1", "crid": "12345678",
				"mid": "123456", "account_number": "1234567", "sandbox": "true"}
		case "ups":
			creds = map[string]string{"client_id": "bench", "client_secret": "bench-secret-1", "account_number": "A1B2C3",
				"sandbox": "true"}
		}
		body := mustJSON(map[string]any{"slug": slug, "description": "Bench " + slug, "timezone": "America/Los_Angeles",
			"address": benchAddress("Ada Shipper", "1201 3rd Ave", "Seattle", "WA", "98101"), "credentials": creds})
		_, out, err := do(ctx, env.Client, env.URL, request{method: http.MethodPost, path: "/postmen/v3/shipper-accounts",
			header: shippingHeader(env, ""), body: body}, true)
		if err != nil {
			if se, ok := err.(*statusError); ok && se.status == http.StatusNotFound {
				return nil, skip("endpoint missing")
			}
			return nil, fmt.Errorf("shipper account %s: %w: %s", slug, err, out)
		}
		var env struct {
			Data struct {
				ID string `json:"id"`
			} `json:"data"`
		}
		if err := json.Unmarshal(out, &env); err != nil || env.Data.ID == "" {
			return nil, fmt.Errorf("shipper account %s: no id in %s", slug, out)
		}
		ids = append(ids, env.Data.ID)
	}
	return ids, nil
}

// postmenOK checks a Postmen envelope reports success and no failed rate.
func postmenOK(body []byte) error {
	var env struct {
		Meta struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"meta"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return fmt.Errorf("not a Postmen envelope: %s", body)
	}
	if env.Meta.Code != 200 || bytes.Contains(body, []byte(`"status":"failed"`)) {
		return fmt.Errorf("meta %d %q: %.300s", env.Meta.Code, env.Meta.Message, body)
	}
	return nil
}

func shippingHeader(env *Env, idempotencyKey string) http.Header {
	h := http.Header{"Postmen-Api-Key": {env.APIKey}, "Content-Type": {"application/json"}}
	if idempotencyKey != "" {
		h.Set("Idempotency-Key", idempotencyKey)
	}
	return h
}

func benchAddress(name, street, city, state, postal string) map[string]any {
	return map[string]any{"contact_name": name, "street1": street, "city": city, "state": state,
		"postal_code": postal, "country": "USA", "phone": "+1 206 555 0100", "email": "ship@example.com", "type": "business"}
}

// benchShipment is one 2 kg box of books from Seattle to New York.
func benchShipment() map[string]any {
	return map[string]any{
		"ship_from": benchAddress("Ada Shipper", "1201 3rd Ave", "Seattle", "WA", "98101"),
		"ship_to":   benchAddress("Ben Receiver", "350 5th Ave", "New York", "NY", "10118"),
		"parcels": []any{map[string]any{
			"box_type": "custom", "description": "Books",
			"dimension": map[string]any{"width": 20, "height": 10, "depth": 15, "unit": "cm"},
			"weight":    map[string]any{"value": 2, "unit": "kg"},
			"items": []any{map[string]any{"description": "Book", "quantity": 2,
				"price": map[string]any{"amount": 15, "currency": "USD"}, "weight": map[string]any{"value": 1, "unit": "kg"},
				"origin_country": "USA", "sku": "BK-1", "hs_code": "490199"}},
		}},
	}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}
