package aftership

import (
	"net/http"
	"reflect"
	"strings"

	"github.com/waypost/waypost/handlers/api/openapi"
	"github.com/waypost/waypost/web/server/render"
)

// Types that exist only to describe responses precisely: the handlers build these
// shapes with `any` fields that the document names.
type (
	docTrackingV4 struct {
		Tracking trackingV4 `json:"tracking"`
	}
	docTracking2404 struct {
		Tracking tracking2404 `json:"tracking"`
	}
	docBriefV4 struct {
		Tracking briefV4 `json:"tracking"`
	}
	docCreateV2404V4 struct {
		Tracking trackingInV2404V4 `json:"tracking"`
	}
	docDetectV4 struct {
		Tracking detectV4 `json:"tracking"`
	}
	docEDDBatchV4 struct {
		Items []eddItemInV4 `json:"estimated_delivery_dates"`
	}
	docEDDBatch2507 struct {
		Items []eddIn2507 `json:"estimated_delivery_dates"`
	}
	docCompletionV2404V4 struct {
		Reason string `json:"reason"`
	}
	docCompletion2507 struct {
		Reason        string `json:"reason"`
		EventDatetime string `json:"event_datetime,omitempty"`
	}
	docListV4 struct {
		trackingListV4
		Trackings []trackingV4 `json:"trackings"`
	}
	docList2404 struct {
		trackingList2404
		Trackings []tracking2404 `json:"trackings"`
	}
	docList2507 struct {
		trackingList2507
		Trackings []tracking2507 `json:"trackings"`
	}
	docList2607 struct {
		trackingList2507
		Trackings []tracking2607 `json:"trackings"`
	}
	docLastCheckpointV4 struct {
		lastCheckpointV4
		Checkpoint checkpointV4 `json:"checkpoint"`
	}
)

// schemaNames are the types the document names as components.
var schemaNames = map[reflect.Type]string{
	reflect.TypeFor[render.AfterShipMeta]():  "Meta",
	reflect.TypeFor[trackingV4]():            "Tracking-v4",
	reflect.TypeFor[tracking2404]():          "Tracking-2024-04",
	reflect.TypeFor[tracking2507]():          "Tracking-2025-07",
	reflect.TypeFor[checkpointV4]():          "Checkpoint-v4",
	reflect.TypeFor[checkpoint2507]():        "Checkpoint-2025-07",
	reflect.TypeFor[tracking2607]():          "Tracking-2026-07",
	reflect.TypeFor[checkpoint2607]():        "Checkpoint-2026-07",
	reflect.TypeFor[tracking2607In]():        "TrackingInput-2026-07",
	reflect.TypeFor[trackingInV2404V4]():     "TrackingInput-v4",
	reflect.TypeFor[tracking2507In]():        "TrackingInput-2025-07",
	reflect.TypeFor[courierV4]():             "Courier-v4",
	reflect.TypeFor[courier2507]():           "Courier-2025-07",
	reflect.TypeFor[courierConnection2507](): "CourierConnection-2025-07",
	reflect.TypeFor[eddItemV4]():             "EstimatedDeliveryDate-v4",
	reflect.TypeFor[edd2507]():               "EstimatedDeliveryDate-2025-07",
}

func typeOf[T any]() reflect.Type { return reflect.TypeFor[T]() }

var (
	listQueryV2404V4 = []string{"page", "limit", "cursor", "keyword", "tracking_numbers", "slug", "transit_time", "origin",
		"destination", "tag", "created_at_min", "created_at_max", "updated_at_min", "updated_at_max", "fields",
		"return_to_sender", "courier_destination_country_iso3", "shipment_tags", "order_id", "lang"}
	listQuery2507 = []string{"cursor", "limit", "keyword", "tracking_numbers", "slug", "transit_time", "origin",
		"destination", "tag", "created_at_min", "created_at_max", "updated_at_min", "updated_at_max", "fields",
		"return_to_sender", "courier_destination_country_region", "shipment_tags", "order_id"}
	showQuery = []string{"fields", "lang"}
)

// queryNotes describe the query parameters whose behavior a client cannot guess.
var queryNotes = map[string]string{
	"lang": "Translate checkpoint messages and places into this language (GET /trackings, GET /trackings/:id and " +
		"/last_checkpoint): `en` or `ko`, in any case and with a region (`en-US`, `ko_KR`). A message already " +
		"in that language stays; a known carrier text is translated; any other reads as the checkpoint's " +
		"status. Korean city, province and hub names get romanized English names. Other well-formed " +
		"languages (`fr`, `zh`) leave checkpoints as the carrier wrote them; a value that is not a " +
		"language tag is a 4008 error. Tags, subtags and times never change.",
}

