package console_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/app/apptest"
)

// htmx sends what the page's htmx would: the HX-Request header.
func (s *session) htmx(path string, form url.Values) (*http.Response, string) {
	req, _ := http.NewRequest(http.MethodPost, s.in.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("HX-Request", "true")
	return s.do(req)
}

func (s *session) mustRedirect(path string, form url.Values) string {
	s.t.Helper()
	res, page := s.post(path, form)
	if res.StatusCode != http.StatusSeeOther {
		s.t.Fatalf("POST %s: %d\n%s", path, res.StatusCode, page)
	}
	return res.Header.Get("Location")
}

// addAccount adds a sandbox shipper account through the form and returns its id.
func (s *session) addAccount(slug, description string, creds map[string]string) string {
	s.t.Helper()
	form := url.Values{"slug": {slug}, "description": {description}, "timezone": {"America/New_York"}, "sandbox": {"true"}}
	for k, v := range creds {
		form.Set("credentials."+k, v)
	}
	s.mustRedirect("/shipping/accounts", form)
	_, page := s.get("/shipping/accounts")
	m := regexp.MustCompile(`id="account-([^"]+)">\s*<td>\s*<strong>` + regexp.QuoteMeta(description) + `<`).FindStringSubmatch(page)
	if m == nil {
		s.t.Fatalf("account %q is not listed:\n%s", description, page)
	}
	return m[1]
}

var upsCreds = map[string]string{"client_id": "shop-client", "client_secret": "s3cret-value-9876", "account_number": "A1B2C3"}

// shipment is a filled create-label form: Austin to Denver, one parcel, one item.
func shipment() url.Values {
	v := url.Values{}
	for prefix, a := range map[string][]string{
		"shipment.ship_from": {"Shop Inc", "100 Congress Ave", "Austin", "TX", "78701", "USA", "+15125550100"},
		"shipment.ship_to":   {"Dana Park", "1600 Broadway", "Denver", "CO", "80202", "USA", "+13035550199"},
	} {
		for i, f := range []string{"contact_name", "street1", "city", "state", "postal_code", "country", "phone"} {
			v.Set(prefix+"."+f, a[i])
		}
	}
	for k, val := range map[string]string{
		"dimension.width": "30", "dimension.height": "20", "dimension.depth": "10", "dimension.unit": "cm",
		"weight.value": "1.5", "weight.unit": "kg",
		"items.0.description": "Mug", "items.0.quantity": "2", "items.0.price.amount": "12.50",
		"items.0.price.currency": "USD", "items.0.weight.value": "0.6",
	} {
		v.Set("shipment.parcels.0."+k, val)
	}
	return v
}

var rateValue = regexp.MustCompile(`name="rate" value="([^"]+)"`)

// buyLabel gets rates, buys the cheapest and returns the label's id.
func (s *session) buyLabel(key string) string {
	s.t.Helper()
	res, page := s.htmx("/shipping/rates", shipment())
	m := rateValue.FindStringSubmatch(page)
	if res.StatusCode != http.StatusOK || m == nil {
		s.t.Fatalf("rates: %d\n%s", res.StatusCode, page)
	}
	form := shipment()
	form.Set("rate", m[1])
	form.Set("paper_size", "4x6")
	form.Set("file_type", "pdf")
	form.Set("idempotency_key", key)
	res, page = s.htmx("/shipping/labels", form)
	id := regexp.MustCompile(`href="/shipping/labels/([^"/]+)"`).FindStringSubmatch(page)
	if res.StatusCode != http.StatusCreated || id == nil || !strings.Contains(page, `id="download-label"`) {
		s.t.Fatalf("buy: %d\n%s", res.StatusCode, page)
	}
	return id[1]
}

func TestShipperAccountFormAsksEachCarriersCredentials(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	s := login(t, in)
	req, _ := http.NewRequest(http.MethodGet, in.URL+"/shipping/accounts/fields?slug=usps", nil)
	req.Header.Set("HX-Request", "true")
	res, frag := s.do(req)
	if res.StatusCode != http.StatusOK || strings.Contains(frag, "<html") {
		t.Fatalf("fields fragment: %d\n%s", res.StatusCode, frag)
	}
	if !regexp.MustCompile(`name="credentials.client_secret" type="password"`).MatchString(frag) ||
		!strings.Contains(frag, `name="credentials.crid" type="text"`) || !strings.Contains(frag, `name="sandbox"`) {
		t.Errorf("USPS fields:\n%s", frag)
	}
	// A malformed UPS shipper number comes back under its input, in words.
	form := url.Values{"slug": {"ups"}, "description": {"UPS main"}, "credentials.client_id": {"id"},
		"credentials.client_secret": {"secret"}, "credentials.account_number": {"12"}}
	res, frag = s.htmx("/shipping/accounts", form)
	slot := regexp.MustCompile(`id="f-credentials-account-number-error"[^>]*>([^<]+)<`).FindStringSubmatch(frag)
	if res.StatusCode != http.StatusUnprocessableEntity || slot == nil || !strings.HasPrefix(slot[1], "This is not in the format") {
		t.Fatalf("bad shipper number: %d %v\n%s", res.StatusCode, slot, frag)
	}
	if strings.Contains(frag, `value="secret"`) || !strings.Contains(frag, `id="new-account"`) || strings.Contains(frag, "<html") {
		t.Error("the form fragment refills the secret, or is not the form fragment")
	}
	id := s.addAccount("ups", "UPS main", upsCreds)
	_, page := s.get("/shipping/accounts")
	if strings.Contains(page, upsCreds["client_secret"]) || !strings.Contains(page, "****9876") || !strings.Contains(page, "Sandbox") {
		t.Error("the list shows the secret, or not its masked hint and the sandbox mark")
	}
	s.mustRedirect("/shipping/accounts/"+id+"/status", url.Values{"status": {"disabled"}})
	if _, page = s.get("/shipping/accounts?done=account-disabled"); !strings.Contains(page, "Shipper account disabled.") || !strings.Contains(page, ">Enable<") {
		t.Error("the account is not shown disabled")
	}
	s.mustRedirect("/shipping/accounts/"+id+"/delete", nil)
	if _, page = s.get("/shipping/accounts"); strings.Contains(page, "account-"+id) {
		t.Error("the deleted account is still listed")
	}
}

func TestCreateLabelComparesRatesAndBuysOnce(t *testing.T) {
	apptest.Each(t, func(t *testing.T, dialect string) {
		in := apptest.Start(t, dialect, apptest.Options{})
		s := login(t, in)
		s.addAccount("ups", "UPS main", upsCreds)
		s.addAccount("fedex", "FedEx unavailable today", map[string]string{"client_id": "f", "client_secret": "fs", "account_number": "123456789"})
		if _, page := s.get("/shipping/labels/new"); !strings.Contains(page, `name="idempotency_key"`) || !strings.Contains(page, `hx-post="/shipping/address-check"`) {
			t.Fatal("the create-label form lacks its key or its live address check")
		}
		// The live check fills the postal code's slot out of band, keeping the focus.
		bad := shipment()
		bad.Del("shipment.ship_to.postal_code")
		bad.Set("check", "shipment.ship_to")
		_, frag := s.htmx("/shipping/address-check", bad)
		if !regexp.MustCompile(`id="f-shipment-ship-to-postal-code-error"[^>]*hx-swap-oob="true"[^>]*>[^<]*(ZIP|[Pp]ostal) code[^<]*<`).MatchString(frag) {
			t.Errorf("address check:\n%s", frag)
		}
		good := shipment()
		good.Set("check", "shipment.ship_to")
		if _, frag = s.htmx("/shipping/address-check", good); !strings.Contains(frag, "Address looks right") {
			t.Errorf("a good address is not confirmed:\n%s", frag)
		}
		// Rates without the postal code: the error goes under the field, nothing is quoted.
		bad.Del("check")
		res, frag := s.htmx("/shipping/rates", bad)
		if res.StatusCode != http.StatusUnprocessableEntity || !regexp.MustCompile(`id="f-shipment-ship-to-postal-code-error"[^>]*>[^<]+<`).MatchString(frag) {
			t.Errorf("rates for an incomplete address: %d\n%s", res.StatusCode, frag)
		}
		res, frag = s.htmx("/shipping/rates", shipment())
		if res.StatusCode != http.StatusOK || !strings.Contains(frag, "UPS Ground") || !strings.Contains(frag, "Cheapest") {
			t.Fatalf("rates: %d\n%s", res.StatusCode, frag)
		}
		chosen := rateValue.FindStringSubmatch(frag)[1]
		if !strings.Contains(frag, "Accounts without a rate") || !strings.Contains(frag, "FedEx unavailable today") {
			t.Errorf("the failing account's reason is not shown:\n%s", frag)
		}
		if res, frag = s.htmx("/shipping/labels", shipment()); res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(frag, "Choose one of the rates") {
			t.Errorf("buy without a rate: %d\n%s", res.StatusCode, frag)
		}
		// A carrier refusing the label says so in its words above the form.
		refused := shipment()
		refused.Set("shipment.ship_to.contact_name", "FAIL LABEL")
		refused.Set("rate", chosen)
		if res, frag = s.htmx("/shipping/labels", refused); res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(frag, "The carrier said:") {
			t.Errorf("a refused label: %d\n%s", res.StatusCode, frag)
		}
		id := s.buyLabel("same-click")
		if again := s.buyLabel("same-click"); again != id {
			t.Errorf("a double click bought two labels: %s and %s", id, again)
		}
		res, pdf := s.get("/shipping/labels/" + id + "/label")
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(pdf, "%PDF-") {
			t.Errorf("download: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
		}
		_, page := s.get("/shipping/labels/" + id)
		tracking := regexp.MustCompile(`href="/trackings/([^"]+)"`).FindStringSubmatch(page)
		if tracking == nil {
			t.Fatalf("the label does not link to its tracking:\n%s", page)
		}
		if _, page = s.get("/trackings/" + tracking[1]); !strings.Contains(page, `id="tracking-label"`) || !strings.Contains(page, "/shipping/labels/"+id) {
			t.Error("the tracking page does not show its label")
		}
	})
}

func TestLabelsListFiltersCancelsAndPrintsTogether(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	s := login(t, in)
	s.addAccount("ups", "UPS main", upsCreds)
	first, second := s.buyLabel("one"), s.buyLabel("two")
	res, pdf := s.post("/shipping/labels/print", url.Values{"label_id": {first, second}})
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "application/pdf" {
		t.Fatalf("print: %d %s", res.StatusCode, pdf)
	}
	if n := pdfPages(t, []byte(pdf)); n != 2 {
		t.Errorf("the printed file has %d pages, want 2", n)
	}
	if res, _ = s.post("/shipping/labels/print", nil); res.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("print nothing: %d", res.StatusCode)
	}
	if loc := s.mustRedirect("/shipping/labels/"+first+"/cancel", nil); loc != "/shipping/labels?done=label-cancelled" {
		t.Errorf("cancel went to %s", loc)
	}
	res, page := s.post("/shipping/labels/"+first+"/cancel", nil)
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, "The label was not cancelled") {
		t.Errorf("cancel twice: %d", res.StatusCode)
	}
	_, page = s.get("/shipping/labels?status=cancelled")
	if !strings.Contains(page, "label-"+first) || strings.Contains(page, "label-"+second) {
		t.Error("the cancelled filter does not show just the cancelled label")
	}
	tomorrow := time.Now().UTC().AddDate(0, 0, 1).Format(time.DateOnly)
	if _, page = s.get("/shipping/labels?from=" + tomorrow); strings.Contains(page, "label-"+second) {
		t.Error("the date filter shows today's label from tomorrow on")
	}
	if res, pdf = s.post("/shipping/labels/print", url.Values{"label_id": {first}}); res.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("printing a cancelled label: %d", res.StatusCode)
	}
}

