package carriers

// North American shipping carriers. Service types follow AfterShip Shipping's
// "<slug>-<service>" names; credential keys are the fields each carrier's own API asks
// for (OAuth apps for USPS, UPS and FedEx; the account numbers labels are billed to).
var americanShippers = []shippingEntry{
	{
		slug: "usps",
		services: []ShippingService{
			domestic("usps-ground_advantage", "USPS Ground Advantage"),
			domestic("usps-priority_mail", "USPS Priority Mail"),
			domestic("usps-priority_mail_express", "USPS Priority Mail Express"),
			domestic("usps-media_mail", "USPS Media Mail"),
			international("usps-first_class_package_international_service", "USPS First-Class Package International Service"),
			international("usps-priority_mail_international", "USPS Priority Mail International"),
			international("usps-priority_mail_express_international", "USPS Priority Mail Express International"),
		},
		// The Labels API pays through a payment authorization token, which USPS issues
		// for a CRID, the mailer IDs and the EPS or permit account postage is taken from.
		creds: []credentialRule{
			cred("client_id", "Consumer key"),
			secretCred("client_secret", "Consumer secret"),
			cred("crid", "Customer Registration ID (CRID)").matching(`\d{5,15}`),
			cred("mid", "Mailer ID (MID)").matching(`\d{6}|\d{9}`),
			cred("manifest_mid", "Manifest Mailer ID").matching(`\d{6}|\d{9}`).optional(),
			cred("account_type", "Payment account type (EPS, PERMIT or METER)").matching(`(?i:EPS|PERMIT|METER)`).optional(),
			cred("account_number", "EPS account or permit number").matching(`\d{1,10}`),
		},
	},
	{
		slug: "ups",
		services: []ShippingService{
			domestic("ups-ground", "UPS Ground"),
			domestic("ups-3_day_select", "UPS 3 Day Select"),
			domestic("ups-2nd_day_air", "UPS 2nd Day Air"),
			domestic("ups-next_day_air_saver", "UPS Next Day Air Saver"),
			domestic("ups-next_day_air", "UPS Next Day Air"),
			domestic("ups-next_day_air_early", "UPS Next Day Air Early"),
			bothWays("ups-standard", "UPS Standard"),
			international("ups-worldwide_expedited", "UPS Worldwide Expedited"),
			international("ups-worldwide_saver", "UPS Worldwide Saver"),
			international("ups-worldwide_express", "UPS Worldwide Express"),
			international("ups-worldwide_express_plus", "UPS Worldwide Express Plus"),
		},
		creds: []credentialRule{
			cred("client_id", "Client ID"),
			secretCred("client_secret", "Client secret"),
			cred("account_number", "Shipper number").matching(`[0-9A-Za-z]{6}`),
		},
	},
	{
		slug: "fedex",
		services: []ShippingService{
			domestic("fedex-ground", "FedEx Ground"),
			domestic("fedex-home_delivery", "FedEx Home Delivery"),
			domestic("fedex-express_saver", "FedEx Express Saver"),
			domestic("fedex-2_day", "FedEx 2Day"),
			domestic("fedex-2_day_am", "FedEx 2Day A.M."),
			domestic("fedex-standard_overnight", "FedEx Standard Overnight"),
			domestic("fedex-priority_overnight", "FedEx Priority Overnight"),
			domestic("fedex-first_overnight", "FedEx First Overnight"),
			international("fedex-international_connect_plus", "FedEx International Connect Plus"),
			international("fedex-international_economy", "FedEx International Economy"),
			international("fedex-international_priority", "FedEx International Priority"),
		},
		creds: []credentialRule{
			cred("client_id", "API key"),
			secretCred("client_secret", "Secret key"),
			cred("account_number", "FedEx account number").matching(`\d{9}`),
		},
	},
	{
		slug: "ontrac",
		services: []ShippingService{
			domestic("ontrac-ground", "OnTrac Ground"),
		},
		creds: []credentialRule{
			cred("account_number", "Account number").matching(`\d{4,10}`),
			secretCred("password", "API password"),
		},
	},
	{
		slug: "dhl-global-mail",
		services: []ShippingService{
			domestic("dhl-global-mail-parcel_ground", "DHL eCommerce Parcel Ground"),
			domestic("dhl-global-mail-parcel_expedited", "DHL eCommerce Parcel Expedited"),
			international("dhl-global-mail-parcel_international_direct", "DHL eCommerce Parcel International Direct"),
		},
		creds: []credentialRule{
			cred("client_id", "Client ID"),
			secretCred("client_secret", "Client secret"),
			cred("pickup_account", "Pickup account number").matching(`\d{5,10}`),
			cred("distribution_center", "Distribution center (e.g. USLAX1)").matching(`[A-Za-z]{5}\d`).optional(),
		},
	},
	{
		slug: "canada-post",
		services: []ShippingService{
			domestic("canada-post-regular_parcel", "Canada Post Regular Parcel"),
			domestic("canada-post-expedited_parcel", "Canada Post Expedited Parcel"),
			domestic("canada-post-xpresspost", "Canada Post Xpresspost"),
			domestic("canada-post-priority", "Canada Post Priority"),
			international("canada-post-tracked_packet_usa", "Canada Post Tracked Packet USA"),
			international("canada-post-tracked_packet_international", "Canada Post Tracked Packet International"),
			international("canada-post-xpresspost_international", "Canada Post Xpresspost International"),
		},
		creds: []credentialRule{
			cred("api_username", "API username"),
			secretCred("api_password", "API password"),
			cred("customer_number", "Customer number").matching(`\d{10}`),
			cred("contract_id", "Contract ID").matching(`\d{10}`).optional(),
		},
	},
}
