package carriers

// Shipping carriers outside North America: DHL Express, the Australian, British and
// Korean carriers. Korean credential labels carry the carriers' own Korean terms because
// that is how the contracts print them.
var worldShippers = []shippingEntry{
	{
		slug: "dhl",
		services: []ShippingService{
			domestic("dhl-domestic_express", "DHL Domestic Express"),
			international("dhl-economy_select", "DHL Economy Select"),
			international("dhl-express_worldwide", "DHL Express Worldwide"),
			international("dhl-express_1200", "DHL Express 12:00"),
			international("dhl-express_0900", "DHL Express 9:00"),
		},
		creds: []credentialRule{
			cred("site_id", "Site ID"),
			secretCred("password", "Password"),
			cred("account_number", "DHL Express account number").matching(`\d{9}`),
		},
	},
	{
		slug: "sendle",
		services: []ShippingService{
			domestic("sendle-standard_dropoff", "Sendle Standard Drop Off"),
			domestic("sendle-standard_pickup", "Sendle Standard Pickup"),
			domestic("sendle-express_pickup", "Sendle Express Pickup"),
		},
		creds: []credentialRule{
			cred("sendle_id", "Sendle ID"),
			secretCred("api_key", "API key"),
		},
	},
	{
		slug: "australia-post",
		services: []ShippingService{
			domestic("australia-post-parcel_post", "Australia Post Parcel Post"),
			domestic("australia-post-express_post", "Australia Post Express Post"),
			international("australia-post-international_standard", "Australia Post International Standard"),
			international("australia-post-international_express", "Australia Post International Express"),
		},
		creds: []credentialRule{
			cred("api_key", "API key"),
			secretCred("password", "API password"),
			cred("account_number", "Charge account number").matching(`\d{10}`),
		},
	},
	{
		slug: "royal-mail",
		services: []ShippingService{
			domestic("royal-mail-tracked_48", "Royal Mail Tracked 48"),
			domestic("royal-mail-tracked_24", "Royal Mail Tracked 24"),
			domestic("royal-mail-special_delivery_guaranteed_by_1pm", "Royal Mail Special Delivery Guaranteed by 1pm"),
			international("royal-mail-international_tracked", "Royal Mail International Tracked"),
			international("royal-mail-international_tracked_and_signed", "Royal Mail International Tracked & Signed"),
		},
		// Click & Drop authorises every call with one API key.
		creds: []credentialRule{
			secretCred("api_key", "Click & Drop API key"),
		},
	},
	{
		slug: "kpost",
		services: []ShippingService{
			domestic("kpost-registered_parcel", "Korea Post Registered Parcel (등기소포)"),
			international("kpost-k_packet", "Korea Post K-Packet"),
			international("kpost-ems", "Korea Post EMS"),
			international("kpost-ems_premium", "Korea Post EMS Premium"),
		},
		// The contract parcel API identifies the customer and the contract approval, and
		// encrypts requests with the security key issued alongside the API key.
		creds: []credentialRule{
			cred("customer_number", "고객번호 (customer number)").matching(`\d{10}`),
			cred("approval_number", "계약승인번호 (contract approval number)").matching(`\d{10}`),
			secretCred("api_key", "인증키 (API key)"),
			secretCred("security_key", "보안키 (security key)"),
		},
	},
	{
		slug: "cjlogistics",
		services: []ShippingService{
			domestic("cjlogistics-standard", "CJ대한통운 일반택배 (standard parcel)"),
			domestic("cjlogistics-next_day", "CJ대한통운 내일 꼭! 오네 (next day)"),
		},
		creds: []credentialRule{
			cred("customer_id", "고객코드 (customer code)").matching(`[0-9A-Za-z]{6,12}`),
			cred("business_number", "사업자등록번호 (business registration number)").matching(`\d{3}-?\d{2}-?\d{5}`),
			secretCred("api_key", "API key"),
		},
	},
}