func TestOtherOrganizationsCannotOpenALabel(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	a := login(t, in)
	a.addAccount("ups", "UPS main", upsCreds)
	id := a.buyLabel("mine")
	b := &session{t: t, in: in, c: in.Client()}
	b.mustRedirect("/signup", url.Values{"organization": {"Other shop"}, "email": {"other@example.com"}, "password": {"another long password"}})
	for _, path := range []string{"/shipping/labels/" + id, "/shipping/labels/" + id + "/label"} {
		if res, _ := b.get(path); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s as another organization: %d", path, res.StatusCode)
		}
	}
	if res, _ := b.post("/shipping/labels/"+id+"/cancel", nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("cancel as another organization: %d", res.StatusCode)
	}
	if res, _ := b.post("/shipping/labels/print", url.Values{"label_id": {id}}); res.StatusCode != http.StatusNotFound {
		t.Errorf("print as another organization: %d", res.StatusCode)
	}
	if _, page := b.get("/shipping/labels"); strings.Contains(page, "label-"+id) {
		t.Error("another organization's list shows the label")
	}
	if _, page := a.get("/shipping/labels/" + id); !strings.Contains(page, "Created") {
		t.Error("the owner can no longer open the label")
	}
}

func TestPickupsAndManifests(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	s := login(t, in)
	account := s.addAccount("ups", "UPS main", upsCreds)
	id := s.buyLabel("for-pickup")
	_, page := s.get("/shipping/pickups")
	today := time.Now().In(mustZone(t, "America/New_York")).Format(time.DateOnly)
	if !strings.Contains(page, `name="pickup_date" type="date" value="`+today+`"`) || !strings.Contains(page, `value="`+id+`"`) {
		t.Fatalf("the pickup form is not dated today or does not offer the open label:\n%s", page)
	}
	res, frag := s.htmx("/shipping/pickups", url.Values{"shipper_account.id": {account}, "pickup_date": {nextWeekday()}})
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(frag, "Tick the labels to collect") {
		t.Errorf("pickup of nothing: %d\n%s", res.StatusCode, frag)
	}
	s.mustRedirect("/shipping/pickups", url.Values{"shipper_account.id": {account}, "label_ids": {id},
		"pickup_date": {nextWeekday()}, "start_time": {"09:00"}, "end_time": {"17:00"}})
	_, page = s.get("/shipping/pickups")
	pickup := regexp.MustCompile(`id="pickup-([^"]+)"`).FindStringSubmatch(page)
	if pickup == nil || !regexp.MustCompile(`2929\d{7}`).MatchString(page) {
		t.Fatalf("the pickup is not listed with its UPS confirmation:\n%s", page)
	}
	s.mustRedirect("/shipping/pickups/"+pickup[1]+"/cancel", nil)
	if _, page = s.get("/shipping/pickups"); !strings.Contains(page, "Cancelled") {
		t.Error("the cancelled pickup is not shown cancelled")
	}
	s.mustRedirect("/shipping/manifests", url.Values{"shipper_account_id": {account}})
	_, page = s.get("/shipping/manifests")
	file := regexp.MustCompile(`href="(/shipping/manifests/[^"]+/file)"`).FindStringSubmatch(page)
	if file == nil || !strings.Contains(page, "0 open labels") {
		t.Fatalf("the manifest is not listed, or labels are still open:\n%s", page)
	}
	if res, pdf := s.get(file[1]); res.StatusCode != http.StatusOK || !strings.HasPrefix(pdf, "%PDF-") {
		t.Errorf("manifest download: %d", res.StatusCode)
	}
	if _, page = s.get("/shipping/labels/" + id); !strings.Contains(page, "Manifested") {
		t.Error("the label is not manifested")
	}
	res, page = s.post("/shipping/manifests", url.Values{"shipper_account_id": {account}})
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, `class="alert alert-error"`) {
		t.Errorf("closing an empty day: %d", res.StatusCode)
	}
}

