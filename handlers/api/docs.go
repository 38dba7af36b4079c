package api

import (
	"embed"
	"html/template"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/static"
)

//go:embed docs/api.html
var docsFiles embed.FS

var docsPage = template.Must(template.ParseFS(docsFiles, "docs/api.html"))

type docsOp struct{ Method, Path, Summary, Query string }

type docsVersion struct {
	Title, Prefix, About string
	Ops                  []docsOp
}

type docsError struct {
	Code, Status int
	Meaning      string
}

// docsErrors explains the meta codes.
var docsErrors = []docsError{
	{CodeInvalidJSON, 400, "The body is not valid JSON."},
	{CodeTrackingExists, 400, "The tracking already exists (same tracking number and courier); data names it."},
	{CodeTrackingNotFound, 404, "The tracking does not exist."},
	{CodeInvalidNumber, 400, "The tracking number is not 4 to 100 characters long."},
	{CodeTrackingRequired, 400, "The tracking object is missing."},
	{CodeNumberRequired, 400, "tracking_number is missing."},
	{CodeInvalidValue, 400, "A field or parameter has an invalid value; the message names it."},
	{CodeMissingValue, 400, "A required field is missing; the message names it."},
	{CodeInvalidSlug, 400, "The courier slug is unknown."},
	{CodeMissingFields, 400, "The courier needs additional fields (such as tracking_ship_date) to track this number."},
	{CodeUndetectable, 400, "The courier cannot be detected from the tracking number; give a slug."},
	{CodeRetrackActive, 400, "Only an inactive tracking can be retracked."},
	{CodeNotificationRequired, 400, "The notification object is missing."},
	{CodeInvalidID, 400, "The tracking id is malformed."},
	{CodeRetrackLimit, 400, "The tracking was already retracked the maximum number of times (3)."},
	{CodeNumberFormat, 400, "The tracking number contains characters no carrier uses."},
	{401, 401, "The API key is missing or invalid."},
	{404, 404, "The endpoint or object does not exist."},
	{429, 429, "Too many requests for this API key; see the X-RateLimit-* headers."},
	{500, 500, "Something went wrong on the server; the request can be retried."},
}

// ShowAPIDocs serves the readable companion of /openapi.json.
func ShowAPIDocs(c *gin.Context) {
	data := struct {
		CSS      string
		Errors   []docsError
		Versions []docsVersion
	}{CSS: static.URL("css/app.css"), Errors: docsErrors}
	for _, v := range apiVersions {
		dv := docsVersion{Title: v.title, Prefix: v.prefix, About: v.about}
		for _, op := range v.ops {
			dv.Ops = append(dv.Ops, docsOp{Method: op.method, Path: docPath(op.path), Summary: op.summary, Query: strings.Join(op.query, ", ")})
		}
		data.Versions = append(data.Versions, dv)
	}
	c.Status(http.StatusOK)
	c.Header("Content-Type", "text/html; charset=utf-8")
	if err := docsPage.Execute(c.Writer, data); err != nil {
		_ = c.Error(err)
	}
}
