package address

import "testing"

// Each capital's postal code must be accepted for its own state: a wrong span in the
// tables would flag real addresses as partially valid.
func TestCapitalsMatchTheirStates(t *testing.T) {
	capitals := map[string]map[string]string{
		"USA": {
			"AL": "36104", "AK": "99801", "AZ": "85001", "AR": "72201", "CA": "95814", "CO": "80202",
			"CT": "06103", "DE": "19901", "DC": "20500", "FL": "32301", "GA": "30303", "HI": "96813",
			"ID": "83702", "IL": "62701", "IN": "46204", "IA": "50309", "KS": "66603", "KY": "40601",
			"LA": "70802", "ME": "04330", "MD": "21401", "MA": "02108", "MI": "48933", "MN": "55102",
			"MS": "39201", "MO": "65101", "MT": "59601", "NE": "68508", "NV": "89701", "NH": "03301",
			"NJ": "08608", "NM": "87501", "NY": "12207", "NC": "27601", "ND": "58501", "OH": "43215",
			"OK": "73102", "OR": "97301", "PA": "17101", "RI": "02903", "SC": "29201", "SD": "57501",
			"TN": "37219", "TX": "78701", "UT": "84111", "VT": "05602", "VA": "23219", "WA": "98501",
			"WV": "25301", "WI": "53703", "WY": "82001", "PR": "00901", "VI": "00802", "GU": "96910",
			"AS": "96799", "MP": "96950",
		},
		"AUS": {"NSW": "2000", "VIC": "3000", "QLD": "4000", "SA": "5000", "WA": "6000", "TAS": "7000",
			"NT": "0800", "ACT": "2600"},
		"CAN": {"NL": "A1C 5M2", "NS": "B3H 4R2", "PE": "C1A 4P3", "NB": "E3B 1B5", "QC": "G1R 4S9",
			"ON": "M5H 2N2", "MB": "R3C 0V8", "SK": "S4P 3V7", "AB": "T5J 2R7", "BC": "V8W 9E1",
			"NT": "X1A 2L9", "NU": "X0A 0H0", "YT": "Y1A 1B2"},
	}
	for country, states := range capitals {
		for state, postal := range states {
			got := Validate(addr(country, state, postal))
			if got.Status != StatusValid {
				t.Errorf("%s %s %s = %s %+v", country, state, postal, got.Status, got.Issues)
			}
		}
	}
}

func TestEveryStateNameReadsAsItsCode(t *testing.T) {
	for _, s := range []*subdivisions{usStates, caProvinces, auStates} {
		for _, r := range s.regions {
			if got := s.canonical(r.name); got != r.code {
				t.Errorf("%s = %q, want %q", r.name, got, r.code)
			}
			for _, sp := range r.spans {
				if sp.lo > sp.hi {
					t.Errorf("%s span %v is empty", r.code, sp)
				}
			}
		}
	}
}
