package address

import "github.com/waypost/waypost/web/carriers"

// checkPostal checks presence and pattern, then, for countries whose postal codes follow
// their states, that the code belongs to the state given.
func checkPostal(a carriers.Address, r rule) *Issue {
	label := r.postalLabel()
	switch {
	case r.postal == nil:
		return nil
	case a.PostalCode == "":
		if r.optionalPostal {
			return nil
		}
		return required("postal_code", label, r)
	case !r.postal.MatchString(a.PostalCode):
		msg := label + " " + quote(a.PostalCode) + " is not valid" + r.where() + "; expected " + r.example + "."
		if r.hint != "" {
			msg += " " + r.hint
		}
		return &Issue{Field: "postal_code", Code: CodeInvalid, Message: msg}
	case r.states != nil:
		return r.states.consistent(a.State, a.PostalCode, label)
	}
	return nil
}
