package shipping

import (
	"context"
	"fmt"
	"strings"

	"github.com/waypost/waypost/models"
)

// ErrKeyReused is a retried Idempotency-Key that came with a different request. It
// is a models.ErrConflict.
var ErrKeyReused = fmt.Errorf("the idempotency key was used with a different request: %w", models.ErrConflict)

// Operations an idempotency key is claimed for.
const (
	opLabel        = "label"
	opCancelLabel  = "cancel_label"
	opPickup       = "pickup"
	opCancelPickup = "cancel_pickup"
	opManifest     = "manifest"
)

// once runs create, which stores the record resultID, in a transaction that claims
// the idempotency key. When the key was claimed before with the same request it
// returns the first record's id and fresh false, and create does not run; with a
// different request it returns ErrKeyReused. An empty key always creates.
func (s *Service) once(ctx context.Context, orgID, op, key string, request any, resultID string,
	create func(tx *models.DB) error) (id string, fresh bool, err error) {
	key = strings.TrimSpace(key)
	if key == "" {
		return resultID, true, s.db.Tx(ctx, create)
	}
	if len(key) > 255 {
		return "", false, FieldErrors{{Path: "idempotency_key", Code: CodeInvalid, Message: "Idempotency-Key is at most 255 characters"}}
	}
	hash := hashOf(request)
	id, fresh = resultID, true
	err = s.db.Tx(ctx, func(tx *models.DB) error {
		k := &models.IdempotencyKey{OrganizationID: orgID, Operation: op, IdemKey: key, RequestHash: hash, ResultID: resultID}
		got, claimed, err := tx.ClaimIdempotencyKey(ctx, k)
		if err != nil {
			return err
		}
		if !claimed {
			if got.RequestHash != hash {
				return ErrKeyReused
			}
			id, fresh = got.ResultID, false
			return nil
		}
		return create(tx)
	})
	return id, fresh, err
}

// release frees a key whose request bought nothing, so a retry tries again.
func (s *Service) release(ctx context.Context, orgID, op, key string) {
	if key = strings.TrimSpace(key); key == "" {
		return
	}
	if err := s.db.ReleaseIdempotencyKey(ctx, orgID, op, key); err != nil {
		s.log.Warn("release idempotency key", "op", op, "err", err)
	}
}
