package render_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/server/middleware"
	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

// Each error the services return has one Postmen meaning.
func TestPostmenErrorCodes(t *testing.T) {
	typeErr := json.Unmarshal([]byte(`{"limit":"x"}`), &struct{ Limit int }{})
	syntaxErr := json.Unmarshal([]byte(`{"limit":}`), &struct{ Limit int }{})
	cases := []struct {
		name      string
		err       error
		status    int
		code      int
		retryable bool
		detail    string
	}{
		{"bad json", syntaxErr, 400, 4101, false, ""},
		{"empty body", render.ErrEmptyBody, 400, 4101, false, ""},
		{"wrong type", typeErr, 400, 4104, false, "Limit"},
		{"field errors", shipping.FieldErrors{{Path: "shipment.ship_to.postal_code", Code: shipping.CodeInvalid, Message: "bad"}}, 400, 4104, false, "shipment.ship_to.postal_code"},
		{"not found", fmt.Errorf("label x: %w", models.ErrNotFound), 404, 4153, false, ""},
		{"named not found", render.ObjectNotFound{What: "Label"}, 404, 4153, false, ""},
		{"conflict", fmt.Errorf("idempotency key reused: %w", models.ErrConflict), 409, 4109, false, ""},
		{"carrier refused", &shipping.CarrierError{Message: "address refused", Messages: []string{"bad ZIP"}}, 422, 4600, false, "carrier"},
		{"carrier down", &shipping.CarrierError{Message: "try later", Retryable: true}, 502, 4601, true, ""},
		{"anything else", errors.New("disk on fire"), 500, 500, true, ""},
	}
	for _, tc := range cases {
		w := httptest.NewRecorder()
		c, _ := gin.CreateTestContext(w)
		render.PostmenError(c, tc.err)
		var env render.PostmenEnvelope
		if err := json.Unmarshal(w.Body.Bytes(), &env); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if w.Code != tc.status || env.Meta.Code != tc.code || env.Meta.Retryable != tc.retryable || env.Meta.Message == "" {
			t.Errorf("%s: HTTP %d %+v, want HTTP %d code %d retryable %v", tc.name, w.Code, env.Meta, tc.status, tc.code, tc.retryable)
		}
		if env.Meta.Details == nil || (tc.detail != "" && (len(env.Meta.Details) == 0 || env.Meta.Details[0].Path != tc.detail)) {
			t.Errorf("%s: details %+v, want %q", tc.name, env.Meta.Details, tc.detail)
		}
	}
	if msg := conflictMessage(t); msg != "Idempotency key reused." {
		t.Errorf("conflict message %q", msg)
	}
}

func conflictMessage(t *testing.T) string {
	w := httptest.NewRecorder()
	c, _ := gin.CreateTestContext(w)
	render.PostmenError(c, fmt.Errorf("idempotency key reused: %w", models.ErrConflict))
	var env render.PostmenEnvelope
	if err := json.Unmarshal(w.Body.Bytes(), &env); err != nil {
		t.Fatal(err)
	}
	return env.Meta.Message
}

// A handler that panics still answers the Postmen envelope.
func TestPostmenPanic(t *testing.T) {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.GET("/boom", middleware.Recover(slog.New(slog.DiscardHandler), render.PostmenPanic), func(*gin.Context) { panic("boom") })
	w := httptest.NewRecorder()
	r.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/boom", nil))
	var env render.PostmenEnvelope
	if err := json.Unmarshal(w.Body.Bytes(), &env); err != nil || w.Code != 500 || env.Meta.Code != 500 {
		t.Errorf("panic: %d %s", w.Code, w.Body.String())
	}
}