// opsV2404V4 are the endpoints of v4 and 2024-04, given each one's tracking and list types.
func opsV2404V4(one, list reflect.Type) []openapi.Op {
	brief := typeOf[docBriefV4]()
	body := typeOf[docCreateV2404V4]()
	complete := typeOf[docCompletionV2404V4]()
	notification := typeOf[notificationEnvelope]()
	ops := []openapi.Op{
		{Method: "GET", Path: "/trackings", Summary: "List trackings", Query: listQueryV2404V4, Status: 200, Data: list},
		{Method: "POST", Path: "/trackings", Summary: "Create a tracking", Body: body, Status: 201, Data: one},
	}
	for _, p := range []struct{ path, how string }{{"/trackings/:id", "by ID"}, {"/trackings/:id/:number", "by slug and tracking number"}} {
		ops = append(ops,
			openapi.Op{Method: "GET", Path: p.path, Summary: "Get a tracking " + p.how, Query: showQuery, Status: 200, Data: one},
			openapi.Op{Method: "PUT", Path: p.path, Summary: "Update a tracking " + p.how, Body: body, Status: 200, Data: one},
			openapi.Op{Method: "DELETE", Path: p.path, Summary: "Delete a tracking " + p.how, Status: 200, Data: brief},
			openapi.Op{Method: "POST", Path: p.path + "/retrack", Summary: "Retrack an expired tracking " + p.how, Status: 200, Data: brief},
			openapi.Op{Method: "POST", Path: p.path + "/mark-as-completed", Summary: "Mark a tracking as completed " + p.how, Body: complete, Status: 200, Data: one},
			openapi.Op{Method: "GET", Path: "/last_checkpoint" + p.path[len("/trackings"):], Summary: "Get the last checkpoint " + p.how, Query: showQuery, Status: 200, Data: typeOf[docLastCheckpointV4]()},
			openapi.Op{Method: "GET", Path: "/notifications" + p.path[len("/trackings"):], Summary: "Get notification contacts " + p.how, Status: 200, Data: notification},
			openapi.Op{Method: "POST", Path: "/notifications" + p.path[len("/trackings"):] + "/add", Summary: "Add notification contacts " + p.how, Body: notification, Status: 200, Data: notification},
			openapi.Op{Method: "POST", Path: "/notifications" + p.path[len("/trackings"):] + "/remove", Summary: "Remove notification contacts " + p.how, Body: notification, Status: 200, Data: notification},
		)
	}
	return append(ops,
		openapi.Op{Method: "GET", Path: "/couriers", Summary: "List the couriers in use", Query: []string{"slug"}, Status: 200, Data: typeOf[courierListV4]()},
		openapi.Op{Method: "GET", Path: "/couriers/all", Summary: "List all couriers", Status: 200, Data: typeOf[courierListV4]()},
		openapi.Op{Method: "POST", Path: "/couriers/detect", Summary: "Detect the courier of a tracking number", Body: typeOf[docDetectV4](), Status: 200, Data: typeOf[courierListV4]()},
		openapi.Op{Method: "POST", Path: "/estimated-delivery-date/predict-batch", Summary: "Predict delivery dates of 1 to 5 shipments", Body: typeOf[docEDDBatchV4](), Status: 200, Data: typeOf[eddListV4]()},
	)
}

