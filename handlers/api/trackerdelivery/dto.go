package trackerdelivery

import (
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/tracking"
)

// The tracker.delivery v1 wire format: GET /carriers and
// GET /carriers/:carrier_id/tracks/:track_id. Texts are Korean, as
// tracker.delivery's are, unless the client asks for ?lang=en.

// Carrier is one carrier of GET /carriers, and the carrier of a track.
type Carrier struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Tel  string `json:"tel,omitempty"`
}

// Endpoint is the sender or recipient side. Names are always null: a public
// API never reveals who sent or receives a parcel.
type Endpoint struct {
	Name *string `json:"name"`
	Time *string `json:"time"`
}

// Status is a status id with its text.
type Status struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Location is where an event happened.
type Location struct {
	Name *string `json:"name"`
}

// Progress is one event.
type Progress struct {
	Time        string   `json:"time"`
	Status      Status   `json:"status"`
	Location    Location `json:"location"`
	Description string   `json:"description"`
}

// Track is the answer of GET /carriers/:carrier_id/tracks/:track_id.
type Track struct {
	Carrier    Carrier    `json:"carrier"`
	From       Endpoint   `json:"from"`
	To         Endpoint   `json:"to"`
	Progresses []Progress `json:"progresses"`
	State      Status     `json:"state"`
}

func carrierOf(c carriers.Courier, lang string) Carrier {
	return Carrier{ID: tracking.TrackerID(c), Name: tracking.LocalName(c, lang), Tel: c.Phone}
}

// trackOf encodes a public lookup. Progresses are oldest first, as tracker.delivery
// lists them; the recipient's time is the delivery's.
func trackOf(pub *tracking.Public, lang string) Track {
	out := Track{Carrier: carrierOf(pub.Courier, lang), Progresses: make([]Progress, 0, len(pub.Checkpoints))}
	for i := range pub.Checkpoints {
		out.Progresses = append(out.Progresses, progressOf(pub.Courier.Slug, &pub.Checkpoints[i], lang))
	}
	state := carriers.TrackerStatusOf(carriers.Tag(pub.Parcel.Tag), pub.Parcel.Subtag, "")
	if n := len(out.Progresses); n > 0 {
		first, last := out.Progresses[0], out.Progresses[n-1]
		out.From.Time = &first.Time
		state = last.Status.ID
		if state == carriers.TrackerDelivered {
			out.To.Time = &last.Time
		}
	}
	out.State = Status{ID: state, Text: carriers.TrackerStatusLabel(state, lang)}
	return out
}

func progressOf(slug string, cp *models.Checkpoint, lang string) Progress {
	id := tracking.TrackerStatus(slug, cp)
	text := cp.RawStatus
	if text == "" {
		text = carriers.TrackerStatusLabel(id, lang)
	}
	p := Progress{
		Time:        cp.LocalTime().Format(time.RFC3339),
		Status:      Status{ID: id, Text: text},
		Description: cp.Message,
	}
	if loc := tracking.Place(cp); loc != "" {
		p.Location.Name = &loc
	}
	return p
}
