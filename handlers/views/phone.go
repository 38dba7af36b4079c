package views

import "strings"

// PhoneLabel writes an E.164 carrier number the way people dial it at home:
// "+8215881255" is "1588-1255", "+82314620100" is "031-462-0100" and
// "+18002758777" is "+1 800-275-8777". Other countries keep the E.164 form.
func PhoneLabel(e164 string) string {
	switch {
	case strings.HasPrefix(e164, "+82"):
		return koreanPhone(e164[3:])
	case strings.HasPrefix(e164, "+1") && len(e164) == 12:
		return "+1 " + e164[2:5] + "-" + e164[5:8] + "-" + e164[8:]
	}
	return e164
}

func koreanPhone(n string) string {
	if len(n) == 8 && n[0] == '1' {
		// Nationwide service numbers (15xx, 16xx, 18xx) have no area code.
		return n[:4] + "-" + n[4:]
	}
	n = "0" + n
	area := 3
	if strings.HasPrefix(n, "02") {
		area = 2
	}
	rest := n[area:]
	if len(rest) < 7 {
		return n
	}
	mid := len(rest) - 4
	return n[:area] + "-" + rest[:mid] + "-" + rest[mid:]
}
