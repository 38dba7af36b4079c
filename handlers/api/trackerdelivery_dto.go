package api

import (
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/tracking"
)

// The tracker.delivery v1 wire format: GET /carriers and
// GET /carriers/:carrier_id/tracks/:track_id. Texts are Korean, as
// tracker.delivery's are, unless the client asks for ?lang=en.

// TDCarrier is one carrier of GET /carriers, and the carrier of a track.
type TDCarrier struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Tel  string `json:"tel,omitempty"`
}

// TDEndpoint is the sender or recipient side. Names are always null: a public
// API never reveals who sent or receives a parcel.
type TDEndpoint struct {
	Name *string `json:"name"`
	Time *string `json:"time"`
}

// TDStatus is a status id with its text.
type TDStatus struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// TDLocation is where an event happened.
type TDLocation struct {
	Name *string `json:"name"`
}

// TDProgress is one event.
type TDProgress struct {
	Time        string     `json:"time"`
	Status      TDStatus   `json:"status"`
	Location    TDLocation `json:"location"`
	Description string     `json:"description"`
}

// TDTrack is the answer of GET /carriers/:carrier_id/tracks/:track_id.
type TDTrack struct {
	Carrier    TDCarrier    `json:"carrier"`
	From       TDEndpoint   `json:"from"`
	To         TDEndpoint   `json:"to"`
	Progresses []TDProgress `json:"progresses"`
	State      TDStatus     `json:"state"`
}

// TDError is the error body: {"message": "..."}.
type TDError struct {
	Message string `json:"message"`
}

func tdCarrier(c carriers.Courier, lang string) TDCarrier {
	return TDCarrier{ID: tracking.TrackerID(c), Name: tracking.LocalName(c, lang), Tel: c.Phone}
}

// tdTrack encodes a public lookup. Progresses are oldest first, as tracker.delivery
// lists them; the recipient's time is the delivery's.
func tdTrack(pub *tracking.Public, lang string) TDTrack {
	out := TDTrack{Carrier: tdCarrier(pub.Courier, lang), Progresses: make([]TDProgress, 0, len(pub.Checkpoints))}
	for i := range pub.Checkpoints {
		out.Progresses = append(out.Progresses, tdProgress(pub.Courier.Slug, &pub.Checkpoints[i], lang))
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
	out.State = TDStatus{ID: state, Text: carriers.TrackerStatusLabel(state, lang)}
	return out
}

func tdProgress(slug string, cp *models.Checkpoint, lang string) TDProgress {
	id := tracking.TrackerStatus(slug, cp)
	text := cp.RawStatus
	if text == "" {
		text = carriers.TrackerStatusLabel(id, lang)
	}
	p := TDProgress{
		Time:        cp.LocalTime().Format(time.RFC3339),
		Status:      TDStatus{ID: id, Text: text},
		Description: cp.Message,
	}
	if loc := tracking.Place(cp); loc != "" {
		p.Location.Name = &loc
	}
	return p
}
