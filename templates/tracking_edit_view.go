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

// sortLabel is how the list is ordered, in words.
func sortLabel(sort string) string {
	for _, o := range SortOptions {
		if o.Value == sort {
			return o.Label
		}
	}
	return SortOptions[0].Label
}
