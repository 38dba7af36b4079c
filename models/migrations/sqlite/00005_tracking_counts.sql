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

-- +goose Down
DROP TRIGGER trackings_count_delete;
DROP TRIGGER trackings_count_insert;
DROP TABLE tracking_counts;
