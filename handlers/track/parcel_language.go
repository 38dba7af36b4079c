package track

import (
	"strings"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/i18n/checkpointlang"
	"github.com/waypost/waypost/web/tracking"
)

// origParam asks for the carrier's own wording instead of the page language.
const origParam = "orig"

// checkpointsIn returns pub with its events' messages and places in the page
// language, and whether any text changed. The lookup cache shares pub between
// readers of every language, so it is copied, never changed.
func checkpointsIn(pub *tracking.Public, lang string) (*tracking.Public, bool) {
	to, _ := checkpointlang.Parse(lang)
	d := (&tracking.Detail{Checkpoints: pub.Checkpoints}).InLanguage(to)
	for i := range d.Checkpoints {
		if textsDiffer(&d.Checkpoints[i], &pub.Checkpoints[i]) {
			out := *pub
			out.Checkpoints = d.Checkpoints
			return &out, true
		}
	}
	return pub, false
}

func textsDiffer(a, b *models.Checkpoint) bool {
	return a.Message != b.Message || a.Location != b.Location || a.City != b.City ||
		a.State != b.State || a.CountryName != b.CountryName
}

// titlesIn puts the events' titles, the carrier's status words ("집화처리"),
// in the page language and tells whether any changed. They are translated on
// the view rather than the checkpoint because the carrier's status word is what
// decides an event's status ("at_pickup"); a word the catalogue does not know
// stays as written next to that status.
func titlesIn(v *templates.ParcelView, lang string) bool {
	to, _ := checkpointlang.Parse(lang)
	changed := false
	for d := range v.Days {
		for i := range v.Days[d].Events {
			e := &v.Days[d].Events[i]
			if t := checkpointlang.Message(e.Title, "", to); t != e.Title {
				e.Title, changed = t, true
			}
		}
	}
	return changed
}

// withOrig is a parcel path that shows the carrier's wording.
func withOrig(path string) string {
	if strings.Contains(path, "?") {
		return path + "&" + origParam + "=1"
	}
	return path + "?" + origParam + "=1"
}
