package aftership_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

// asFields2404 are the fields of the tracking object in AfterShip's 2024-04 examples.
var asFields2404 = strings.Fields(`active aftership_estimated_delivery_date android carbon_emissions checkpoints
courier_connection_id courier_destination_country_iso3 courier_redirect_link courier_tracking_link created_at
custom_estimated_delivery_date custom_fields customer_name delivery_time delivery_type destination_city
destination_country_iso3 destination_postal_code destination_raw_location destination_state emails
expected_delivery failed_delivery_attempts first_attempted_at first_estimated_delivery id ios language
last_mile_tracking_supported last_updated_at latest_estimated_delivery location_id next_couriers note
on_time_difference on_time_status order_date order_id order_id_path order_number order_promised_delivery_date
order_tags origin_city origin_country_iso3 origin_postal_code origin_raw_location origin_state pickup_location
pickup_note return_to_sender shipment_delivery_date shipment_package_count shipment_pickup_date shipment_tags
shipment_type shipment_weight shipment_weight_unit shipping_method signature_requirement signed_by slug smses
source subscribed_emails subscribed_smses subtag subtag_message tag title tracked_count tracking_account_number
tracking_destination_country tracking_key tracking_number tracking_origin_country tracking_postal_code
tracking_ship_date tracking_state transit_time unique_token updated_at`)

func TestAfterShip2404CreateAndGet(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2024-04")
		r := c.expect(c.do("POST", "/trackings", asSeedTracking("6123456789010")), http.StatusCreated, 201)
		tr := r.obj(t, "tracking")
		for _, f := range asFields2404 {
			if _, ok := tr[f]; !ok {
				t.Errorf("created tracking lacks %q", f)
			}
		}
		want := map[string]any{"slug": "kpost", "tracking_number": "6123456789010", "title": "Title Name",
			"tag": "Pending", "subtag": "Pending_001", "subtag_message": "Pending", "active": true, "source": "api",
			"origin_country_iso3": "CHN", "destination_country_iso3": "USA", "delivery_type": "pickup_at_store",
			"order_promised_delivery_date": "2019-05-20", "language": "en", "order_number": "1234",
			"unique_token": "deprecated", "return_to_sender": false, "transit_time": nil, "signed_by": nil}
		for k, v := range want {
			if tr[k] != v {
				t.Errorf("%s = %#v, want %#v", k, tr[k], v)
			}
		}
		if got := tr["emails"].([]any); len(got) != 2 || got[0] != "email@yourdomain.com" {
			t.Errorf("emails = %v", got)
		}
		if cf := tr["custom_fields"].(map[string]any); cf["product_price"] != "USD19.99" {
			t.Errorf("custom_fields = %v", cf)
		}
		for _, f := range []string{"created_at", "updated_at", "last_updated_at"} {
			if s, _ := tr[f].(string); !asUTCStamp.MatchString(s) {
				t.Errorf("%s = %q, want AfterShip's UTC timestamp", f, s)
			}
		}
		id := tr["id"].(string)
		got := c.expect(c.do("GET", "/trackings/"+id, nil), http.StatusOK, 200).obj(t, "tracking")
		if got["id"] != id || got["title"] != "Title Name" {
			t.Errorf("get by id: %v", got)
		}
		legacy := c.expect(c.do("GET", "/trackings/kpost/6123456789010", nil), http.StatusOK, 200).obj(t, "tracking")
		if legacy["id"] != id {
			t.Errorf("get by slug and number: %v", legacy["id"])
		}
		only := c.expect(c.do("GET", "/trackings/"+id+"?fields=title,tag", nil), http.StatusOK, 200).obj(t, "tracking")
		if len(only) != 5 || only["title"] != "Title Name" || only["tag"] != "Pending" {
			t.Errorf("fields=title,tag gave %v", only)
		}
	})
}

