package aftership

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/server/render"
)

// statusMappings is the read-only view of how Waypost classifies carrier statuses:
// AfterShip's tags and subtags with their tracker.delivery status ids, and each
// carrier's versioned raw-status table.
type statusMappings struct {
	Version        string                `json:"version"`
	Tags           []tagMapping          `json:"tags"`
	Carriers       []carrierTable        `json:"carriers"`
	Classification *statusClassification `json:"classification,omitempty"`
}

type tagMapping struct {
	Tag           string          `json:"tag"`
	Message       string          `json:"message"`
	TrackerStatus string          `json:"tracker_status"`
	Subtags       []subtagMapping `json:"subtags"`
}

type subtagMapping struct {
	Subtag      string `json:"subtag"`
	Message     string `json:"message"`
	Description string `json:"description"`
}

type carrierTable struct {
	Slug    string       `json:"slug"`
	Version string       `json:"version"`
	Rules   []statusRule `json:"rules"`
}

type statusRule struct {
	Code          string `json:"code,omitempty"`
	Text          string `json:"text,omitempty"`
	Tag           string `json:"tag"`
	Subtag        string `json:"subtag"`
	TrackerStatus string `json:"tracker_status"`
}

// statusClassification answers "how is this raw event classified?" for ?code= and ?text=.
type statusClassification struct {
	Slug          string `json:"slug"`
	Code          string `json:"code"`
	Text          string `json:"text"`
	Matched       bool   `json:"matched"`
	Tag           string `json:"tag,omitempty"`
	Subtag        string `json:"subtag,omitempty"`
	SubtagMessage string `json:"subtag_message,omitempty"`
	TrackerStatus string `json:"tracker_status,omitempty"`
}

// ShowStatusMappings serves GET /status-mappings. ?slug= narrows the carrier tables to
// one carrier (plus the generic fallback); adding ?code= and/or ?text= classifies that
// raw status as a poll would.
func ShowStatusMappings(c *gin.Context) {
	slug := strings.TrimSpace(c.Query("slug"))
	if slug != "" && !strings.EqualFold(slug, carriers.GenericTableSlug) {
		courier, ok := carriers.Lookup(slug)
		if !ok {
			render.AfterShipFail(c, http.StatusBadRequest, render.AfterShipInvalidSlug, fmt.Sprintf("The value of `slug` is invalid: unknown courier %q.", slug))
			return
		}
		slug = courier.Slug
	}
	out := statusMappings{Version: carriers.StatusMappingVersion, Tags: tagMappings(), Carriers: carrierTables(slug)}
	code, text := c.Query("code"), c.Query("text")
	if code != "" || text != "" {
		out.Classification = classify(slug, code, text)
	}
	render.AfterShipOK(c, http.StatusOK, out)
}

func tagMappings() []tagMapping {
	subtags := carriers.Subtags()
	out := make([]tagMapping, 0, len(carriers.Tags()))
	for _, t := range carriers.Tags() {
		id, _ := carriers.TrackerStatus(t)
		m := tagMapping{Tag: string(t), Message: carriers.TagMessage(t), TrackerStatus: id, Subtags: []subtagMapping{}}
		for _, s := range subtags {
			if s.Tag == t {
				m.Subtags = append(m.Subtags, subtagMapping{Subtag: s.Subtag, Message: s.Message, Description: s.Description})
			}
		}
		out = append(out, m)
	}
	return out
}

func carrierTables(slug string) []carrierTable {
	out := []carrierTable{}
	for _, t := range carriers.StatusTables() {
		if slug != "" && t.Slug != slug && t.Slug != carriers.GenericTableSlug {
			continue
		}
		ct := carrierTable{Slug: t.Slug, Version: t.Version, Rules: make([]statusRule, 0, len(t.Rules))}
		for _, r := range t.Rules {
			sub := carriers.NormalizeSubtag(r.Tag, r.Subtag)
			ct.Rules = append(ct.Rules, statusRule{Code: r.Code, Text: r.Text, Tag: string(r.Tag), Subtag: sub,
				TrackerStatus: carriers.TrackerStatusOf(r.Tag, sub, r.TrackerStatus)})
		}
		out = append(out, ct)
	}
	return out
}

func classify(slug, code, text string) *statusClassification {
	if slug == "" {
		slug = carriers.GenericTableSlug
	}
	out := &statusClassification{Slug: slug, Code: code, Text: text}
	r, ok := carriers.MatchFor(slug, code, text)
	if !ok {
		return out
	}
	out.Matched, out.Tag, out.Subtag = true, string(r.Tag), r.Subtag
	out.SubtagMessage = carriers.SubtagMessage(r.Subtag)
	out.TrackerStatus = carriers.TrackerStatusOf(r.Tag, r.Subtag, r.TrackerStatus)
	return out
}
