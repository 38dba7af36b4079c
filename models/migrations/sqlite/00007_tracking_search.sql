-- +goose Up
-- The keyword filter looks for a substring of eight texts of each tracking.
-- LIKE cannot use an index for that, so every search read all of the
-- organization's rows. An FTS5 index of trigrams finds the trackings that
-- contain every three-character piece of the keyword in one of those texts;
-- the list then checks the LIKE on those few rows, so it answers exactly as
-- before. The index holds no copy of the texts (contentless), only trigrams.
--
-- FTS5 names its rows by integer. A tracking's implicit rowid is no such name:
-- VACUUM may renumber a table without an INTEGER PRIMARY KEY. So each tracking
-- gets its own number here, which nothing renumbers.
CREATE TABLE tracking_search_ids (
    rowid        INTEGER PRIMARY KEY,
    tracking_id  TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE tracking_search USING fts5(
    tracking_number, title, order_id, customer_name, custom_fields, emails, smses, customers,
    content='', contentless_delete=1, tokenize='trigram'
);
INSERT INTO tracking_search_ids (tracking_id) SELECT id FROM trackings;
INSERT INTO tracking_search (rowid, tracking_number, title, order_id, customer_name, custom_fields, emails, smses, customers)
    SELECT s.rowid, t.tracking_number, t.title, t.order_id, t.customer_name, t.custom_fields, t.emails, t.smses, t.customers
    FROM tracking_search_ids s JOIN trackings t ON t.id = s.tracking_id;

-- Triggers keep the index in the transaction of each write, whatever makes it.
-- An update re-indexes only when a searched text changed: status updates,
-- the bulk of the writes, leave it alone.
-- +goose StatementBegin
CREATE TRIGGER tracking_search_insert AFTER INSERT ON trackings
BEGIN
    INSERT INTO tracking_search_ids (tracking_id) VALUES (NEW.id);
    INSERT INTO tracking_search (rowid, tracking_number, title, order_id, customer_name, custom_fields, emails, smses, customers)
        VALUES (last_insert_rowid(), NEW.tracking_number, NEW.title, NEW.order_id, NEW.customer_name,
                NEW.custom_fields, NEW.emails, NEW.smses, NEW.customers);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER tracking_search_update AFTER UPDATE OF
    tracking_number, title, order_id, customer_name, custom_fields, emails, smses, customers ON trackings
WHEN OLD.tracking_number IS NOT NEW.tracking_number OR OLD.title IS NOT NEW.title
    OR OLD.order_id IS NOT NEW.order_id OR OLD.customer_name IS NOT NEW.customer_name
    OR OLD.custom_fields IS NOT NEW.custom_fields OR OLD.emails IS NOT NEW.emails
    OR OLD.smses IS NOT NEW.smses OR OLD.customers IS NOT NEW.customers
BEGIN
    DELETE FROM tracking_search WHERE rowid = (SELECT rowid FROM tracking_search_ids WHERE tracking_id = OLD.id);
    INSERT INTO tracking_search (rowid, tracking_number, title, order_id, customer_name, custom_fields, emails, smses, customers)
        SELECT rowid, NEW.tracking_number, NEW.title, NEW.order_id, NEW.customer_name,
               NEW.custom_fields, NEW.emails, NEW.smses, NEW.customers
        FROM tracking_search_ids WHERE tracking_id = NEW.id;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER tracking_search_delete AFTER DELETE ON trackings
BEGIN
    DELETE FROM tracking_search WHERE rowid = (SELECT rowid FROM tracking_search_ids WHERE tracking_id = OLD.id);
    DELETE FROM tracking_search_ids WHERE tracking_id = OLD.id;
END;
-- +goose StatementEnd

-- A list filtered only on courier, status, origin, destination and whether
-- the parcel goes back to its sender reports a total that counting would read
-- every match for (all of a million trackings for a destination). Those
-- columns take few values, so the trackings of each combination are counted
-- here, kept by triggers like tracking_counts, and such a total is a sum of a
-- few rows. return_to_sender is subtag IN ('Exception_010', 'Exception_011'), the
-- subtags of models.ReturnSubtags; a missing country is ''.
CREATE TABLE tracking_facets (
    organization_id           TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    slug                      TEXT NOT NULL,
    tag                       TEXT NOT NULL,
    return_to_sender          BOOLEAN NOT NULL,
    origin_country_iso3       TEXT NOT NULL,
    destination_country_iso3  TEXT NOT NULL,
    trackings                 INTEGER NOT NULL,
    PRIMARY KEY (organization_id, slug, tag, return_to_sender, origin_country_iso3, destination_country_iso3)
);
INSERT INTO tracking_facets
    SELECT organization_id, slug, tag, subtag IN ('Exception_010', 'Exception_011'),
           coalesce(origin_country_iso3, ''), coalesce(destination_country_iso3, ''), COUNT(*)
    FROM trackings GROUP BY 1, 2, 3, 4, 5, 6;
-- +goose StatementBegin
CREATE TRIGGER tracking_facets_insert AFTER INSERT ON trackings
BEGIN
    INSERT INTO tracking_facets VALUES (NEW.organization_id, NEW.slug, NEW.tag,
        NEW.subtag IN ('Exception_010', 'Exception_011'),
        coalesce(NEW.origin_country_iso3, ''), coalesce(NEW.destination_country_iso3, ''), 1)
    ON CONFLICT DO UPDATE SET trackings = trackings + 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER tracking_facets_delete AFTER DELETE ON trackings
BEGIN
    UPDATE tracking_facets SET trackings = trackings - 1
    WHERE organization_id = OLD.organization_id AND slug = OLD.slug AND tag = OLD.tag
        AND return_to_sender = (OLD.subtag IN ('Exception_010', 'Exception_011'))
        AND origin_country_iso3 = coalesce(OLD.origin_country_iso3, '')
        AND destination_country_iso3 = coalesce(OLD.destination_country_iso3, '');
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER tracking_facets_update AFTER UPDATE OF
    organization_id, slug, tag, subtag, origin_country_iso3, destination_country_iso3 ON trackings
WHEN OLD.organization_id IS NOT NEW.organization_id OR OLD.slug IS NOT NEW.slug OR OLD.tag IS NOT NEW.tag
    OR (OLD.subtag IN ('Exception_010', 'Exception_011')) IS NOT (NEW.subtag IN ('Exception_010', 'Exception_011'))
    OR OLD.origin_country_iso3 IS NOT NEW.origin_country_iso3
    OR OLD.destination_country_iso3 IS NOT NEW.destination_country_iso3
BEGIN
    UPDATE tracking_facets SET trackings = trackings - 1
    WHERE organization_id = OLD.organization_id AND slug = OLD.slug AND tag = OLD.tag
        AND return_to_sender = (OLD.subtag IN ('Exception_010', 'Exception_011'))
        AND origin_country_iso3 = coalesce(OLD.origin_country_iso3, '')
        AND destination_country_iso3 = coalesce(OLD.destination_country_iso3, '');
    INSERT INTO tracking_facets VALUES (NEW.organization_id, NEW.slug, NEW.tag,
        NEW.subtag IN ('Exception_010', 'Exception_011'),
        coalesce(NEW.origin_country_iso3, ''), coalesce(NEW.destination_country_iso3, ''), 1)
    ON CONFLICT DO UPDATE SET trackings = trackings + 1;
END;
-- +goose StatementEnd

-- A transit-time list is counted as its two halves (models/tracking_list.go):
-- the delivered trackings of that many days, by creation time, and those
-- picked up that many days ago and still under way. Each half is counted from
-- its index alone; the page still walks the list order, where matches are
-- dense.
CREATE INDEX trackings_org_transit ON trackings (organization_id, transit_time, created_at, delivered_at);
CREATE INDEX trackings_org_pickup ON trackings (organization_id, picked_up_at, delivered_at, created_at);
-- The proportions of a large store, as in 00005: a transit time is shared by
-- many trackings, a pick-up time by few.
DELETE FROM sqlite_stat1 WHERE tbl = 'trackings'
    AND idx IN ('trackings_org_transit', 'trackings_org_pickup');
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('trackings', 'trackings_org_transit', '1000000 100000 10000 1 1'),
    ('trackings', 'trackings_org_pickup', '1000000 100000 2 2 1');

-- +goose Down
DROP TRIGGER tracking_facets_update;
DROP TRIGGER tracking_facets_delete;
DROP TRIGGER tracking_facets_insert;
DROP TABLE tracking_facets;
DELETE FROM sqlite_stat1 WHERE tbl = 'trackings'
    AND idx IN ('trackings_org_transit', 'trackings_org_pickup');
DROP INDEX trackings_org_pickup;
DROP INDEX trackings_org_transit;
DROP TRIGGER tracking_search_delete;
DROP TRIGGER tracking_search_update;
DROP TRIGGER tracking_search_insert;
DROP TABLE tracking_search;
DROP TABLE tracking_search_ids;
