package usps

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/carrierhttp"
)

// apiError is the error block of the USPS v3 APIs: a summary message and one entry per
// refused field, whose source.parameter names the field.
type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Errors  []struct {
		Code   string `json:"code"`
		Title  string `json:"title"`
		Detail string `json:"detail"`
		Source struct {
			Parameter string `json:"parameter"`
		} `json:"source"`
	} `json:"errors"`
}

// messages lists what USPS said, one line per refused field ("toAddress.ZIPCode: ..."),
// or the summary alone when it named no field.
func (e *apiError) messages() []string {
	var out []string
	for _, d := range e.Errors {
		text := strings.TrimSpace(d.Detail)
		if text == "" {
			text = strings.TrimSpace(d.Title)
		}
		if text == "" {
			continue
		}
		if p := d.Source.Parameter; p != "" {
			text = p + ": " + text
		}
		out = append(out, text)
	}
	if len(out) == 0 && strings.TrimSpace(e.Message) != "" {
		out = append(out, strings.TrimSpace(e.Message))
	}
	return out
}

// readError reads an error body: the v3 APIs wrap an error object, the gateway in front of
// them answers {"error": "...", "error_description": "..."} for refused tokens.
func readError(body []byte) []string {
	var wrapped struct {
		Error       json.RawMessage `json:"error"`
		Description string          `json:"error_description"`
		Message     string          `json:"message"`
	}
	if json.Unmarshal(body, &wrapped) != nil {
		return nil
	}
	var block apiError
	if json.Unmarshal(wrapped.Error, &block) == nil {
		return block.messages()
	}
	var code string
	_ = json.Unmarshal(wrapped.Error, &code)
	text := strings.TrimSpace(strings.Join([]string{code, wrapped.Description, wrapped.Message}, " "))
	if text == "" {
		return nil
	}
	return []string{text}
}

// refusal classifies a failed answer by its status. When USPS refused the request's data
// (400, 422), the error carries each of its messages as one error of a joined set, so the
// API edge can list them as the response's details.
func (s *Shipper) refusal(resp *carrierhttp.Response) *carriers.Error {
	msgs := readError(resp.Body)
	e := s.api.HTTP.Fail(resp, strings.Join(msgs, "; "))
	if e.Kind == carriers.KindInvalidNumber && len(msgs) > 0 {
		e.Err = carriers.JoinMessages(msgs...)
	}
	return e
}

// invalid is a request Waypost can tell USPS would refuse, reported the same way.
func (s *Shipper) invalid(format string, args ...any) *carriers.Error {
	return s.api.HTTP.Error(carriers.KindInvalidNumber, carriers.JoinMessages(fmt.Sprintf(format, args...)))
}

// unsupported is something the live USPS adapter does not do.
func (s *Shipper) unsupported(what string) *carriers.Error {
	return s.api.HTTP.Error(carriers.KindNotConfigured, errors.New(what))
}
