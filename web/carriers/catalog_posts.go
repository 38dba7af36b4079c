package carriers

// National posts and DHL services that number detection can name (S10 country codes and
// DHL formats), so every slug detection returns resolves in the catalog. Only identity
// data is given; tracking pages are left out where no stable per-number URL is known.
var postalCouriers = []Courier{
	post("austrian-post-registered", "Austrian Post (Registered)", "Österreichische Post", "AUT", "Europe/Vienna", "https://www.post.at", "de", "en"),
	post("bpost", "bpost", "bpost", "BEL", "Europe/Brussels", "https://www.bpost.be", "nl", "fr", "en"),
	post("brazil-correios", "Brazil Correios", "Correios", "BRA", "America/Sao_Paulo", "https://www.correios.com.br", "pt"),
	post("swiss-post", "Swiss Post", "Die Post", "CHE", "Europe/Zurich", "https://www.post.ch", "de", "fr", "it", "en"),
	post("ceska-posta", "Czech Post", "Česká pošta", "CZE", "Europe/Prague", "https://www.postaonline.cz", "cs", "en"),
	post("danmark-post", "PostNord Denmark", "PostNord Danmark", "DNK", "Europe/Copenhagen", "https://www.postnord.dk", "da", "en"),
	post("spain-correos-es", "Correos Spain", "Correos", "ESP", "Europe/Madrid", "https://www.correos.es", "es", "en"),
	post("posti", "Posti", "Posti", "FIN", "Europe/Helsinki", "https://www.posti.fi", "fi", "sv", "en"),
	post("pos-indonesia", "Pos Indonesia", "Pos Indonesia", "IDN", "Asia/Jakarta", "https://www.posindonesia.co.id", "id"),
	post("an-post", "An Post", "An Post", "IRL", "Europe/Dublin", "https://www.anpost.com", "en"),
	post("israel-post", "Israel Post", "דואר ישראל", "ISR", "Asia/Jerusalem", "https://www.israelpost.co.il", "he", "en"),
	post("india-post", "India Post", "भारतीय डाक", "IND", "Asia/Kolkata", "https://www.indiapost.gov.in", "en", "hi"),
	post("poste-italiane", "Poste Italiane", "Poste Italiane", "ITA", "Europe/Rome", "https://www.poste.it", "it"),
	post("correos-de-mexico", "Correos de México", "Correos de México", "MEX", "America/Mexico_City", "https://www.correosdemexico.gob.mx", "es"),
	post("malaysia-post", "Pos Malaysia", "Pos Malaysia", "MYS", "Asia/Kuala_Lumpur", "https://www.pos.com.my", "ms", "en"),
	post("postnl-international", "PostNL International", "PostNL", "NLD", "Europe/Amsterdam", "https://www.postnl.nl", "nl", "en"),
	post("posten-norge", "Posten Norge", "Posten", "NOR", "Europe/Oslo", "https://www.posten.no", "no", "en"),
	post("new-zealand-post", "New Zealand Post", "NZ Post", "NZL", "Pacific/Auckland", "https://www.nzpost.co.nz", "en"),
	post("phlpost", "PHLPost", "Philippine Postal Corporation", "PHL", "Asia/Manila", "https://www.phlpost.gov.ph", "en"),
	post("poczta-polska", "Poczta Polska", "Poczta Polska", "POL", "Europe/Warsaw", "https://www.poczta-polska.pl", "pl"),
	post("portugal-ctt", "CTT Portugal", "CTT Correios de Portugal", "PRT", "Europe/Lisbon", "https://www.ctt.pt", "pt", "en"),
	post("russian-post", "Russian Post", "Почта России", "RUS", "Europe/Moscow", "https://www.pochta.ru", "ru"),
	post("sweden-posten", "PostNord Sweden", "PostNord Sverige", "SWE", "Europe/Stockholm", "https://www.postnord.se", "sv", "en"),
	post("thailand-post", "Thailand Post", "ไปรษณีย์ไทย", "THA", "Asia/Bangkok", "https://www.thailandpost.co.th", "th", "en"),
	post("ptt-posta", "PTT Posta", "PTT", "TUR", "Europe/Istanbul", "https://www.ptt.gov.tr", "tr"),
	post("taiwan-post", "Chunghwa Post", "中華郵政", "TWN", "Asia/Taipei", "https://www.post.gov.tw", "zh", "en"),
	post("ukrposhta", "Ukrposhta", "Укрпошта", "UKR", "Europe/Kyiv", "https://www.ukrposhta.ua", "uk", "en"),
	post("vnpost", "Vietnam Post", "Bưu điện Việt Nam", "VNM", "Asia/Ho_Chi_Minh", "https://www.vnpost.vn", "vi"),
	post("sapo", "South African Post Office", "SAPO", "ZAF", "Africa/Johannesburg", "https://www.postoffice.co.za", "en"),
	{
		Slug: "dhl-global-mail", Name: "DHL eCommerce", OtherName: "DHL eCommerce Solutions",
		WebURL: "https://www.dhl.com", CountryISO3: "USA", TimeZone: "America/New_York", Languages: []string{"en"},
		Shipping: true,
	},
	{
		Slug: "dhl-global-mail-asia", Name: "DHL eCommerce Asia", OtherName: "DHL Global Mail Asia",
		WebURL: "https://www.dhl.com", CountryISO3: "SGP", TimeZone: "Asia/Singapore", Languages: []string{"en"},
	},
	{
		// Piece IDs are the per-package labels of a DHL Express shipment.
		Slug: "dhl-pieceid", Name: "DHL Express (Piece ID)", OtherName: "DHL Express",
		WebURL: "https://www.dhl.com", CountryISO3: "DEU", TimeZone: "Europe/Berlin", Languages: []string{"en", "de"},
	},
}

func post(slug, name, local, iso3, zone, web string, langs ...string) Courier {
	return Courier{Slug: slug, Name: name, OtherName: local, WebURL: web, CountryISO3: iso3, TimeZone: zone, Languages: langs}
}
