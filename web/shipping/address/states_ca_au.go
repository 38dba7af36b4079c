package address

import "strconv"

// caProvinces span the first letter of the postal code, which Canada Post assigns by
// province (Ontario and Quebec have several; the northern territories share X).
var caProvinces = newSubdivisions("a Canadian province or territory", "use its two-letter code, such as ON",
	firstLetter, []region{
		{"AB", "Alberta", letters('T')},
		{"BC", "British Columbia", letters('V')},
		{"MB", "Manitoba", letters('R')},
		{"NB", "New Brunswick", letters('E')},
		{"NL", "Newfoundland and Labrador", letters('A')},
		{"NS", "Nova Scotia", letters('B')},
		{"NT", "Northwest Territories", letters('X')},
		{"NU", "Nunavut", letters('X')},
		{"ON", "Ontario", letters('K', 'L', 'M', 'N', 'P')},
		{"PE", "Prince Edward Island", letters('C')},
		{"QC", "Quebec", letters('G', 'H', 'J')},
		{"SK", "Saskatchewan", letters('S')},
		{"YT", "Yukon", letters('Y')},
	}, map[string]string{
		"Québec": "QC", "PQ": "QC", "Newfoundland": "NL", "NF": "NL", "PEI": "PE",
		"Yukon Territory": "YT", "Colombie-Britannique": "BC", "Nouveau-Brunswick": "NB",
		"Nouvelle-Écosse": "NS", "Île-du-Prince-Édouard": "PE", "Terre-Neuve-et-Labrador": "NL",
		"Territoires du Nord-Ouest": "NT",
	})

func firstLetter(postal string) int { return int(postal[0]) }

func letters(ls ...byte) []span {
	spans := make([]span, len(ls))
	for i, l := range ls {
		spans[i] = span{int(l), int(l)}
	}
	return spans
}

// auStates span whole postcodes, including the ranges Australia Post reserves for each
// state's PO boxes and large-volume receivers.
var auStates = newSubdivisions("an Australian state or territory", "use its abbreviation, such as NSW",
	wholePostcode, []region{
		{"ACT", "Australian Capital Territory", []span{{200, 299}, {2600, 2618}, {2900, 2920}}},
		{"NSW", "New South Wales", []span{{1000, 2599}, {2619, 2899}, {2921, 2999}}},
		{"NT", "Northern Territory", []span{{800, 999}}},
		{"QLD", "Queensland", []span{{4000, 4999}, {9000, 9999}}},
		{"SA", "South Australia", []span{{5000, 5999}}},
		{"TAS", "Tasmania", []span{{7000, 7999}}},
		{"VIC", "Victoria", []span{{3000, 3999}, {8000, 8999}}},
		{"WA", "Western Australia", []span{{6000, 6999}}},
	}, nil)

func wholePostcode(postal string) int {
	n, _ := strconv.Atoi(postal)
	return n
}
