package models

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// searchFixture is a merchant's trackings with texts in every searched
// column, and another merchant's tracking holding the same texts.
type searchFixture struct {
	db           *DB
	org, other   string
	ids          map[string]string // tracking number -> id
	otherTracker string
}

func strp(s string) *string { return &s }

func newSearchFixture(t *testing.T, db *DB) *searchFixture {
	t.Helper()
	ctx := context.Background()
	f := &searchFixture{db: db, ids: map[string]string{}}
	f.org, f.other = searchAccount(t, db, "a@example.com"), searchAccount(t, db, "b@example.com")
	rows := []Tracking{
		{TrackingNumber: "WB0000012301", Title: "Blue Kettle", OrderID: strp("ORD-1001")},
		{TrackingNumber: "WB0000012302", Title: "WB0000012302", CustomerName: strp("Zoë Müller"),
			Emails: []string{"Zoe@Example.com"}, Smses: []string{"+14155550100"}},
		{TrackingNumber: "WB0000045601", Title: "100% cotton_shirt", CustomFields: map[string]string{"sku": `A\B "quoted"`}},
		{TrackingNumber: "WB0000045602", Title: "Zoe's order", Customers: []Customer{{Role: "buyer", Name: "Ann Lee", Email: "ann@shop.test"}}},
	}
	for i := range rows {
		f.ids[rows[i].TrackingNumber] = searchTrack(t, db, f.org, rows[i])
	}
	f.otherTracker = searchTrack(t, db, f.other, Tracking{TrackingNumber: "WB0000012399", Title: "Blue Kettle",
		Emails: []string{"Zoe@Example.com"}, OrderID: strp("ORD-1001")})
	if err := db.UpdateTracking(ctx, f.org, f.ids["WB0000012301"], map[string]any{"note": "packed"}); err != nil {
		t.Fatal(err)
	}
	return f
}

func searchAccount(t *testing.T, db *DB, email string) string {
	t.Helper()
	org := &Organization{Name: email, Slug: NewID()}
	if err := db.CreateAccount(context.Background(), org, &User{Email: email, PasswordHash: "x"}); err != nil {
		t.Fatal(err)
	}
	return org.ID
}

func searchTrack(t *testing.T, db *DB, orgID string, tr Tracking) string {
	t.Helper()
	ctx := context.Background()
	p, err := db.EnsureParcel(ctx, &Parcel{Slug: "usps", TrackingNumber: tr.TrackingNumber, Tag: "Pending", Subtag: "Pending_001"})
	if err != nil {
		t.Fatal(err)
	}
	tr.OrganizationID, tr.ParcelID, tr.Slug, tr.Tag, tr.Subtag, tr.LastUpdatedAt = orgID, p.ID, "usps", "Pending", "Pending_001", db.Now()
	if err := db.CreateTracking(ctx, &tr); err != nil {
		t.Fatal(err)
	}
	return tr.ID
}

// search lists the merchant's trackings holding k, through ListTrackings
// (the index for three characters or more), and checks the LIKE over every
// row gives the same ones.
func (f *searchFixture) search(t *testing.T, k string) []string {
	t.Helper()
	ctx := context.Background()
	ts, total, err := f.db.ListTrackings(ctx, f.org, TrackingFilter{Keyword: k})
	if err != nil {
		t.Fatalf("%q: %v", k, err)
	}
	var got, scanned []string
	for _, tr := range ts {
		got = append(got, tr.ID)
	}
	q := keywordScan(f.db.q(ctx).Model(&Tracking{}).Where("organization_id = ?", f.org), k)
	if err := q.Order("created_at DESC, id DESC").Pluck("id", &scanned).Error; err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, scanned) || total != int64(len(scanned)) {
		t.Errorf("%q: the index finds %v (total %d), reading every row finds %v", k, got, total, scanned)
	}
	if slices.Contains(got, f.otherTracker) {
		t.Errorf("%q: another merchant's tracking matched", k)
	}
	return got
}

func (f *searchFixture) want(t *testing.T, k string, numbers ...string) {
	t.Helper()
	var want []string
	for _, n := range numbers {
		want = append(want, f.ids[n])
	}
	got := f.search(t, k)
	slices.Sort(got)
	slices.Sort(want)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%q: got %v, want %v", k, got, want)
	}
}

