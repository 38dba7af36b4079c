package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSampleMatchesMarshal generates the encoders of testdata/sample in a
// throw-away module and runs its test there: every shape the generator accepts
// (embedding and hiding, omitempty, pointers, slices, maps, anonymous structs,
// named slices) is written byte for byte as encoding/json writes it.
func TestSampleMatchesMarshal(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, "testdata/sample/sample.go", filepath.Join(dir, "sample.go"))
	copyFile(t, "testdata/sample/sample_test.go.txt", filepath.Join(dir, "sample_test.go"))
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module sample\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(dir, "sample_json.gen.go", []string{"outer"}); err != nil {
		t.Fatal(err)
	}
	gen, err := os.ReadFile(filepath.Join(dir, "sample_json.gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(gen), "// Code generated ") || !strings.Contains(string(gen), "DO NOT EDIT.") {
		t.Errorf("no generated-code header:\n%.200s", gen)
	}
	cmd := exec.Command("go", "test", "-count=1", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go test in the sample module: %v\n%s\n%s", err, out, gen)
	}
}

// TestRefusesWhatItCannotSpell: a field encoding/json would write through an
// interface or a method is an error, not a silent difference.
func TestRefusesWhatItCannotSpell(t *testing.T) {
	for _, src := range []string{
		"package p\ntype t struct{ V any `json:\"v\"` }\n",
		"package p\nimport \"time\"\ntype t struct{ V time.Time `json:\"v\"` }\n",
		"package p\ntype t struct{ V []byte `json:\"v\"` }\n",
		"package p\ntype t struct{ V int `json:\"v,string\"` }\n",
		"package p\ntype t struct{ V u `json:\"v\"` }\ntype u struct{}\nfunc (u) MarshalJSON() ([]byte, error) { return nil, nil }\n",
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := run(dir, "out.go", []string{"t"}); err == nil {
			t.Errorf("accepted:\n%s", src)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
