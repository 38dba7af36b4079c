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

-- Filtered lists count every match, and these counts read whole rows: for a
-- transit time, the delivered trackings of that many days (by creation time)
-- and those picked up that many days ago still under way, each from its own
-- index (a BitmapOr of the two); for a destination and whether the parcel
-- goes back to its sender, the index alone.
CREATE INDEX trackings_org_transit ON trackings (organization_id, transit_time, created_at, delivered_at);
CREATE INDEX trackings_org_pickup ON trackings (organization_id, picked_up_at, delivered_at, created_at);
CREATE INDEX trackings_org_destination ON trackings (organization_id, destination_country_iso3, subtag);

-- +goose Down
DROP INDEX trackings_org_destination;
DROP INDEX trackings_org_pickup;
DROP INDEX trackings_org_transit;
DROP INDEX trackings_search;
DROP EXTENSION IF EXISTS pg_trgm;
