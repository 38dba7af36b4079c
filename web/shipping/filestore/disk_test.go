package filestore_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/waypost/waypost/web/shipping/filestore"
)

func newDisk(t *testing.T) (*filestore.Disk, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "files")
	d, err := filestore.NewDisk(dir)
	if err != nil {
		t.Fatal(err)
	}
	return d, dir
}

func TestDiskPutGetDelete(t *testing.T) {
	ctx := context.Background()
	d, dir := newDisk(t)
	const name = "labels/2025-03/lbl_7f3a9c.pdf"
	if _, err := d.Get(ctx, name); !errors.Is(err, filestore.ErrNotFound) {
		t.Fatalf("Get before Put: %v, want ErrNotFound", err)
	}
	for _, data := range []string{"%PDF-1 first", "%PDF-1 second"} {
		if err := d.Put(ctx, name, []byte(data)); err != nil {
			t.Fatal(err)
		}
		got, err := d.Get(ctx, name)
		if err != nil || string(got) != data {
			t.Fatalf("Get = %q, %v; want %q", got, err, data)
		}
	}
	assertMode(t, filepath.Join(dir, name), 0o600)
	assertMode(t, filepath.Join(dir, "labels", "2025-03"), 0o700|os.ModeDir)
	assertMode(t, dir, 0o700|os.ModeDir)
	if entries, _ := os.ReadDir(filepath.Join(dir, "labels", "2025-03")); len(entries) != 1 {
		t.Errorf("directory holds %d entries, want the file alone (no temporary left)", len(entries))
	}
	if err := d.Delete(ctx, name); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Get(ctx, name); !errors.Is(err, filestore.ErrNotFound) {
		t.Errorf("Get after Delete: %v, want ErrNotFound", err)
	}
	if err := d.Delete(ctx, name); err != nil {
		t.Errorf("deleting again: %v, want nil", err)
	}
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode() != want {
		t.Errorf("%s has mode %v, want %v", path, fi.Mode(), want)
	}
}

func TestDiskRejectsNamesOutsideThePattern(t *testing.T) {
	ctx := context.Background()
	d, dir := newDisk(t)
	for _, name := range []string{
		"", "../escape.pdf", "labels/../../escape.pdf", "/etc/passwd", "labels//x.pdf", "labels/",
		".hidden", "labels/.tmp-0123", "labels\\x.pdf", "label 1.pdf", "라벨.pdf", "x.pdf\x00",
		strings.Repeat("a", 129), strings.Repeat("abc/", 64) + "x",
	} {
		if err := d.Put(ctx, name, []byte("x")); !errors.Is(err, filestore.ErrInvalidName) {
			t.Errorf("Put(%q) = %v, want ErrInvalidName", name, err)
		}
		if _, err := d.Get(ctx, name); !errors.Is(err, filestore.ErrInvalidName) {
			t.Errorf("Get(%q) = %v, want ErrInvalidName", name, err)
		}
		if err := d.Delete(ctx, name); !errors.Is(err, filestore.ErrInvalidName) {
			t.Errorf("Delete(%q) = %v, want ErrInvalidName", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "escape.pdf")); err == nil {
		t.Error("a file was written outside the store")
	}
}

// A symbolic link inside the directory must not become a way out of it.
func TestDiskDoesNotFollowLinksOut(t *testing.T) {
	ctx := context.Background()
	d, dir := newDisk(t)
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("secret"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	if got, err := d.Get(ctx, "link/secret.txt"); err == nil {
		t.Errorf("read %q through a link out of the store", got)
	}
	if err := d.Put(ctx, "link/planted.pdf", []byte("x")); err == nil {
		t.Error("wrote through a link out of the store")
	}
	if _, err := os.Stat(filepath.Join(outside, "planted.pdf")); err == nil {
		t.Error("planted.pdf exists outside the store")
	}
}

// Readers racing a writer see one whole version or the other.
func TestDiskPutIsAtomic(t *testing.T) {
	ctx := context.Background()
	d, _ := newDisk(t)
	const name = "labels/race.png"
	if err := d.Put(ctx, name, bytes.Repeat([]byte{'a'}, 1<<20)); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			for range 5 {
				if err := d.Put(ctx, name, bytes.Repeat([]byte{byte('b' + i)}, 1<<20)); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Go(func() {
		for range 40 {
			data, err := d.Get(ctx, name)
			if err != nil {
				t.Error(err)
				return
			}
			if len(data) != 1<<20 || bytes.Count(data, data[:1]) != len(data) {
				t.Errorf("read a torn file: %d bytes, first %q", len(data), data[:1])
				return
			}
		}
	})
	wg.Wait()
}

func TestDiskHonoursCancelledContext(t *testing.T) {
	d, _ := newDisk(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := d.Put(ctx, "labels/x.pdf", []byte("x")); !errors.Is(err, context.Canceled) {
		t.Errorf("Put with a cancelled context: %v", err)
	}
}
