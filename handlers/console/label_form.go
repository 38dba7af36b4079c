package console

import (
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/templates"
	"github.com/waypost/waypost/web/carriers"
)

// addressInputNames are the inputs of an address form, under its prefix.
var addressInputNames = []string{"contact_name", "company_name", "street1", "street2", "city", "state",
	"postal_code", "country", "phone", "email", "type"}

// parseAddress reads the address posted under prefix ("shipment.ship_to").
func parseAddress(c *gin.Context, prefix string) carriers.Address {
	v := func(f string) string { return strings.TrimSpace(c.PostForm(prefix + "." + f)) }
	return carriers.Address{ContactName: v("contact_name"), CompanyName: v("company_name"),
		Street1: v("street1"), Street2: v("street2"), City: v("city"), State: v("state"),
		PostalCode: v("postal_code"), Country: strings.ToUpper(v("country")), Phone: v("phone"),
		Email: v("email"), Type: v("type")}
}

// addressForm refills an address fieldset from the request.
func addressForm(c *gin.Context, prefix, legend string) templates.AddressForm {
	return fillAddress(templates.AddressForm{Prefix: prefix, Legend: legend}, parseAddress(c, prefix))
}

func fillAddress(f templates.AddressForm, a carriers.Address) templates.AddressForm {
	f.ContactName, f.CompanyName, f.Street1, f.Street2 = a.ContactName, a.CompanyName, a.Street1, a.Street2
	f.City, f.State, f.PostalCode, f.Country = a.City, a.State, a.PostalCode, a.Country
	f.Phone, f.Email, f.Type = a.Phone, a.Email, a.Type
	return f
}

// labelForm is what the create-label form holds; shipment is what it describes and
// errs the numbers that could not be read.
type labelForm struct {
	view     templates.LabelForm
	shipment carriers.Shipment
	errs     templates.FieldErrors
}

const (
	shipFromPrefix = "shipment.ship_from"
	shipToPrefix   = "shipment.ship_to"
)

// newLabelForm is the empty form: one parcel with one item.
func newLabelForm() templates.LabelForm {
	return templates.LabelForm{
		ShipFrom:  templates.AddressForm{Prefix: shipFromPrefix, Legend: "Ship from"},
		ShipTo:    templates.AddressForm{Prefix: shipToPrefix, Legend: "Ship to", Type: "residential"},
		Parcels:   []templates.ParcelForm{emptyParcel()},
		Purpose:   "merchandise",
		PaperSize: "4x6", FileType: "pdf",
	}
}

func emptyParcel() templates.ParcelForm {
	return templates.ParcelForm{DimensionUnit: "cm", WeightUnit: "kg", Items: []templates.ItemForm{{Quantity: "1"}}}
}

// parseLabelForm reads the create-label form.
func parseLabelForm(c *gin.Context) labelForm {
	f := labelForm{view: newLabelForm(), errs: templates.FieldErrors{}}
	f.view.ShipFrom = addressForm(c, shipFromPrefix, "Ship from")
	f.view.ShipTo = addressForm(c, shipToPrefix, "Ship to")
	f.shipment.ShipFrom, f.shipment.ShipTo = parseAddress(c, shipFromPrefix), parseAddress(c, shipToPrefix)
	f.view.ShipDate = strings.TrimSpace(c.PostForm("ship_date"))
	f.view.Reference = strings.TrimSpace(c.PostForm("references.0"))
	f.view.IsDocument = c.PostForm("is_document") == "true"
	f.view.Purpose, f.view.TermsOfTrade = c.DefaultPostForm("customs.purpose", "merchandise"), c.PostForm("customs.terms_of_trade")
	f.view.PaperSize, f.view.FileType = c.DefaultPostForm("paper_size", "4x6"), c.DefaultPostForm("file_type", "pdf")
	f.view.Parcels = nil
	for i := 0; i < indexCount(c, "shipment.parcels.", 1); i++ {
		pv, p := f.parseParcel(c, i)
		f.view.Parcels = append(f.view.Parcels, pv)
		f.shipment.Parcels = append(f.shipment.Parcels, p)
	}
	return f
}

