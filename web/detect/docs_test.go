package detect

import (
	"os"
	"strings"
	"testing"
)

// docs/carriers.md publishes every format with its slug, shape and check
// rule; a format added here without its row fails.
func TestDocsListEveryFormat(t *testing.T) {
	raw, err := os.ReadFile("../../docs/carriers.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	start := strings.Index(doc, "## Detection")
	if start < 0 {
		t.Fatal("docs/carriers.md has no Detection section")
	}
	section := doc[start:]
	if end := strings.Index(section[3:], "\n## "); end >= 0 {
		section = section[:end+3]
	}
	rows := map[string]string{}
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		names := strings.SplitN(line, "|", 3)[1]
		for _, part := range strings.Split(names, "`") {
			if name := strings.TrimSpace(part); name != "" && name != "/" {
				rows[name] = line
			}
		}
	}
	for _, f := range Formats() {
		row, ok := rows[f.Name]
		if !ok {
			t.Errorf("%s: no row in the Detection table of docs/carriers.md", f.Name)
			continue
		}
		if f.Name == "upu-s10" {
			continue // one slug per post; the row names the main ones
		}
		for _, slug := range f.Slugs {
			if !strings.Contains(row, "`"+slug+"`") {
				t.Errorf("%s: its row does not name the slug %s", f.Name, slug)
			}
		}
	}
}
