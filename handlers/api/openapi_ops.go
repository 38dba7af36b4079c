package api

import (
	"net/http"
	"reflect"
)

// apiOp documents one endpoint of a version: its route (gin syntax, below the
// version prefix), what it reads and what its envelope's data holds.
type apiOp struct {
	method, path, summary string
	query                 []string
	body                  reflect.Type
	status                int
	data                  reflect.Type
}

// apiVersion is one AfterShip API version as the document lists it.
type apiVersion struct {
	prefix, title, about string
	ops                  []apiOp
}

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
	docCreateClassic struct {
		Tracking classicTracking `json:"tracking"`
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
	docCompletionClassic struct {
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
	docLastCheckpointV4 struct {
		lastCheckpointV4
		Checkpoint checkpointV4 `json:"checkpoint"`
	}
)

// schemaNames are the types the document names as components.
var schemaNames = map[reflect.Type]string{
	reflect.TypeFor[Meta]():                  "Meta",
	reflect.TypeFor[trackingV4]():            "Tracking-v4",
	reflect.TypeFor[tracking2404]():          "Tracking-2024-04",
	reflect.TypeFor[tracking2507]():          "Tracking-2025-07",
	reflect.TypeFor[checkpointV4]():          "Checkpoint-v4",
	reflect.TypeFor[checkpoint2507]():        "Checkpoint-2025-07",
	reflect.TypeFor[classicTracking]():       "TrackingInput-v4",
	reflect.TypeFor[tracking2507In]():        "TrackingInput-2025-07",
	reflect.TypeFor[courierV4]():             "Courier-v4",
	reflect.TypeFor[courier2507]():           "Courier-2025-07",
	reflect.TypeFor[courierConnection2507](): "CourierConnection-2025-07",
	reflect.TypeFor[eddItemV4]():             "EstimatedDeliveryDate-v4",
	reflect.TypeFor[edd2507]():               "EstimatedDeliveryDate-2025-07",
}

func typeOf[T any]() reflect.Type { return reflect.TypeFor[T]() }

var (
	listQueryClassic = []string{"page", "limit", "cursor", "keyword", "tracking_numbers", "slug", "transit_time", "origin",
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

// classicOps are the endpoints of v4 and 2024-04, given each one's tracking and list types.
func classicOps(one, list reflect.Type) []apiOp {
	brief := typeOf[docBriefV4]()
	body := typeOf[docCreateClassic]()
	complete := typeOf[docCompletionClassic]()
	notification := typeOf[notificationEnvelope]()
	ops := []apiOp{
		{method: "GET", path: "/trackings", summary: "List trackings", query: listQueryClassic, status: 200, data: list},
		{method: "POST", path: "/trackings", summary: "Create a tracking", body: body, status: 201, data: one},
	}
	for _, p := range []struct{ path, how string }{{"/trackings/:id", "by ID"}, {"/trackings/:id/:number", "by slug and tracking number"}} {
		ops = append(ops,
			apiOp{method: "GET", path: p.path, summary: "Get a tracking " + p.how, query: showQuery, status: 200, data: one},
			apiOp{method: "PUT", path: p.path, summary: "Update a tracking " + p.how, body: body, status: 200, data: one},
			apiOp{method: "DELETE", path: p.path, summary: "Delete a tracking " + p.how, status: 200, data: brief},
			apiOp{method: "POST", path: p.path + "/retrack", summary: "Retrack an expired tracking " + p.how, status: 200, data: brief},
			apiOp{method: "POST", path: p.path + "/mark-as-completed", summary: "Mark a tracking as completed " + p.how, body: complete, status: 200, data: one},
			apiOp{method: "GET", path: "/last_checkpoint" + p.path[len("/trackings"):], summary: "Get the last checkpoint " + p.how, query: showQuery, status: 200, data: typeOf[docLastCheckpointV4]()},
			apiOp{method: "GET", path: "/notifications" + p.path[len("/trackings"):], summary: "Get notification contacts " + p.how, status: 200, data: notification},
			apiOp{method: "POST", path: "/notifications" + p.path[len("/trackings"):] + "/add", summary: "Add notification contacts " + p.how, body: notification, status: 200, data: notification},
			apiOp{method: "POST", path: "/notifications" + p.path[len("/trackings"):] + "/remove", summary: "Remove notification contacts " + p.how, body: notification, status: 200, data: notification},
		)
	}
	return append(ops,
		apiOp{method: "GET", path: "/couriers", summary: "List the couriers in use", query: []string{"slug"}, status: 200, data: typeOf[courierListV4]()},
		apiOp{method: "GET", path: "/couriers/all", summary: "List all couriers", status: 200, data: typeOf[courierListV4]()},
		apiOp{method: "POST", path: "/couriers/detect", summary: "Detect the courier of a tracking number", body: typeOf[docDetectV4](), status: 200, data: typeOf[courierListV4]()},
		apiOp{method: "POST", path: "/estimated-delivery-date/predict-batch", summary: "Predict delivery dates of 1 to 5 shipments", body: typeOf[docEDDBatchV4](), status: 200, data: typeOf[eddListV4]()},
	)
}

func ops2507() []apiOp {
	one, body := typeOf[tracking2507](), typeOf[tracking2507In]()
	conn := typeOf[courierConnection2507]()
	connBody := typeOf[connectionIn]()
	return []apiOp{
		{method: "GET", path: "/trackings", summary: "List trackings", query: listQuery2507, status: 200, data: typeOf[docList2507]()},
		{method: "POST", path: "/trackings", summary: "Create a tracking", body: body, status: 201, data: one},
		{method: "GET", path: "/trackings/:id", summary: "Get a tracking by ID", query: showQuery, status: 200, data: one},
		{method: "PUT", path: "/trackings/:id", summary: "Update a tracking by ID", body: body, status: 200, data: one},
		{method: "DELETE", path: "/trackings/:id", summary: "Delete a tracking by ID", status: 200, data: one},
		{method: "POST", path: "/trackings/:id/retrack", summary: "Retrack an expired tracking by ID", status: 200, data: one},
		{method: "POST", path: "/trackings/:id/mark-as-completed", summary: "Mark a tracking as completed by ID", body: typeOf[docCompletion2507](), status: 200, data: one},
		{method: "GET", path: "/couriers", summary: "List couriers", query: []string{"slug", "active"}, status: 200, data: typeOf[courierList2507]()},
		{method: "POST", path: "/couriers/detect", summary: "Detect the courier of a tracking number", body: typeOf[detect2507In](), status: 200, data: typeOf[courierList2507]()},
		{method: "GET", path: "/courier-connections", summary: "List courier connections", query: []string{"courier_slug", "cursor", "limit"}, status: 200, data: typeOf[courierConnectionList2507]()},
		{method: "POST", path: "/courier-connections", summary: "Create a courier connection", body: connBody, status: 201, data: conn},
		{method: "GET", path: "/courier-connections/:id", summary: "Get a courier connection", status: 200, data: conn},
		{method: "PATCH", path: "/courier-connections/:id", summary: "Replace a courier connection's credentials", body: connBody, status: 200, data: conn},
		{method: "DELETE", path: "/courier-connections/:id", summary: "Delete a courier connection", status: 200, data: conn},
		{method: "POST", path: "/estimated-delivery-date/predict", summary: "Predict the delivery date of a shipment", body: typeOf[eddIn2507](), status: 200, data: typeOf[edd2507]()},
		{method: "POST", path: "/estimated-delivery-date/predict-batch", summary: "Predict delivery dates of 1 to 5 shipments", body: typeOf[docEDDBatch2507](), status: 200, data: typeOf[eddList2507]()},
	}
}

// apiVersions are the versions served, newest first.
var apiVersions = []apiVersion{
	{prefix: "/tracking/2025-07", title: "2025-07", about: "Flat request bodies; data is the object itself; cursor pagination; customers[]; *_country_region names.", ops: ops2507()},
	{prefix: "/tracking/2024-04", title: "2024-04", about: "Bodies wrapped as {\"tracking\": {...}}; page or cursor pagination; *_country_iso3 names.", ops: classicOps(typeOf[docTracking2404](), typeOf[docList2404]())},
	{prefix: "/v4", title: "v4 (legacy)", about: "As 2024-04 with the older tracking object; accepts the aftership-api-key header.", ops: classicOps(typeOf[docTrackingV4](), typeOf[docListV4]())},
}

// errorStatuses are the failures every endpoint may answer with.
var errorStatuses = []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusNotFound, http.StatusTooManyRequests, http.StatusInternalServerError}
