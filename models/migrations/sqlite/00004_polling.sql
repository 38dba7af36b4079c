-- +goose Up
-- active_since restarts the 30-day "no information" clock when a tracking is retracked.
ALTER TABLE parcels ADD COLUMN active_since DATETIME;
-- The scheduler reads due parcels in next_poll_at order; stopped parcels (NULL) stay out
-- of the index, so it stays small however many delivered parcels accumulate.
CREATE INDEX parcels_next_poll ON parcels (next_poll_at) WHERE next_poll_at IS NOT NULL;
DROP INDEX parcels_due;

-- +goose Down
CREATE INDEX parcels_due ON parcels (active, next_poll_at);
DROP INDEX parcels_next_poll;
ALTER TABLE parcels DROP COLUMN active_since;
