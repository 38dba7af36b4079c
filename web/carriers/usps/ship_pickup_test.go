package usps

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	ct "github.com/waypost/waypost/web/carriers/carriertest"
)

func TestSchedulePickup(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{
		"POST /pickup/v3/carrier-pickup": ct.Reply(200, "application/json", ct.Fixture(t, "ship_pickup.json")),
	})
	tuesday := time.Date(2024, 5, 7, 0, 0, 0, 0, carriers.Zone("America/Chicago"))
	p, err := s.SchedulePickup(context.Background(), carriers.PickupRequest{
		Account: shipAccount(), Address: sender, Date: tuesday, StartTime: "10:00", EndTime: "14:00",
		Instructions: "Ring the side door bell", Parcels: []carriers.Parcel{parcel, parcel},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintf("%s %s %s %.2f %s", p.ConfirmationNumber, p.StartAt.Format(time.RFC3339), p.EndAt.Format(time.RFC3339), p.Charge.Amount, p.Charge.Currency)
	if got != "WTC652361978 2024-05-07T10:00:00-05:00 2024-05-07T14:00:00-05:00 0.00 USD" {
		t.Errorf("pickup = %s", got)
	}
	body := decode(t, c.Requests("/pickup/")[0].Body)
	addr := body["pickupAddress"].(map[string]any)
	got = fmt.Sprint(body["pickupDate"], " ", body["packages"], " ", body["estimatedWeight"], " ", body["pickupLocation"], " | ",
		addr["firstName"], " ", addr["lastName"], " ", addr["firm"], " ", addr["contact"], " ", addr["address"].(map[string]any)["ZIPCode"])
	want := "2024-05-07 [map[packageCount:2 packageType:OTHER]] 4.42 map[packageLocation:OTHER specialInstructions:Ring the side door bell] | " +
		"John Smith Waypost Outfitters [map[email:ship@example.com] map[phone:3145550100]] 63116"
	if got != want {
		t.Errorf("pickup request:\n got %s\nwant %s", got, want)
	}
}

func TestSchedulePickupChecksTheAddress(t *testing.T) {
	_, s := shipFake(t, nil)
	abroad := sender
	abroad.Country = "CAN"
	_, err := s.SchedulePickup(context.Background(), carriers.PickupRequest{Account: shipAccount(), Address: abroad, TrackingNumbers: []string{labelNumber}})
	ct.Kind(t, err, carriers.KindInvalidNumber)
	_, err = s.SchedulePickup(context.Background(), carriers.PickupRequest{Account: shipAccount(), Address: sender})
	if e := ct.Kind(t, err, carriers.KindInvalidNumber); !strings.Contains(e.Error(), "labels or the parcels") {
		t.Errorf("error = %v", e)
	}
}

func TestCancelPickupSendsTheEntityTag(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{
		"GET /pickup/v3/carrier-pickup/{n}": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("ETag", `"0a1b2c3d"`)
			w.Write(ct.Fixture(t, "ship_pickup.json"))
		},
		"DELETE /pickup/v3/carrier-pickup/{n}": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-Match") != `"0a1b2c3d"` {
				w.WriteHeader(http.StatusPreconditionFailed)
			}
		},
	})
	err := s.CancelPickup(context.Background(), carriers.CancelPickupRequest{Account: shipAccount(), ConfirmationNumber: "WTC652361978"})
	if err != nil {
		t.Fatal(err)
	}
	if r := c.Requests("/pickup/"); len(r) != 2 || r[1].Method != http.MethodDelete || r[1].Path != "/pickup/v3/carrier-pickup/WTC652361978" {
		t.Errorf("pickup requests = %+v", r)
	}
	_, s = shipFake(t, map[string]http.HandlerFunc{
		"GET /pickup/v3/carrier-pickup/{n}": ct.Reply(404, "application/json", []byte(`{"error":{"code":"404","message":"Pickup not found"}}`)),
	})
	err = s.CancelPickup(context.Background(), carriers.CancelPickupRequest{Account: shipAccount(), ConfirmationNumber: "WTC0"})
	ct.Kind(t, err, carriers.KindNotFound)
}

func TestCloseManifestFilesASCANForm(t *testing.T) {
	c, s := shipFake(t, map[string]http.HandlerFunc{
		"POST /scan-forms/v3/scan-form": ct.Reply(200, "multipart/form-data; boundary=9oxGwpVpWyl-C7mImcElxzrQ", ct.Fixture(t, "ship_scan_form.multipart")),
	})
	numbers := []string{labelNumber, "9205590109769900012620"}
	m, err := s.CloseManifest(context.Background(), carriers.ManifestRequest{Account: shipAccount(), TrackingNumbers: numbers})
	if err != nil {
		t.Fatal(err)
	}
	if m.CarrierRef != "9275090104934300000116" || m.File == nil || !bytes.Equal(m.File.Data, ct.Fixture(t, "ship_label.pdf")) {
		t.Errorf("manifest = %+v", m)
	}
	body := decode(t, c.Requests("/scan-forms/")[0].Body)
	from := body["fromAddress"].(map[string]any)
	got := fmt.Sprint(body["form"], " ", body["mailingDate"], " ", body["entryFacilityZIPCode"], " ", body["shipment"], " ",
		from["firstName"], " ", from["firm"], " ", from["address"].(map[string]any)["streetAddress"])
	want := "5630 2024-05-06 63116 map[trackingNumbers:[" + labelNumber + " 9205590109769900012620]] John Waypost Outfitters 4120 Bingham Ave"
	if got != want {
		t.Errorf("SCAN Form request:\n got %s\nwant %s", got, want)
	}
	if n := len(c.Requests("/payments/")); n != 0 {
		t.Errorf("a SCAN Form needs no payment: %d requests", n)
	}
	noAddress := shipAccount()
	noAddress.Address = nil
	_, err = s.CloseManifest(context.Background(), carriers.ManifestRequest{Account: noAddress, TrackingNumbers: numbers})
	ct.Kind(t, err, carriers.KindInvalidNumber)
}
