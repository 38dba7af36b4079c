// Package filestore keeps generated files (labels, invoices, manifests) under names the
// caller chooses. On disk in embedded mode; any Store can back a cluster.
package filestore

import (
	"context"
	"errors"
)

// ErrNotFound is returned for a name that holds no file.
var ErrNotFound = errors.New("file not found")

// Store saves and reads whole files by name. Names are "dir/file.ext" made of
// [a-zA-Z0-9._-] segments; callers make them unguessable.
type Store interface {
	Put(ctx context.Context, name string, data []byte) error
	Get(ctx context.Context, name string) ([]byte, error)
	Delete(ctx context.Context, name string) error
}
