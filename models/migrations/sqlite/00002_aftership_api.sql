-- +goose Up
-- customers: the 2025-07 API's contact list; emails/smses/customer_name stay for the older versions.
ALTER TABLE trackings ADD COLUMN customers TEXT NOT NULL DEFAULT '[]';
-- Milestones copied from the parcel's checkpoints so lists can filter on transit time.
ALTER TABLE trackings ADD COLUMN picked_up_at DATETIME;
ALTER TABLE trackings ADD COLUMN delivered_at DATETIME;
ALTER TABLE trackings ADD COLUMN transit_time INTEGER;
CREATE INDEX trackings_org_updated ON trackings (organization_id, updated_at);

CREATE TABLE courier_connections (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    courier_slug     TEXT NOT NULL,
    credentials      TEXT NOT NULL DEFAULT '{}',
    created_at       DATETIME NOT NULL,
    updated_at       DATETIME NOT NULL
);
CREATE INDEX courier_connections_org ON courier_connections (organization_id, created_at DESC, id DESC);

-- +goose Down
DROP TABLE courier_connections;
DROP INDEX trackings_org_updated;
ALTER TABLE trackings DROP COLUMN transit_time;
ALTER TABLE trackings DROP COLUMN delivered_at;
ALTER TABLE trackings DROP COLUMN picked_up_at;
ALTER TABLE trackings DROP COLUMN customers;
