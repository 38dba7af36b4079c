-- +goose Up
-- Shipping (Postmen v3): a merchant's shipper accounts and what was done with them.
-- Structured payloads (addresses, shipments, rates) are JSON text written and read
-- by web/shipping; the columns lists filter on are columns of their own.

CREATE TABLE shipper_accounts (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    slug             TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    timezone         TEXT NOT NULL DEFAULT 'UTC',
    status           TEXT NOT NULL,
    type             TEXT NOT NULL DEFAULT 'user',
    address          TEXT NOT NULL DEFAULT '',
    -- credentials: JSON sealed with the data key, never stored in clear.
    credentials      TEXT NOT NULL,
    sandbox          BOOLEAN NOT NULL DEFAULT 0,
    created_at       DATETIME NOT NULL,
    updated_at       DATETIME NOT NULL
);
CREATE INDEX shipper_accounts_org_created ON shipper_accounts (organization_id, created_at DESC, id DESC);
CREATE INDEX shipper_accounts_org_slug ON shipper_accounts (organization_id, slug, created_at DESC, id DESC);

CREATE TABLE rate_quotes (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    status           TEXT NOT NULL,
    request          TEXT NOT NULL,
    rates            TEXT NOT NULL DEFAULT '[]',
    created_at       DATETIME NOT NULL,
    updated_at       DATETIME NOT NULL
);
CREATE INDEX rate_quotes_org_created ON rate_quotes (organization_id, created_at DESC, id DESC);
CREATE INDEX rate_quotes_org_status ON rate_quotes (organization_id, status, created_at DESC, id DESC);

-- Labels keep the account's slug and description as they were, so a label stays
-- readable after its account is deleted.
CREATE TABLE labels (
    id                   TEXT PRIMARY KEY,
    organization_id      TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    status               TEXT NOT NULL,
    shipper_account_id   TEXT NOT NULL,
    slug                 TEXT NOT NULL,
    account_description  TEXT NOT NULL DEFAULT '',
    service_type         TEXT NOT NULL,
    service_name         TEXT NOT NULL DEFAULT '',
    tracking_number      TEXT NOT NULL DEFAULT '',
    tracking_numbers     TEXT NOT NULL DEFAULT '[]',
    carrier_ref          TEXT NOT NULL DEFAULT '',
    rate                 TEXT NOT NULL DEFAULT '',
    ship_date            TEXT NOT NULL,
    paper_size           TEXT NOT NULL,
    file_type            TEXT NOT NULL,
    label_file           TEXT NOT NULL DEFAULT '',
    invoice_file         TEXT NOT NULL DEFAULT '',
    manifest_file        TEXT NOT NULL DEFAULT '',
    request              TEXT NOT NULL,
    order_id             TEXT NOT NULL DEFAULT '',
    order_number         TEXT NOT NULL DEFAULT '',
    tracking_id          TEXT NOT NULL DEFAULT '',
    sandbox              BOOLEAN NOT NULL DEFAULT 0,
    error_message        TEXT NOT NULL DEFAULT '',
    created_at           DATETIME NOT NULL,
    updated_at           DATETIME NOT NULL
);
CREATE INDEX labels_org_created ON labels (organization_id, created_at DESC, id DESC);
CREATE INDEX labels_org_status ON labels (organization_id, status, created_at DESC, id DESC);
CREATE INDEX labels_org_account ON labels (organization_id, shipper_account_id, status, created_at DESC, id DESC);
CREATE INDEX labels_org_number ON labels (organization_id, tracking_number);
CREATE INDEX labels_org_tracking ON labels (organization_id, tracking_id);

CREATE TABLE cancel_labels (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    label_id         TEXT NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    status           TEXT NOT NULL,
    error_message    TEXT NOT NULL DEFAULT '',
    created_at       DATETIME NOT NULL,
    updated_at       DATETIME NOT NULL
);
CREATE INDEX cancel_labels_org_created ON cancel_labels (organization_id, created_at DESC, id DESC);
CREATE INDEX cancel_labels_org_status ON cancel_labels (organization_id, status, created_at DESC, id DESC);
CREATE INDEX cancel_labels_label ON cancel_labels (label_id);

