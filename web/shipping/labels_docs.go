package shipping

import (
	"context"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping/labeldoc"
)

// labelDocuments stores the label file (the carrier's own, or one Waypost draws) and,
// for goods sent abroad, the commercial invoice; it returns the columns naming them.
func (s *Service) labelDocuments(ctx context.Context, orgID string, row *models.Label, in LabelInput, res *carriers.Label) (map[string]any, error) {
	cols := map[string]any{}
	fileType, data := in.FileType, []byte(nil)
	if res.File != nil && len(res.File.Data) > 0 {
		fileType, data = res.File.FileType, res.File.Data
		cols["file_type"] = fileType
	} else {
		var err error
		if data, err = s.render.Labels(s.labelPages(row, in, res), in.PaperSize, in.FileType); err != nil {
			return nil, err
		}
	}
	token, err := s.storeFile(ctx, orgID, "labels", fileType, data)
	if err != nil {
		return nil, err
	}
	cols["label_file"] = token
	if !in.Shipment.International() || in.IsDocument || !hasItems(in.Shipment) {
		return cols, nil
	}
	inv, err := s.render.Invoice(s.invoiceOf(row, in, res))
	if err != nil {
		return nil, err
	}
	if cols["invoice_file"], err = s.storeFile(ctx, orgID, "invoices", "pdf", inv); err != nil {
		return nil, err
	}
	return cols, nil
}

// labelPages is one drawn label per parcel, each with its own tracking number when
// the carrier gave one per parcel.
func (s *Service) labelPages(row *models.Label, in LabelInput, res *carriers.Label) []labeldoc.Label {
	sh := in.Shipment
	pages := make([]labeldoc.Label, len(sh.Parcels))
	for i, p := range sh.Parcels {
		number := res.TrackingNumbers[min(i, len(res.TrackingNumbers)-1)]
		l := labeldoc.Label{CarrierName: carrierName(row.Slug), ServiceName: serviceName(row.Slug, in.ServiceType),
			TrackingNumber: number, Barcode2D: res.Barcode2D, Routing: res.Routing, From: sh.ShipFrom, To: sh.ShipTo,
			Weight: p.Weight, References: in.References, ShipDate: s.now(), Piece: i + 1, Pieces: len(sh.Parcels),
			Sandbox: row.Sandbox}
		if p.Dimension != (carriers.Dimension{}) {
			d := p.Dimension
			l.Dimension = &d
		}
		if d := dayIn(in.ShipDate, ""); !d.IsZero() {
			l.ShipDate = d
		}
		pages[i] = l
	}
	return pages
}

func (s *Service) invoiceOf(row *models.Label, in LabelInput, res *carriers.Label) labeldoc.Invoice {
	inv := labeldoc.Invoice{Number: "INV-" + row.ID, Date: s.now(), From: in.Shipment.ShipFrom, To: in.Shipment.ShipTo,
		TrackingNumbers: res.TrackingNumbers, CarrierName: carrierName(row.Slug), Sandbox: row.Sandbox}
	if in.Customs != nil {
		inv.Purpose, inv.TermsOfTrade = in.Customs.Purpose, in.Customs.TermsOfTrade
	}
	for _, p := range in.Shipment.Parcels {
		inv.Items = append(inv.Items, p.Items...)
	}
	return inv
}

func hasItems(sh carriers.Shipment) bool {
	for _, p := range sh.Parcels {
		if len(p.Items) > 0 {
			return true
		}
	}
	return false
}

func carrierName(slug string) string {
	p, ok := carriers.ShippingProfileOf(slug)
	if !ok {
		return slug
	}
	return p.Name
}
