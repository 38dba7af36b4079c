package shipping

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/shipping/filestore"
)

var contentTypes = map[string]string{
	"pdf": "application/pdf",
	"png": "image/png",
	"zpl": "application/zpl",
}

// storeFile saves a document and returns its token: a random id with the file's
// extension, which is both its public name and the capability to read it.
func (s *Service) storeFile(ctx context.Context, orgID, kind, fileType string, data []byte) (string, error) {
	ct, ok := contentTypes[fileType]
	if !ok {
		return "", fmt.Errorf("shipping: no content type for %q", fileType)
	}
	token := models.NewID() + "." + fileType
	name := kind + "/" + token
	if err := s.files.Put(ctx, name, data); err != nil {
		return "", fmt.Errorf("store %s: %w", kind, err)
	}
	f := &models.ShippingFile{Token: token, OrganizationID: orgID, Name: name,
		FileName: strings.TrimSuffix(kind, "s") + "-" + token, ContentType: ct}
	if err := s.db.CreateShippingFile(ctx, f); err != nil {
		return "", err
	}
	return token, nil
}

// fileRef is the public reference of a stored file; nil when there is none.
func (s *Service) fileRef(token, fileType, paper string) *FileRef {
	if token == "" {
		return nil
	}
	return &FileRef{FileType: fileType, PaperSize: paper, URL: s.FileURL(token)}
}

// FileURL is the public link of a stored file.
func (s *Service) FileURL(token string) string {
	return strings.TrimRight(s.baseURL, "/") + "/files/" + token
}

// File reads a stored document by its token. Tokens are unguessable and the token is
// the capability: files are not scoped to an organization. An unknown token is
// models.ErrNotFound.
func (s *Service) File(ctx context.Context, token string) (name, contentType string, data []byte, err error) {
	if filestore.ValidName(token) != nil || strings.Contains(token, "/") {
		return "", "", nil, fmt.Errorf("file %q: %w", token, models.ErrNotFound)
	}
	f, err := s.db.ShippingFileByToken(ctx, token)
	if err != nil {
		return "", "", nil, err
	}
	data, err = s.files.Get(ctx, f.Name)
	if errors.Is(err, filestore.ErrNotFound) {
		return "", "", nil, fmt.Errorf("file %q: %w", token, models.ErrNotFound)
	}
	if err != nil {
		return "", "", nil, err
	}
	return f.FileName, f.ContentType, data, nil
}
