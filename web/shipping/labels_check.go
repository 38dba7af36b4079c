package shipping

import (
	"slices"
	"strings"
)

func withLabelDefaults(in LabelInput) LabelInput {
	if in.PaperSize == "" {
		in.PaperSize = "4x6"
	}
	in.FileType = strings.ToLower(in.FileType)
	if in.FileType == "" {
		in.FileType = "pdf"
	}
	return in
}

// checkLabelInput checks a label request against the account's carrier.
func checkLabelInput(in LabelInput, slug string) FieldErrors {
	var errs FieldErrors
	checkService(&errs, "service_type", slug, in.ServiceType, true)
	if !slices.Contains(paperSizes, in.PaperSize) {
		errs.add("paper_size", CodeInvalid, "paper_size must be one of "+strings.Join(paperSizes, ", "))
	}
	if !slices.Contains(fileTypes, in.FileType) {
		errs.add("file_type", CodeInvalid, "file_type must be one of "+strings.Join(fileTypes, ", "))
	} else if in.FileType == "zpl" && in.PaperSize != "4x6" && in.PaperSize != "4x8" {
		errs.add("paper_size", CodeInvalid, "zpl labels print on 4x6 or 4x8 label rolls only")
	}
	if in.FileType == "png" && len(in.Shipment.Parcels) > 1 {
		errs.add("file_type", CodeInvalid, "a png holds one parcel's label; use pdf or zpl for several parcels")
	}
	checkDate(&errs, "ship_date", in.ShipDate)
	checkShipment(&errs, in.Shipment)
	if in.Shipment.International() && !in.IsDocument {
		checkCustoms(&errs, in)
	}
	return errs
}

// checkCustoms asks international goods for a customs declaration and, on every
// parcel, the items it declares.
func checkCustoms(errs *FieldErrors, in LabelInput) {
	if in.Customs == nil || in.Customs.Purpose == "" {
		errs.add("customs.purpose", CodeRequired, "customs.purpose is required for goods sent abroad")
	}
	for i, p := range in.Shipment.Parcels {
		if len(p.Items) == 0 {
			errs.add("shipment.parcels."+itoa(i)+".items", CodeRequired, "items are required for goods sent abroad")
		}
	}
}
