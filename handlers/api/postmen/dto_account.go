package postmen

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"

	"github.com/waypost/waypost/web/shipping"
)

// credentialsIn is a carrier's credential object. Values are strings, but account
// numbers sent as JSON numbers (or flags as booleans) are taken as their text.
type credentialsIn map[string]any

// strings converts the values, recording any that are objects or arrays.
func (c credentialsIn) strings(k *checks, path string) map[string]string {
	out := make(map[string]string, len(c))
	for key, v := range c {
		switch v := v.(type) {
		case string:
			out[key] = strings.TrimSpace(v)
		case float64:
			out[key] = strconv.FormatFloat(v, 'f', -1, 64)
		case bool:
			out[key] = strconv.FormatBool(v)
		case nil:
		default:
			k.invalid(path+"."+key, path+"."+key+" must be a string")
		}
	}
	return out
}

type accountRequest struct {
	Slug        string        `json:"slug"`
	Description string        `json:"description"`
	Timezone    string        `json:"timezone"`
	Credentials credentialsIn `json:"credentials"`
	Address     *addressIn    `json:"address"`
}

type accountInfoRequest struct {
	Description *string    `json:"description"`
	Timezone    *string    `json:"timezone"`
	Address     *addressIn `json:"address"`
}

type accountStatusRequest struct {
	Status string `json:"status"`
}

// accountOut is a shipper account; credentials only as masked hints.
type accountOut struct {
	ID          string            `json:"id"`
	Slug        string            `json:"slug"`
	Type        string            `json:"type"`
	Status      string            `json:"status"`
	Description *string           `json:"description"`
	Timezone    *string           `json:"timezone"`
	Address     *addressOut       `json:"address"`
	Credentials map[string]string `json:"credentials"`
	Sandbox     bool              `json:"sandbox"`
	CreatedAt   string            `json:"created_at"`
	UpdatedAt   string            `json:"updated_at"`
}

func newAccount(a *shipping.ShipperAccount) accountOut {
	out := accountOut{ID: a.ID, Slug: a.Slug, Type: a.Type, Status: a.Status, Description: null(a.Description),
		Timezone: null(a.Timezone), Address: newAddressOut(a.Address), Credentials: a.CredentialHints,
		Sandbox: a.Sandbox, CreatedAt: stampOffset(a.CreatedAt), UpdatedAt: stampOffset(a.UpdatedAt)}
	if out.Type == "" {
		out.Type = "user"
	}
	if out.Credentials == nil {
		out.Credentials = map[string]string{}
	}
	return out
}

var mapType = reflect.TypeFor[map[string]any]()

// credentialsBody reads PUT /shipper-accounts/:id/credentials, which takes either
// {"credentials": {...}} or the credential object itself.
func credentialsBody(raw map[string]json.RawMessage) (credentialsIn, error) {
	body := raw
	if inner, ok := raw["credentials"]; ok && len(raw) == 1 {
		var nested map[string]json.RawMessage
		if err := json.Unmarshal(inner, &nested); err != nil {
			return nil, &json.UnmarshalTypeError{Value: "value", Field: "credentials", Type: mapType}
		}
		body = nested
	}
	out := credentialsIn{}
	for k, v := range body {
		var val any
		if err := json.Unmarshal(v, &val); err != nil {
			return nil, err
		}
		out[k] = val
	}
	return out, nil
}