// ops2507 are the endpoints of 2025-07 and 2026-07, given each one's tracking,
// list and body types.
func ops2507(one, list, body reflect.Type) []openapi.Op {
	conn := typeOf[courierConnection2507]()
	connBody := typeOf[connectionIn]()
	return []openapi.Op{
		{Method: "GET", Path: "/trackings", Summary: "List trackings", Query: listQuery2507, Status: 200, Data: list},
		{Method: "POST", Path: "/trackings", Summary: "Create a tracking", Body: body, Status: 201, Data: one},
		{Method: "GET", Path: "/trackings/:id", Summary: "Get a tracking by ID", Query: showQuery, Status: 200, Data: one},
		{Method: "PUT", Path: "/trackings/:id", Summary: "Update a tracking by ID", Body: body, Status: 200, Data: one},
		{Method: "DELETE", Path: "/trackings/:id", Summary: "Delete a tracking by ID", Status: 200, Data: one},
		{Method: "POST", Path: "/trackings/:id/retrack", Summary: "Retrack an expired tracking by ID", Status: 200, Data: one},
		{Method: "POST", Path: "/trackings/:id/mark-as-completed", Summary: "Mark a tracking as completed by ID", Body: typeOf[docCompletion2507](), Status: 200, Data: one},
		{Method: "GET", Path: "/couriers", Summary: "List couriers", Query: []string{"slug", "active"}, Status: 200, Data: typeOf[courierList2507]()},
		{Method: "POST", Path: "/couriers/detect", Summary: "Detect the courier of a tracking number", Body: typeOf[detect2507In](), Status: 200, Data: typeOf[courierList2507]()},
		{Method: "GET", Path: "/courier-connections", Summary: "List courier connections", Query: []string{"courier_slug", "cursor", "limit"}, Status: 200, Data: typeOf[courierConnectionList2507]()},
		{Method: "POST", Path: "/courier-connections", Summary: "Create a courier connection", Body: connBody, Status: 201, Data: conn},
		{Method: "GET", Path: "/courier-connections/:id", Summary: "Get a courier connection", Status: 200, Data: conn},
		{Method: "PATCH", Path: "/courier-connections/:id", Summary: "Replace a courier connection's credentials", Body: connBody, Status: 200, Data: conn},
		{Method: "DELETE", Path: "/courier-connections/:id", Summary: "Delete a courier connection", Status: 200, Data: conn},
		{Method: "POST", Path: "/estimated-delivery-date/predict", Summary: "Predict the delivery date of a shipment", Body: typeOf[eddIn2507](), Status: 200, Data: typeOf[edd2507]()},
		{Method: "POST", Path: "/estimated-delivery-date/predict-batch", Summary: "Predict delivery dates of 1 to 5 shipments", Body: typeOf[docEDDBatch2507](), Status: 200, Data: typeOf[eddList2507]()},
	}
}

// Describe is the AfterShip Tracking API as its OpenAPI document and page tell it.
func Describe() openapi.API {
	versions := []openapi.Version{
		{Prefix: "/tracking/2026-07", Title: "2026-07", About: "As 2025-07, with checkpoints' postal_code and hash, order_promised_delivery_date as an object, " +
			"shipment_direction, customers[].id, and multi_piece_info, proof_of_delivery, shipment_dimensions, return_shipment and " +
			"forward_shipment (null: carriers tell Waypost none of them).",
			Ops: ops2507(typeOf[tracking2607](), typeOf[docList2607](), typeOf[tracking2607In]())},
		{Prefix: "/tracking/2025-07", Title: "2025-07", About: "Flat request bodies; data is the object itself; cursor pagination; customers[]; *_country_region names.",
			Ops: ops2507(typeOf[tracking2507](), typeOf[docList2507](), typeOf[tracking2507In]())},
		{Prefix: "/tracking/2024-04", Title: "2024-04", About: "Bodies wrapped as {\"tracking\": {...}}; page or cursor pagination; *_country_iso3 names.", Ops: opsV2404V4(typeOf[docTracking2404](), typeOf[docList2404]())},
		{Prefix: "/v4", Title: "v4 (legacy)", About: "As 2024-04 with the older tracking object; accepts the aftership-api-key header.", Ops: opsV2404V4(typeOf[docTrackingV4](), typeOf[docListV4]())},
	}
	for _, v := range versions {
		for i := range v.Ops {
			v.Ops[i].Path = docPath(v.Ops[i].Path)
		}
	}
	return openapi.API{
		Title:   "Waypost Tracking API (AfterShip-compatible)",
		Version: "2026-07",
		Description: "AfterShip Tracking API versions 2026-07, 2025-07, 2024-04 and v4, served by Waypost. Existing AfterShip " +
			"clients work after changing the base URL and the API key. Every response is an envelope " +
			`{"meta": {"code", "message", "type"}, "data": ...}; meta.code is an AfterShip code (4001 to 4017) or the HTTP status.`,
		Security: []any{
			map[string]any{"as-api-key": []any{}},
			map[string]any{"as-api-key": []any{}, "as-signature-hmac-sha256": []any{}},
			map[string]any{"aftership-api-key": []any{}},
		},
		SecuritySchemes: map[string]any{
			"as-api-key":        map[string]any{"type": "apiKey", "in": "header", "name": "as-api-key"},
			"aftership-api-key": map[string]any{"type": "apiKey", "in": "header", "name": "aftership-api-key"},
			"as-signature-hmac-sha256": map[string]any{"type": "apiKey", "in": "header", "name": "as-signature-hmac-sha256",
				"description": signatureDoc},
		},
		Meta:     typeOf[render.AfterShipMeta](),
		Versions: versions,
		Names:    schemaNames,
		Overrides: map[reflect.Type]map[string]any{
			typeOf[stringList](): {"oneOf": []any{map[string]any{"type": "string", "description": "comma-separated"},
				map[string]any{"type": "array", "items": map[string]any{"type": "string"}}}},
		},
		QueryNotes:    queryNotes,
		ErrorStatuses: []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusNotFound, http.StatusRequestEntityTooLarge, http.StatusTooManyRequests, http.StatusInternalServerError},
		Errors:        errorDocs,
	}
}

