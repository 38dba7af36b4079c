package aftership_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

type mappingsReply struct {
	Meta struct{ Code int } `json:"meta"`
	Data struct {
		Version string `json:"version"`
		Tags    []struct {
			Tag           string                    `json:"tag"`
			TrackerStatus string                    `json:"tracker_status"`
			Subtags       []struct{ Subtag string } `json:"subtags"`
		} `json:"tags"`
		Carriers []struct {
			Slug  string `json:"slug"`
			Rules []struct {
				Code, Text, Subtag string
			} `json:"rules"`
		} `json:"carriers"`
		Classification *struct {
			Matched       bool   `json:"matched"`
			Tag           string `json:"tag"`
			Subtag        string `json:"subtag"`
			SubtagMessage string `json:"subtag_message"`
			TrackerStatus string `json:"tracker_status"`
		} `json:"classification"`
	} `json:"data"`
}

func getMappings(t *testing.T, in *apptest.Instance, q url.Values) (int, mappingsReply) {
	t.Helper()
	resp, err := http.Get(in.URL + "/status-mappings?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out mappingsReply
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, out
}

// Anyone can read how a raw carrier event was classified, without an API key.
func TestStatusMappings(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	status, all := getMappings(t, in, nil)
	if status != 200 || all.Data.Version == "" || len(all.Data.Tags) != 9 || len(all.Data.Carriers) < 10 {
		t.Fatalf("all mappings: %d %+v", status, all.Data)
	}
	for _, tag := range all.Data.Tags {
		if tag.Tag == "Delivered" && (tag.TrackerStatus != "delivered" || len(tag.Subtags) != 4) {
			t.Errorf("Delivered = %+v", tag)
		}
	}
	_, one := getMappings(t, in, url.Values{"slug": {"kr.cjlogistics"}})
	if len(one.Data.Carriers) != 2 || one.Data.Carriers[0].Slug != "cjlogistics" || one.Data.Carriers[1].Slug != "generic" {
		t.Errorf("one carrier and the generic fallback: %+v", one.Data.Carriers)
	}
	_, c := getMappings(t, in, url.Values{"slug": {"usps"}, "code": {"02"}, "text": {"Notice Left (No Authorized Recipient Available)"}})
	cl := c.Data.Classification
	if cl == nil || !cl.Matched || cl.Tag != "AttemptFail" || cl.Subtag != "AttemptFail_002" || cl.TrackerStatus != "attempt_fail" || cl.SubtagMessage == "" {
		t.Errorf("classification = %+v", cl)
	}
	_, c = getMappings(t, in, url.Values{"slug": {"cjlogistics"}, "text": {"집화처리"}})
	if cl := c.Data.Classification; cl == nil || cl.Subtag != "InTransit_002" || cl.TrackerStatus != "at_pickup" {
		t.Errorf("CJ pickup = %+v", cl)
	}
	_, c = getMappings(t, in, url.Values{"text": {"zzz"}})
	if cl := c.Data.Classification; cl == nil || cl.Matched {
		t.Errorf("nonsense must not match: %+v", cl)
	}
	if status, bad := getMappings(t, in, url.Values{"slug": {"no-such-courier"}}); status != 400 || bad.Meta.Code != 4010 {
		t.Errorf("unknown slug: %d %+v", status, bad.Meta)
	}
}
