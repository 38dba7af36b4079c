-- +goose Up
-- Whether a tracking is of an outbound shipment or a return ("forward" or
-- "return"), as the merchant says in API 2026-07; null when never said.
ALTER TABLE trackings ADD COLUMN shipment_direction TEXT;

-- +goose Down
ALTER TABLE trackings DROP COLUMN shipment_direction;
