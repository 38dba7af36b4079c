package tracking_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/app/apptest"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
	"github.com/waypost/waypost/web/carriers/dhl"
	"github.com/waypost/waypost/web/tracking"
)

// rightZip is the only postal code the fake DHL knows its shipment by.
const rightZip = "10115"

// fakeDHL is DHL's tracking API answering only to the right recipient postcode.
func (f *fixture) fakeDHL() *ct.Carrier {
	f.t.Helper()
	delivered, notFound := dhlFixture(f.t, "express_delivered.json"), dhlFixture(f.t, "not_found.json")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /track/shipments", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("recipientPostalCode") == rightZip {
			ct.Reply(http.StatusOK, "application/json", delivered)(w, r)
			return
		}
		ct.Reply(http.StatusNotFound, "application/problem+json", notFound)(w, r)
	})
	c := ct.NewCarrier(f.t, mux)
	f.in.App.Registry.Register(dhl.Slug, dhl.New(dhl.Config{BaseURL: c.URL, APIKey: "server-key", HTTPClient: c.Client(), Now: f.in.Clock.Now}))
	return c
}

// dhlFixture reads the DHL adapter's fixtures, written from DHL's documentation.
func dhlFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "carriers", "dhl", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// askedZip is the postcode of the carrier's latest request.
func askedZip(t *testing.T, c *ct.Carrier) string {
	t.Helper()
	rs := c.Requests("/track/")
	if len(rs) == 0 {
		t.Fatal("the carrier was never asked")
	}
	q, err := url.ParseQuery(rs[len(rs)-1].Query)
	if err != nil {
		t.Fatal(err)
	}
	return q.Get("recipientPostalCode")
}

// api sends one AfterShip request with the merchant's key and returns its data.
func (f *fixture) api(method, path, body string, want int) map[string]any {
	f.t.Helper()
	req, err := http.NewRequest(method, f.in.URL+path, bytes.NewBufferString(body))
	if err != nil {
		f.t.Fatal(err)
	}
	req.Header.Set("as-api-key", apptest.APIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var env struct{ Data map[string]any }
	if resp.StatusCode != want || json.Unmarshal(raw, &env) != nil {
		f.t.Fatalf("%s %s: %d %s", method, path, resp.StatusCode, raw)
	}
	return env.Data
}

// A merchant whose parcel DHL does not know under the postcode given at creation
// corrects it with PUT, in every API version: the tracking is Pending again at once,
// the parcel is due now rather than at its slow not-found cadence, and the next poll
// asks DHL with the new postcode and gets the shipment.
func TestUpdatedPostalCodeReachesTheCarrier(t *testing.T) {
	versions := []struct {
		prefix, create, update string
		wrapped                bool
	}{
		{"/tracking/2024-04", `{"tracking":{"slug":"dhl","tracking_number":"1234567891","tracking_postal_code":"99999"}}`,
			`{"tracking":{"tracking_postal_code":"` + rightZip + `"}}`, true},
		{"/v4", `{"tracking":{"slug":"dhl","tracking_number":"1234567892","tracking_postal_code":"99999"}}`,
			`{"tracking":{"tracking_postal_code":"` + rightZip + `"}}`, true},
		{"/tracking/2025-07", `{"slug":"dhl","tracking_number":"1234567893","destination_postal_code":"99999"}`,
			`{"destination_postal_code":"` + rightZip + `"}`, false},
	}
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		carrier := f.fakeDHL()
		for _, v := range versions {
			t.Run(v.prefix, func(t *testing.T) {
				f.t = t
				unwrap := func(d map[string]any) map[string]any {
					if v.wrapped {
						return d["tracking"].(map[string]any)
					}
					return d
				}
				id := unwrap(f.api("POST", v.prefix+"/trackings", v.create, http.StatusCreated))["id"].(string)
				tr, err := f.in.App.Tracking.Get(f.ctx, f.org, id)
				if err != nil {
					t.Fatal(err)
				}
				f.due(tr)
				if zip, got := askedZip(t, carrier), f.tracking(tr); zip != "99999" || got.Subtag != "Pending_005" {
					t.Fatalf("before the correction DHL was asked with %q and the tracking is %s", zip, got.Subtag)
				}

				f.in.Clock.Advance(time.Minute)
				got := unwrap(f.api("PUT", v.prefix+"/trackings/"+id, v.update, http.StatusOK))
				if got["subtag"] != "Pending_001" {
					t.Errorf("after the correction the tracking still shows %v", got["subtag"])
				}
				due, err := f.in.App.DB.DueParcels(f.ctx, f.in.Clock.Now(), 100)
				if err != nil || !slices.Contains(due, tr.ParcelID) {
					t.Fatalf("the corrected parcel is not due: %v %v", due, err)
				}
				f.due(tr)
				if zip, got := askedZip(t, carrier), f.tracking(tr); zip != rightZip || got.Tag != "Delivered" {
					t.Errorf("after the correction DHL was asked with %q and the tracking is %s", zip, got.Tag)
				}
			})
		}
	})
}

