-- +goose Up
-- Client credentials of the tracker.delivery-compatible API
-- (Authorization: TRACKQL-API-KEY client_id:client_secret). Only a hash of the secret is kept.
CREATE TABLE client_credentials (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    client_id        TEXT NOT NULL UNIQUE,
    secret_hash      TEXT NOT NULL,
    last_used_at     TIMESTAMPTZ,
    revoked_at       TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX client_credentials_org ON client_credentials (organization_id);

-- A merchant's look for its public tracking page and embed.
CREATE TABLE brandings (
    organization_id   TEXT PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
    display_name      TEXT NOT NULL DEFAULT '',
    accent_color      TEXT NOT NULL DEFAULT '',
    background_color  TEXT NOT NULL DEFAULT '',
    messages          TEXT NOT NULL DEFAULT '{}',
    links             TEXT NOT NULL DEFAULT '[]',
    frame_ancestors   TEXT NOT NULL DEFAULT '[]',
    logo_type         TEXT NOT NULL DEFAULT '',
    logo_hash         TEXT NOT NULL DEFAULT '',
    updated_at        TIMESTAMPTZ NOT NULL
);

-- Logos live apart so that rendering a page does not load them.
CREATE TABLE branding_logos (
    organization_id  TEXT PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
    body             BYTEA NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);

-- +goose Down
DROP TABLE branding_logos;
DROP TABLE brandings;
DROP TABLE client_credentials;
