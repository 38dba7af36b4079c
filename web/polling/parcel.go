package polling

import (
	"context"
	"time"

	"github.com/waypost/waypost/models"
	"github.com/waypost/waypost/web/carriers"
)

// Follow puts a parcel on the polling schedule when a tracking starts to follow it: a
// parcel first seen on the public page is polled only when viewed.
func Follow(ctx context.Context, tx *models.DB, p *models.Parcel, now time.Time) error {
	if p.NextPollAt != nil || terminal(p.Tag, p.Subtag) {
		return nil
	}
	p.Active, p.NextPollAt = true, &now
	return tx.SaveParcelPoll(ctx, p)
}

// Reopen takes a parcel back after it expired or got stuck: the no-news clock starts
// again at now and the parcel shows its last event's status (or Pending) until the
// carrier says more. The caller stores the parcel.
func Reopen(ctx context.Context, tx *models.DB, p *models.Parcel, now time.Time) error {
	p.ActiveSince = &now
	tag, subtag := string(carriers.TagPending), "Pending_001"
	if p.LastEventAt != nil {
		last, err := tx.LatestCheckpoint(ctx, p.ID)
		if err != nil {
			return err
		}
		tag, subtag = last.Tag, last.Subtag
	}
	return setStatus(ctx, tx, p, tag, subtag)
}

// SaveParcel stores the parcel's poll state and copies a changed status to the
// trackings that follow it.
func SaveParcel(ctx context.Context, tx *models.DB, p *models.Parcel, changed bool) error {
	if err := tx.SaveParcelPoll(ctx, p); err != nil {
		return err
	}
	if !changed {
		return nil
	}
	return tx.MirrorParcel(ctx, p)
}

// setStatus changes the parcel's status, recording the transition (for notifications)
// when the tag or subtag moved.
func setStatus(ctx context.Context, tx *models.DB, p *models.Parcel, tag, subtag string) error {
	if p.Tag == tag && p.Subtag == subtag {
		return nil
	}
	from := p.Tag
	p.Tag, p.Subtag = tag, subtag
	return tx.RecordTransition(ctx, &models.ParcelTransition{ParcelID: p.ID, FromTag: from, ToTag: tag, Subtag: subtag})
}

// terminal statuses end a parcel's journey: delivered, expired, returned to the sender
// (Exception_011) or lost (Exception_013).
func terminal(tag, subtag string) bool {
	return carriers.Terminal(carriers.Tag(tag)) || carriers.TerminalSubtag(subtag)
}
