package sandbox

// Sandbox tariffs of the North American carriers. Prices are of the order of the
// carriers' published retail rates, not copies of them; the shape is theirs: pounds
// rounded up to the next pound, 139 in³/lb dimensional weight for UPS and FedEx (USPS
// 166 in³/lb above one cubic foot), fuel and residential surcharges for the integrators.
var americanCards = map[string]*carrierCard{
	"usps": {
		currency: "USD", origins: []string{"USA"}, unit: "lb", step: 1,
		dim:    dimRule{divisor: 166, minVolume: 1728},
		cutOff: hm(17, 0), pickupBy: hm(18, 0),
		pickup: pickupRule{open: hm(8, 0), close: hm(17, 0), minWindow: hm(1, 0), saturday: true, prefix: "WTC", digits: 8},
		services: map[string]*serviceCard{
			"usps-ground_advantage":      service(5.40, 0.90, 0.12, 70, dom(2, 3, 3, 4, 5), hm(20, 0)),
			"usps-priority_mail":         service(9.25, 1.60, 0.14, 70, dom(1, 2, 2, 3, 3), hm(20, 0)),
			"usps-priority_mail_express": service(28.75, 3.40, 0.10, 70, dom(1, 1, 1, 2, 2), hm(18, 0)),
			// Media Mail is priced the same to every zone.
			"usps-media_mail": service(4.13, 0.75, 0, 70, dom(2, 3, 4, 6, 8), hm(20, 0)),
			"usps-first_class_package_international_service": service(16.50, 4.50, 0.18, 4, intl(7, 10, 14), hm(20, 0)),
			"usps-priority_mail_international":               service(38.50, 5.20, 0.20, 66, intl(6, 8, 10), hm(20, 0)),
			"usps-priority_mail_express_international":       service(52.00, 6.00, 0.20, 66, intl(3, 4, 5), hm(18, 0)),
		},
	},
	"ups": {
		currency: "USD", unit: "lb", step: 1, dim: dimRule{divisor: 139},
		fuelPct: 0.155, residential: 5.85, remote: 14.25,
		cutOff: hm(18, 0), pickupBy: hm(19, 0),
		pickup: pickupRule{open: hm(9, 0), close: hm(19, 0), minWindow: hm(2, 0), fee: 7.45, prefix: "2929", digits: 7},
		services: map[string]*serviceCard{
			"ups-ground":             service(11.35, 0.95, 0.11, 150, dom(1, 2, 3, 4, 5), hm(20, 0)).in("USA"),
			"ups-3_day_select":       service(24.50, 1.90, 0.10, 150, dom(3, 3, 3, 3, 3), hm(20, 0)).in("USA"),
			"ups-2nd_day_air":        service(29.90, 2.60, 0.12, 150, dom(2, 2, 2, 2, 2), hm(20, 0)).in("USA"),
			"ups-next_day_air_saver": service(61.80, 4.40, 0.10, 150, dom(1, 1, 1, 1, 1), hm(15, 0)).in("USA"),
			"ups-next_day_air":       service(68.50, 4.90, 0.10, 150, dom(1, 1, 1, 1, 1), hm(10, 30)).in("USA"),
			"ups-next_day_air_early": service(101.00, 5.20, 0.10, 150, dom(1, 1, 1, 1, 1), hm(8, 0)).in("USA"),
			// UPS Standard is the ground product inside and between neighbouring countries.
			"ups-standard": service(14.10, 1.10, 0.12, 150, both(dom(1, 2, 2, 3, 3), intl(3, 0, 0)), hm(20, 0)).
				in("CAN", "MEX", "GBR", "DEU", "FRA", "ITA", "ESP", "NLD", "BEL", "POL", "AUT", "CHE", "IRL"),
			"ups-worldwide_expedited":    service(78.00, 4.60, 0.20, 150, intl(3, 4, 5), hm(20, 0)),
			"ups-worldwide_saver":        service(92.00, 5.40, 0.20, 150, intl(2, 3, 3), hm(20, 0)),
			"ups-worldwide_express":      service(97.00, 5.60, 0.20, 150, intl(1, 2, 3), hm(12, 0)),
			"ups-worldwide_express_plus": service(135.00, 6.10, 0.20, 150, intl(1, 2, 3), hm(9, 0)),
		},
	},
	"fedex": {
		currency: "USD", unit: "lb", step: 1, dim: dimRule{divisor: 139},
		fuelPct: 0.16, residential: 5.95, remote: 14.50,
		cutOff: hm(18, 0), pickupBy: hm(19, 0),
		pickup: pickupRule{open: hm(9, 0), close: hm(19, 0), minWindow: hm(2, 0), fee: 4.50, prefix: "NQAA", digits: 6},
		services: map[string]*serviceCard{
			"fedex-ground":                     service(11.10, 0.95, 0.11, 150, dom(1, 2, 3, 4, 5), hm(20, 0)).in("USA"),
			"fedex-home_delivery":              service(11.60, 0.95, 0.11, 150, dom(1, 2, 3, 4, 5), hm(20, 0)).in("USA"),
			"fedex-express_saver":              service(26.50, 2.10, 0.10, 150, dom(3, 3, 3, 3, 3), hm(16, 30)).in("USA"),
			"fedex-2_day":                      service(30.20, 2.70, 0.12, 150, dom(2, 2, 2, 2, 2), hm(16, 30)).in("USA"),
			"fedex-2_day_am":                   service(35.40, 2.90, 0.12, 150, dom(2, 2, 2, 2, 2), hm(10, 30)).in("USA"),
			"fedex-standard_overnight":         service(58.90, 4.30, 0.10, 150, dom(1, 1, 1, 1, 1), hm(16, 30)).in("USA"),
			"fedex-priority_overnight":         service(66.80, 4.80, 0.10, 150, dom(1, 1, 1, 1, 1), hm(10, 30)).in("USA"),
			"fedex-first_overnight":            service(98.00, 5.10, 0.10, 150, dom(1, 1, 1, 1, 1), hm(8, 0)).in("USA"),
			"fedex-international_connect_plus": service(48.00, 3.90, 0.20, 66, intl(2, 4, 5), hm(20, 0)),
			"fedex-international_economy":      service(79.00, 4.50, 0.20, 150, intl(3, 4, 5), hm(20, 0)),
			"fedex-international_priority":     service(98.00, 5.50, 0.20, 150, intl(1, 2, 3), hm(12, 0)),
		},
	},
	"ontrac": {
		currency: "USD", origins: []string{"USA"}, unit: "lb", step: 1, dim: dimRule{divisor: 139},
		fuelPct: 0.165, residential: 4.20,
		cutOff: hm(17, 0), pickupBy: hm(18, 0),
		pickup: pickupRule{open: hm(9, 0), close: hm(18, 0), minWindow: hm(1, 0), prefix: "OTP", digits: 8},
		services: map[string]*serviceCard{
			"ontrac-ground": service(9.45, 0.85, 0.10, 150, dom(1, 2, 2, 3, 4), hm(20, 0)),
		},
	},
	"dhl-global-mail": {
		// DHL eCommerce hands parcels to USPS for the last mile, so it sizes them the USPS way.
		currency: "USD", origins: []string{"USA"}, unit: "lb", step: 1,
		dim: dimRule{divisor: 166, minVolume: 1728}, fuelPct: 0.085,
		cutOff: hm(16, 0), pickupBy: hm(17, 0),
		pickup: pickupRule{open: hm(9, 0), close: hm(17, 0), minWindow: hm(1, 0), prefix: "DGM", digits: 8},
		services: map[string]*serviceCard{
			"dhl-global-mail-parcel_ground":               service(6.95, 0.85, 0.10, 25, dom(3, 4, 5, 6, 7), hm(20, 0)),
			"dhl-global-mail-parcel_expedited":            service(7.60, 1.00, 0.12, 25, dom(2, 3, 4, 5, 6), hm(20, 0)),
			"dhl-global-mail-parcel_international_direct": service(19.50, 5.00, 0.20, 44, intl(6, 8, 12), hm(20, 0)),
		},
	},
	"canada-post": {
		currency: "CAD", origins: []string{"CAN"}, unit: "kg", step: 0.5,
		dim: dimRule{divisor: 6000}, fuelPct: 0.155,
		cutOff: hm(16, 0), pickupBy: hm(17, 0),
		pickup: pickupRule{open: hm(9, 0), close: hm(17, 0), minWindow: hm(1, 0), digits: 10},
		services: map[string]*serviceCard{
			"canada-post-regular_parcel":   service(14.50, 2.10, 0.15, 30, dom(2, 3, 4, 6, 7), hm(17, 0)),
			"canada-post-expedited_parcel": service(16.20, 2.40, 0.14, 30, dom(1, 2, 3, 5, 6), hm(17, 0)),
			"canada-post-xpresspost":       service(22.80, 3.00, 0.12, 30, dom(1, 1, 2, 2, 3), hm(17, 0)),
			"canada-post-priority":         service(31.50, 3.60, 0.12, 30, dom(1, 1, 1, 2, 2), hm(17, 0)),
			// Tracked Packet goes up to 2 kg, to the US or to the rest of the world.
			"canada-post-tracked_packet_usa":           service(18.90, 9.00, 0, 2, intl(6, 0, 0), hm(17, 0)).only("USA").stepped(0.1),
			"canada-post-tracked_packet_international": service(24.50, 11.00, 0.20, 2, intl(0, 9, 12), hm(17, 0)).stepped(0.1),
			"canada-post-xpresspost_international":     service(58.00, 10.50, 0.20, 30, intl(3, 5, 6), hm(17, 0)),
		},
	},
}
