package postmen_test

import "testing"

// What each SDK call must have given: objects in the documented shape, and the
// error codes the SDK raises for refused requests.

func checkSDKAccounts(t *testing.T, steps map[string]sdkStep) {
	if len(list(steps["couriers"].obj(t, "couriers"), "couriers")) == 0 {
		t.Error("couriers: none")
	}
	acc := steps["account_create"].obj(t, "account_create")
	if acc["slug"] != "usps" || acc["status"] != "enabled" || str(acc, "address.city") != "Seattle" {
		t.Errorf("account: %v", acc)
	}
	if secret := str(acc, "credentials.client_secret"); secret == "sdk-secret-4321" {
		t.Error("account: the secret came back in full")
	}
	steps["account_invalid"].refused(t, "account_invalid", 4104)
	if got := steps["account_get"].obj(t, "account_get"); got["id"] != acc["id"] {
		t.Errorf("account get: %v", got)
	}
	if l := list(steps["account_list"].obj(t, "account_list"), "shipper_accounts"); len(l) == 0 {
		t.Error("account list: empty")
	}
	if got := steps["account_info"].obj(t, "account_info"); got["description"] != "SDK USPS main" {
		t.Errorf("account info: %v", got)
	}
	steps["account_credentials"].obj(t, "account_credentials")
	if got := steps["account_disable"].obj(t, "account_disable"); got["status"] != "disabled" {
		t.Errorf("disable: %v", got)
	}
	if got := steps["account_enable"].obj(t, "account_enable"); got["status"] != "enabled" {
		t.Errorf("enable: %v", got)
	}
	steps["account_missing"].refused(t, "account_missing", 4153)
	steps["account_delete"].obj(t, "account_delete")
	steps["account_deleted_get"].refused(t, "account_deleted_get", 4153)
}

func checkSDKRates(t *testing.T, steps map[string]sdkStep) {
	rate := steps["rate_create"].obj(t, "rate_create")
	rates := list(rate, "rates")
	if rate["status"] != "calculated" || len(rates) == 0 {
		t.Fatalf("rates: %v", rate)
	}
	r0 := rates[0].(map[string]any)
	if str(r0, "total_charge.currency") != "USD" || str(r0, "shipper_account.slug") != "usps" || r0["error_message"] != nil {
		t.Errorf("rate: %v", r0)
	}
	failing := list(steps["rate_failing"].obj(t, "rate_failing"), "rates")
	if len(failing) != 1 || str(failing[0].(map[string]any), "error_message") == "" {
		t.Errorf("a failing account gives a rate with error_message: %v", failing)
	}
	if got := steps["rate_get"].obj(t, "rate_get"); got["id"] != rate["id"] {
		t.Errorf("rate get: %v", got)
	}
	if l := list(steps["rate_list"].obj(t, "rate_list"), "rates"); len(l) != 1 {
		t.Errorf("rate list with limit 1: %d", len(l))
	}
	steps["rate_invalid"].refused(t, "rate_invalid", 4104)
}

func checkSDKLabels(t *testing.T, steps map[string]sdkStep) {
	l := steps["label_create"].obj(t, "label_create")
	if l["status"] != "created" || len(list(l, "tracking_numbers")) != 1 || str(l, "files.label.file_type") != "pdf" ||
		str(l, "files.label.paper_size") != "4x6" || str(l, "rate.total_charge.currency") != "USD" {
		t.Errorf("label: %v", l)
	}
	if got := steps["label_get"].obj(t, "label_get"); got["id"] != l["id"] {
		t.Errorf("label get: %v", got)
	}
	if n := len(list(steps["label_list"].obj(t, "label_list"), "labels")); n == 0 {
		t.Error("label list: empty")
	}
	byNumber := list(steps["label_by_number"].obj(t, "label_by_number"), "labels")
	if len(byNumber) != 1 || byNumber[0].(map[string]any)["id"] != l["id"] {
		t.Errorf("labels by tracking number: %v", byNumber)
	}
	steps["label_refused"].refused(t, "label_refused", 4600)
	steps["label_invalid"].refused(t, "label_invalid", 4104)
	steps["label_bad_paper"].refused(t, "label_bad_paper", 4104)
	steps["label_missing"].refused(t, "label_missing", 4153)
	if m := steps["label_async"].Meta; m == nil || m.Code != 3001 {
		t.Errorf("async label: %+v %s", steps["label_async"].Error, steps["label_async"].Data)
	}
	if got := steps["label_async_get"].obj(t, "label_async_get"); got["status"] != "created" {
		t.Errorf("async label never completed: %v", got["status"])
	}
}