// The keyword index finds what LIKE over every row finds, for every searched
// column, odd characters, short keywords, and after updates and deletes.
func TestKeywordSearch(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			db := openMigrated(t, dialect)
			f := newSearchFixture(t, db)
			// Keywords that match more trackings than matchKeyword collects
			// are looked up by the total and by the page; the others once.
			defer func(n int) { keywordMatchesAtOnce = n }(keywordMatchesAtOnce)
			for _, keywordMatchesAtOnce = range []int{1000, 1} {
				f.searchAll(t)
			}
			// However few or many trigrams count as rare, the LIKE finds
			// the same rows.
			defer func(n int) { commonTrigram = n }(commonTrigram)
			for _, commonTrigram = range []int{1, 4} {
				f.searchAll(t)
			}
			commonTrigram = 10000
			f.want(t, "Blue Kettle", "WB0000012301")
			f.want(t, "WB000001230", "WB0000012302", "WB0000012301")
			f.afterWrites(t)
		})
	}
}

func (f *searchFixture) searchAll(t *testing.T) {
	for _, k := range []string{"WB00000123", "WB0000012302", "00001", "ORD-1001", "Kettle", "kettle", "KETTLE",
		"Müller", "müller", "Zoë", "Zoe@", "zoe@example", "4155550100", "100%", "0% c", "n_sh", "on_", `A\\B`,
		`\"quoted\"`, `"sku"`, "ann@shop", "Ann Lee", "buyer", "Zoe's", "'s o", "WB", "Ke", "%", "_", "é",
		"nothing like it", "WB0000012399"} {
		f.search(t, k)
	}
}

func (f *searchFixture) afterWrites(t *testing.T) {
	ctx := context.Background()
	if err := f.db.UpdateTracking(ctx, f.org, f.ids["WB0000012301"], map[string]any{
		"title": "Red Teapot", "emails": []string{"sam@example.org"}}); err != nil {
		t.Fatal(err)
	}
	f.want(t, "Kettle")
	f.want(t, "Teapot", "WB0000012301")
	f.want(t, "sam@example", "WB0000012301")
	f.want(t, "ORD-1001", "WB0000012301")
	if err := f.db.DeleteTracking(ctx, f.org, f.ids["WB0000045602"]); err != nil {
		t.Fatal(err)
	}
	f.want(t, "ann@shop")
	f.want(t, "WB00000456", "WB0000045601")
	// A tracking created after the others is found at once.
	f.ids["WB0000077701"] = searchTrack(t, f.db, f.org, Tracking{TrackingNumber: "WB0000077701", Title: "Blue Kettle"})
	f.want(t, "Blue Kettle", "WB0000077701")
}

// A keyword is looked up in the SQLite index by its two rarest trigrams, or
// by all of them when each is common.
func TestRareTrigrams(t *testing.T) {
	db := openMigrated(t, "sqlite")
	newSearchFixture(t, db)
	defer func(n int) { commonTrigram = n }(commonTrigram)
	commonTrigram = 4
	// Five rows hold WB0, B00 and 000; three hold 001, 012 and 123.
	for _, tc := range []struct{ keyword, want string }{
		{"WB00000123", `"012" "123"`},
		{"B0000123", `"012" "123"`},
		{"WB0zzz", `"zzz"`}, // held by no row: it alone finds nothing
		{"WB000", `"WB0" "B00" "000"`},
		{"WB0", `"WB0"`},
	} {
		got := db.rareTrigrams(context.Background(), trigrams(tc.keyword))
		slices.Sort(got)
		want := strings.Fields(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: looked up by %v, want %v", tc.keyword, got, want)
		}
	}
}

// Upgrading a database that holds trackings indexes and counts them, and the
// migration rolls back and forth.
func TestKeywordSearchMigration(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			db, p := openMigratedTo(t, dialect, 5)
			f := newSearchFixture(t, db)
			for _, step := range []func(context.Context) error{
				func(ctx context.Context) error { _, err := p.UpTo(ctx, 7); return err },
				func(ctx context.Context) error { _, err := p.DownTo(ctx, 6); return err },
				func(ctx context.Context) error { _, err := p.UpTo(ctx, 7); return err },
				// The queries of today read the columns of later migrations too.
				func(ctx context.Context) error { _, err := p.Up(ctx); return err },
			} {
				if err := step(ctx); err != nil {
					t.Fatal(err)
				}
			}
			f.want(t, "Kettle", "WB0000012301")
			f.want(t, "Zoe@Example", "WB0000012302")
			checkFacetCounts(t, db, f.org)
			f.afterWrites(t)
			checkFacetCounts(t, db, f.org)
		})
	}
}
