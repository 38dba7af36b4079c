package tracking

import (
	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/i18n/checkpointlang"
)

// InLanguage returns the detail with its checkpoints' messages and places in
// lang, for a reader who asked for a language. The stored checkpoints are not
// touched: the copy shares everything but the translated texts, and statuses
// and times stay as the carrier reported them. The zero Lang returns d itself.
func (d *Detail) InLanguage(lang checkpointlang.Lang) *Detail {
	if lang == "" || len(d.Checkpoints) == 0 {
		return d
	}
	out := *d
	out.Checkpoints = make([]models.Checkpoint, len(d.Checkpoints))
	for i, c := range d.Checkpoints {
		t := checkpointlang.Translate(checkpointlang.Checkpoint{Message: c.Message, Location: c.Location,
			City: c.City, State: c.State, CountryName: c.CountryName, Subtag: c.Subtag}, lang)
		c.Message, c.Location, c.City, c.State, c.CountryName = t.Message, t.Location, t.City, t.State, t.CountryName
		out.Checkpoints[i] = c
	}
	return &out
}