CREATE TABLE pickups (
    id                   TEXT PRIMARY KEY,
    organization_id      TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    status               TEXT NOT NULL,
    shipper_account_id   TEXT NOT NULL,
    slug                 TEXT NOT NULL,
    account_description  TEXT NOT NULL DEFAULT '',
    pickup_date          TEXT NOT NULL,
    start_time           TEXT NOT NULL DEFAULT '',
    end_time             TEXT NOT NULL DEFAULT '',
    instructions         TEXT NOT NULL DEFAULT '',
    location             TEXT NOT NULL DEFAULT '',
    address              TEXT NOT NULL DEFAULT '',
    ship_to              TEXT NOT NULL DEFAULT '',
    parcels              TEXT NOT NULL DEFAULT '[]',
    confirmation_number  TEXT NOT NULL DEFAULT '',
    charge               TEXT NOT NULL DEFAULT '',
    error_message        TEXT NOT NULL DEFAULT '',
    created_at           DATETIME NOT NULL,
    updated_at           DATETIME NOT NULL
);
CREATE INDEX pickups_org_created ON pickups (organization_id, created_at DESC, id DESC);
CREATE INDEX pickups_org_status ON pickups (organization_id, status, created_at DESC, id DESC);
CREATE INDEX pickups_org_account ON pickups (organization_id, shipper_account_id, created_at DESC, id DESC);

CREATE TABLE pickup_labels (
    pickup_id  TEXT NOT NULL REFERENCES pickups(id) ON DELETE CASCADE,
    label_id   TEXT NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    PRIMARY KEY (pickup_id, label_id)
);
CREATE INDEX pickup_labels_label ON pickup_labels (label_id);

CREATE TABLE cancel_pickups (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    pickup_id        TEXT NOT NULL REFERENCES pickups(id) ON DELETE CASCADE,
    status           TEXT NOT NULL,
    error_message    TEXT NOT NULL DEFAULT '',
    created_at       DATETIME NOT NULL,
    updated_at       DATETIME NOT NULL
);
CREATE INDEX cancel_pickups_org_created ON cancel_pickups (organization_id, created_at DESC, id DESC);
CREATE INDEX cancel_pickups_org_status ON cancel_pickups (organization_id, status, created_at DESC, id DESC);

CREATE TABLE manifests (
    id                   TEXT PRIMARY KEY,
    organization_id      TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    status               TEXT NOT NULL,
    shipper_account_id   TEXT NOT NULL,
    slug                 TEXT NOT NULL,
    account_description  TEXT NOT NULL DEFAULT '',
    carrier_ref          TEXT NOT NULL DEFAULT '',
    file                 TEXT NOT NULL DEFAULT '',
    error_message        TEXT NOT NULL DEFAULT '',
    created_at           DATETIME NOT NULL,
    updated_at           DATETIME NOT NULL
);
CREATE INDEX manifests_org_created ON manifests (organization_id, created_at DESC, id DESC);
CREATE INDEX manifests_org_status ON manifests (organization_id, status, created_at DESC, id DESC);
CREATE INDEX manifests_org_account ON manifests (organization_id, shipper_account_id, created_at DESC, id DESC);

-- A label is on one manifest at most.
CREATE TABLE manifest_labels (
    manifest_id  TEXT NOT NULL REFERENCES manifests(id) ON DELETE CASCADE,
    label_id     TEXT NOT NULL UNIQUE REFERENCES labels(id) ON DELETE CASCADE,
    PRIMARY KEY (manifest_id, label_id)
);

CREATE TABLE address_validations (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    status           TEXT NOT NULL,
    address          TEXT NOT NULL,
    issues           TEXT NOT NULL DEFAULT '[]',
    created_at       DATETIME NOT NULL,
    updated_at       DATETIME NOT NULL
);
CREATE INDEX address_validations_org_created ON address_validations (organization_id, created_at DESC, id DESC);
CREATE INDEX address_validations_org_status ON address_validations (organization_id, status, created_at DESC, id DESC);

-- Stored documents by their public token; the token is the capability to read one.
CREATE TABLE shipping_files (
    token            TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    file_name        TEXT NOT NULL,
    content_type     TEXT NOT NULL,
    created_at       DATETIME NOT NULL
);

-- A create that talks to a carrier claims its Idempotency-Key first; a retry with
-- the same key and body gets the first result, a different body is a conflict.
CREATE TABLE idempotency_keys (
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    operation        TEXT NOT NULL,
    idem_key         TEXT NOT NULL,
    request_hash     TEXT NOT NULL,
    result_id        TEXT NOT NULL,
    created_at       DATETIME NOT NULL,
    PRIMARY KEY (organization_id, operation, idem_key)
);

-- +goose Down
DROP TABLE idempotency_keys;
DROP TABLE shipping_files;
DROP TABLE address_validations;
DROP TABLE manifest_labels;
DROP TABLE manifests;
DROP TABLE cancel_pickups;
DROP TABLE pickup_labels;
DROP TABLE pickups;
DROP TABLE cancel_labels;
DROP TABLE labels;
DROP TABLE rate_quotes;
DROP TABLE shipper_accounts;
