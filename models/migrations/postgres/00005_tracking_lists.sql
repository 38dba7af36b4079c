-- +goose Up
-- Every tracking list reports how many trackings the organization has. Counting
-- them per request grows with the organization (a million rows at a million
-- trackings), so the number is kept here. Triggers keep it in the transaction of
-- each insert and delete, whatever writes them: the API, the console, a bulk
-- load (COPY) or the cascade of a deleted organization. They run once per
-- statement, so a bulk load updates each organization's row once.
CREATE TABLE tracking_counts (
    organization_id  TEXT PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
    trackings        BIGINT NOT NULL
);
INSERT INTO tracking_counts (organization_id, trackings)
    SELECT organization_id, COUNT(*) FROM trackings GROUP BY organization_id;
-- +goose StatementBegin
CREATE FUNCTION trackings_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO tracking_counts AS c (organization_id, trackings)
        SELECT organization_id, COUNT(*) FROM inserted GROUP BY organization_id
        ON CONFLICT (organization_id) DO UPDATE SET trackings = c.trackings + EXCLUDED.trackings;
    RETURN NULL;
END $$;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE FUNCTION trackings_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE tracking_counts AS c SET trackings = c.trackings - d.n
        FROM (SELECT organization_id, COUNT(*) AS n FROM deleted GROUP BY organization_id) AS d
        WHERE c.organization_id = d.organization_id;
    RETURN NULL;
END $$;
-- +goose StatementEnd
CREATE TRIGGER trackings_count_insert AFTER INSERT ON trackings
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION trackings_count_inserted();
CREATE TRIGGER trackings_count_delete AFTER DELETE ON trackings
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION trackings_count_deleted();

-- Filtered lists: each filter the API offers on an equality has an index that
-- also gives the list order (newest first), or finds the few matches directly.
-- The status and courier indexes carry each other's column, so a list filtered
-- on both checks the other column in the index before reading a row.
DROP INDEX trackings_org_tag;
CREATE INDEX trackings_org_tag_created ON trackings (organization_id, tag, created_at DESC, id DESC, slug);
CREATE INDEX trackings_org_slug_created ON trackings (organization_id, slug, created_at DESC, id DESC, tag);
CREATE INDEX trackings_org_order ON trackings (organization_id, order_id);

-- +goose Down
DROP INDEX trackings_org_order;
DROP INDEX trackings_org_slug_created;
DROP INDEX trackings_org_tag_created;
CREATE INDEX trackings_org_tag ON trackings (organization_id, tag);
DROP TRIGGER trackings_count_delete ON trackings;
DROP TRIGGER trackings_count_insert ON trackings;
DROP FUNCTION trackings_count_deleted();
DROP FUNCTION trackings_count_inserted();
DROP TABLE tracking_counts;
