package shipping

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// toJSON encodes a payload column. The values are plain structs and maps, which
// always encode.
func toJSON(v any) string {
	if v == nil {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("shipping: encode %T: %v", v, err))
	}
	return string(b)
}

// fromJSON decodes a payload column into v; an empty column leaves v as is.
func fromJSON(s string, v any) error {
	if s == "" {
		return nil
	}
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("decode %T: %w", v, err)
	}
	return nil
}

// hashOf is the request hash an idempotency key is bound to.
func hashOf(v any) string {
	sum := sha256.Sum256([]byte(toJSON(v)))
	return hex.EncodeToString(sum[:])
}

func itoa(i int) string { return fmt.Sprint(i) }
