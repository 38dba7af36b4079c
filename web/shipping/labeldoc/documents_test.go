package labeldoc_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping/labeldoc"
)

func invoice(items int) labeldoc.Invoice {
	l := koreanLabel()
	inv := labeldoc.Invoice{
		Number: "INV-2025-0042", Date: time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
		From: l.From, To: l.To, CarrierName: "Korea Post",
		TrackingNumbers: []string{"EE123456785KR", "EE123456799KR"},
		Purpose:         "merchandise", TermsOfTrade: "ddu", Sandbox: true,
	}
	inv.To.TaxID = "P123456789012"
	for i := range items {
		inv.Items = append(inv.Items, carriers.Item{
			Description: fmt.Sprintf("Cotton T-shirt, navy, size %d", i+1), Quantity: 2,
			Price:  carriers.Money{Amount: 12.5, Currency: "USD"},
			Weight: carriers.Weight{Value: 0.25, Unit: "kg"}, OriginCountry: "USA", HSCode: "6109.10",
		})
	}
	return inv
}

// pages counts the pages pdftotext separates with form feeds.
func pages(text string) int { return strings.Count(strings.TrimRight(text, "\f\n"), "\f") + 1 }

func TestInvoice(t *testing.T) {
	r := newRenderer(t)
	pdf, err := r.Invoice(invoice(3))
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	for _, want := range []string{
		"COMMERCIAL INVOICE", "INV-2025-0042", "2025-03-14", "SHIPPER / EXPORTER", "CONSIGNEE",
		"홍길동", "서울특별시 중구 세종대로 110", "Tax ID P123456789012",
		"EE123456785KR, EE123456799KR", "merchandise", "DDU",
		"Cotton T-shirt, navy, size 3", "6109.10", "12.50 USD", "25.00 USD", "0.5 kg",
		"Signature", "SANDBOX - NOT FOR SHIPPING",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("invoice lacks %q:\n%s", want, text)
		}
	}
	// 3 lines of 2 shirts at 12.50 USD and 0.25 kg each.
	for _, total := range []string{`Total quantity\s+6`, `Total value\s+75.00 USD`, `Total weight\s+1.5 kg`} {
		if !regexp.MustCompile(total).MatchString(text) {
			t.Errorf("invoice totals lack %s:\n%s", total, text)
		}
	}
	if n := pages(text); n != 1 {
		t.Errorf("a 3-item invoice has %d pages, want 1", n)
	}
}

func TestInvoiceRunsOntoMorePages(t *testing.T) {
	r := newRenderer(t)
	pdf, err := r.Invoice(invoice(60))
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	if n := pages(text); n < 2 {
		t.Fatalf("a 60-item invoice has %d page(s), want the table to continue", n)
	}
	for _, want := range []string{"COMMERCIAL INVOICE (continued)", "size 60", "Total quantity", "Page 2 of"} {
		if !strings.Contains(text, want) {
			t.Errorf("long invoice lacks %q", want)
		}
	}
	if _, err := r.Invoice(labeldoc.Invoice{}); !errors.Is(err, labeldoc.ErrInvalid) {
		t.Errorf("invoice without items: %v, want ErrInvalid", err)
	}
}

func TestManifest(t *testing.T) {
	r := newRenderer(t)
	l := koreanLabel()
	m := labeldoc.Manifest{
		Number: "MF20250314001", CarrierName: "Korea Post", AccountName: "Main warehouse",
		Date: time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC), From: l.From,
		Rows: []labeldoc.ManifestRow{
			{TrackingNumber: "EE123456785KR", ServiceName: "EMS Premium", To: l.To, Weight: carriers.Weight{Value: 2.5, Unit: "kg"}},
			{TrackingNumber: "EE123456799KR", ServiceName: "EMS", To: l.To, Weight: carriers.Weight{Value: 500, Unit: "g"}},
		},
	}
	pdf, err := r.Manifest(m)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	for _, want := range []string{"MANIFEST", "MF20250314001", "Main warehouse", "EE123456785KR", "EE123456799KR", "홍길동", "04524 KOR", "Driver signature"} {
		if !strings.Contains(text, want) {
			t.Errorf("manifest lacks %q:\n%s", want, text)
		}
	}
	// Mixed units add up in kilograms: 2.5 kg + 500 g.
	for _, total := range []string{`Labels\s+2`, `Total weight\s+3 kg`} {
		if !regexp.MustCompile(total).MatchString(text) {
			t.Errorf("manifest totals lack %s:\n%s", total, text)
		}
	}
	if strings.Contains(text, "SANDBOX") {
		t.Error("a live manifest must not say sandbox")
	}
	if got := decode(t, rasterise(t, pdf))["CODE-128"]; len(got) != 1 || got[0] != m.Number {
		t.Errorf("manifest code 128 read back as %q, want %q", got, m.Number)
	}
}
