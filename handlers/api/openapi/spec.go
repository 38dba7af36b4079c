// Package openapi describes a JSON API as an OpenAPI 3.0 document and as a page to
// read. An API package says what it serves (an API value: its versions, their
// operations and the Go types they read and write); the schemas are read off
// those types, so the document cannot drift from what the handlers send.
package openapi

import "reflect"

// API is what a JSON API tells about itself.
type API struct {
	Title, Version, Description string
	// Security lists the accepted combinations of SecuritySchemes.
	Security        []any
	SecuritySchemes map[string]any
	// Meta is the type of the envelope's meta block: every response is
	// {"meta": Meta, "data": ...}.
	Meta     reflect.Type
	Versions []Version
	// Names are the types the document names as reusable components.
	Names map[reflect.Type]string
	// Overrides are the schemas of types whose JSON form reflection cannot see
	// (a custom UnmarshalJSON).
	Overrides map[reflect.Type]map[string]any
	// QueryNotes describe the query parameters whose behavior a client cannot guess.
	QueryNotes map[string]string
	// ErrorStatuses are the failures every operation may answer with.
	ErrorStatuses []int
	// Errors explain the error codes on the page.
	Errors []ErrorDoc
}

// Version is one version of the API, under its own path prefix.
type Version struct {
	Prefix, Title, About string
	Ops                  []Op
	// Meta and ErrorStatuses, when set, replace the API's for this version: an API
	// of another family combined into the document (Combine) keeps its envelope.
	Meta          reflect.Type
	ErrorStatuses []int
}

// Op is one operation: its path below the version prefix (OpenAPI syntax, {name}
// for a path parameter), what it reads and what its envelope's data holds.
type Op struct {
	Method, Path, Summary string
	Query                 []string
	Body                  reflect.Type
	Status                int
	Data                  reflect.Type
}

// ErrorDoc explains one error code.
type ErrorDoc struct {
	Code, Status int
	Meaning      string
}
