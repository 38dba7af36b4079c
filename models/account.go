package models

import (
	"context"
	"strings"
	"time"
)

// Roles a user can hold in an organization.
const (
	RoleOwner  = "owner"
	RoleAdmin  = "admin"
	RoleMember = "member"
)

// Organization is a merchant: the tenant every other row belongs to.
type Organization struct {
	ID        string
	Name      string
	Slug      string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// User is a person who logs in to the console.
type User struct {
	ID           string
	Email        string
	Name         string
	PasswordHash string
	LastLoginAt  *time.Time
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Membership gives a user a role in an organization.
type Membership struct {
	ID             string
	OrganizationID string
	UserID         string
	Role           string
	CreatedAt      time.Time
}

// NormalizeEmail is the form emails are stored and looked up in.
func NormalizeEmail(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// CreateAccount creates an organization, its first user and the owner membership
// in one transaction.
func (db *DB) CreateAccount(ctx context.Context, org *Organization, user *User) error {
	return db.Tx(ctx, func(tx *DB) error {
		if org.ID == "" {
			org.ID = NewID()
		}
		if user.ID == "" {
			user.ID = NewID()
		}
		user.Email = NormalizeEmail(user.Email)
		if err := tx.q(ctx).Create(org).Error; err != nil {
			return wrap(err, "create organization")
		}
		if err := tx.q(ctx).Create(user).Error; err != nil {
			return wrap(err, "create user")
		}
		m := &Membership{ID: NewID(), OrganizationID: org.ID, UserID: user.ID, Role: RoleOwner}
		return wrap(tx.q(ctx).Create(m).Error, "create membership")
	})
}

// UserByEmail finds a user by email, case-insensitively.
func (db *DB) UserByEmail(ctx context.Context, email string) (*User, error) {
	var u User
	err := db.q(ctx).Where("email = ?", NormalizeEmail(email)).Take(&u).Error
	return &u, wrap(err, "user")
}

// UserByID finds a user.
func (db *DB) UserByID(ctx context.Context, id string) (*User, error) {
	var u User
	err := db.q(ctx).Where("id = ?", id).Take(&u).Error
	return &u, wrap(err, "user")
}

// TouchLogin records a successful login.
func (db *DB) TouchLogin(ctx context.Context, userID string) error {
	now := db.now()
	return wrap(db.q(ctx).Model(&User{}).Where("id = ?", userID).
		Updates(map[string]any{"last_login_at": now, "updated_at": now}).Error, "touch login")
}

// Membership returns the user's role in the organization.
func (db *DB) Membership(ctx context.Context, orgID, userID string) (*Membership, error) {
	var m Membership
	err := db.q(ctx).Where("organization_id = ? AND user_id = ?", orgID, userID).Take(&m).Error
	return &m, wrap(err, "membership")
}

// FirstMembership returns the oldest membership of a user: the organization a
// fresh login lands in.
func (db *DB) FirstMembership(ctx context.Context, userID string) (*Membership, error) {
	var m Membership
	err := db.q(ctx).Where("user_id = ?", userID).Order("created_at, id").Take(&m).Error
	return &m, wrap(err, "membership")
}

// OrganizationByID finds an organization.
func (db *DB) OrganizationByID(ctx context.Context, id string) (*Organization, error) {
	var o Organization
	err := db.q(ctx).Where("id = ?", id).Take(&o).Error
	return &o, wrap(err, "organization")
}

// OrganizationSlugTaken reports whether an organization already uses slug.
func (db *DB) OrganizationSlugTaken(ctx context.Context, slug string) (bool, error) {
	var n int64
	err := db.q(ctx).Model(&Organization{}).Where("slug = ?", slug).Count(&n).Error
	return n > 0, wrap(err, "organization slug")
}
