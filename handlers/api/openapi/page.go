package openapi

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

type pageOp struct{ Method, Path, Summary, Query string }

type pageVersion struct {
	Title, Prefix, About string
	Ops                  []pageOp
}

// ShowPage serves GET /docs/api, the readable companion of the document.
func (d *Doc) ShowPage(c *gin.Context) {
	data := struct {
		CSS      string
		Errors   []ErrorDoc
		Versions []pageVersion
	}{CSS: static.URL("css/app.css"), Errors: d.api.Errors}
	for _, v := range d.api.Versions {
		pv := pageVersion{Title: v.Title, Prefix: v.Prefix, About: v.About}
		for _, op := range v.Ops {
			pv.Ops = append(pv.Ops, pageOp{Method: op.Method, Path: op.Path, Summary: op.Summary, Query: strings.Join(op.Query, ", ")})
		}
		data.Versions = append(data.Versions, pv)
	}
	c.Status(http.StatusOK)
	c.Header("Content-Type", "text/html; charset=utf-8")
	if err := docsPage.Execute(c.Writer, data); err != nil {
		_ = c.Error(err)
	}
}
