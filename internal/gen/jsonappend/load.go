package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
)

// pkg is what the generator knows of the package: its name, its type
// declarations and which types marshal themselves.
type pkg struct {
	name  string
	types map[string]ast.Expr
	// marshalers are the types with a MarshalJSON or MarshalText method.
	marshalers map[string]bool
}

// load parses the package's non-test sources in dir, leaving out the file being
// generated (it may be stale or half written).
func load(dir, skip string) (*pkg, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	p := &pkg{types: map[string]ast.Expr{}, marshalers: map[string]bool{}}
	fset := token.NewFileSet()
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || n == skip {
			continue
		}
		f, err := parser.ParseFile(fset, dir+"/"+n, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		if p.name == "" {
			p.name = f.Name.Name
		}
		p.collect(f)
	}
	if p.name == "" {
		return nil, fmt.Errorf("no Go files in %s", dir)
	}
	return p, nil
}

func (p *pkg) collect(f *ast.File) {
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				if ts, ok := spec.(*ast.TypeSpec); ok && ts.TypeParams == nil {
					p.types[ts.Name.Name] = ts.Type
				}
			}
		case *ast.FuncDecl:
			if d.Recv == nil || len(d.Recv.List) != 1 {
				continue
			}
			if name := d.Name.Name; name == "MarshalJSON" || name == "MarshalText" {
				p.marshalers[receiverName(d.Recv.List[0].Type)] = true
			}
		}
	}
}

func receiverName(e ast.Expr) string {
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}