// signatureDoc explains signed requests, which OpenAPI has no scheme for.
const signatureDoc = "For API keys with signature, sent with as-api-key: base64(HMAC-SHA256(API secret, sign string)). " +
	"The sign string joins with newlines: the method; the uppercase hex MD5 of the body and the content-type " +
	"(both empty without a body); the date header (RFC 1123, within 3 minutes of the server clock, required); " +
	"the as- headers but the signature, as lowercase-name:trimmed-value sorted and joined by newlines; and the path " +
	"with the query parameters sorted by name, values percent-encoded. A key with signature refuses unsigned requests."

// docPath writes a gin route the OpenAPI way; the second segment of a legacy route
// is the courier slug, which the router calls id.
func docPath(p string) string {
	p = strings.Replace(p, ":id/:number", "{slug}/{tracking_number}", 1)
	return strings.Replace(p, ":id", "{id}", 1)
}

// errorDocs explain the meta codes.
var errorDocs = []openapi.ErrorDoc{
	{Code: render.AfterShipInvalidJSON, Status: 400, Meaning: "The body is not valid JSON."},
	{Code: render.AfterShipTrackingExists, Status: 400, Meaning: "The tracking already exists (same tracking number and courier); data names it."},
	{Code: render.AfterShipTrackingNotFound, Status: 404, Meaning: "The tracking does not exist."},
	{Code: render.AfterShipInvalidNumber, Status: 400, Meaning: "The tracking number is not 4 to 100 characters long."},
	{Code: render.AfterShipTrackingRequired, Status: 400, Meaning: "The tracking object is missing."},
	{Code: render.AfterShipNumberRequired, Status: 400, Meaning: "tracking_number is missing."},
	{Code: render.AfterShipInvalidValue, Status: 400, Meaning: "A field or parameter has an invalid value; the message names it."},
	{Code: render.AfterShipMissingValue, Status: 400, Meaning: "A required field is missing; the message names it."},
	{Code: render.AfterShipInvalidSlug, Status: 400, Meaning: "The courier slug is unknown."},
	{Code: render.AfterShipMissingFields, Status: 400, Meaning: "The courier needs additional fields (such as tracking_ship_date) to track this number."},
	{Code: render.AfterShipUndetectable, Status: 400, Meaning: "The courier cannot be detected from the tracking number; give a slug."},
	{Code: render.AfterShipRetrackActive, Status: 400, Meaning: "Only an inactive tracking can be retracked."},
	{Code: render.AfterShipNotificationRequired, Status: 400, Meaning: "The notification object is missing."},
	{Code: render.AfterShipInvalidID, Status: 400, Meaning: "The tracking id is malformed."},
	{Code: render.AfterShipRetrackLimit, Status: 400, Meaning: "The tracking was already retracked the maximum number of times (3)."},
	{Code: render.AfterShipNumberFormat, Status: 400, Meaning: "The tracking number contains characters no carrier uses."},
	{Code: 401, Status: 401, Meaning: "The API key is missing or invalid."},
	{Code: 404, Status: 404, Meaning: "The endpoint or object does not exist."},
	{Code: 413, Status: 413, Meaning: "The request body is larger than the server's limit (WAYPOST_API_BODY_LIMIT, 1 MiB by default)."},
	{Code: 429, Status: 429, Meaning: "Too many requests for this API key; see the X-RateLimit-* headers."},
	{Code: 500, Status: 500, Meaning: "Something went wrong on the server; the request can be retried."},
}
