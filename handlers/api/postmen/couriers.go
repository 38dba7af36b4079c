package postmen

import (
	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/server/render"
)

type courierServiceOut struct {
	ServiceType   string `json:"service_type"`
	ServiceName   string `json:"service_name"`
	Domestic      bool   `json:"domestic"`
	International bool   `json:"international"`
}

type courierCredentialOut struct {
	Name     string `json:"name"`
	Label    string `json:"label"`
	Secret   bool   `json:"secret"`
	Required bool   `json:"required"`
}

type courierOut struct {
	Slug        string                 `json:"slug"`
	Name        string                 `json:"name"`
	Services    []courierServiceOut    `json:"services"`
	Credentials []courierCredentialOut `json:"credentials"`
}

// ListCouriers lists the carriers a shipper account can be made for: their
// services and the credential fields each needs.
func (h *Handler) ListCouriers(c *gin.Context) {
	profiles := h.svc.Couriers()
	out := make([]courierOut, 0, len(profiles))
	for _, p := range profiles {
		co := courierOut{Slug: p.Slug, Name: p.Name, Services: []courierServiceOut{}, Credentials: []courierCredentialOut{}}
		for _, s := range p.Services {
			co.Services = append(co.Services, courierServiceOut{ServiceType: s.Type, ServiceName: s.Name,
				Domestic: s.Domestic, International: s.International})
		}
		for _, cr := range p.Credentials {
			co.Credentials = append(co.Credentials, courierCredentialOut{Name: cr.Key, Label: cr.Label,
				Secret: cr.Secret, Required: !cr.Optional})
		}
		out = append(out, co)
	}
	render.PostmenData(c, gin.H{"couriers": out})
}
