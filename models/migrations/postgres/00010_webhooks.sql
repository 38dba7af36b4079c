-- +goose Up
-- Webhooks: a merchant's endpoints, the events that happened (the replay log) and one
-- delivery per event and endpoint with its attempts. Events and their deliveries are
-- written in the transaction of the change that caused them (the outbox); the
-- dispatcher reads due deliveries from here.

CREATE TABLE webhook_endpoints (
    id                    TEXT PRIMARY KEY,
    organization_id       TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    url                   TEXT NOT NULL,
    events                TEXT NOT NULL DEFAULT '[]',
    tags                  TEXT NOT NULL DEFAULT '[]',
    headers               TEXT NOT NULL DEFAULT '{}',
    api_version           TEXT NOT NULL,
    -- secrets: sealed with the data key; the previous one stays valid until previous_until.
    secret_sealed         TEXT NOT NULL,
    previous_secret_sealed TEXT NOT NULL DEFAULT '',
    previous_until        TIMESTAMPTZ,
    enabled               BOOLEAN NOT NULL DEFAULT true,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    disabled_reason       TEXT NOT NULL DEFAULT '',
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_endpoints_org ON webhook_endpoints (organization_id, created_at, id);

CREATE TABLE webhook_events (
    seq                   BIGSERIAL PRIMARY KEY,
    id                    TEXT NOT NULL UNIQUE,
    organization_id       TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    event                 TEXT NOT NULL,
    tracking_id           TEXT NOT NULL DEFAULT '',
    tag                   TEXT NOT NULL DEFAULT '',
    first_tag             BOOLEAN NOT NULL DEFAULT false,
    created_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_events_org_seq ON webhook_events (organization_id, seq);
CREATE INDEX webhook_events_created ON webhook_events (created_at);

CREATE TABLE webhook_deliveries (
    id                    TEXT PRIMARY KEY,
    organization_id       TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    endpoint_id           TEXT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    event_seq             BIGINT NOT NULL REFERENCES webhook_events(seq) ON DELETE CASCADE,
    tracking_id           TEXT NOT NULL DEFAULT '',
    -- pending until delivered or given up (failed).
    status                TEXT NOT NULL,
    attempts              INTEGER NOT NULL DEFAULT 0,
    next_attempt_at       TIMESTAMPTZ NOT NULL,
    locked_until          TIMESTAMPTZ,
    body                  TEXT NOT NULL DEFAULT '',
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_line ON webhook_deliveries (endpoint_id, tracking_id, event_seq);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at, id);

CREATE TABLE webhook_attempts (
    id                    TEXT PRIMARY KEY,
    delivery_id           TEXT NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
    attempt               INTEGER NOT NULL,
    request_headers       TEXT NOT NULL DEFAULT '{}',
    status_code           INTEGER NOT NULL DEFAULT 0,
    response_excerpt      TEXT NOT NULL DEFAULT '',
    error                 TEXT NOT NULL DEFAULT '',
    duration_ms           INTEGER NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, attempt);

-- +goose Down
DROP TABLE webhook_attempts;
DROP TABLE webhook_deliveries;
DROP TABLE webhook_events;
DROP TABLE webhook_endpoints;
