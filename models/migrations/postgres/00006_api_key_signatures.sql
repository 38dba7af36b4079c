-- +goose Up
-- API keys with signature: the key's HMAC-SHA256 secret, sealed with the server's
-- data key (never stored in clear), and whether unsigned requests are refused.
ALTER TABLE api_keys ADD COLUMN secret_sealed TEXT;
ALTER TABLE api_keys ADD COLUMN signature_required BOOLEAN NOT NULL DEFAULT false;

-- +goose Down
ALTER TABLE api_keys DROP COLUMN signature_required;
ALTER TABLE api_keys DROP COLUMN secret_sealed;
