package pdfjoin_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping/labeldoc"
	"github.com/waypost/waypost/web/shipping/pdfjoin"
)

// poppler reads the joined files as a person's PDF viewer would; without it the
// tests skip on a workstation and fail when CI=true.
func poppler(t *testing.T, tool string, args ...string) string {
	t.Helper()
	path, err := exec.LookPath(tool)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("pdfjoin: %s is not installed (apt-get install poppler-utils), and CI=true", tool)
		}
		t.Skipf("pdfjoin: SKIPPING: %s is not installed (apt-get install poppler-utils)", tool)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(path, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("%s %s: %v\n%s", tool, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

func label(t *testing.T, r *labeldoc.Renderer, number, paper string) []byte {
	t.Helper()
	pdf, err := r.Label(labeldoc.Label{
		CarrierName: "USPS", ServiceName: "USPS Priority Mail", TrackingNumber: number,
		From:   carriers.Address{ContactName: "Shop", Street1: "1 Main St", City: "Austin", State: "TX", PostalCode: "78701", Country: "USA"},
		To:     carriers.Address{ContactName: "김민수", Street1: "2 Oak Ave", City: "Denver", State: "CO", PostalCode: "80202", Country: "USA"},
		Weight: carriers.Weight{Value: 1.2, Unit: "kg"}, ShipDate: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC), Piece: 1, Pieces: 1,
	}, paper, labeldoc.TypePDF)
	if err != nil {
		t.Fatal(err)
	}
	return pdf
}

func write(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "joined.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestJoinKeepsEveryPageInOrder(t *testing.T) {
	r, err := labeldoc.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	numbers := []string{"9400111899223456789012", "9400111899223456789029", "9400111899223456789036"}
	var docs [][]byte
	for i, n := range numbers {
		docs = append(docs, label(t, r, n, []string{labeldoc.Paper4x6, labeldoc.Paper4x8, labeldoc.PaperA4}[i]))
	}
	joined, err := pdfjoin.Join(docs...)
	if err != nil {
		t.Fatal(err)
	}
	path := write(t, joined)
	info := poppler(t, "pdfinfo", path)
	if !regexp.MustCompile(`(?m)^Pages:\s+3$`).MatchString(info) {
		t.Fatalf("pdfinfo:\n%s", info)
	}
	// Each page keeps its own paper: 4x6 and 4x8 inherit theirs from their old page tree.
	sizes := poppler(t, "pdfinfo", "-f", "1", "-l", "3", path)
	for i, want := range []string{"288 x 432", "288 x 576", "595"} {
		if !strings.Contains(sizes, want) {
			t.Errorf("page %d is not %s:\n%s", i+1, want, sizes)
		}
	}
	text := poppler(t, "pdftotext", path, "-")
	pages := strings.Split(text, "\f")
	for i, n := range numbers {
		if i >= len(pages) || !strings.Contains(pages[i], n) || !strings.Contains(pages[i], "김민수") {
			t.Errorf("page %d does not show label %s", i+1, n)
		}
	}
	out := filepath.Join(t.TempDir(), "page")
	poppler(t, "pdftoppm", "-r", "50", "-png", path, out)
	pngs, _ := filepath.Glob(out + "*.png")
	if len(pngs) != 3 {
		t.Errorf("pdftoppm drew %d pages, want 3", len(pngs))
	}
}

func TestJoinTakesMultiPageDocuments(t *testing.T) {
	r, err := labeldoc.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	rows := make([]labeldoc.ManifestRow, 120)
	for i := range rows {
		rows[i] = labeldoc.ManifestRow{TrackingNumber: "9400111899223456789012", ServiceName: "USPS Priority Mail",
			To: carriers.Address{City: "Denver", Country: "USA"}, Weight: carriers.Weight{Value: 1, Unit: "kg"}}
	}
	manifest, err := r.Manifest(labeldoc.Manifest{Number: "MF20261204000001", CarrierName: "USPS", Date: time.Now(), Rows: rows})
	if err != nil {
		t.Fatal(err)
	}
	single := write(t, manifest)
	want := regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`).FindStringSubmatch(poppler(t, "pdfinfo", single))
	joined, err := pdfjoin.Join(manifest, label(t, r, "9400111899223456789012", labeldoc.Paper4x6))
	if err != nil {
		t.Fatal(err)
	}
	got := regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`).FindStringSubmatch(poppler(t, "pdfinfo", write(t, joined)))
	if want == nil || want[1] == "1" || got == nil || atoi(got[1]) != atoi(want[1])+1 {
		t.Errorf("manifest pages %v, joined %v", want, got)
	}
}

func TestJoinRefusesWhatItCannotRead(t *testing.T) {
	for name, doc := range map[string][]byte{
		"not a PDF":   []byte("hello"),
		"truncated":   []byte("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n"),
		"xref stream": []byte("%PDF-1.7\n1 0 obj\n<< /Type /XRef >>\nendobj\nstartxref\n9\n%%EOF\n"),
	} {
		if _, err := pdfjoin.Join(doc); !errors.Is(err, pdfjoin.ErrUnsupported) {
			t.Errorf("%s: err = %v, want ErrUnsupported", name, err)
		}
	}
	if _, err := pdfjoin.Join(); !errors.Is(err, pdfjoin.ErrUnsupported) {
		t.Errorf("no documents: err = %v", err)
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
