// Package static embeds Waypost's CSS, scripts and images and serves them under
// content-hashed URLs, so browsers cache them forever and never see a stale copy.
package static

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

//go:embed css js img vendor
var files embed.FS

type asset struct {
	body        []byte
	contentType string
	hash        string
}

var assets = load()

func load() map[string]asset {
	out := map[string]asset{}
	_ = fs.WalkDir(files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		ct := mime.TypeByExtension(path.Ext(p))
		if ct == "" {
			ct = "application/octet-stream"
		}
		out[p] = asset{body: b, contentType: ct, hash: hex.EncodeToString(sum[:])[:12]}
		return nil
	})
	return out
}

// URL returns the cache-busting URL of an embedded file, e.g. URL("css/app.css").
// It panics on an unknown name, which tests catch before users could.
func URL(name string) string {
	a, ok := assets[name]
	if !ok {
		panic("static: no such asset " + name)
	}
	return "/static/" + a.hash + "/" + name
}

// Handler serves /static/<hash>/<name>. A matching hash is cached for a year; an
// old hash still gets the current file, briefly cached, so no page breaks mid-deploy.
func Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rest := strings.TrimPrefix(r.URL.Path, "/static/")
		hash, name, ok := strings.Cut(rest, "/")
		a, found := assets[name]
		if !ok || !found {
			http.NotFound(w, r)
			return
		}
		if hash == a.hash {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "public, max-age=60")
		}
		w.Header().Set("Content-Type", a.contentType)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("ETag", `"`+a.hash+`"`)
		if r.Header.Get("If-None-Match") == `"`+a.hash+`"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(a.body)
	})
}
