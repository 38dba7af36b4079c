package postmen

import (
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/waypost/waypost/web/shipping"
)

// Lists are paged by limit (1 to 100, 20 when absent) and the next_token of the
// previous page, newest first.
const (
	defaultLimit = 20
	maxLimit     = 100
)

// listFilter reads the query every list takes: limit, next_token, status,
// shipper_account_id, created_at_min and created_at_max.
func listFilter(c *gin.Context) (shipping.ListFilter, error) {
	var k checks
	f := shipping.ListFilter{
		Limit:            queryLimit(c, &k),
		NextToken:        strings.TrimSpace(c.Query("next_token")),
		Status:           strings.TrimSpace(c.Query("status")),
		ShipperAccountID: strings.TrimSpace(c.Query("shipper_account_id")),
		CreatedFrom:      queryTime(c, &k, "created_at_min"),
		CreatedTo:        queryTime(c, &k, "created_at_max"),
	}
	if f.CreatedFrom != nil && f.CreatedTo != nil && f.CreatedTo.Before(*f.CreatedFrom) {
		k.invalid("created_at_max", "created_at_max must not be before created_at_min")
	}
	return f, k.err()
}

func queryLimit(c *gin.Context, k *checks) int {
	raw := strings.TrimSpace(c.Query("limit"))
	if raw == "" {
		return defaultLimit
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < 1 || n > maxLimit {
		k.invalid("limit", "limit must be a whole number from 1 to 100")
		return defaultLimit
	}
	return n
}

// queryTime reads an ISO 8601 date-time (or a plain date, meaning its midnight UTC).
func queryTime(c *gin.Context, k *checks, name string) *time.Time {
	raw := strings.TrimSpace(c.Query(name))
	if raw == "" {
		return nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, raw); err == nil {
			return &t
		}
	}
	k.invalid(name, name+" must be an ISO 8601 date-time such as 2026-03-01T00:00:00+00:00")
	return nil
}

// listOut is a page of one kind of object under key, with the token of the next
// page (null on the last).
func listOut[T any](key string, limit int, next string, items []T) gin.H {
	if items == nil {
		items = []T{}
	}
	return gin.H{"next_token": null(next), "limit": limit, key: items}
}
