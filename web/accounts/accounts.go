// Package accounts is the account service: signup, login, API keys and the
// bootstrap of the first merchant.
package accounts

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/big"
	"regexp"
	"strings"

	"github.com/waypost/waypost/models"
)

// ErrBadCredentials is a failed login; it never says which half was wrong.
var ErrBadCredentials = errors.New("wrong email or password")

// Service implements account use cases.
type Service struct {
	db   *models.DB
	hash *hasher
	// dummyHash is verified against when the email is unknown, so that a login for
	// a missing user takes as long as one with a wrong password.
	dummyHash string
}

// NewService wires the service.
func NewService(ctx context.Context, db *models.DB, hashConcurrency int) (*Service, error) {
	s := &Service{db: db, hash: newHasher(hashConcurrency)}
	var err error
	s.dummyHash, err = s.hash.Hash(ctx, "waypost-timing-equaliser")
	return s, err
}

// Session is who is logged in, and where.
type Session struct {
	User         *models.User
	Organization *models.Organization
	Role         string
}

// SignupInput is the signup form.
type SignupInput struct {
	OrganizationName string
	Email            string
	Password         string
}

var emailPattern = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)

// Validate returns the first problem with the form, field by field.
func (in SignupInput) Validate() []*models.ValidationError {
	var errs []*models.ValidationError
	if strings.TrimSpace(in.OrganizationName) == "" {
		errs = append(errs, models.Invalid("organization", models.CodeRequired, "Enter your company or store name."))
	} else if len(in.OrganizationName) > 100 {
		errs = append(errs, models.Invalid("organization", models.CodeInvalid, "Use at most 100 characters."))
	}
	if !emailPattern.MatchString(strings.TrimSpace(in.Email)) || len(in.Email) > 254 {
		errs = append(errs, models.Invalid("email", models.CodeInvalid, "Enter a valid email address."))
	}
	if len(in.Password) < 10 {
		errs = append(errs, models.Invalid("password", models.CodeInvalid, "Use at least 10 characters."))
	} else if len(in.Password) > 256 {
		errs = append(errs, models.Invalid("password", models.CodeInvalid, "Use at most 256 characters."))
	}
	return errs
}

// Signup creates an organization and its owner.
func (s *Service) Signup(ctx context.Context, in SignupInput) (*Session, error) {
	if errs := in.Validate(); len(errs) > 0 {
		return nil, errs[0]
	}
	hash, err := s.hash.Hash(ctx, in.Password)
	if err != nil {
		return nil, err
	}
	slug, err := s.freeOrgSlug(ctx, in.OrganizationName)
	if err != nil {
		return nil, err
	}
	org := &models.Organization{Name: strings.TrimSpace(in.OrganizationName), Slug: slug}
	user := &models.User{Email: in.Email, PasswordHash: hash}
	if err := s.db.CreateAccount(ctx, org, user); err != nil {
		if errors.Is(err, models.ErrConflict) {
			return nil, models.Invalid("email", models.CodeAlreadyExists, "An account with this email already exists. Log in instead.")
		}
		return nil, err
	}
	return &Session{User: user, Organization: org, Role: models.RoleOwner}, nil
}

// Login checks credentials and returns the user's session.
func (s *Service) Login(ctx context.Context, email, password string) (*Session, error) {
	u, err := s.db.UserByEmail(ctx, email)
	if errors.Is(err, models.ErrNotFound) {
		s.hash.Verify(ctx, s.dummyHash, password)
		return nil, ErrBadCredentials
	}
	if err != nil {
		return nil, err
	}
	ok, err := s.hash.Verify(ctx, u.PasswordHash, password)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrBadCredentials
	}
	if err := s.db.TouchLogin(ctx, u.ID); err != nil {
		return nil, err
	}
	m, err := s.db.FirstMembership(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	return s.Resume(ctx, u.ID, m.OrganizationID)
}

// Resume rebuilds a session from the ids stored in a cookie, checking the user
// still belongs to the organization.
func (s *Service) Resume(ctx context.Context, userID, orgID string) (*Session, error) {
	m, err := s.db.Membership(ctx, orgID, userID)
	if err != nil {
		return nil, err
	}
	u, err := s.db.UserByID(ctx, userID)
	if err != nil {
		return nil, err
	}
	o, err := s.db.OrganizationByID(ctx, orgID)
	if err != nil {
		return nil, err
	}
	return &Session{User: u, Organization: o, Role: m.Role}, nil
}

func (s *Service) freeOrgSlug(ctx context.Context, name string) (string, error) {
	base := slugify(name)
	for i := 0; i < 20; i++ {
		cand := base
		if i > 0 {
			cand = base + "-" + randomString(4, lowerAlnum)
		}
		taken, err := s.db.OrganizationSlugTaken(ctx, cand)
		if err != nil {
			return "", err
		}
		if !taken {
			return cand, nil
		}
	}
	return base + "-" + randomString(8, lowerAlnum), nil
}

func slugify(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.Trim(b.String(), "-")
	if len(s) > 40 {
		s = strings.Trim(s[:40], "-")
	}
	if s == "" {
		s = "store-" + randomString(6, lowerAlnum)
	}
	return s
}

const (
	lowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	alnum      = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
)

func randomString(n int, alphabet string) string {
	b := make([]byte, n)
	max := big.NewInt(int64(len(alphabet)))
	for i := range b {
		v, err := rand.Int(rand.Reader, max)
		if err != nil {
			panic(err) // crypto/rand does not fail on supported platforms
		}
		b[i] = alphabet[v.Int64()]
	}
	return string(b)
}

// HashAPIKey is the stored form of an API key.
func HashAPIKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}
