package sandbox

// Sandbox tariffs of the other shipping carriers. DHL Express rounds up to the next
// half kilogram with 5000 cm³/kg volumetric weight; Sendle and Australia Post use 250 kg/m³
// cubic weight and price by weight band, as do Royal Mail (no volumetric weight, flat
// across the UK) and the Korean carriers, whose remote-area charge covers Jeju and the
// islands.
var worldCards = map[string]*carrierCard{
	"dhl": {
		currency: "EUR", unit: "kg", step: 0.5, dim: dimRule{divisor: 5000},
		fuelPct: 0.225, remote: 22.30,
		cutOff: hm(17, 0), pickupBy: hm(18, 0),
		pickup: pickupRule{open: hm(9, 0), close: hm(18, 0), minWindow: hm(1, 30), prefix: "PRG", digits: 12},
		services: map[string]*serviceCard{
			"dhl-domestic_express":  service(18.50, 1.90, 0.08, 70, dom(1, 1, 1, 1, 2), hm(18, 0)),
			"dhl-economy_select":    service(46.00, 3.20, 0.18, 70, intl(3, 5, 7), hm(18, 0)),
			"dhl-express_worldwide": service(62.00, 6.20, 0.22, 70, intl(1, 2, 3), hm(18, 0)),
			"dhl-express_1200":      service(79.00, 6.50, 0.22, 70, intl(1, 2, 3), hm(12, 0)),
			"dhl-express_0900":      service(108.00, 6.90, 0.22, 70, intl(1, 2, 3), hm(9, 0)),
		},
	},
	"sendle": {
		currency: "AUD", origins: []string{"AUS", "USA", "CAN"}, unit: "kg",
		bands: []float64{0.5, 1, 3, 5, 10, 25}, dim: dimRule{divisor: 4000},
		cutOff: hm(14, 0), pickupBy: hm(17, 0),
		pickup: pickupRule{open: hm(9, 0), close: hm(17, 0), minWindow: hm(2, 0), prefix: "SPU", digits: 8},
		services: map[string]*serviceCard{
			"sendle-standard_dropoff": service(8.35, 2.10, 0.10, 25, dom(2, 3, 4, 5, 6), hm(18, 0)),
			"sendle-standard_pickup":  service(9.55, 2.10, 0.10, 25, dom(2, 3, 4, 5, 6), hm(18, 0)),
			"sendle-express_pickup":   service(13.10, 3.00, 0.10, 25, dom(1, 1, 2, 3, 4), hm(18, 0)),
		},
	},
	"australia-post": {
		currency: "AUD", origins: []string{"AUS"}, unit: "kg",
		bands: []float64{0.5, 1, 3, 5, 10, 15, 22}, dim: dimRule{divisor: 4000},
		cutOff: hm(17, 0), pickupBy: hm(18, 0),
		pickup: pickupRule{open: hm(9, 0), close: hm(17, 0), minWindow: hm(1, 0), prefix: "AP", digits: 9},
		services: map[string]*serviceCard{
			"australia-post-parcel_post":            service(9.95, 2.50, 0.10, 22, dom(2, 3, 4, 5, 6), hm(18, 0)),
			"australia-post-express_post":           service(12.95, 3.10, 0.08, 22, dom(1, 1, 2, 2, 3), hm(18, 0)),
			"australia-post-international_standard": service(18.70, 9.60, 0.25, 20, intl(6, 10, 14), hm(18, 0)),
			"australia-post-international_express":  service(42.00, 12.50, 0.20, 20, intl(3, 4, 5), hm(18, 0)),
		},
	},
	"royal-mail": {
		currency: "GBP", origins: []string{"GBR"}, unit: "kg", bands: []float64{1, 2, 5, 10, 20},
		cutOff: hm(16, 0), pickupBy: hm(17, 0),
		pickup: pickupRule{open: hm(9, 0), close: hm(17, 0), minWindow: hm(1, 0), prefix: "RMC", digits: 8},
		services: map[string]*serviceCard{
			"royal-mail-tracked_48":                         service(3.35, 0.60, 0, 20, dom(2, 2, 2, 2, 3), hm(18, 0)),
			"royal-mail-tracked_24":                         service(4.25, 0.70, 0, 20, dom(1, 1, 1, 1, 2), hm(18, 0)),
			"royal-mail-special_delivery_guaranteed_by_1pm": service(7.95, 1.80, 0, 20, dom(1, 1, 1, 1, 1), hm(13, 0)),
			"royal-mail-international_tracked":              service(9.50, 3.80, 0.25, 2, intl(3, 5, 7), hm(18, 0)),
			"royal-mail-international_tracked_and_signed":   service(10.50, 3.80, 0.25, 2, intl(3, 5, 7), hm(18, 0)),
		},
	},
	"kpost": {
		currency: "KRW", origins: []string{"KOR"}, unit: "kg", step: 0.5, dim: dimRule{divisor: 6000},
		cutOff: hm(17, 0), pickupBy: hm(18, 0),
		pickup: pickupRule{open: hm(9, 0), close: hm(18, 0), minWindow: hm(1, 0), fee: 1500, prefix: "KP", digits: 10},
		services: map[string]*serviceCard{
			"kpost-registered_parcel": service(4000, 350, 0.08, 30, dom(1, 1, 1, 1, 2), hm(18, 0)).
				banded(3, 5, 7, 10, 15, 20, 25, 30),
			"kpost-k_packet":    service(6500, 9000, 0.35, 2, intl(5, 7, 10), hm(18, 0)).stepped(0.1),
			"kpost-ems":         service(23000, 7600, 0.35, 30, intl(2, 3, 4), hm(18, 0)),
			"kpost-ems_premium": service(32000, 9800, 0.30, 30, intl(2, 3, 4), hm(18, 0)),
		},
	},
	"cjlogistics": {
		currency: "KRW", origins: []string{"KOR"}, unit: "kg", bands: []float64{1, 3, 5, 10, 20, 25},
		dim: dimRule{divisor: 6000}, remote: 3000,
		cutOff: hm(16, 0), pickupBy: hm(18, 0),
		pickup: pickupRule{open: hm(9, 0), close: hm(20, 0), minWindow: hm(1, 0), saturday: true, prefix: "CJ", digits: 10},
		services: map[string]*serviceCard{
			"cjlogistics-standard": service(3800, 300, 0.05, 25, dom(1, 1, 1, 1, 2), hm(20, 0)),
			"cjlogistics-next_day": service(4500, 320, 0.05, 25, dom(1, 1, 1, 1, 1), hm(20, 0)),
		},
	},
}
