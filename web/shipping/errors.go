package shipping

import (
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// Field error codes.
const (
	CodeRequired = "required"
	CodeInvalid  = "invalid"
	// CodeUnsupported marks a value the account's carrier does not offer.
	CodeUnsupported = "unsupported"
)

// FieldError is a problem with one input field. Path is the JSON path of the field
// in the Postmen request ("shipment.ship_to.postal_code", "shipper_account.id").
type FieldError struct {
	Path    string
	Code    string
	Message string
}

// FieldErrors is every problem found with a request; the request changed nothing.
type FieldErrors []FieldError

func (e FieldErrors) Error() string {
	msgs := make([]string, len(e))
	for i, f := range e {
		msgs[i] = f.Path + ": " + f.Message
	}
	return "invalid request: " + strings.Join(msgs, "; ")
}

// add appends a field error.
func (e *FieldErrors) add(path, code, message string) {
	*e = append(*e, FieldError{Path: path, Code: code, Message: message})
}

// err returns e as an error, or nil when it is empty.
func (e FieldErrors) err() error {
	if len(e) == 0 {
		return nil
	}
	return e
}

// CarrierError is a carrier refusing or failing a request.
type CarrierError struct {
	Kind      carriers.ErrorKind
	Message   string
	Retryable bool
	// RetryAfter is how long the carrier asked to wait, when it said.
	RetryAfter time.Duration
	// Messages are what the carrier said, one entry per message.
	Messages []string
}

func (e *CarrierError) Error() string { return e.Message }
