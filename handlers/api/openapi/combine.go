package openapi

import "maps"

// Combine describes several APIs in one document: the first gives the title and
// the shared error response; every version of the others keeps its own envelope
// meta and error statuses, and their security schemes, names and error codes are
// added to the first's.
func Combine(first API, others ...API) API {
	out := first
	out.SecuritySchemes = maps.Clone(first.SecuritySchemes)
	out.Names = maps.Clone(first.Names)
	out.Overrides = maps.Clone(first.Overrides)
	out.QueryNotes = maps.Clone(first.QueryNotes)
	out.Versions = append([]Version(nil), first.Versions...)
	out.Security = append([]any(nil), first.Security...)
	out.Errors = append([]ErrorDoc(nil), first.Errors...)
	for _, api := range others {
		out.Description += "\n\n" + api.Title + ": " + api.Description
		out.Security = append(out.Security, api.Security...)
		out.SecuritySchemes = merged(out.SecuritySchemes, api.SecuritySchemes)
		out.Names = merged(out.Names, api.Names)
		out.Overrides = merged(out.Overrides, api.Overrides)
		out.QueryNotes = merged(out.QueryNotes, api.QueryNotes)
		out.Errors = append(out.Errors, api.Errors...)
		for _, v := range api.Versions {
			if v.Meta == nil {
				v.Meta = api.Meta
			}
			if v.ErrorStatuses == nil {
				v.ErrorStatuses = api.ErrorStatuses
			}
			out.Versions = append(out.Versions, v)
		}
	}
	return out
}

func merged[K comparable, V any](a, b map[K]V) map[K]V {
	if a == nil {
		a = map[K]V{}
	}
	maps.Copy(a, b)
	return a
}
