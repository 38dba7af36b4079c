package postmen

import (
	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
	"github.com/waypost/waypost/web/shipping"
)

type addressValidationRequest struct {
	Address *addressIn `json:"address"`
}

type addressIssueOut struct {
	Path string `json:"path"`
	Code string `json:"code"`
	Info string `json:"info"`
}

// addressValidationOut is the example's object: the address as sent, the
// normalised one recommended, and (beyond the example) each issue found.
type addressValidationOut struct {
	ID                 string            `json:"id"`
	Status             string            `json:"status"`
	Address            *addressOut       `json:"address"`
	RecommendedAddress *addressOut       `json:"recommended_address"`
	Details            []addressIssueOut `json:"details"`
	CreatedAt          string            `json:"created_at"`
	UpdatedAt          string            `json:"updated_at"`
}

func newAddressValidation(v *shipping.AddressValidation) addressValidationOut {
	out := addressValidationOut{ID: v.ID, Status: v.Status, Address: newAddressOut(&v.Address),
		RecommendedAddress: newAddressOut(&v.Address), Details: []addressIssueOut{},
		CreatedAt: stampOffset(v.CreatedAt), UpdatedAt: stampOffset(v.CreatedAt)}
	for _, is := range v.Issues {
		out.Details = append(out.Details, addressIssueOut{Path: "address." + is.Field, Code: is.Code, Info: is.Message})
	}
	return out
}

// CreateAddressValidation checks and normalises an address.
func (h *Handler) CreateAddressValidation(c *gin.Context) {
	var req addressValidationRequest
	if err := decodeBody(c, &req); err != nil {
		render.PostmenError(c, err)
		return
	}
	var k checks
	k.require(req.Address != nil, "address")
	if err := k.err(); err != nil {
		render.PostmenError(c, err)
		return
	}
	v, err := h.svc.ValidateAddress(c.Request.Context(), orgID(c), req.Address.model())
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	render.PostmenData(c, newAddressValidation(v))
}

// ListAddressValidations lists address validations.
func (h *Handler) ListAddressValidations(c *gin.Context) {
	f, err := listFilter(c)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	page, err := h.svc.ListAddressValidations(c.Request.Context(), orgID(c), f)
	if err != nil {
		render.PostmenError(c, err)
		return
	}
	out := make([]addressValidationOut, 0, len(page.Items))
	for i := range page.Items {
		out = append(out, newAddressValidation(&page.Items[i]))
	}
	render.PostmenData(c, listOut("address_validations", f.Limit, page.NextToken, out))
}

// ShowAddressValidation reads one address validation.
func (h *Handler) ShowAddressValidation(c *gin.Context) {
	v, err := h.svc.AddressValidation(c.Request.Context(), orgID(c), c.Param("id"))
	if err != nil {
		render.PostmenError(c, notFoundAs(err, "Address validation"))
		return
	}
	render.PostmenData(c, newAddressValidation(v))
}
