package postmen

import (
	"net/http"
	"reflect"

	"github.com/waypost/waypost/handlers/api/openapi"
	"github.com/waypost/waypost/web/server/render"
)

// Types that exist only to describe responses: the handlers build lists with
// listOut, which the document cannot see into.
type (
	docPage struct {
		NextToken *string `json:"next_token"`
		Limit     int     `json:"limit"`
	}
	docAccounts struct {
		docPage
		Items []accountOut `json:"shipper_accounts"`
	}
	docRates struct {
		docPage
		Items []rateQuoteOut `json:"rates"`
	}
	docLabels struct {
		docPage
		Items []labelOut `json:"labels"`
	}
	docCancelLabels struct {
		docPage
		Items []cancelLabelOut `json:"cancel_labels"`
	}
	docPickups struct {
		docPage
		Items []pickupOut `json:"pickups"`
	}
	docCancelPickups struct {
		docPage
		Items []cancelPickupOut `json:"cancel_pickups"`
	}
	docManifests struct {
		docPage
		Items []manifestOut `json:"manifests"`
	}
	docAddressValidations struct {
		docPage
		Items []addressValidationOut `json:"address_validations"`
	}
	docCouriers struct {
		Couriers []courierOut `json:"couriers"`
	}
	docDeleted struct {
		ID string `json:"id"`
	}
)

var listQuery = []string{"limit", "next_token", "status", "shipper_account_id", "created_at_min", "created_at_max"}

func typeOf[T any]() reflect.Type { return reflect.TypeFor[T]() }

// ops lists every operation; a test holds it to the routes served.
func ops() []openapi.Op {
	acc, label, pickup := typeOf[accountOut](), typeOf[labelOut](), typeOf[pickupOut]()
	return []openapi.Op{
		{Method: "GET", Path: "/couriers", Summary: "List the carriers, their services and credential fields", Status: 200, Data: typeOf[docCouriers]()},
		{Method: "POST", Path: "/shipper-accounts", Summary: "Create a shipper account", Body: typeOf[accountRequest](), Status: 200, Data: acc},
		{Method: "GET", Path: "/shipper-accounts", Summary: "List shipper accounts", Query: []string{"slug", "limit", "next_token"}, Status: 200, Data: typeOf[docAccounts]()},
		{Method: "GET", Path: "/shipper-accounts/{id}", Summary: "Get a shipper account", Status: 200, Data: acc},
		{Method: "DELETE", Path: "/shipper-accounts/{id}", Summary: "Delete a shipper account", Status: 200, Data: typeOf[docDeleted]()},
		{Method: "PUT", Path: "/shipper-accounts/{id}", Summary: "Enable or disable a shipper account", Body: typeOf[accountStatusRequest](), Status: 200, Data: acc},
		{Method: "PUT", Path: "/shipper-accounts/{id}/credentials", Summary: "Replace a shipper account's credentials", Body: typeOf[credentialsIn](), Status: 200, Data: acc},
		{Method: "PUT", Path: "/shipper-accounts/{id}/info", Summary: "Change a shipper account's description, time zone or address", Body: typeOf[accountInfoRequest](), Status: 200, Data: acc},
		{Method: "POST", Path: "/rates", Summary: "Calculate rates", Body: typeOf[rateRequest](), Status: 200, Data: typeOf[rateQuoteOut]()},
		{Method: "GET", Path: "/rates", Summary: "List rate calculations", Query: listQuery, Status: 200, Data: typeOf[docRates]()},
		{Method: "GET", Path: "/rates/{id}", Summary: "Get a rate calculation", Status: 200, Data: typeOf[rateQuoteOut]()},
		{Method: "POST", Path: "/labels", Summary: "Create a label", Body: typeOf[labelRequest](), Status: 200, Data: label},
		{Method: "GET", Path: "/labels", Summary: "List labels", Query: append(append([]string(nil), listQuery...), "tracking_numbers"), Status: 200, Data: typeOf[docLabels]()},
		{Method: "GET", Path: "/labels/{id}", Summary: "Get a label", Status: 200, Data: label},
		{Method: "POST", Path: "/cancel-labels", Summary: "Cancel a label", Body: typeOf[cancelLabelRequest](), Status: 200, Data: typeOf[cancelLabelOut]()},
		{Method: "GET", Path: "/cancel-labels", Summary: "List label cancellations", Query: listQuery, Status: 200, Data: typeOf[docCancelLabels]()},
		{Method: "GET", Path: "/cancel-labels/{id}", Summary: "Get a label cancellation", Status: 200, Data: typeOf[cancelLabelOut]()},
		{Method: "POST", Path: "/pickups", Summary: "Create a pickup", Body: typeOf[pickupRequest](), Status: 200, Data: pickup},
		{Method: "GET", Path: "/pickups", Summary: "List pickups", Query: listQuery, Status: 200, Data: typeOf[docPickups]()},
		{Method: "GET", Path: "/pickups/{id}", Summary: "Get a pickup", Status: 200, Data: pickup},
		{Method: "POST", Path: "/cancel-pickups", Summary: "Cancel a pickup", Body: typeOf[cancelPickupRequest](), Status: 200, Data: typeOf[cancelPickupOut]()},
		{Method: "GET", Path: "/cancel-pickups", Summary: "List pickup cancellations", Query: listQuery, Status: 200, Data: typeOf[docCancelPickups]()},
		{Method: "GET", Path: "/cancel-pickups/{id}", Summary: "Get a pickup cancellation", Status: 200, Data: typeOf[cancelPickupOut]()},
		{Method: "POST", Path: "/manifests", Summary: "Create a manifest of a shipper account's open labels", Body: typeOf[manifestRequest](), Status: 200, Data: typeOf[manifestOut]()},
		{Method: "GET", Path: "/manifests", Summary: "List manifests", Query: listQuery, Status: 200, Data: typeOf[docManifests]()},
		{Method: "GET", Path: "/manifests/{id}", Summary: "Get a manifest", Status: 200, Data: typeOf[manifestOut]()},
		{Method: "POST", Path: "/address-validations", Summary: "Validate an address", Body: typeOf[addressValidationRequest](), Status: 200, Data: typeOf[addressValidationOut]()},
		{Method: "GET", Path: "/address-validations", Summary: "List address validations", Query: listQuery, Status: 200, Data: typeOf[docAddressValidations]()},
		{Method: "GET", Path: "/address-validations/{id}", Summary: "Get an address validation", Status: 200, Data: typeOf[addressValidationOut]()},
	}
}

