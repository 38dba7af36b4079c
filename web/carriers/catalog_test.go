package carriers

import (
	"sort"
	"strings"
	"testing"
	"time"
)

func TestLookupBothIDs(t *testing.T) {
	tests := []struct {
		id, slug, tracker, name, phone string
	}{
		{"kpost", "kpost", "kr.epost", "우체국 택배", "+8215881300"},
		{"kr.epost", "kpost", "kr.epost", "우체국 택배", "+8215881300"},
		{"KR.CJLOGISTICS", "cjlogistics", "kr.cjlogistics", "CJ대한통운", "+8215881255"},
		{"cjlogistics", "cjlogistics", "kr.cjlogistics", "CJ대한통운", "+8215881255"},
		{"kr.coupangls", "coupangls", "kr.coupangls", "쿠팡 로지스틱스 서비스", ""},
		{"kr.cupost", "cupost", "kr.cupost", "CU 편의점택배", "+8215771287"},
		{"kr.chunilps", "chunilps", "kr.chunilps", "천일택배", "+8218776606"},
		{"kr.cvsnet", "cvsnet", "kr.cvsnet", "GS Postbox 택배", "+8215771287"},
		{" Hanjin ", "hanjin", "kr.hanjin", "한진택배", "+8215880011"},
		{"kr.lotte", "lotte", "kr.lotte", "롯데택배", "+8215882121"},
		{"kr.logen", "logen", "kr.logen", "로젠택배", "+8215889988"},
		{"kr.kdexp", "kdexp", "kr.kdexp", "경동택배", "+8218995368"},
		{"kr.daesin", "daesin", "kr.daesin", "대신택배", "+82314620100"},
		{"us.usps", "usps", "us.usps", "United States Postal Service", "+18002758777"},
		{"UPS", "ups", "us.ups", "United Parcel Service", "+18007425877"},
		{"de.dhl", "dhl", "de.dhl", "DHL Express", "+18002255345"},
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.id)
		if !ok {
			t.Errorf("Lookup(%q) not found", tt.id)
			continue
		}
		if c.Slug != tt.slug || c.TrackerID != tt.tracker || c.OtherName != tt.name || c.Phone != tt.phone {
			t.Errorf("Lookup(%q) = %s/%s/%s/%s, want %s/%s/%s/%s", tt.id,
				c.Slug, c.TrackerID, c.OtherName, c.Phone, tt.slug, tt.tracker, tt.name, tt.phone)
		}
	}
	if _, ok := Lookup("no-such-courier"); ok {
		t.Error("unknown id found")
	}
}

func TestSeedNamesForTrackerDelivery(t *testing.T) {
	// tracker.delivery's carrier list shows GS Postbox under that exact English name.
	c, _ := Lookup("kr.cvsnet")
	if c.Name != "GS Postbox" {
		t.Errorf("cvsnet name = %q", c.Name)
	}
}

func TestCatalogRequiredSlugs(t *testing.T) {
	want := []string{"kpost", "usps", "sendle", "ups", "fedex", "dhl", "cjlogistics", "coupangls",
		"cupost", "chunilps", "cvsnet", "hanjin", "lotte", "logen", "kdexp", "daesin",
		"royal-mail", "china-post", "japan-post", "canada-post", "australia-post", "deutsch-post",
		"la-poste-colissimo", "hong-kong-post", "singapore-post", "amazon", "ontrac", "lasership",
		// slugs number detection can return
		"dhl-global-mail", "dhl-pieceid", "austrian-post-registered", "bpost", "brazil-correios",
		"swiss-post", "ceska-posta", "danmark-post", "spain-correos-es", "posti", "pos-indonesia",
		"an-post", "israel-post", "india-post", "poste-italiane", "correos-de-mexico", "malaysia-post",
		"postnl-international", "posten-norge", "new-zealand-post", "phlpost", "poczta-polska",
		"portugal-ctt", "russian-post", "sweden-posten", "thailand-post", "ptt-posta", "taiwan-post",
		"ukrposhta", "vnpost", "sapo",
		"dhl-global-mail-asia", "ups-mi", "old-dominion", "spee-dee", "gofo-express", "canpar", "purolator",
		"dpd", "dpd-uk", "yodel", "landmark-global", "yunexpress"}
	for _, s := range want {
		if _, ok := Lookup(s); !ok {
			t.Errorf("catalog lacks %q", s)
		}
	}
}

func TestCatalogSortedUniqueAndSane(t *testing.T) {
	list := Catalog()
	if !sort.SliceIsSorted(list, func(i, j int) bool { return list[i].Slug < list[j].Slug }) {
		t.Error("catalog not sorted by slug")
	}
	seen := map[string]bool{}
	for _, c := range list {
		for _, id := range []string{c.Slug, c.TrackerID} {
			if id == "" {
				continue
			}
			if seen[strings.ToLower(id)] {
				t.Errorf("duplicate id %q", id)
			}
			seen[strings.ToLower(id)] = true
		}
		checkCourier(t, c)
	}
}

func checkCourier(t *testing.T, c Courier) {
	t.Helper()
	if c.Name == "" || len(c.CountryISO3) != 3 || len(c.Languages) == 0 {
		t.Errorf("%s: incomplete entry %+v", c.Slug, c)
	}
	if _, err := time.LoadLocation(c.TimeZone); err != nil || c.TimeZone == "" {
		t.Errorf("%s: bad time zone %q: %v", c.Slug, c.TimeZone, err)
	}
	if c.TrackingURL != "" && strings.Count(c.TrackingURL, "%s") != 1 {
		t.Errorf("%s: tracking URL needs exactly one %%s: %q", c.Slug, c.TrackingURL)
	}
	if c.Phone != "" && (!strings.HasPrefix(c.Phone, "+") || strings.ContainsAny(c.Phone, " -")) {
		t.Errorf("%s: phone %q not E.164-ish", c.Slug, c.Phone)
	}
}

func TestCatalogReturnsCopies(t *testing.T) {
	list := Catalog()
	for i := range list {
		if list[i].Slug == "deutsch-post" {
			list[i].RequiredFields[0] = "changed"
			list[i].Name = "changed"
		}
	}
	c, _ := Lookup("deutsch-post")
	if c.Name == "changed" || c.RequiredFields[0] != "tracking_ship_date" {
		t.Error("Catalog leaked its internal data")
	}
}

func TestTrackingLinkAndLookupTracker(t *testing.T) {
	c, _ := Lookup("cjlogistics")
	if got := c.TrackingLink("1234 5678"); got != "https://trace.cjlogistics.com/next/tracking.html?wblNo=1234+5678" {
		t.Errorf("TrackingLink = %q", got)
	}
	if c, _ := Lookup("coupangls"); c.TrackingLink("1") != "" {
		t.Error("courier without a tracking page must give no link")
	}
	if _, ok := LookupTracker("kpost"); ok {
		t.Error("LookupTracker must not accept a slug")
	}
	if c, ok := LookupTracker("kr.epost"); !ok || c.Slug != "kpost" {
		t.Error("LookupTracker(kr.epost) failed")
	}
}
