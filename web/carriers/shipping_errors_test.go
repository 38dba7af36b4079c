package carriers

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

func TestMessagesListWhatTheCarrierSaid(t *testing.T) {
	refused := NewError(KindInvalidNumber, "usps", JoinMessages(
		"toAddress.ZIPCode: The ZIP Code 99999 does not exist.",
		"packageDescription.weight: Weight must not exceed 70 pounds.",
	))
	tests := []struct {
		name string
		err  error
		want []string
	}{
		{"joined messages", fmt.Errorf("buying: %w", refused), []string{
			"toAddress.ZIPCode: The ZIP Code 99999 does not exist.",
			"packageDescription.weight: Weight must not exceed 70 pounds.",
		}},
		{"one message", NewError(KindAuth, "sendle", errors.New("wrong API key")), []string{"wrong API key"}},
		{"not a carrier error", errors.New("boom"), []string{"boom"}},
		{"no error", nil, nil},
	}
	for _, tt := range tests {
		if got := Messages(tt.err); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Messages = %q, want %q", tt.name, got, tt.want)
		}
	}
}