func TestAfterShip2404CreateErrors(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2024-04")
		first := c.expect(c.do("POST", "/trackings", asSeedTracking("6123456789010")), http.StatusCreated, 201).obj(t, "tracking")
		dup := c.expect(c.do("POST", "/trackings", asSeedTracking("6123456789010")), http.StatusBadRequest, 4003)
		if dup.obj(t, "tracking")["id"] != first["id"] || dup.Meta.Type != "BadRequest" {
			t.Errorf("4003 does not name the existing tracking: %s", dup.Data)
		}
		cases := []struct {
			name string
			body any
			code int
		}{
			{"not JSON", `{"tracking":`, 4001},
			{"no tracking object", `{}`, 4006},
			{"no number", map[string]any{"tracking": map[string]any{"slug": "kpost"}}, 4007},
			{"short number", map[string]any{"tracking": map[string]any{"tracking_number": "12", "slug": "kpost"}}, 4005},
			{"bad characters", map[string]any{"tracking": map[string]any{"tracking_number": "12<script>", "slug": "kpost"}}, 4017},
			{"unknown slug", map[string]any{"tracking": map[string]any{"tracking_number": "123456789", "slug": "no-such"}}, 4010},
			{"undetectable", map[string]any{"tracking": map[string]any{"tracking_number": "QQQQ"}}, 4012},
			{"missing courier field", map[string]any{"tracking": map[string]any{"tracking_number": "123456789", "slug": "deutsch-post"}}, 4011},
			{"bad email", map[string]any{"tracking": map[string]any{"tracking_number": "123456789", "slug": "kpost", "emails": []string{"nope"}}}, 4008},
			{"emails of wrong type", `{"tracking":{"tracking_number":"123456789","slug":"kpost","emails":5}}`, 4008},
			{"title of wrong type", `{"tracking":{"tracking_number":"123456789","slug":"kpost","title":5}}`, 4008},
			{"bad promised date", map[string]any{"tracking": map[string]any{"tracking_number": "123456789", "slug": "kpost", "order_promised_delivery_date": "20/05/2019"}}, 4008},
			{"bad delivery type", map[string]any{"tracking": map[string]any{"tracking_number": "123456789", "slug": "kpost", "delivery_type": "drone"}}, 4008},
			{"four emails", map[string]any{"tracking": map[string]any{"tracking_number": "123456789", "slug": "kpost", "emails": "a@b.co,c@d.co,e@f.co,g@h.co"}}, 4008},
			{"slug and slug_group", map[string]any{"tracking": map[string]any{"tracking_number": "123456789", "slug": "fedex", "slug_group": "fedex-group"}}, 4008},
		}
		for _, tc := range cases {
			r := c.do("POST", "/trackings", tc.body)
			if r.Status != http.StatusBadRequest || r.Meta.Code != tc.code || r.Meta.Message == "" {
				t.Errorf("%s: HTTP %d meta %d %q, want 400 meta %d", tc.name, r.Status, r.Meta.Code, r.Meta.Message, tc.code)
			}
		}
		total := c.expect(c.do("GET", "/trackings", nil), http.StatusOK, 200).obj(t, "")["count"]
		if total != float64(1) {
			t.Errorf("failed creates stored trackings: count %v", total)
		}
	})
}

func TestAfterShip2404DetectsCourier(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{Start: asStart})
	c := newASClient(t, in, "/tracking/2024-04")
	body := map[string]any{"tracking": map[string]any{"tracking_number": "1Z999AA10123456784", "emails": "a@example.com, b@example.com"}}
	tr := c.expect(c.do("POST", "/trackings", body), http.StatusCreated, 201).obj(t, "tracking")
	if tr["slug"] != "ups" {
		t.Errorf("detected slug %v, want ups", tr["slug"])
	}
	if e := tr["emails"].([]any); len(e) != 2 || e[1] != "b@example.com" {
		t.Errorf("comma-separated emails read as %v", e)
	}
}

func TestAfterShip2404UpdateDeleteAndLookupErrors(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2024-04")
		id := c.expect(c.do("POST", "/trackings", asSeedTracking("6123456789010")), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
		upd := map[string]any{"tracking": map[string]any{"note": "some notes", "title": "New Title", "emails": []string{}, "customer_name": "John Doe"}}
		tr := c.expect(c.do("PUT", "/trackings/"+id, upd), http.StatusOK, 200).obj(t, "tracking")
		if tr["note"] != "some notes" || tr["title"] != "New Title" || len(tr["emails"].([]any)) != 0 || tr["customer_name"] != "John Doe" {
			t.Errorf("update: %v", tr)
		}
		if tr["order_id"] != "ID 1234" || len(tr["smses"].([]any)) != 2 {
			t.Errorf("update touched fields it was not given: %v %v", tr["order_id"], tr["smses"])
		}
		seedForm := map[string]any{"value": map[string]any{"tracking": map[string]any{"note": ""}}}
		if tr := c.expect(c.do("PUT", "/trackings/kpost/6123456789010", seedForm), 200, 200).obj(t, "tracking"); tr["note"] != nil {
			t.Errorf(`note "" should clear the note, got %v`, tr["note"])
		}
		c.expect(c.do("PUT", "/trackings/"+id, `{"tracking":{"language":"english"}}`), http.StatusBadRequest, 4008)
		c.expect(c.do("PUT", "/trackings/"+id, `{"tracking":`), http.StatusBadRequest, 4001)
		c.expect(c.do("GET", "/trackings/aaaaaaaaaaaaaaaaaaaaaaaa", nil), http.StatusNotFound, 4004)
		c.expect(c.do("GET", "/trackings/bad%20id!", nil), http.StatusBadRequest, 4015)
		c.expect(c.do("GET", "/trackings/no-such-courier/6123456789010", nil), http.StatusBadRequest, 4010)
		c.expect(c.do("GET", "/trackings/usps/6123456789010", nil), http.StatusNotFound, 4004)
		del := c.expect(c.do("DELETE", "/trackings/"+id, nil), http.StatusOK, 200).obj(t, "tracking")
		if del["id"] != id || del["tracking_number"] != "6123456789010" || del["slug"] != "kpost" {
			t.Errorf("delete response: %v", del)
		}
		if _, ok := del["tracking_postal_code"]; !ok {
			t.Errorf("delete response lacks the additional fields: %v", del)
		}
		c.expect(c.do("GET", "/trackings/"+id, nil), http.StatusNotFound, 4004)
		c.expect(c.do("DELETE", "/trackings/"+id, nil), http.StatusNotFound, 4004)
	})
}

