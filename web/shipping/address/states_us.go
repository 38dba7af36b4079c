package address

import "strconv"

// usStates are the USPS state codes: the 50 states, DC, the territories, the freely
// associated states and the military "states". Spans are ZIP code prefixes (first three
// digits), drawn generously so that only a clearly foreign ZIP code is flagged.
var usStates = newSubdivisions("a US state", "use its two-letter USPS code, such as NY", zipPrefix, []region{
	{"AL", "Alabama", []span{{350, 369}}},
	{"AK", "Alaska", []span{{995, 999}}},
	{"AZ", "Arizona", []span{{850, 865}}},
	{"AR", "Arkansas", []span{{716, 729}}},
	{"CA", "California", []span{{900, 961}}},
	{"CO", "Colorado", []span{{800, 816}}},
	{"CT", "Connecticut", []span{{60, 69}}},
	{"DE", "Delaware", []span{{197, 199}}},
	{"DC", "District of Columbia", []span{{200, 200}, {202, 205}, {569, 569}}},
	{"FL", "Florida", []span{{320, 349}}},
	{"GA", "Georgia", []span{{300, 319}, {398, 399}}},
	{"HI", "Hawaii", []span{{967, 968}}},
	{"ID", "Idaho", []span{{832, 838}}},
	{"IL", "Illinois", []span{{600, 629}}},
	{"IN", "Indiana", []span{{460, 479}}},
	{"IA", "Iowa", []span{{500, 528}}},
	{"KS", "Kansas", []span{{660, 679}}},
	{"KY", "Kentucky", []span{{400, 427}}},
	{"LA", "Louisiana", []span{{700, 715}}},
	{"ME", "Maine", []span{{39, 49}}},
	{"MD", "Maryland", []span{{206, 219}}},
	{"MA", "Massachusetts", []span{{10, 27}, {55, 55}}},
	{"MI", "Michigan", []span{{480, 499}}},
	{"MN", "Minnesota", []span{{550, 567}}},
	{"MS", "Mississippi", []span{{386, 397}}},
	{"MO", "Missouri", []span{{630, 658}}},
	{"MT", "Montana", []span{{590, 599}}},
	{"NE", "Nebraska", []span{{680, 693}}},
	{"NV", "Nevada", []span{{889, 898}}},
	{"NH", "New Hampshire", []span{{30, 38}}},
	{"NJ", "New Jersey", []span{{70, 89}}},
	{"NM", "New Mexico", []span{{870, 884}}},
	{"NY", "New York", []span{{5, 5}, {63, 63}, {100, 149}}},
	{"NC", "North Carolina", []span{{270, 289}}},
	{"ND", "North Dakota", []span{{580, 588}}},
	{"OH", "Ohio", []span{{430, 459}}},
	{"OK", "Oklahoma", []span{{730, 749}}},
	{"OR", "Oregon", []span{{970, 979}}},
	{"PA", "Pennsylvania", []span{{150, 196}}},
	{"RI", "Rhode Island", []span{{28, 29}}},
	{"SC", "South Carolina", []span{{290, 299}}},
	{"SD", "South Dakota", []span{{570, 577}}},
	{"TN", "Tennessee", []span{{370, 385}}},
	{"TX", "Texas", []span{{733, 733}, {750, 799}, {885, 885}}},
	{"UT", "Utah", []span{{840, 847}}},
	{"VT", "Vermont", []span{{50, 59}}},
	{"VA", "Virginia", []span{{201, 201}, {220, 246}}},
	{"WA", "Washington", []span{{980, 994}}},
	{"WV", "West Virginia", []span{{247, 268}}},
	{"WI", "Wisconsin", []span{{530, 549}}},
	{"WY", "Wyoming", []span{{820, 831}}},
	{"AS", "American Samoa", []span{{967, 967}}},
	{"GU", "Guam", []span{{969, 969}}},
	{"MP", "Northern Mariana Islands", []span{{969, 969}}},
	{"PR", "Puerto Rico", []span{{6, 7}, {9, 9}}},
	{"VI", "U.S. Virgin Islands", []span{{8, 8}}},
	{"FM", "Federated States of Micronesia", []span{{969, 969}}},
	{"MH", "Marshall Islands", []span{{969, 969}}},
	{"PW", "Palau", []span{{969, 969}}},
	{"AA", "Armed Forces Americas", []span{{340, 340}}},
	{"AE", "Armed Forces Europe", []span{{90, 98}}},
	{"AP", "Armed Forces Pacific", []span{{962, 966}}},
}, map[string]string{
	"Washington DC": "DC", "Washington D.C.": "DC", "Virgin Islands": "VI", "Micronesia": "FM",
})

func zipPrefix(zip string) int {
	n, _ := strconv.Atoi(zip[:3])
	return n
}
