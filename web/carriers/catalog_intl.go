package carriers

// Couriers outside Korea: the ones Waypost ships with (Shipping, see ShippingProfiles) and
// the ones number detection can name. TrackerID is set only where
// tracker.delivery lists the carrier.
var internationalCouriers = []Courier{
	{
		Slug: "usps", TrackerID: "us.usps", Name: "USPS", OtherName: "United States Postal Service",
		Phone: "+18002758777", WebURL: "https://www.usps.com",
		TrackingURL: "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s",
		CountryISO3: "USA", TimeZone: "America/New_York", Languages: []string{"en"}, Shipping: true,
	},
	{
		Slug: "ups", TrackerID: "us.ups", Name: "UPS", OtherName: "United Parcel Service",
		Phone: "+18007425877", WebURL: "https://www.ups.com",
		TrackingURL: "https://www.ups.com/track?tracknum=%s",
		CountryISO3: "USA", TimeZone: "America/New_York",
		OptionalFields: []string{"tracking_postal_code"}, Languages: []string{"en"}, Shipping: true,
	},
	{
		Slug: "fedex", TrackerID: "us.fedex", Name: "FedEx", OtherName: "Federal Express",
		Phone: "+18004633339", WebURL: "https://www.fedex.com",
		TrackingURL: "https://www.fedex.com/fedextrack/?trknbr=%s",
		CountryISO3: "USA", TimeZone: "America/Chicago",
		OptionalFields: []string{"tracking_ship_date", "tracking_postal_code"},
		Languages:      []string{"en"}, Shipping: true,
	},
	{
		Slug: "dhl", TrackerID: "de.dhl", Name: "DHL Express", OtherName: "DHL Express",
		Phone: "+18002255345", WebURL: "https://www.dhl.com",
		TrackingURL: "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=%s",
		CountryISO3: "DEU", TimeZone: "Europe/Berlin", Languages: []string{"en", "de"}, Shipping: true,
		// DHL shows full event details only to callers who know the recipient's postcode.
		OptionalFields: []string{"tracking_postal_code", "tracking_destination_country"},
	},
	{
		Slug: "sendle", Name: "Sendle", OtherName: "Sendle", WebURL: "https://www.sendle.com",
		TrackingURL: "https://track.sendle.com/tracking?ref=%s",
		CountryISO3: "AUS", TimeZone: "Australia/Sydney", Languages: []string{"en"}, Shipping: true,
	},
	{
		Slug: "royal-mail", Name: "Royal Mail", OtherName: "Royal Mail", Phone: "+443457740740",
		WebURL:      "https://www.royalmail.com",
		TrackingURL: "https://www.royalmail.com/track-your-item#/tracking-results/%s",
		CountryISO3: "GBR", TimeZone: "Europe/London", Languages: []string{"en"}, Shipping: true,
	},
	{
		Slug: "china-post", Name: "China Post", OtherName: "中国邮政", Phone: "+8611183",
		WebURL: "https://www.chinapost.com.cn", CountryISO3: "CHN", TimeZone: "Asia/Shanghai",
		Languages: []string{"zh", "en"},
	},
	{
		Slug: "japan-post", Name: "Japan Post", OtherName: "日本郵便",
		WebURL:      "https://www.post.japanpost.jp",
		TrackingURL: "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=%s&locale=en",
		CountryISO3: "JPN", TimeZone: "Asia/Tokyo", Languages: []string{"ja", "en"},
	},
	{
		Slug: "canada-post", Name: "Canada Post", OtherName: "Postes Canada", Phone: "+18666076301",
		WebURL:      "https://www.canadapost-postescanada.ca",
		TrackingURL: "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=%s",
		CountryISO3: "CAN", TimeZone: "America/Toronto", Languages: []string{"en", "fr"}, Shipping: true,
	},
	{
		Slug: "australia-post", Name: "Australia Post", OtherName: "Australia Post", Phone: "+61131318",
		WebURL: "https://auspost.com.au", TrackingURL: "https://auspost.com.au/mypost/track/#/details/%s",
		CountryISO3: "AUS", TimeZone: "Australia/Melbourne", Languages: []string{"en"}, Shipping: true,
	},
	{
		// AfterShip spells this slug without the final "e"; the ship date disambiguates numbers.
		Slug: "deutsch-post", Name: "Deutsche Post", OtherName: "Deutsche Post",
		WebURL: "https://www.deutschepost.de", CountryISO3: "DEU", TimeZone: "Europe/Berlin",
		RequiredFields: []string{"tracking_ship_date"}, Languages: []string{"de", "en"},
	},
	{
		Slug: "la-poste-colissimo", Name: "La Poste Colissimo", OtherName: "La Poste",
		WebURL:      "https://www.laposte.fr",
		TrackingURL: "https://www.laposte.fr/outils/suivre-vos-envois?code=%s",
		CountryISO3: "FRA", TimeZone: "Europe/Paris", Languages: []string{"fr", "en"},
	},
	{
		Slug: "hong-kong-post", Name: "Hongkong Post", OtherName: "香港郵政", Phone: "+85229212222",
		WebURL: "https://www.hongkongpost.hk", CountryISO3: "HKG", TimeZone: "Asia/Hong_Kong",
		Languages: []string{"zh", "en"},
	},
	{
		Slug: "singapore-post", Name: "Singapore Post", OtherName: "SingPost",
		WebURL: "https://www.singpost.com", CountryISO3: "SGP", TimeZone: "Asia/Singapore",
		Languages: []string{"en"},
	},
	{
		Slug: "amazon", Name: "Amazon Logistics", OtherName: "Amazon Shipping",
		WebURL: "https://www.amazon.com", CountryISO3: "USA", TimeZone: "America/Los_Angeles",
		Languages: []string{"en"},
	},
	{
		Slug: "ontrac", Name: "OnTrac", OtherName: "OnTrac", WebURL: "https://www.ontrac.com",
		TrackingURL: "https://www.ontrac.com/tracking/?number=%s",
		CountryISO3: "USA", TimeZone: "America/Los_Angeles", Languages: []string{"en"}, Shipping: true,
	},
	{
		Slug: "lasership", Name: "LaserShip", OtherName: "LaserShip", WebURL: "https://www.lasership.com",
		TrackingURL: "https://www.lasership.com/track/%s",
		CountryISO3: "USA", TimeZone: "America/New_York", Languages: []string{"en"},
	},
	{
		Slug: "ups-mi", Name: "UPS Mail Innovations", OtherName: "UPS Mail Innovations",
		WebURL: "https://www.ups.com", TrackingURL: "https://www.ups.com/track?tracknum=%s",
		CountryISO3: "USA", TimeZone: "America/New_York", Languages: []string{"en"},
	},
	{
		Slug: "old-dominion", Name: "Old Dominion Freight Line", OtherName: "ODFL",
		WebURL: "https://www.odfl.com", CountryISO3: "USA", TimeZone: "America/New_York", Languages: []string{"en"},
	},
	{
		Slug: "spee-dee", Name: "Spee-Dee Delivery", OtherName: "Spee-Dee",
		WebURL: "https://speedeedelivery.com", CountryISO3: "USA", TimeZone: "America/Chicago", Languages: []string{"en"},
	},
	{
		Slug: "gofo-express", Name: "GOFO Express", OtherName: "GOFO USA",
		WebURL: "https://www.gofoexpress.com", CountryISO3: "USA", TimeZone: "America/Los_Angeles", Languages: []string{"en"},
	},
	{
		Slug: "canpar", Name: "Canpar Express", OtherName: "Canpar Courier", Phone: "+18003879335",
		WebURL: "https://www.canpar.com", CountryISO3: "CAN", TimeZone: "America/Toronto", Languages: []string{"en", "fr"},
	},
	{
		Slug: "purolator", Name: "Purolator", OtherName: "Purolator Courier", Phone: "+18887447123",
		WebURL: "https://www.purolator.com", TrackingURL: "https://www.purolator.com/en/shipping/tracker?pins=%s",
		CountryISO3: "CAN", TimeZone: "America/Toronto", Languages: []string{"en", "fr"},
	},
	{
		Slug: "dpd", Name: "DPD", OtherName: "Dynamic Parcel Distribution",
		WebURL: "https://www.dpd.com", TrackingURL: "https://tracking.dpd.de/status/en_US/parcel/%s",
		CountryISO3: "DEU", TimeZone: "Europe/Berlin", Languages: []string{"de", "en"},
	},
	{
		Slug: "dpd-uk", Name: "DPD UK", OtherName: "DPD UK",
		WebURL: "https://www.dpd.co.uk", CountryISO3: "GBR", TimeZone: "Europe/London", Languages: []string{"en"},
	},
	{
		Slug: "yodel", Name: "Yodel", OtherName: "Yodel Delivery Network",
		WebURL: "https://www.yodel.co.uk", TrackingURL: "https://www.yodel.co.uk/tracking/%s",
		CountryISO3: "GBR", TimeZone: "Europe/London", Languages: []string{"en"},
	},
	{
		Slug: "landmark-global", Name: "Landmark Global", OtherName: "Landmark Global",
		WebURL: "https://landmarkglobal.com", CountryISO3: "BEL", TimeZone: "Europe/Brussels", Languages: []string{"en"},
	},
	{
		Slug: "yunexpress", Name: "YunExpress", OtherName: "云途物流",
		WebURL: "https://www.yunexpress.com", CountryISO3: "CHN", TimeZone: "Asia/Shanghai", Languages: []string{"zh", "en"},
	},
}
