package usps

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"strings"

	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/carriers/carrierhttp"
)

// document is an answer of the Labels and SCAN Form APIs: JSON metadata and, beside it, the
// printable file. USPS sends both as parts of a multipart body by default; the file part
// holds the document base64-encoded (whatever its headers claim), or raw.
type document struct {
	meta []byte
	file []byte
}

// readDocument splits a multipart answer into its metadata and file. A plain JSON answer
// is all metadata: the caller finds the file in it.
func (s *Shipper) readDocument(resp *carrierhttp.Response) (*document, error) {
	mediaType, params, err := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mediaType, "multipart/") {
		return &document{meta: resp.Body}, nil
	}
	if params["boundary"] == "" {
		return nil, s.api.HTTP.Error(carriers.KindFormat, errors.New("multipart answer without a boundary"))
	}
	doc := &document{}
	r := multipart.NewReader(bytes.NewReader(resp.Body), params["boundary"])
	for {
		part, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, s.api.HTTP.Error(carriers.KindFormat, fmt.Errorf("reading the multipart answer: %w", err))
		}
		body, err := io.ReadAll(part)
		if err != nil {
			return nil, s.api.HTTP.Error(carriers.KindFormat, fmt.Errorf("reading a part: %w", err))
		}
		if isJSON(part.Header.Get("Content-Type"), body) && doc.meta == nil {
			doc.meta = body
		} else if doc.file == nil {
			if doc.file, err = s.decodeFile(body); err != nil {
				return nil, err
			}
		}
	}
	if doc.meta == nil {
		return nil, s.api.HTTP.Error(carriers.KindFormat, errors.New("multipart answer without its JSON part"))
	}
	return doc, nil
}

func isJSON(contentType string, body []byte) bool {
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		return mt == "application/json"
	}
	return bytes.HasPrefix(bytes.TrimSpace(body), []byte("{"))
}

// decodeFile reads a file part: raw when it already starts like a PDF, PNG or ZPL
// document, else base64.
func (s *Shipper) decodeFile(body []byte) ([]byte, error) {
	body = bytes.TrimSpace(body)
	if fileType(body) != "" {
		return body, nil
	}
	text := strings.Join(strings.Fields(string(body)), "")
	data, err := base64.StdEncoding.DecodeString(text)
	if err != nil || fileType(data) == "" {
		return nil, s.api.HTTP.Error(carriers.KindFormat, errors.New("the label part is neither a PDF, PNG or ZPL document nor base64 of one"))
	}
	return data, nil
}

// fileType recognises a document by its first bytes; "" when it is none Waypost prints.
func fileType(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("%PDF")):
		return "pdf"
	case bytes.HasPrefix(b, []byte("\x89PNG")):
		return "png"
	case bytes.HasPrefix(b, []byte("^XA")), bytes.HasPrefix(b, []byte("~")):
		return "zpl"
	}
	return ""
}
