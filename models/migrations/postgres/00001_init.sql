-- +goose Up
CREATE TABLE organizations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    slug        TEXT NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE users (
    id             TEXT PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL DEFAULT '',
    password_hash  TEXT NOT NULL,
    last_login_at  TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE memberships (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    user_id          TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role             TEXT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (organization_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE api_keys (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    prefix           TEXT NOT NULL,
    hash             TEXT NOT NULL UNIQUE,
    last_used_at     TIMESTAMPTZ,
    revoked_at       TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX api_keys_org ON api_keys (organization_id);

CREATE TABLE couriers (
    slug        TEXT PRIMARY KEY,
    tracker_id  TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL,
    other_name  TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    web_url     TEXT NOT NULL DEFAULT '',
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE parcels (
    id                        TEXT PRIMARY KEY,
    slug                      TEXT NOT NULL,
    tracking_number           TEXT NOT NULL,
    fields                    TEXT NOT NULL DEFAULT '{}',
    tag                       TEXT NOT NULL,
    subtag                    TEXT NOT NULL,
    signed_by                 TEXT NOT NULL DEFAULT '',
    expected_delivery         TIMESTAMPTZ,
    origin_country_iso3       TEXT NOT NULL DEFAULT '',
    destination_country_iso3  TEXT NOT NULL DEFAULT '',
    shipment_type             TEXT NOT NULL DEFAULT '',
    shipment_weight           DOUBLE PRECISION,
    shipment_weight_unit      TEXT NOT NULL DEFAULT '',
    shipment_package_count    INTEGER NOT NULL DEFAULT 0,
    sandbox                   BOOLEAN NOT NULL DEFAULT FALSE,
    active                    BOOLEAN NOT NULL DEFAULT TRUE,
    poll_count                INTEGER NOT NULL DEFAULT 0,
    failures                  INTEGER NOT NULL DEFAULT 0,
    last_error                TEXT NOT NULL DEFAULT '',
    last_polled_at            TIMESTAMPTZ,
    next_poll_at              TIMESTAMPTZ,
    last_event_at             TIMESTAMPTZ,
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL,
    UNIQUE (slug, tracking_number)
);
CREATE INDEX parcels_due ON parcels (active, next_poll_at);

CREATE TABLE checkpoints (
    id               TEXT PRIMARY KEY,
    parcel_id        TEXT NOT NULL REFERENCES parcels(id) ON DELETE CASCADE,
    hash             TEXT NOT NULL,
    occurred_at      TIMESTAMPTZ NOT NULL,
    utc_offset       INTEGER NOT NULL DEFAULT 0,
    message          TEXT NOT NULL DEFAULT '',
    location         TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT '',
    zip              TEXT NOT NULL DEFAULT '',
    country_iso3     TEXT NOT NULL DEFAULT '',
    country_name     TEXT NOT NULL DEFAULT '',
    raw_status       TEXT NOT NULL DEFAULT '',
    raw_tag          TEXT NOT NULL DEFAULT '',
    tag              TEXT NOT NULL,
    subtag           TEXT NOT NULL,
    coordinates      TEXT NOT NULL DEFAULT '[]',
    created_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (parcel_id, hash)
);
CREATE INDEX checkpoints_parcel_time ON checkpoints (parcel_id, occurred_at);

CREATE TABLE parcel_transitions (
    id          TEXT PRIMARY KEY,
    parcel_id   TEXT NOT NULL REFERENCES parcels(id) ON DELETE CASCADE,
    from_tag    TEXT NOT NULL,
    to_tag      TEXT NOT NULL,
    subtag      TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX parcel_transitions_parcel ON parcel_transitions (parcel_id, created_at);

CREATE TABLE trackings (
    id                            TEXT PRIMARY KEY,
    organization_id               TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    parcel_id                     TEXT NOT NULL REFERENCES parcels(id),
    slug                          TEXT NOT NULL,
    tracking_number               TEXT NOT NULL,
    source                        TEXT NOT NULL DEFAULT 'api',
    title                         TEXT NOT NULL DEFAULT '',
    note                          TEXT,
    order_id                      TEXT,
    order_id_path                 TEXT,
    order_number                  TEXT,
    order_date                    TEXT,
    custom_fields                 TEXT,
    language                      TEXT,
    emails                        TEXT NOT NULL DEFAULT '[]',
    smses                         TEXT NOT NULL DEFAULT '[]',
    customer_name                 TEXT,
    order_promised_delivery_date  TEXT,
    delivery_type                 TEXT,
    pickup_location               TEXT,
    pickup_note                   TEXT,
    tracking_account_number       TEXT,
    tracking_key                  TEXT,
    tracking_ship_date            TEXT,
    tracking_origin_country       TEXT,
    tracking_destination_country  TEXT,
    tracking_postal_code          TEXT,
    tracking_state                TEXT,
    origin_country_iso3           TEXT,
    origin_state                  TEXT,
    origin_city                   TEXT,
    origin_postal_code            TEXT,
    origin_raw_location           TEXT,
    destination_country_iso3      TEXT,
    destination_state             TEXT,
    destination_city              TEXT,
    destination_postal_code       TEXT,
    destination_raw_location      TEXT,
    slug_group                    TEXT,
    shipment_type                 TEXT,
    shipment_tags                 TEXT NOT NULL DEFAULT '[]',
    courier_connection_id         TEXT,
    next_couriers                 TEXT NOT NULL DEFAULT '[]',
    location_id                   TEXT,
    shipping_method               TEXT,
    tag                           TEXT NOT NULL,
    subtag                        TEXT NOT NULL,
    active                        BOOLEAN NOT NULL DEFAULT TRUE,
    completed_reason              TEXT,
    completed_at                  TIMESTAMPTZ,
    retrack_count                 INTEGER NOT NULL DEFAULT 0,
    last_updated_at               TIMESTAMPTZ NOT NULL,
    created_at                    TIMESTAMPTZ NOT NULL,
    updated_at                    TIMESTAMPTZ NOT NULL,
    UNIQUE (organization_id, slug, tracking_number)
);
CREATE INDEX trackings_org_created ON trackings (organization_id, created_at DESC, id DESC);
CREATE INDEX trackings_org_tag ON trackings (organization_id, tag);
CREATE INDEX trackings_org_number ON trackings (organization_id, tracking_number);
CREATE INDEX trackings_parcel ON trackings (parcel_id);

-- +goose Down
DROP TABLE trackings;
DROP TABLE parcel_transitions;
DROP TABLE checkpoints;
DROP TABLE parcels;
DROP TABLE couriers;
DROP TABLE api_keys;
DROP TABLE memberships;
DROP TABLE users;
DROP TABLE organizations;
