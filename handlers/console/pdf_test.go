package console_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// pdfPages counts a PDF's pages with poppler's pdfinfo, as a print dialog would.
func pdfPages(t *testing.T, pdf []byte) int {
	t.Helper()
	tool, err := exec.LookPath("pdfinfo")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdfinfo is not installed (apt-get install poppler-utils), and CI=true")
		}
		t.Skip("SKIPPING: pdfinfo is not installed (apt-get install poppler-utils)")
	}
	path := filepath.Join(t.TempDir(), "labels.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo:\n%s", out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}
