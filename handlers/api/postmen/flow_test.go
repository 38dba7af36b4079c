package postmen_test

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

// A merchant adds an account, compares rates, buys a label, downloads its PDF,
// books a pickup, closes the manifest and cannot cancel what was manifested.
func TestShippingFlow(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{Start: pmStart})
		c := newClient(t, in)
		account := c.createAccount("Main USPS")

		quote := c.do("POST", "/rates", map[string]any{"shipper_accounts": []any{map[string]any{"id": account}},
			"shipment": shipment(newYork)}).ok(t, "rates")
		rates := list(quote, "rates")
		if quote["status"] != "calculated" || len(rates) < 2 {
			t.Fatalf("rates: %v", quote)
		}
		r0 := rates[0].(map[string]any)
		for _, key := range []string{"service_type", "service_name", "total_charge", "charge_weight", "detailed_charges",
			"delivery_date", "transit_time", "booking_cut_off", "pickup_deadline", "error_message", "info_message"} {
			if _, ok := r0[key]; !ok {
				t.Errorf("rate has no %s: %v", key, r0)
			}
		}
		if !strings.HasSuffix(str(quote, "created_at"), "Z") || !strings.Contains(str(quote, "created_at"), ".") {
			t.Errorf("rate quote created_at %q: want milliseconds in UTC", str(quote, "created_at"))
		}

		label := c.buyLabel(account, newYork)
		numbers := list(label, "tracking_numbers")
		if label["status"] != "created" || len(numbers) != 1 || label["ship_date"] != "2026-03-02" {
			t.Fatalf("label: %v", label)
		}
		if str(label, "custom_fields.ship_code") != "01" || label["files"].(map[string]any)["invoice"] != nil {
			t.Errorf("label custom fields or invoice: %v", label)
		}
		checkLabelFile(t, in, str(label, "files.label.url"))
		got := c.do("GET", "/labels/"+str(label, "id"), nil).ok(t, "get label")
		if got["id"] != label["id"] || list(got, "tracking_numbers")[0] != numbers[0] {
			t.Errorf("get label: %v", got)
		}
		c.do("GET", "/labels/no-such-label", nil).fails(t, "unknown label", 404, 4153)

		pickup := c.do("POST", "/pickups", map[string]any{"shipper_account": map[string]any{"id": account},
			"label_ids": []string{str(label, "id")}, "pickup_from": seattle,
			"pickup_start_time": "12:00:00", "pickup_end_time": "17:00:00"}).ok(t, "pickup")
		if pickup["status"] != "created" || pickup["pickup_date"] != "2026-03-02" || pickup["pickup_start_time"] != "12:00:00" ||
			len(list(pickup, "pickup_confirmation_numbers")) != 1 {
			t.Errorf("pickup: %v", pickup)
		}

		manifest := c.do("POST", "/manifests", map[string]any{"shipper_account": map[string]any{"id": account}}).ok(t, "manifest")
		if manifest["status"] != "manifested" || len(list(manifest, "labels")) != 1 {
			t.Errorf("manifest: %v", manifest)
		}
		checkFile(t, in, str(manifest, "files.manifest.url"), "application/pdf", "%PDF")
		if got := c.do("GET", "/labels/"+str(label, "id"), nil).ok(t, "manifested label"); str(got, "files.manifest.url") != str(manifest, "files.manifest.url") {
			t.Errorf("a manifested label links %v, want the manifest's file", got["files"])
		}
		r := c.do("POST", "/cancel-labels", map[string]any{"label": map[string]any{"id": str(label, "id")}})
		r.fails(t, "cancel a manifested label", 400, 4104)
		if !r.hasDetail("label.id") {
			t.Errorf("cancel refusal names %v, want label.id", r.paths())
		}
	})
}

func checkLabelFile(t *testing.T, in *apptest.Instance, url string) {
	t.Helper()
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		t.Fatalf("label url %q is not absolute", url)
	}
	resp := checkFile(t, in, url, "application/pdf", "%PDF")
	if cd := resp.Header.Get("Content-Disposition"); !strings.Contains(cd, "filename=") {
		t.Errorf("Content-Disposition %q", cd)
	}
	if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, "private") {
		t.Errorf("Cache-Control %q, want private", cc)
	}
	bad := in.URL + "/files/not-a-token"
	if resp, err := http.Get(bad); err != nil || resp.StatusCode != 404 {
		t.Errorf("an unknown file token: %v %v", resp, err)
	}
}

// checkFile downloads a file link from the instance (whatever host the link
// names, the path is what is served).
func checkFile(t *testing.T, in *apptest.Instance, url, contentType, magic string) *http.Response {
	t.Helper()
	i := strings.Index(url, "/files/")
	if i < 0 {
		t.Fatalf("file url %q is not under /files/", url)
	}
	resp, err := http.Get(in.URL + url[i:])
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != contentType || !bytes.HasPrefix(body, []byte(magic)) {
		t.Errorf("GET %s: %d %s %q", url, resp.StatusCode, resp.Header.Get("Content-Type"), body[:min(len(body), 16)])
	}
	return resp
}
