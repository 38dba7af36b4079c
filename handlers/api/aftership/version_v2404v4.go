package aftership

import (
	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/tracking"
)

// v2404v4 is the wire format of v4 and 2024-04: objects wrapped in their name
// ({"tracking": {...}}), ISO3 country names, page-numbered lists. The two differ in
// the tracking object and in what a list reports about itself.
type v2404v4 struct {
	full func(d *tracking.Detail) any
	// paginated lists also report total and a cursor (2024-04).
	paginated bool
}

type trackingEnvelope struct {
	Tracking any `json:"tracking"`
}

func (v2404v4) decodeCreate(b []byte) (tracking.CreateInput, error) { return decodeCreateV2404V4(b) }
func (v2404v4) decodeUpdate(b []byte) (tracking.UpdateInput, error) { return decodeUpdateV2404V4(b) }
func (v2404v4) decodeComplete(b []byte) (tracking.Completion, error) {
	return decodeCompletion(b)
}
func (v2404v4) decodeDetect(b []byte) (detectInput, error)        { return decodeDetectV2404V4(b) }
func (v2404v4) decodeEDD(b []byte) ([]tracking.EDDRequest, error) { return decodeEDDV2404V4(b) }
func (v2404v4) fieldName(f string) string                         { return f }

func (v2404v4) listNames() listNames {
	return listNames{courierDestination: "courier_destination_country_iso3", pages: true}
}

func (v v2404v4) tracking(d *tracking.Detail) any { return v.full(d) }
func (v2404v4) one(obj any) any                   { return trackingEnvelope{obj} }

func (v2404v4) brief(d *tracking.Detail, retrack bool) any {
	return trackingEnvelope{newBriefV4(d.Tracking, retrack)}
}

func (v2404v4) exists(t *models.Tracking) any {
	return trackingEnvelope{newBriefV4(t, false)}
}

func (v2404v4) couriers(cs []carriers.Courier) any { return newCourierListV4(cs) }

func (v2404v4) edd(reqs []tracking.EDDRequest, preds []tracking.EDDPrediction) any {
	return newEDDListV4(reqs, preds)
}

// trackingListV4 is a page of trackings, echoing the filters it applied.
type trackingListV4 struct {
	Page                          int      `json:"page"`
	Limit                         int      `json:"limit"`
	Count                         int64    `json:"count"`
	Keyword                       string   `json:"keyword"`
	Slug                          string   `json:"slug"`
	Origin                        []string `json:"origin"`
	Destination                   []string `json:"destination"`
	Tag                           string   `json:"tag"`
	Fields                        string   `json:"fields"`
	CreatedAtMin                  *string  `json:"created_at_min"`
	CreatedAtMax                  *string  `json:"created_at_max"`
	LastUpdatedAt                 *string  `json:"last_updated_at"`
	ReturnToSender                []bool   `json:"return_to_sender"`
	CourierDestinationCountryISO3 []string `json:"courier_destination_country_iso3"`
	Trackings                     []any    `json:"trackings"`
}

// trackingList2404 adds the total and a cursor to the next page.
type trackingList2404 struct {
	trackingListV4
	Total      int64      `json:"total"`
	Pagination pagination `json:"pagination"`
}

type pagination struct {
	Total       int64   `json:"total"`
	NextCursor  *string `json:"next_cursor"`
	HasNextPage bool    `json:"has_next_page"`
}

func newPagination(page listPage) pagination {
	p := pagination{Total: page.total, HasNextPage: page.hasNext}
	if page.hasNext {
		p.NextCursor = &page.nextCursor
	}
	return p
}

func (v v2404v4) list(q *listQuery, page listPage) any {
	f := q.filter
	l := trackingListV4{
		Page: q.page, Limit: q.limit, Count: page.total, Keyword: f.Keyword, Slug: q.raw.Get("slug"),
		Origin: nonNilList(f.Origins), Destination: nonNilList(f.Destinations), Tag: q.raw.Get("tag"),
		Fields: q.raw.Get("fields"), CreatedAtMin: timestampPtr(f.CreatedAtMin), CreatedAtMax: timestampPtr(f.CreatedAtMax),
		LastUpdatedAt: timestampPtr(f.UpdatedAtMin), ReturnToSender: []bool{},
		CourierDestinationCountryISO3: nonNilList(f.CourierDestinations), Trackings: page.items,
	}
	if f.ReturnToSender != nil {
		l.ReturnToSender = []bool{*f.ReturnToSender}
	}
	if !v.paginated {
		return l
	}
	return trackingList2404{trackingListV4: l, Total: page.total, Pagination: newPagination(page)}
}
