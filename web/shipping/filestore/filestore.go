// Package filestore keeps generated files (labels, invoices, manifests) under names the
// caller chooses. On disk in embedded mode; any Store can back a cluster.
package filestore

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// ErrNotFound is returned for a name that holds no file.
var ErrNotFound = errors.New("file not found")

// ErrInvalidName is returned for a name outside the pattern Store documents.
var ErrInvalidName = errors.New("invalid file name")

// Store saves and reads whole files by name. Names are "dir/file.ext" made of
// [a-zA-Z0-9._-] segments; callers make them unguessable.
//
// Precisely: one or more segments joined by "/", each 1 to 128 characters of
// [a-zA-Z0-9._-] not starting with a dot, 255 characters at most in all. So a name
// never climbs out of the store ("..") nor hides a file (".x"), and every Store
// (disk, S3 key, database row) can hold it as is.
type Store interface {
	// Put saves data under name, replacing any file there. Readers see the old file
	// or the new one whole, never part of it.
	Put(ctx context.Context, name string, data []byte) error
	Get(ctx context.Context, name string) ([]byte, error)
	// Delete removes the file; a name that holds none is not an error, so a retried
	// clean-up succeeds.
	Delete(ctx context.Context, name string) error
}

var segment = regexp.MustCompile(`^[a-zA-Z0-9_-][a-zA-Z0-9._-]{0,127}$`)

// ValidName checks name against the pattern Store documents.
func ValidName(name string) error {
	if name == "" || len(name) > 255 {
		return fmt.Errorf("%w: %q", ErrInvalidName, name)
	}
	for _, s := range strings.Split(name, "/") {
		if !segment.MatchString(s) {
			return fmt.Errorf("%w: %q", ErrInvalidName, name)
		}
	}
	return nil
}
