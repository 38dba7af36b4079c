package detect

// Cross-border carriers from Asia outside Korea (korea.go): YunExpress.
// DHL eCommerce Asia is in dhl.go, national posts are S10 (s10.go).
//
//   - YunExpress: "YT" + 16 digits; no published check digit
//     (jkeen/tracking_number_data couriers/yunexpress.json).

var specYunExpress = &spec{Format: Format{
	Name: "yunexpress", Slugs: []string{"yunexpress"},
	Description: "YunExpress: \"YT\" + 16 digits; no published check digit",
	Example:     "YT2229521272164446",
}, conf: 60, country: "CHN"}

func matchAsia(n []byte, c *collector) {
	if len(n) == 18 && hasPrefix(n, "YT") && allDigits(n[2:]) {
		c.add(specYunExpress)
	}
}