func (f *labelForm) parseParcel(c *gin.Context, i int) (templates.ParcelForm, carriers.Parcel) {
	name := func(field string) string { return "shipment.parcels." + strconv.Itoa(i) + "." + field }
	v := func(field string) string { return strings.TrimSpace(c.PostForm(name(field))) }
	pv := templates.ParcelForm{Width: v("dimension.width"), Height: v("dimension.height"), Depth: v("dimension.depth"),
		DimensionUnit: orDefault(v("dimension.unit"), "cm"), Weight: v("weight.value"), WeightUnit: orDefault(v("weight.unit"), "kg")}
	p := carriers.Parcel{BoxType: "custom",
		Dimension: carriers.Dimension{Width: f.number(name("dimension.width"), pv.Width), Height: f.number(name("dimension.height"), pv.Height),
			Depth: f.number(name("dimension.depth"), pv.Depth), Unit: pv.DimensionUnit},
		Weight: carriers.Weight{Value: f.number(name("weight.value"), pv.Weight), Unit: pv.WeightUnit}}
	for j := 0; j < indexCount(c, name("items."), 1); j++ {
		iv, item, blank := f.parseItem(c, name("items."+strconv.Itoa(j)+"."), pv.WeightUnit)
		pv.Items = append(pv.Items, iv)
		if !blank {
			p.Items = append(p.Items, item)
		}
	}
	return pv, p
}

func (f *labelForm) parseItem(c *gin.Context, prefix, weightUnit string) (templates.ItemForm, carriers.Item, bool) {
	v := func(field string) string { return strings.TrimSpace(c.PostForm(prefix + field)) }
	iv := templates.ItemForm{Description: v("description"), Quantity: v("quantity"), Price: v("price.amount"),
		Currency: strings.ToUpper(v("price.currency")), Weight: v("weight.value"),
		OriginCountry: strings.ToUpper(v("origin_country")), HSCode: v("hs_code")}
	if iv.Description == "" && iv.Price == "" && iv.Weight == "" && iv.HSCode == "" {
		return iv, carriers.Item{}, true
	}
	qty, err := strconv.Atoi(orDefault(iv.Quantity, "1"))
	if err != nil || qty < 1 {
		f.errs[prefix+"quantity"] = "Enter a whole number of pieces, like 2."
	}
	return iv, carriers.Item{Description: iv.Description, Quantity: qty,
		Price:         carriers.Money{Amount: f.number(prefix+"price.amount", iv.Price), Currency: iv.Currency},
		Weight:        carriers.Weight{Value: f.number(prefix+"weight.value", iv.Weight), Unit: weightUnit},
		OriginCountry: iv.OriginCountry, HSCode: iv.HSCode}, false
}

// number reads a decimal input; a blank is zero and something else is an error.
func (f *labelForm) number(name, s string) float64 {
	if s == "" {
		return 0
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	if err != nil || n < 0 {
		f.errs[name] = "Enter a number, like 1.5."
		return 0
	}
	return n
}

// indexCount is how many numbered groups the form posted under prefix ("x.0.", "x.1.").
func indexCount(c *gin.Context, prefix string, min int) int {
	_ = c.Request.ParseForm()
	n := min
	for key := range c.Request.PostForm {
		rest, ok := strings.CutPrefix(key, prefix)
		if !ok {
			continue
		}
		idx, _, _ := strings.Cut(rest, ".")
		if i, err := strconv.Atoi(idx); err == nil && i >= 0 && i < 20 && i+1 > n {
			n = i + 1
		}
	}
	return n
}

// labelInputs names every input of the form, so an error lands under its field.
func labelInputs(f templates.LabelForm) map[string]bool {
	in := map[string]bool{"ship_date": true, "references.0": true, "customs.purpose": true, "customs.terms_of_trade": true}
	for _, prefix := range []string{shipFromPrefix, shipToPrefix} {
		for _, n := range addressInputNames {
			in[prefix+"."+n] = true
		}
	}
	for i, p := range f.Parcels {
		pre := "shipment.parcels." + strconv.Itoa(i) + "."
		for _, n := range []string{"dimension.width", "dimension.height", "dimension.depth", "dimension.unit", "weight.value", "weight.unit"} {
			in[pre+n] = true
		}
		for j := range p.Items {
			ipre := pre + "items." + strconv.Itoa(j) + "."
			for _, n := range []string{"description", "quantity", "price.amount", "price.currency", "weight.value", "origin_country", "hs_code"} {
				in[ipre+n] = true
			}
		}
	}
	return in
}

// mergeErrors puts the service's messages after the form's own.
func mergeErrors(a, b templates.FieldErrors) templates.FieldErrors {
	out := templates.FieldErrors{}
	for _, m := range []templates.FieldErrors{b, a} {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}
