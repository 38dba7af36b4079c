package carriers_test

import (
	"testing"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/detect"
)

// Tracking creation drops detected slugs the catalog does not know, so every
// slug any detection format can yield must be in the catalog.
func TestEveryDetectedSlugIsInTheCatalog(t *testing.T) {
	for _, f := range detect.Formats() {
		for _, slug := range f.Slugs {
			if _, ok := carriers.Lookup(slug); !ok {
				t.Errorf("format %s yields %q, which the catalog lacks", f.Name, slug)
			}
		}
	}
}
