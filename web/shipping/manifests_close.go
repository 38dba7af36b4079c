package shipping

import (
	"context"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
	"github.com/waypost/waypost/web/shipping/labeldoc"
)

// closeDay asks the carrier to close the manifest, stores its document (the carrier's
// own or one Waypost draws) and marks the manifest and its labels manifested.
func (s *Service) closeDay(ctx context.Context, orgID string, acctRow *models.ShipperAccount, row *models.Manifest, labels []models.Label) error {
	sh, acct, err := s.shipperOf(acctRow)
	if err != nil {
		return err
	}
	var numbers []string
	for _, l := range labels {
		numbers = append(numbers, l.TrackingNumbers...)
	}
	now := s.now()
	res, err := sh.CloseManifest(ctx, carriers.ManifestRequest{Account: acct, TrackingNumbers: numbers, Date: now})
	if err != nil {
		return carrierError(err)
	}
	data := []byte(nil)
	if res.File != nil && res.File.FileType == "pdf" && len(res.File.Data) > 0 {
		data = res.File.Data
	} else if data, err = s.render.Manifest(s.manifestDoc(acct, res, labels, now)); err != nil {
		return err
	}
	token, err := s.storeFile(ctx, orgID, "manifests", "pdf", data)
	if err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *models.DB) error {
		cols := map[string]any{"status": LabelManifested, "manifest_file": token}
		if err := tx.UpdateManifestLabels(ctx, orgID, row.ID, cols); err != nil {
			return err
		}
		return tx.UpdateManifest(ctx, orgID, row.ID, map[string]any{"status": ManifestManifested,
			"carrier_ref": res.CarrierRef, "file": token})
	})
}

func (s *Service) manifestDoc(acct carriers.Account, res *carriers.Manifest, labels []models.Label, now time.Time) labeldoc.Manifest {
	m := labeldoc.Manifest{Number: res.CarrierRef, CarrierName: carrierName(acct.Slug), AccountName: acct.Description,
		Date: now.In(carriers.Zone(acct.Timezone)), Sandbox: acct.Sandbox}
	if m.Number == "" {
		m.Number = "MF-" + acct.ID
	}
	if acct.Address != nil {
		m.From = *acct.Address
	}
	for _, l := range labels {
		var in LabelInput
		if fromJSON(l.Request, &in) != nil {
			continue
		}
		if acct.Address == nil {
			m.From = in.Shipment.ShipFrom
		}
		for i, n := range l.TrackingNumbers {
			row := labeldoc.ManifestRow{TrackingNumber: n, ServiceName: l.ServiceName, To: in.Shipment.ShipTo}
			if i < len(in.Shipment.Parcels) {
				row.Weight = in.Shipment.Parcels[i].Weight
			}
			m.Rows = append(m.Rows, row)
		}
	}
	return m
}
