package postmen

import (
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

type weightDTO struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

type dimensionDTO struct {
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	Depth  float64 `json:"depth"`
	Unit   string  `json:"unit"`
}

type moneyDTO struct {
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
}

type itemIn struct {
	Description   string    `json:"description"`
	Quantity      int       `json:"quantity"`
	Price         moneyDTO  `json:"price"`
	Weight        weightDTO `json:"weight"`
	ItemID        string    `json:"item_id"`
	SKU           string    `json:"sku"`
	OriginCountry string    `json:"origin_country"`
	HSCode        string    `json:"hs_code"`
	ReturnReason  string    `json:"return_reason"`
}

type parcelIn struct {
	BoxType     string       `json:"box_type"`
	Description string       `json:"description"`
	Dimension   dimensionDTO `json:"dimension"`
	Weight      weightDTO    `json:"weight"`
	Items       []itemIn     `json:"items"`
}

// shipmentIn is a Postmen shipment: from, to, optional return address and parcels.
type shipmentIn struct {
	ShipFrom             *addressIn `json:"ship_from"`
	ShipTo               *addressIn `json:"ship_to"`
	ReturnTo             *addressIn `json:"return_to"`
	Parcels              []parcelIn `json:"parcels"`
	DeliveryInstructions string     `json:"delivery_instructions"`
}

// require records the parts of a shipment without which nothing can be priced.
func (s *shipmentIn) require(k *checks, path string) {
	if s == nil {
		k.require(false, path)
		return
	}
	k.require(s.ShipFrom != nil, path+".ship_from")
	k.require(s.ShipTo != nil, path+".ship_to")
	k.require(len(s.Parcels) > 0, path+".parcels")
	s.ShipFrom.check(k, path+".ship_from")
	s.ShipTo.check(k, path+".ship_to")
	s.ReturnTo.check(k, path+".return_to")
}

func (s *shipmentIn) model() carriers.Shipment {
	if s == nil {
		return carriers.Shipment{}
	}
	out := carriers.Shipment{ReturnTo: addressPtr(s.ReturnTo), DeliveryInstructions: strings.TrimSpace(s.DeliveryInstructions)}
	if s.ShipFrom != nil {
		out.ShipFrom = s.ShipFrom.model()
	}
	if s.ShipTo != nil {
		out.ShipTo = s.ShipTo.model()
	}
	for _, p := range s.Parcels {
		out.Parcels = append(out.Parcels, p.model())
	}
	return out
}

func (p parcelIn) model() carriers.Parcel {
	out := carriers.Parcel{BoxType: strings.TrimSpace(p.BoxType), Description: strings.TrimSpace(p.Description),
		Dimension: carriers.Dimension{Width: p.Dimension.Width, Height: p.Dimension.Height, Depth: p.Dimension.Depth,
			Unit: strings.TrimSpace(p.Dimension.Unit)},
		Weight: p.Weight.model()}
	for _, it := range p.Items {
		out.Items = append(out.Items, carriers.Item{Description: strings.TrimSpace(it.Description), Quantity: it.Quantity,
			Price: it.Price.model(), Weight: it.Weight.model(), ItemID: it.ItemID, SKU: it.SKU,
			OriginCountry: strings.ToUpper(strings.TrimSpace(it.OriginCountry)), HSCode: strings.TrimSpace(it.HSCode),
			ReturnReason: it.ReturnReason})
	}
	return out
}

func (w weightDTO) model() carriers.Weight {
	return carriers.Weight{Value: w.Value, Unit: strings.ToLower(strings.TrimSpace(w.Unit))}
}

func (m moneyDTO) model() carriers.Money {
	return carriers.Money{Amount: m.Amount, Currency: strings.ToUpper(strings.TrimSpace(m.Currency))}
}

func newWeight(w carriers.Weight) *weightDTO {
	if w.Unit == "" && w.Value == 0 {
		return nil
	}
	return &weightDTO{Value: w.Value, Unit: w.Unit}
}

func newMoney(m carriers.Money) *moneyDTO {
	if m.Currency == "" && m.Amount == 0 {
		return nil
	}
	return &moneyDTO{Amount: m.Amount, Currency: m.Currency}
}
