package sandbox

// stop is a place a parcel passes. Zone is the IANA zone of the place, so checkpoint
// times carry local offsets the way carriers report them.
type stop struct {
	Name, City, State, Zip string
	ISO3, Country, Zone    string
}

// route is the path of one domestic story plus the places international stories use.
type route struct {
	Origin, Hub, Dest stop
	Gateway           stop // where an import enters the country and meets customs
	Abroad            stop // where an import starts
}

func kr(name, city, state, zip string) stop {
	return stop{name, city, state, zip, "KOR", "South Korea", "Asia/Seoul"}
}

func us(city, state, zip, zone string) stop {
	return stop{city + ", " + state + " " + zip, city, state, zip, "USA", "United States", zone}
}

func inCountry(iso3, country, zone string) func(name, city, state, zip string) stop {
	return func(name, city, state, zip string) stop {
		return stop{name, city, state, zip, iso3, country, zone}
	}
}

var (
	shenzhen   = stop{"Shenzhen, CN", "Shenzhen", "Guangdong", "518000", "CHN", "China", "Asia/Shanghai"}
	losAngeles = us("Los Angeles", "CA", "90052", "America/Los_Angeles")
	incheon    = kr("인천공항세관", "인천", "인천광역시", "22382")
	jfk        = stop{"ISC New York, NY 11430", "New York", "NY", "11430", "USA", "United States", "America/New_York"}
)

// Branch and hub names follow the style of Korean parcel carriers ("용산1", "대전HUB").
var krParcelRoutes = []route{
	{kr("경기고양신삼송", "고양", "경기도", "10551"), kr("곤지암Hub", "광주", "경기도", "12807"), kr("충북보은", "보은", "충청북도", "28937"), incheon, shenzhen},
	{kr("용산1", "서울", "서울특별시", "04390"), kr("대전HUB", "대전", "대전광역시", "34325"), kr("부산사상", "부산", "부산광역시", "46986"), incheon, shenzhen},
	{kr("성남분당", "성남", "경기도", "13561"), kr("옥천HUB", "옥천", "충청북도", "29056"), kr("광주서구", "광주", "광주광역시", "61947"), incheon, shenzhen},
}

var krPostRoutes = []route{
	{kr("서울중앙우체국", "서울", "서울특별시", "04536"), kr("대전우편집중국", "대전", "대전광역시", "34413"), kr("보은우체국", "보은", "충청북도", "28940"), kr("국제우편물류센터", "인천", "인천광역시", "22382"), shenzhen},
	{kr("부산우체국", "부산", "부산광역시", "48943"), kr("부산우편집중국", "부산", "부산광역시", "46731"), kr("강릉우체국", "강릉", "강원특별자치도", "25522"), kr("국제우편물류센터", "인천", "인천광역시", "22382"), shenzhen},
}

var usRoutes = []route{
	{losAngeles, us("Phoenix", "AZ", "85026", "America/Phoenix"), us("Dallas", "TX", "75260", "America/Chicago"), jfk, shenzhen},
	{us("Chicago", "IL", "60607", "America/Chicago"), us("Indianapolis", "IN", "46206", "America/Indiana/Indianapolis"), us("Brooklyn", "NY", "11256", "America/New_York"), jfk, shenzhen},
	{us("Seattle", "WA", "98101", "America/Los_Angeles"), us("Salt Lake City", "UT", "84199", "America/Denver"), us("Denver", "CO", "80202", "America/Denver"), jfk, shenzhen},
}

// otherRoutes has one route per home country of the non-Korean, non-US couriers.
var otherRoutes = map[string]route{
	"GBR": gbr(), "DEU": deu(), "FRA": fra(), "JPN": jpn(), "CHN": chn(),
	"CAN": can(), "AUS": aus(), "HKG": hkg(), "SGP": sgp(),
}

func gbr() route {
	s := inCountry("GBR", "United Kingdom", "Europe/London")
	return route{s("London Mail Centre", "London", "England", "EC1A 1BB"), s("Midlands Super Hub", "Daventry", "England", "NN11 8RE"),
		s("Manchester Delivery Office", "Manchester", "England", "M1 1AA"), s("Heathrow Worldwide DC", "London", "England", "UB7 0GE"), shenzhen}
}

func deu() route {
	s := inCountry("DEU", "Germany", "Europe/Berlin")
	return route{s("Berlin", "Berlin", "Berlin", "10115"), s("Leipzig Hub", "Leipzig", "Sachsen", "04435"),
		s("München", "München", "Bayern", "80331"), s("Frankfurt am Main", "Frankfurt am Main", "Hessen", "60549"), shenzhen}
}

