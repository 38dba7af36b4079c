-- +goose Up
-- Every tracking list reports how many trackings the organization has. Counting
-- them per request grows with the organization (a million rows at a million
-- trackings), so the number is kept here. Triggers keep it in the transaction of
-- each insert and delete, whatever writes them: the API, the console, a bulk
-- load or the cascade of a deleted organization.
CREATE TABLE tracking_counts (
    organization_id  TEXT PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
    trackings        INTEGER NOT NULL
);
INSERT INTO tracking_counts (organization_id, trackings)
    SELECT organization_id, COUNT(*) FROM trackings GROUP BY organization_id;
-- +goose StatementBegin
CREATE TRIGGER trackings_count_insert AFTER INSERT ON trackings
BEGIN
    INSERT INTO tracking_counts (organization_id, trackings) VALUES (NEW.organization_id, 1)
        ON CONFLICT (organization_id) DO UPDATE SET trackings = trackings + 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER trackings_count_delete AFTER DELETE ON trackings
BEGIN
    UPDATE tracking_counts SET trackings = trackings - 1 WHERE organization_id = OLD.organization_id;
END;
-- +goose StatementEnd

-- Filtered lists: each filter the API offers on an equality has an index that
-- also gives the list order (newest first), or finds the few matches directly.
-- The status and courier indexes carry each other's column, so a list filtered
-- on both is counted and paged from either index without reading rows.
DROP INDEX trackings_org_tag;
CREATE INDEX trackings_org_tag_created ON trackings (organization_id, tag, created_at DESC, id DESC, slug);
CREATE INDEX trackings_org_slug_created ON trackings (organization_id, slug, created_at DESC, id DESC, tag);
CREATE INDEX trackings_org_order ON trackings (organization_id, order_id);

-- Until ANALYZE runs, SQLite has no statistics and guesses that an organization
-- has a handful of trackings: for a list filtered by tracking number or order id
-- it walked the whole (organization_id, created_at) index, reading every row,
-- rather than look the matches up. These are the proportions of a store with
-- many trackings (rows in all, then rows per value of the first one, two...
-- columns of each index), given up front as SQLite's documentation suggests for
-- stable plans; an ANALYZE later replaces them with measured ones.
ANALYZE sqlite_schema;
DELETE FROM sqlite_stat1 WHERE tbl = 'trackings';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('trackings', 'sqlite_autoindex_trackings_1', '1000000 1'),
    ('trackings', 'sqlite_autoindex_trackings_2', '1000000 100000 10000 1'),
    ('trackings', 'trackings_org_created', '1000000 100000 1 1'),
    ('trackings', 'trackings_org_tag_created', '1000000 100000 10000 1 1 1'),
    ('trackings', 'trackings_org_slug_created', '1000000 100000 10000 1 1 1'),
    ('trackings', 'trackings_org_number', '1000000 100000 1'),
    ('trackings', 'trackings_org_order', '1000000 100000 2'),
    ('trackings', 'trackings_org_updated', '1000000 100000 1'),
    ('trackings', 'trackings_parcel', '1000000 1');

-- +goose Down
DELETE FROM sqlite_stat1 WHERE tbl = 'trackings';
DROP INDEX trackings_org_order;
DROP INDEX trackings_org_slug_created;
DROP INDEX trackings_org_tag_created;
CREATE INDEX trackings_org_tag ON trackings (organization_id, tag);
DROP TRIGGER trackings_count_delete;
DROP TRIGGER trackings_count_insert;
DROP TABLE tracking_counts;
