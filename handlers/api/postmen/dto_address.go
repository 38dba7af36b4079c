package postmen

import (
	"strings"

	"github.com/waypost/waypost/web/carriers"
)

// addressIn is a Postmen address as clients send it.
type addressIn struct {
	ContactName string `json:"contact_name"`
	CompanyName string `json:"company_name"`
	Street1     string `json:"street1"`
	Street2     string `json:"street2"`
	Street3     string `json:"street3"`
	City        string `json:"city"`
	State       string `json:"state"`
	PostalCode  string `json:"postal_code"`
	Country     string `json:"country"`
	Phone       string `json:"phone"`
	Email       string `json:"email"`
	Type        string `json:"type"`
	TaxID       string `json:"tax_id"`
	Fax         string `json:"fax"`
}

func (a addressIn) model() carriers.Address {
	t := strings.TrimSpace
	return carriers.Address{ContactName: t(a.ContactName), CompanyName: t(a.CompanyName), Street1: t(a.Street1),
		Street2: t(a.Street2), Street3: t(a.Street3), City: t(a.City), State: t(a.State), PostalCode: t(a.PostalCode),
		Country: strings.ToUpper(t(a.Country)), Phone: t(a.Phone), Email: t(a.Email), Type: t(a.Type), TaxID: t(a.TaxID), Fax: t(a.Fax)}
}

// check records a country that is not one: Postmen addresses carry ISO 3166-1
// alpha-3 codes (alpha-2 and names are taken too). A nil address checks nothing.
func (a *addressIn) check(k *checks, path string) {
	if a == nil || strings.TrimSpace(a.Country) == "" {
		return
	}
	if carriers.CountryISO3(a.Country) == "" {
		k.invalid(path+".country", path+".country must be an ISO 3166-1 alpha-3 country code such as USA or KOR")
	}
}

// addressPtr converts an optional address.
func addressPtr(a *addressIn) *carriers.Address {
	if a == nil {
		return nil
	}
	m := a.model()
	return &m
}

// addressOut is a Postmen address as answered: absent parts are null, as in the
// documented examples.
type addressOut struct {
	ContactName *string `json:"contact_name"`
	CompanyName *string `json:"company_name"`
	Street1     *string `json:"street1"`
	Street2     *string `json:"street2"`
	Street3     *string `json:"street3"`
	City        *string `json:"city"`
	State       *string `json:"state"`
	PostalCode  *string `json:"postal_code"`
	Country     *string `json:"country"`
	Phone       *string `json:"phone"`
	Email       *string `json:"email"`
	Type        *string `json:"type"`
	TaxID       *string `json:"tax_id"`
	Fax         *string `json:"fax"`
}

func newAddressOut(a *carriers.Address) *addressOut {
	if a == nil {
		return nil
	}
	return &addressOut{ContactName: null(a.ContactName), CompanyName: null(a.CompanyName), Street1: null(a.Street1),
		Street2: null(a.Street2), Street3: null(a.Street3), City: null(a.City), State: null(a.State),
		PostalCode: null(a.PostalCode), Country: null(a.Country), Phone: null(a.Phone), Email: null(a.Email),
		Type: null(a.Type), TaxID: null(a.TaxID), Fax: null(a.Fax)}
}

// null is s, or JSON null when s is empty.
func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
