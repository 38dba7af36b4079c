package usps

import (
	"context"
	"errors"
	"net/http"

	"github.com/waypost/waypost/web/carriers"
)

type scanFormRequest struct {
	Form                         string `json:"form"`
	ImageType                    string `json:"imageType"`
	LabelType                    string `json:"labelType"`
	MailingDate                  string `json:"mailingDate"`
	EntryFacilityZIPCode         string `json:"entryFacilityZIPCode"`
	DestinationEntryFacilityType string `json:"destinationEntryFacilityType"`
	OverwriteMailingDate         bool   `json:"overwriteMailingDate"`
	Shipment                     struct {
		TrackingNumbers []string `json:"trackingNumbers"`
	} `json:"shipment"`
	FromAddress struct {
		FirstName string       `json:"firstName,omitempty"`
		LastName  string       `json:"lastName,omitempty"`
		Firm      string       `json:"firm,omitempty"`
		Address   labelAddress `json:"address"`
	} `json:"fromAddress"`
}

// CloseManifest files a SCAN Form (PS Form 5630) for the day's labels: the Post Office
// scans its one barcode at acceptance and every linked label gets its acceptance event.
// The form is handed over at the Post Office of the account's address.
func (s *Shipper) CloseManifest(ctx context.Context, req carriers.ManifestRequest) (*carriers.Manifest, error) {
	acct, err := s.account(req.Account, false)
	if err != nil {
		return nil, err
	}
	body, err := s.scanForm(acct, req)
	if err != nil {
		return nil, err
	}
	resp, err := s.call(ctx, acct, http.MethodPost, "/scan-forms/v3/scan-form", body,
		options{header: http.Header{"Accept": {"multipart/mixed, application/json"}}})
	if err != nil {
		return nil, err
	}
	if !resp.OK() {
		return nil, s.refusal(resp)
	}
	doc, err := s.readDocument(resp)
	if err != nil {
		return nil, err
	}
	var meta struct {
		ManifestNumber string `json:"manifestNumber"`
	}
	if err := s.api.HTTP.JSON(doc.meta, &meta); err != nil {
		return nil, err
	}
	if meta.ManifestNumber == "" || fileType(doc.file) != "pdf" {
		return nil, s.api.HTTP.Error(carriers.KindFormat, errors.New("SCAN Form answer without manifestNumber or its PDF"))
	}
	return &carriers.Manifest{CarrierRef: meta.ManifestNumber, File: &carriers.LabelFile{FileType: "pdf", Data: doc.file}}, nil
}

func (s *Shipper) scanForm(acct *account, req carriers.ManifestRequest) (*scanFormRequest, error) {
	if len(req.TrackingNumbers) == 0 {
		return nil, s.invalid("a SCAN Form needs at least one label")
	}
	a := acct.address
	if a == nil {
		return nil, s.invalid("shipper_account.address: USPS needs the account's address to file a SCAN Form")
	}
	zip, _ := splitZIP(a.PostalCode)
	if zip == "" {
		return nil, s.invalid("shipper_account.address.postal_code: a 5-digit ZIP Code is required, not %q", a.PostalCode)
	}
	body := &scanFormRequest{
		Form: "5630", ImageType: "PDF", LabelType: "8.5x11LABEL",
		MailingDate: s.day(acct, req.Date), EntryFacilityZIPCode: zip, DestinationEntryFacilityType: "NONE",
	}
	body.Shipment.TrackingNumbers = req.TrackingNumbers
	body.FromAddress.FirstName, body.FromAddress.LastName = splitName(a.ContactName)
	body.FromAddress.Firm, body.FromAddress.Address = a.CompanyName, placeOf(*a)
	return body, nil
}