func fra() route {
	s := inCountry("FRA", "France", "Europe/Paris")
	return route{s("Paris", "Paris", "Île-de-France", "75001"), s("Lyon Plateforme", "Lyon", "Auvergne-Rhône-Alpes", "69001"),
		s("Marseille", "Marseille", "Provence-Alpes-Côte d'Azur", "13001"), s("Roissy CDG", "Roissy-en-France", "Île-de-France", "95700"), shenzhen}
}

func jpn() route {
	s := inCountry("JPN", "Japan", "Asia/Tokyo")
	return route{s("Tokyo Chiyoda", "Tokyo", "Tokyo", "100-0001"), s("Nagoya Hub", "Nagoya", "Aichi", "450-0002"),
		s("Osaka Kita", "Osaka", "Osaka", "530-0001"), s("Narita Airport", "Narita", "Chiba", "282-0004"), shenzhen}
}

func chn() route {
	s := inCountry("CHN", "China", "Asia/Shanghai")
	return route{s("Shanghai", "Shanghai", "Shanghai", "200000"), s("Zhengzhou Hub", "Zhengzhou", "Henan", "450000"),
		s("Beijing", "Beijing", "Beijing", "100000"), s("Beijing Capital Airport", "Beijing", "Beijing", "100621"), losAngeles}
}

func can() route {
	s := func(name, prov, zip, zone string) stop { return stop{name, name, prov, zip, "CAN", "Canada", zone} }
	return route{s("Toronto", "ON", "M5H 2N2", "America/Toronto"), s("Winnipeg", "MB", "R3C 0A5", "America/Winnipeg"),
		s("Vancouver", "BC", "V6B 1A1", "America/Vancouver"), s("Mississauga", "ON", "L5P 1B2", "America/Toronto"), shenzhen}
}

func aus() route {
	s := func(name, st, zip, zone string) stop { return stop{name, name, st, zip, "AUS", "Australia", zone} }
	return route{s("Sydney", "NSW", "2000", "Australia/Sydney"), s("Melbourne", "VIC", "3000", "Australia/Melbourne"),
		s("Brisbane", "QLD", "4000", "Australia/Brisbane"), s("Sydney Airport", "NSW", "2020", "Australia/Sydney"), shenzhen}
}

func hkg() route {
	s := inCountry("HKG", "Hong Kong", "Asia/Hong_Kong")
	return route{s("Central", "Hong Kong", "Hong Kong Island", ""), s("Kowloon Central", "Kowloon", "Kowloon", ""),
		s("Tuen Mun", "Tuen Mun", "New Territories", ""), s("Air Mail Centre", "Chek Lap Kok", "New Territories", ""), shenzhen}
}

func sgp() route {
	s := inCountry("SGP", "Singapore", "Asia/Singapore")
	return route{s("Singapore Post Centre", "Singapore", "", "408600"), s("Tampines", "Singapore", "", "529536"),
		s("Jurong West", "Singapore", "", "640638"), s("Changi Airfreight Centre", "Singapore", "", "819830"), shenzhen}
}

// countryNames covers the home countries of catalog couriers without a hand-made route.
var countryNames = map[string]string{
	"AUT": "Austria", "BEL": "Belgium", "BRA": "Brazil", "CHE": "Switzerland", "CZE": "Czechia",
	"DNK": "Denmark", "ESP": "Spain", "FIN": "Finland", "IDN": "Indonesia", "IRL": "Ireland",
	"ISR": "Israel", "IND": "India", "ITA": "Italy", "MEX": "Mexico", "MYS": "Malaysia",
	"NLD": "Netherlands", "NOR": "Norway", "NZL": "New Zealand", "PHL": "Philippines", "POL": "Poland",
	"PRT": "Portugal", "RUS": "Russia", "SWE": "Sweden", "THA": "Thailand", "TUR": "Türkiye",
	"TWN": "Taiwan", "UKR": "Ukraine", "VNM": "Vietnam", "ZAF": "South Africa",
}

// syntheticRoute names facilities after the courier when no real places are on file, so
// the country and time zone stay right even without city data.
func syntheticRoute(name, iso3, zone string) route {
	country := countryNames[iso3]
	if country == "" {
		country = iso3
	}
	s := func(facility string) stop {
		return stop{name + " " + facility, facility, "", "", iso3, country, zone}
	}
	return route{s("Origin Facility"), s("Sorting Hub"), s("Delivery Office"), s("International Exchange"), shenzhen}
}
