package usps

import "strings"

// service is one USPS mail class as Waypost sells it.
type service struct {
	Type, Name, MailClass string
	International         bool
}

// services are the mail classes the adapter prices and labels, in the order rates list
// them when prices tie.
var services = []service{
	{"usps-ground_advantage", "USPS Ground Advantage", "USPS_GROUND_ADVANTAGE", false},
	{"usps-priority_mail", "USPS Priority Mail", "PRIORITY_MAIL", false},
	{"usps-priority_mail_express", "USPS Priority Mail Express", "PRIORITY_MAIL_EXPRESS", false},
	{"usps-parcel_select", "USPS Parcel Select Ground", "PARCEL_SELECT", false},
	{"usps-media_mail", "USPS Media Mail", "MEDIA_MAIL", false},
	{"usps-library_mail", "USPS Library Mail", "LIBRARY_MAIL", false},
	{"usps-bound_printed_matter", "USPS Bound Printed Matter", "BOUND_PRINTED_MATTER", false},
	{"usps-priority_mail_international", "USPS Priority Mail International", "PRIORITY_MAIL_INTERNATIONAL", true},
	{"usps-priority_mail_express_international", "USPS Priority Mail Express International", "PRIORITY_MAIL_EXPRESS_INTERNATIONAL", true},
	{"usps-first_class_package_international_service", "USPS First-Class Package International Service", "FIRST-CLASS_PACKAGE_INTERNATIONAL_SERVICE", true},
}

// aliases are service types Postmen clients already send for a class: the AfterShip
// example label of seed 001 buys "usps-discounted_express_mail" (commercial Priority
// Mail Express).
var aliases = map[string]string{
	"usps-discounted_express_mail": "usps-priority_mail_express",
}

// serviceByType finds a service by its Postmen service type.
func serviceByType(t string) (service, bool) {
	t = strings.ToLower(strings.TrimSpace(t))
	if a, ok := aliases[t]; ok {
		t = a
	}
	for _, s := range services {
		if s.Type == t {
			return s, true
		}
	}
	return service{}, false
}

// serviceByClass finds a service by the mail class USPS answers with; USPS still answers
// for First-Class Package Service, which Ground Advantage replaced.
func serviceByClass(class string) (service, bool) {
	if class == "FIRST-CLASS_PACKAGE_SERVICE" {
		class = "USPS_GROUND_ADVANTAGE"
	}
	for _, s := range services {
		if s.MailClass == class {
			return s, true
		}
	}
	return service{}, false
}

// classes lists the mail classes of one side of the border.
func classes(international bool) []string {
	var out []string
	for _, s := range services {
		if s.International == international {
			out = append(out, s.MailClass)
		}
	}
	return out
}
