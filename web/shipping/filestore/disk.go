package filestore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// Disk is a Store in a directory. Every access goes through os.Root, so neither a
// name nor a symbolic link planted in the directory reaches a file outside it.
// Files are private to the server's user (0600, directories 0700).
//
// Several instances may share one Disk on a network file system mounted at the same
// path (NFS, EFS, CephFS): a rename within a directory is atomic there too.
type Disk struct {
	dir string
}

var _ Store = (*Disk)(nil)

// NewDisk opens the store in dir, creating it when missing.
func NewDisk(dir string) (*Disk, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("filestore: %w", err)
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return nil, fmt.Errorf("filestore: %w", err)
	}
	root, err := os.OpenRoot(abs)
	if err != nil {
		return nil, fmt.Errorf("filestore: %w", err)
	}
	root.Close()
	return &Disk{dir: abs}, nil
}

// Put writes data to a temporary file beside name, flushes it and renames it over
// name, so a crash or a concurrent reader never sees half a file.
func (d *Disk) Put(ctx context.Context, name string, data []byte) error {
	root, err := d.open(ctx, name)
	if err != nil {
		return err
	}
	defer root.Close()
	dir := path.Dir(name)
	if err := root.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("filestore: put %s: %w", name, err)
	}
	tmp, err := writeTemp(root, dir, data)
	if err != nil {
		return fmt.Errorf("filestore: put %s: %w", name, err)
	}
	if err := root.Rename(tmp, name); err != nil {
		_ = root.Remove(tmp)
		return fmt.Errorf("filestore: put %s: %w", name, err)
	}
	return syncDir(root, dir)
}

// writeTemp writes data to a new file in dir whose name starts with a dot, which no
// valid name does, and returns its name.
func writeTemp(root *os.Root, dir string, data []byte) (string, error) {
	var suffix [12]byte
	_, _ = rand.Read(suffix[:])
	name := path.Join(dir, ".tmp-"+hex.EncodeToString(suffix[:]))
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = root.Remove(name)
		return "", err
	}
	return name, nil
}

// syncDir makes the rename itself durable.
func syncDir(root *os.Root, dir string) error {
	f, err := root.Open(dir)
	if err != nil {
		return fmt.Errorf("filestore: sync %s: %w", dir, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("filestore: sync %s: %w", dir, err)
	}
	return nil
}

// Get reads the file saved under name.
func (d *Disk) Get(ctx context.Context, name string) ([]byte, error) {
	root, err := d.open(ctx, name)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	data, err := root.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("filestore: %w: %s", ErrNotFound, name)
	}
	if err != nil {
		return nil, fmt.Errorf("filestore: get %s: %w", name, err)
	}
	return data, nil
}

// Delete removes the file saved under name, if any.
func (d *Disk) Delete(ctx context.Context, name string) error {
	root, err := d.open(ctx, name)
	if err != nil {
		return err
	}
	defer root.Close()
	if err := root.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("filestore: delete %s: %w", name, err)
	}
	return nil
}

// open checks the request and opens the directory for one operation; a Root per
// call keeps Disk free of a Close that callers would have to remember.
func (d *Disk) open(ctx context.Context, name string) (*os.Root, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := ValidName(name); err != nil {
		return nil, fmt.Errorf("filestore: %w", err)
	}
	root, err := os.OpenRoot(d.dir)
	if err != nil {
		return nil, fmt.Errorf("filestore: %w", err)
	}
	return root, nil
}
