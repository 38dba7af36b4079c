-- +goose Up
-- The keyword filter looks for a substring of eight texts of each tracking.
-- LIKE '%...%' cannot use a B-tree, so every search read all of the
-- organization's rows. A trigram index (pg_trgm, a trusted extension that a
-- database owner may create) over the eight texts joined into one finds the
-- trackings holding every trigram of the keyword; the list then checks the
-- LIKE on each text of those few rows, so it answers exactly as before. One
-- index over the joined texts costs a write less than one index per text.
-- The expression must stay identical to searchText in models/tracking_search.go,
-- or the planner will not use the index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX trackings_search ON trackings USING gin ((
    tracking_number || ' ' || title || ' ' || coalesce(order_id, '') || ' ' || coalesce(customer_name, '') || ' ' ||
    coalesce(custom_fields, '') || ' ' || emails || ' ' || smses || ' ' || customers
) gin_trgm_ops);

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
    trackings                 BIGINT NOT NULL,
    PRIMARY KEY (organization_id, slug, tag, return_to_sender, origin_country_iso3, destination_country_iso3)
);
INSERT INTO tracking_facets
    SELECT organization_id, slug, tag, subtag IN ('Exception_010', 'Exception_011'),
           coalesce(origin_country_iso3, ''), coalesce(destination_country_iso3, ''), COUNT(*)
    FROM trackings GROUP BY 1, 2, 3, 4, 5, 6;
-- Inserts and updates add the statement's changes per combination, in key order so
-- that concurrent statements lock the rows in the same order. An update that
-- changes no combination writes nothing.
-- +goose StatementBegin
CREATE FUNCTION tracking_facets_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO tracking_facets AS f
        SELECT organization_id, slug, tag, subtag IN ('Exception_010', 'Exception_011'),
               coalesce(origin_country_iso3, ''), coalesce(destination_country_iso3, ''), COUNT(*)
        FROM inserted GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (organization_id, slug, tag, return_to_sender, origin_country_iso3, destination_country_iso3)
            DO UPDATE SET trackings = f.trackings + EXCLUDED.trackings;
    RETURN NULL;
END $$;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE FUNCTION tracking_facets_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- An update, not an upsert: when an organization is deleted its rows here
    -- may be gone already, and must not come back.
    UPDATE tracking_facets AS f SET trackings = f.trackings - d.n
        FROM (SELECT organization_id, slug, tag, subtag IN ('Exception_010', 'Exception_011') AS return_to_sender,
                     coalesce(origin_country_iso3, '') AS origin, coalesce(destination_country_iso3, '') AS destination,
                     COUNT(*) AS n
              FROM deleted GROUP BY 1, 2, 3, 4, 5, 6) AS d
        WHERE f.organization_id = d.organization_id AND f.slug = d.slug AND f.tag = d.tag AND f.return_to_sender = d.return_to_sender
            AND f.origin_country_iso3 = d.origin AND f.destination_country_iso3 = d.destination;
    RETURN NULL;
END $$;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE FUNCTION tracking_facets_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO tracking_facets AS f
        SELECT organization_id, slug, tag, return_to_sender, origin_country_iso3, destination_country_iso3, SUM(delta)
        FROM (
            SELECT organization_id, slug, tag, subtag IN ('Exception_010', 'Exception_011') AS return_to_sender,
                   coalesce(origin_country_iso3, '') AS origin_country_iso3,
                   coalesce(destination_country_iso3, '') AS destination_country_iso3, 1 AS delta
            FROM inserted
            UNION ALL
            SELECT organization_id, slug, tag, subtag IN ('Exception_010', 'Exception_011'),
                   coalesce(origin_country_iso3, ''), coalesce(destination_country_iso3, ''), -1
            FROM deleted
        ) AS changes
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING SUM(delta) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (organization_id, slug, tag, return_to_sender, origin_country_iso3, destination_country_iso3)
            DO UPDATE SET trackings = f.trackings + EXCLUDED.trackings;
    RETURN NULL;
END $$;
-- +goose StatementEnd
CREATE TRIGGER tracking_facets_insert AFTER INSERT ON trackings
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION tracking_facets_inserted();
CREATE TRIGGER tracking_facets_delete AFTER DELETE ON trackings
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION tracking_facets_deleted();
CREATE TRIGGER tracking_facets_update AFTER UPDATE ON trackings
    REFERENCING OLD TABLE AS deleted NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION tracking_facets_updated();

-- A transit-time list is counted as its two halves (models/tracking_list.go):
-- the delivered trackings of that many days, by creation time, and those
-- picked up that many days ago and still under way. Each half is counted from
-- its index alone (an index-only scan); the page still walks the list order,
-- where matches are dense.
CREATE INDEX trackings_org_transit ON trackings (organization_id, transit_time, created_at, delivered_at);
CREATE INDEX trackings_org_pickup ON trackings (organization_id, picked_up_at, delivered_at, created_at);

-- +goose Down
DROP TRIGGER tracking_facets_update ON trackings;
DROP TRIGGER tracking_facets_delete ON trackings;
DROP TRIGGER tracking_facets_insert ON trackings;
DROP FUNCTION tracking_facets_updated();
DROP FUNCTION tracking_facets_deleted();
DROP FUNCTION tracking_facets_inserted();
DROP TABLE tracking_facets;
DROP INDEX trackings_org_pickup;
DROP INDEX trackings_org_transit;
DROP INDEX trackings_search;
DROP EXTENSION IF EXISTS pg_trgm;
