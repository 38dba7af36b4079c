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

-- Filtered lists count every match, and these counts read whole rows: for a
-- transit time, the delivered trackings of that many days (by creation time)
-- and those picked up that many days ago still under way, each from its own
-- index (SQLite ORs the two); for a destination and whether the parcel goes
-- back to its sender, the index alone. The page itself still walks the list
-- order, where matches are dense.
CREATE INDEX trackings_org_transit ON trackings (organization_id, transit_time, created_at, delivered_at);
CREATE INDEX trackings_org_pickup ON trackings (organization_id, picked_up_at, delivered_at, created_at);
CREATE INDEX trackings_org_destination ON trackings (organization_id, destination_country_iso3, subtag);
-- The proportions of a large store, as in 00005: a destination is shared by
-- many trackings, so a list filtered on it is paged in list order rather than
-- sorted from this index.
DELETE FROM sqlite_stat1 WHERE tbl = 'trackings'
    AND idx IN ('trackings_org_transit', 'trackings_org_pickup', 'trackings_org_destination');
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('trackings', 'trackings_org_transit', '1000000 100000 10000 1 1'),
    ('trackings', 'trackings_org_pickup', '1000000 100000 2 2 1'),
    ('trackings', 'trackings_org_destination', '1000000 100000 20000 2000');

-- +goose Down
DELETE FROM sqlite_stat1 WHERE tbl = 'trackings'
    AND idx IN ('trackings_org_transit', 'trackings_org_pickup', 'trackings_org_destination');
DROP INDEX trackings_org_destination;
DROP INDEX trackings_org_pickup;
DROP INDEX trackings_org_transit;
DROP TRIGGER tracking_search_delete;
DROP TRIGGER tracking_search_update;
DROP TRIGGER tracking_search_insert;
DROP TABLE tracking_search;
DROP TABLE tracking_search_ids;
