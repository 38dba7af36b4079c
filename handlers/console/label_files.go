package console

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/shipping"
	"github.com/waypost/waypost/web/shipping/pdfjoin"
)

// DownloadLabelFile sends a label's label or invoice document (":kind"), after
// checking the label is the organization's.
func (h *Shipping) DownloadLabelFile(c *gin.Context) {
	l, err := h.Svc.Label(c.Request.Context(), orgID(c), c.Param("id"))
	if err != nil {
		h.shippingFailure(c, err)
		return
	}
	switch c.Param("kind") {
	case "label":
		h.sendFile(c, l.Files.Label)
	case "invoice":
		h.sendFile(c, l.Files.Invoice)
	default:
		notFound(c)
	}
}

// sendFile streams a stored document through the service.
func (h *Shipping) sendFile(c *gin.Context, ref *shipping.FileRef) {
	if ref == nil {
		notFound(c)
		return
	}
	name, ctype, data, err := h.Svc.File(c.Request.Context(), fileToken(ref.URL))
	if err != nil {
		h.shippingFailure(c, err)
		return
	}
	c.Header("Content-Disposition", fmt.Sprintf("inline; filename=%q", name))
	c.Header("Cache-Control", "private, no-store")
	c.Data(http.StatusOK, ctype, data)
}

// fileToken is the token at the end of a file's public link (".../files/<token>").
func fileToken(link string) string {
	link, _, _ = strings.Cut(link, "?")
	return link[strings.LastIndex(link, "/")+1:]
}

// PrintLabels joins the chosen PDF labels into one document to print at once.
func (h *Shipping) PrintLabels(c *gin.Context) {
	ids := c.PostFormArray("label_id")
	if len(ids) == 0 {
		badRequest(c, "No labels chosen", "Tick the labels to print, then press Print selected.")
		return
	}
	if len(ids) > 100 {
		badRequest(c, "Too many labels", "Print at most 100 labels at once.")
		return
	}
	docs := make([][]byte, 0, len(ids))
	for _, id := range ids {
		data, err := h.labelPDF(c, id)
		if err != nil {
			var plain userError
			if errors.As(err, &plain) {
				badRequest(c, "These labels cannot be printed together", plain.Error())
				return
			}
			h.shippingFailure(c, err)
			return
		}
		docs = append(docs, data)
	}
	joined, err := pdfjoin.Join(docs...)
	if err != nil {
		h.serverError(c, err)
		return
	}
	c.Header("Content-Disposition", fmt.Sprintf("inline; filename=%q", fmt.Sprintf("labels-%d.pdf", len(docs))))
	c.Header("Cache-Control", "private, no-store")
	c.Data(http.StatusOK, "application/pdf", joined)
}

// userError is a reason to show as is.
type userError string

func (e userError) Error() string { return string(e) }

// labelPDF reads one of the organization's labels as PDF bytes.
func (h *Shipping) labelPDF(c *gin.Context, id string) ([]byte, error) {
	l, err := h.Svc.Label(c.Request.Context(), orgID(c), id)
	if err != nil {
		return nil, err
	}
	number := strings.Join(l.TrackingNumbers, ", ")
	if l.Files.Label == nil || l.Files.Label.FileType != "pdf" {
		return nil, userError("Label " + number + " is not a PDF; download it on its own.")
	}
	if l.Status == shipping.LabelCancelled {
		return nil, userError("Label " + number + " is cancelled.")
	}
	_, _, data, err := h.Svc.File(c.Request.Context(), fileToken(l.Files.Label.URL))
	return data, err
}
