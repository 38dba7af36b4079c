package labeldoc_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// These tests check documents with the tools a person would use: poppler renders
// and reads the PDFs, zbar reads the barcodes. Without the tools they skip on a
// workstation and fail when CI=true, so CI never passes by skipping.
func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	const hint = "apt-get install poppler-utils zbar-tools fonts-nanum"
	if os.Getenv("CI") == "true" {
		t.Fatalf("labeldoc: %s is not installed (%s), and CI=true", name, hint)
	}
	t.Skipf("labeldoc: SKIPPING: %s is not installed (%s)", name, hint)
	return ""
}

func run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(needTool(t, name), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return out
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// rasterise renders the first page of a PDF at 203 dpi, as a label printer would.
func rasterise(t *testing.T, pdf []byte) string {
	t.Helper()
	in := writeTemp(t, "doc.pdf", pdf)
	out := filepath.Join(filepath.Dir(in), "page")
	run(t, "pdftoppm", "-r", "203", "-png", "-f", "1", "-l", "1", "-singlefile", in, out)
	return out + ".png"
}

// pdfText is the text poppler extracts from every page of a PDF.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	return string(run(t, "pdftotext", "-layout", writeTemp(t, "doc.pdf", pdf), "-"))
}

// decode returns the symbols zbar reads in an image, by symbology ("CODE-128", "QR-Code").
func decode(t *testing.T, pngPath string) map[string][]string {
	t.Helper()
	got := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(run(t, "zbarimg", "-q", pngPath))), "\n") {
		if kind, data, ok := strings.Cut(line, ":"); ok {
			got[kind] = append(got[kind], data)
		}
	}
	return got
}
