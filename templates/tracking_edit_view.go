package templates

// TrackingEdit is the form that changes a tracking's merchant fields.
type TrackingEdit struct {
	ID     string
	Title  string
	Number string
	Fields []EditField
	Errors FieldErrors
}

// EditField is one input of the edit form.
type EditField struct {
	Name  string
	Label string
	Value string
	Hint  string
	// Type is the input's type; "textarea" makes a text area.
	Type string
}