func checkSDKCancels(t *testing.T, steps map[string]sdkStep) {
	victim := steps["label_to_cancel"].obj(t, "label_to_cancel")
	cancel := steps["cancel_create"].obj(t, "cancel_create")
	if cancel["status"] != "cancelled" || str(cancel, "label.id") != victim["id"] {
		t.Errorf("cancel: %v", cancel)
	}
	// A label named in the body that cannot be cancelled, or does not exist, is an
	// invalid request naming label.id.
	steps["cancel_again"].refusedField(t, "cancel_again", "label.id")
	steps["cancel_unknown"].refusedField(t, "cancel_unknown", "label.id")
	if got := steps["cancel_get"].obj(t, "cancel_get"); got["id"] != cancel["id"] {
		t.Errorf("cancel get: %v", got)
	}
	if n := len(list(steps["cancel_list"].obj(t, "cancel_list"), "cancel_labels")); n != 1 {
		t.Errorf("cancel list: %d", n)
	}
	if got := steps["label_cancelled_get"].obj(t, "label_cancelled_get"); got["status"] != "cancelled" {
		t.Errorf("cancelled label: %v", got["status"])
	}
}

func checkSDKPickups(t *testing.T, steps map[string]sdkStep) {
	p := steps["pickup_create"].obj(t, "pickup_create")
	if p["status"] != "created" || len(list(p, "pickup_confirmation_numbers")) != 1 || len(list(p, "label_ids")) != 1 ||
		p["pickup_start_time"] == nil {
		t.Errorf("pickup: %v", p)
	}
	if got := steps["pickup_parcels"].obj(t, "pickup_parcels"); got["status"] != "created" {
		t.Errorf("pickup by parcels: %v", got)
	}
	steps["pickup_invalid"].refused(t, "pickup_invalid", 4104)
	if got := steps["pickup_get"].obj(t, "pickup_get"); got["id"] != p["id"] {
		t.Errorf("pickup get: %v", got)
	}
	if n := len(list(steps["pickup_list"].obj(t, "pickup_list"), "pickups")); n != 2 {
		t.Errorf("pickup list: %d", n)
	}
	cancel := steps["cancel_pickup_create"].obj(t, "cancel_pickup_create")
	if cancel["status"] != "cancelled" || str(cancel, "pickup.id") != p["id"] {
		t.Errorf("cancel pickup: %v", cancel)
	}
	if got := steps["cancel_pickup_get"].obj(t, "cancel_pickup_get"); got["id"] != cancel["id"] {
		t.Errorf("cancel pickup get: %v", got)
	}
	steps["cancel_pickup_list"].obj(t, "cancel_pickup_list")
	steps["cancel_pickup_unknown"].refusedField(t, "cancel_pickup_unknown", "pickup.id")
}

func checkSDKManifests(t *testing.T, steps map[string]sdkStep) {
	m := steps["manifest_create"].obj(t, "manifest_create")
	// The first label and the async one are open; the cancelled one is left out.
	if m["status"] != "manifested" || len(list(m, "labels")) != 2 || str(m, "files.manifest.url") == "" {
		t.Errorf("manifest: %v", m)
	}
	if got := steps["manifest_get"].obj(t, "manifest_get"); got["id"] != m["id"] {
		t.Errorf("manifest get: %v", got)
	}
	steps["manifest_list"].obj(t, "manifest_list")
	steps["manifest_empty"].refusedField(t, "manifest_empty", "shipper_account.id")
	if got := steps["label_manifested_get"].obj(t, "label_manifested_get"); got["status"] != "manifested" {
		t.Errorf("manifested label: %v", got["status"])
	}
	steps["cancel_manifested"].refusedField(t, "cancel_manifested", "label.id")
}

func checkSDKAddresses(t *testing.T, steps map[string]sdkStep) {
	v := steps["address_valid"].obj(t, "address_valid")
	if v["status"] != "valid" || str(v, "recommended_address.postal_code") != "10118" {
		t.Errorf("address validation: %v", v)
	}
	if got := steps["address_invalid"].obj(t, "address_invalid"); got["status"] == "valid" {
		t.Errorf("a malformed ZIP was valid: %v", got)
	}
	steps["address_missing"].refused(t, "address_missing", 4104)
	if got := steps["address_get"].obj(t, "address_get"); got["id"] != v["id"] {
		t.Errorf("address get: %v", got)
	}
	steps["address_list"].obj(t, "address_list")
}
