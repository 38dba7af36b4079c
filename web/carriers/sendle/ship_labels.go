package sendle

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

// labelSizes maps paper sizes to Sendle's label sizes: a cropped 4x6 label for label
// printers, or the label on an A4 or US letter page.
var labelSizes = map[string]string{"": "cropped", "4x6": "cropped", "4x8": "cropped", "a5": "cropped", "a4": "a4", "8.5x11": "letter"}

// labelFormat reads the file type and paper size of a label request as Sendle names them.
func (s *Shipper) labelFormat(req carriers.LabelRequest) (format, size string, err error) {
	format = strings.ToLower(req.FileType)
	if format == "" {
		format = "pdf"
	}
	if format != "pdf" && format != "png" {
		return "", "", s.invalid("file_type: Sendle labels come as pdf or png, not %q", req.FileType)
	}
	size, ok := labelSizes[strings.ToLower(req.PaperSize)]
	if !ok {
		return "", "", s.invalid("paper_size: Sendle prints labels cropped (4x6), on A4 or on letter paper, not %q", req.PaperSize)
	}
	return format, size, nil
}

// labelFile downloads the order's label in the format and size asked for. Sendle usually
// lists the labels in the booking answer; when it has not made them yet the order is read
// once more before giving up (retryable: the idempotency key finds the same order).
func (s *Shipper) labelFile(ctx context.Context, acct *account, o *order, format, size string) (*carriers.LabelFile, error) {
	link := o.labelURL(format, size)
	if link == "" {
		resp, err := s.call(ctx, acct, http.MethodGet, "/api/orders/"+url.PathEscape(o.OrderID), nil, nil)
		if err != nil {
			return nil, err
		}
		if resp.OK() && s.http.JSON(resp.Body, o) == nil {
			link = o.labelURL(format, size)
		}
	}
	if link == "" {
		return nil, s.http.Error(carriers.KindUnavailable, fmt.Errorf("Sendle has not made the %s %s label of order %s yet", size, format, o.SendleReference))
	}
	data, err := s.download(ctx, acct, link)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte("%PDF")) && !bytes.HasPrefix(data, []byte("\x89PNG")) {
		return nil, s.http.Error(carriers.KindFormat, errors.New("the label download is neither a PDF nor a PNG"))
	}
	return &carriers.LabelFile{FileType: format, Data: data}, nil
}

func (o *order) labelURL(format, size string) string {
	for _, l := range o.Labels {
		if strings.EqualFold(l.Format, format) && strings.EqualFold(l.Size, size) {
			return l.URL
		}
	}
	return ""
}

// download fetches a label. The account's credentials go only to the API's own host:
// a label link elsewhere is fetched without them.
func (s *Shipper) download(ctx context.Context, acct *account, link string) ([]byte, error) {
	target, err := url.Parse(link)
	base, _ := url.Parse(s.base)
	if err != nil || (target.Scheme != "https" && target.Scheme != "http") {
		return nil, s.http.Error(carriers.KindFormat, fmt.Errorf("label link %q is not a URL", link))
	}
	req, err := s.http.NewRequest(ctx, http.MethodGet, target.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/pdf, image/png")
	if base != nil && target.Host == base.Host {
		req.SetBasicAuth(acct.id, acct.key)
	}
	resp, err := s.http.Do(req)
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		return nil, s.refusal(resp)
	}
	return resp.Body, nil
}