// Describe is the Shipping API as its OpenAPI document and page tell it.
func Describe() openapi.API {
	return openapi.API{
		Title:   "Waypost Shipping API (AfterShip Shipping / Postmen v3)",
		Version: "v3",
		Description: "Rates, labels, cancellations, pickups, manifests, shipper accounts and address validations " +
			"under /postmen/v3. Every response is an envelope " +
			`{"meta": {"code", "message", "details", "retryable"}, "data": ...}; meta.code is 200, 3001 (async, ` +
			"still working) or a Postmen error code; details name each bad field by its JSON path.",
		Security: []any{map[string]any{"postmen-api-key": []any{}}, map[string]any{"as-api-key": []any{}}},
		SecuritySchemes: map[string]any{
			"postmen-api-key": map[string]any{"type": "apiKey", "in": "header", "name": "postmen-api-key"},
		},
		Meta: typeOf[render.PostmenMeta](),
		Versions: []openapi.Version{{Prefix: "/postmen/v3", Title: "Shipping (Postmen v3)",
			About: "Send the key as postmen-api-key or as-api-key. Creates that reach a carrier take an Idempotency-Key header.",
			Ops:   ops()}},
		Names: map[reflect.Type]string{
			typeOf[render.PostmenMeta](): "Postmen-Meta",
			typeOf[addressOut]():         "Postmen-Address",
			typeOf[addressIn]():          "Postmen-AddressInput",
			typeOf[shipmentIn]():         "Postmen-Shipment",
			typeOf[rateOut]():            "Postmen-Rate",
			typeOf[labelOut]():           "Postmen-Label",
			typeOf[accountOut]():         "Postmen-ShipperAccount",
			typeOf[pickupOut]():          "Postmen-Pickup",
		},
		ErrorStatuses: []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusNotFound, http.StatusConflict,
			http.StatusUnprocessableEntity, http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway},
		Errors: []openapi.ErrorDoc{
			{Code: render.PostmenAccepted, Status: 202, Meaning: "Shipping: accepted, still creating (async)."},
			{Code: render.PostmenInvalidJSON, Status: 400, Meaning: "Shipping: the body is not one JSON object."},
			{Code: render.PostmenInvalid, Status: 400, Meaning: "Shipping: invalid request; details name each field."},
			{Code: render.PostmenInvalidKey, Status: 401, Meaning: "Shipping: invalid API key (or, with 404, an unknown path)."},
			{Code: render.PostmenConflict, Status: 409, Meaning: "Shipping: an Idempotency-Key reused with another request."},
			{Code: render.PostmenNotFound, Status: 404, Meaning: "Shipping: the object in the URL does not exist."},
			{Code: render.PostmenCarrierFailed, Status: 422, Meaning: "Shipping: the carrier refused the request."},
			{Code: render.PostmenCarrierDown, Status: 502, Meaning: "Shipping: the carrier could not be reached; retry."},
		},
	}
}