// nextWeekday is a Monday to Friday after today, when every carrier collects.
func nextWeekday() string {
	d := time.Now().AddDate(0, 0, 1)
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	return d.Format(time.DateOnly)
}

func mustZone(t *testing.T, name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestCreateLabelFormGrowsParcelsAndItems(t *testing.T) {
	in := apptest.Start(t, "sqlite", apptest.Options{})
	s := login(t, in)
	if _, page := s.get("/shipping/labels/new"); !strings.Contains(page, "No shipper account is enabled yet") {
		t.Error("the form does not say that no account can sell a label yet")
	}
	form := shipment()
	form.Set("add", "parcel")
	res, frag := s.htmx("/shipping/labels/new", form)
	if res.StatusCode != http.StatusOK || !strings.Contains(frag, "Parcel 2") || !strings.Contains(frag, `value="Dana Park"`) ||
		!strings.Contains(frag, `name="shipment.parcels.1.weight.value"`) || strings.Contains(frag, "<html") {
		t.Fatalf("add a parcel: %d\n%s", res.StatusCode, frag)
	}
	form.Set("add", "item:0")
	_, frag = s.htmx("/shipping/labels/new", form)
	if !strings.Contains(frag, `name="shipment.parcels.0.items.1.description"`) || !strings.Contains(frag, `value="Mug"`) {
		t.Errorf("add an item:\n%s", frag)
	}
	// A number that is not one is caught before the carrier is asked.
	form.Del("add")
	form.Set("shipment.parcels.0.weight.value", "heavy")
	res, frag = s.htmx("/shipping/rates", form)
	if res.StatusCode != http.StatusUnprocessableEntity || !regexp.MustCompile(`id="f-shipment-parcels-0-weight-value-error"[^>]*>Enter a number`).MatchString(frag) {
		t.Errorf("a weight in words: %d\n%s", res.StatusCode, frag)
	}
}