// Correcting a field of a parcel that expired without news takes it up again at
// once: active, Pending, due now, with a fresh no-news clock.
func TestUpdatedFieldRevivesAnExpiredParcel(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		tr := f.create("usps", "WP-EXPIRED-002")
		f.due(tr)
		f.in.Clock.Advance(12*time.Hour + time.Minute) // 30 story days
		f.due(tr)
		if got := f.tracking(tr); got.Tag != "Expired" || got.Active {
			t.Fatalf("expected an expired tracking, got %s active=%v", got.Tag, got.Active)
		}
		f.in.Clock.Advance(time.Hour)
		got := f.update(f.org, tr.ID, "tracking_postal_code", "20500")
		p := f.parcel(tr)
		now := f.in.Clock.Now()
		if got.Tag != "Pending" || got.Subtag != "Pending_001" || !got.Active {
			t.Errorf("revived tracking: %s %s active=%v", got.Tag, got.Subtag, got.Active)
		}
		if !p.Active || p.NextPollAt == nil || !p.NextPollAt.Equal(now) || p.ActiveSince == nil || !p.ActiveSince.Equal(now) {
			t.Errorf("revived parcel: active=%v next=%v since=%v", p.Active, p.NextPollAt, p.ActiveSince)
		}
		f.due(tr)
		if got := f.tracking(tr); got.Tag != "Pending" || !got.Active {
			t.Errorf("the poll after reviving: %s active=%v", got.Tag, got.Active)
		}
	})
}

func (f *fixture) update(orgID, id, field, value string) *models.Tracking {
	f.t.Helper()
	in := tracking.UpdateInput{Fields: []string{field}}
	switch field {
	case "tracking_postal_code":
		in.Values.TrackingPostalCode = &value
	case "title":
		in.Values.Title = value
	}
	got, err := f.in.App.Tracking.Update(f.ctx, orgID, id, in)
	if err != nil {
		f.t.Fatal(err)
	}
	return got
}

// Two organizations tracking the same DHL number share one parcel, so the postcode
// written last is the one DHL is asked with: both describe the same shipment. An
// update that names no additional field leaves the parcel alone, and each tracking
// keeps showing its own organization's value.
func TestSharedParcelTakesTheLastWrittenFields(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		carrier := f.fakeDHL()
		other := &models.Organization{Name: "Other", Slug: models.NewID()}
		if err := f.in.App.DB.CreateAccount(f.ctx, other, &models.User{Email: "other@example.com", PasswordHash: "x"}); err != nil {
			t.Fatal(err)
		}
		mine := f.createIn(f.org, "11111")
		theirs := f.createIn(other.ID, "22222")
		if mine.ParcelID != theirs.ParcelID {
			t.Fatal("the same number at the same courier should share one parcel")
		}
		f.due(mine)
		if zip := askedZip(t, carrier); zip != "22222" {
			t.Fatalf("the newest tracking's postcode is the parcel's: DHL was asked with %q", zip)
		}

		f.in.Clock.Advance(time.Minute)
		f.update(other.ID, theirs.ID, "tracking_postal_code", rightZip)
		f.due(theirs)
		if zip := askedZip(t, carrier); zip != rightZip {
			t.Fatalf("after the other organization's correction DHL was asked with %q", zip)
		}
		f.update(f.org, mine.ID, "title", "Gift")
		if p := f.parcel(mine); p.Fields["tracking_postal_code"] != rightZip {
			t.Errorf("an update without additional fields changed the parcel's postcode to %q", p.Fields["tracking_postal_code"])
		}
		if got := f.tracking(mine); got.Tag != "Delivered" || deref(got.TrackingPostalCode) != "11111" {
			t.Errorf("my tracking: %s, postcode %q", got.Tag, deref(got.TrackingPostalCode))
		}

		f.in.Clock.Advance(time.Minute)
		f.update(f.org, mine.ID, "tracking_postal_code", "11111")
		if p := f.parcel(mine); p.Fields["tracking_postal_code"] != "11111" || p.NextPollAt == nil || p.NextPollAt.After(f.in.Clock.Now()) {
			t.Errorf("the last write wins: postcode %q, next poll %v", p.Fields["tracking_postal_code"], p.NextPollAt)
		}
	})
}

func (f *fixture) createIn(orgID, zip string) *models.Tracking {
	f.t.Helper()
	tr, err := f.in.App.Tracking.Create(f.ctx, orgID, tracking.CreateInput{Tracking: models.Tracking{
		Slug: "dhl", TrackingNumber: "1234567894", TrackingPostalCode: &zip}})
	if err != nil {
		f.t.Fatal(err)
	}
	return tr
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