func TestAfterShip2404RetrackAndComplete(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2024-04")
		id := c.expect(c.do("POST", "/trackings", asSeedTracking("6123456789017")), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
		c.expect(c.do("POST", "/trackings/"+id+"/retrack", nil), http.StatusBadRequest, 4013)
		c.expect(c.do("POST", "/trackings/"+id+"/mark-as-completed", `{}`), http.StatusBadRequest, 4009)
		c.expect(c.do("POST", "/trackings/"+id+"/mark-as-completed", `{"reason":"STOLEN"}`), http.StatusBadRequest, 4008)
		for reason, st := range map[string][2]string{"LOST": {"Exception", "Exception_013"},
			"RETURNED_TO_SENDER": {"Exception", "Exception_011"}, "DELIVERED": {"Delivered", "Delivered_001"}} {
			tr := c.expect(c.do("POST", "/trackings/"+id+"/mark-as-completed", map[string]string{"reason": reason}), 200, 200).obj(t, "tracking")
			if tr["tag"] != st[0] || tr["subtag"] != st[1] || tr["active"] != false {
				t.Errorf("%s: tag %v subtag %v active %v", reason, tr["tag"], tr["subtag"], tr["active"])
			}
			if (reason == "RETURNED_TO_SENDER") != (tr["return_to_sender"] == true) {
				t.Errorf("%s: return_to_sender %v", reason, tr["return_to_sender"])
			}
			rt := c.expect(c.do("POST", "/trackings/kpost/6123456789017/retrack", nil), 200, 200).obj(t, "tracking")
			if rt["active"] != true || rt["id"] != id {
				t.Errorf("retrack after %s: %v", reason, rt)
			}
		}
		c.expect(c.do("POST", "/trackings/"+id+"/mark-as-completed", map[string]string{"reason": "LOST"}), 200, 200)
		c.expect(c.do("POST", "/trackings/"+id+"/retrack", nil), http.StatusBadRequest, 4016)
	})
}

func TestAfterShip2404Checkpoints(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: asStart})
		c := newASClient(t, in, "/tracking/2024-04")
		body := asSeedTracking("9400100000000000000000")
		body["tracking"].(map[string]any)["slug"] = "usps"
		body["tracking"].(map[string]any)["order_promised_delivery_date"] = "2026-03-20"
		id := c.expect(c.do("POST", "/trackings", body), http.StatusCreated, 201).obj(t, "tracking")["id"].(string)
		in.Clock.Advance(time.Hour)
		c.poll(id)
		tr := c.expect(c.do("GET", "/trackings/"+id, nil), http.StatusOK, 200).obj(t, "tracking")
		if tr["tag"] != "Delivered" || tr["active"] != false || tr["tracked_count"] != float64(1) {
			t.Fatalf("after the sandbox delivered: tag %v active %v tracked_count %v", tr["tag"], tr["active"], tr["tracked_count"])
		}
		cps := tr["checkpoints"].([]any)
		if len(cps) < 3 {
			t.Fatalf("checkpoints: %v", cps)
		}
		for _, f := range strings.Fields("slug city created_at location country_name message country_iso3 tag subtag subtag_message checkpoint_time coordinates coordinate state zip raw_tag source events") {
			if _, ok := cps[0].(map[string]any)[f]; !ok {
				t.Errorf("checkpoint lacks %q", f)
			}
		}
		last := cps[len(cps)-1].(map[string]any)
		if !asTimestamp.MatchString(last["checkpoint_time"].(string)) || last["tag"] != "Delivered" || last["slug"] != "usps" {
			t.Errorf("last checkpoint: %v", last)
		}
		if tr["transit_time"] == nil || tr["shipment_delivery_date"] == nil || tr["shipment_pickup_date"] == nil {
			t.Errorf("derived dates missing: transit %v pickup %v delivery %v", tr["transit_time"], tr["shipment_pickup_date"], tr["shipment_delivery_date"])
		}
		if tr["on_time_status"] != "on-time" || tr["on_time_difference"] != float64(0) {
			t.Errorf("on_time_status %v difference %v", tr["on_time_status"], tr["on_time_difference"])
		}
		lc := c.expect(c.do("GET", "/last_checkpoint/usps/9400100000000000000000", nil), 200, 200).obj(t, "")
		if lc["id"] != id || lc["tag"] != "Delivered" || lc["checkpoint"].(map[string]any)["message"] != last["message"] {
			t.Errorf("last checkpoint: %v", lc)
		}
		few := c.expect(c.do("GET", "/last_checkpoint/"+id+"?fields=city,tag", nil), 200, 200).obj(t, "checkpoint")
		if few["tag"] != "Delivered" || few["message"] != nil {
			t.Errorf("last checkpoint fields=city,tag: %v", few)
		}
	})
}
