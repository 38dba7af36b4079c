// Package checkpointlang translates carrier checkpoints between English and
// Korean for API readers who ask for a language (?lang=). Korean carriers write
// their events in Korean and the American and international ones in English;
// a phrase catalogue of the texts these carriers are known to send turns one into
// the other, and anything it does not know reads as the normalized status of the
// checkpoint in the reader's language, so a reader never gets the wrong language.
package checkpointlang

import (
	"errors"
	"strings"

	"golang.org/x/text/language"
)

// Lang is a language checkpoints can be translated into. The zero Lang means
// "as the carrier wrote them".
type Lang string

// The languages Waypost translates checkpoints into.
const (
	English Lang = "en"
	Korean  Lang = "ko"
)

// ErrMalformed is returned for a lang value that is not a language tag.
var ErrMalformed = errors.New("lang is not a language tag")

// Parse reads a lang parameter. Any well-formed BCP 47 tag is accepted in any case
// and with "-" or "_" ("ko-KR", "en_us"); its base language decides. Languages
// Waypost cannot translate into ("fr", "zh") and an empty value give the zero
// Lang: checkpoints stay as the carrier wrote them, which is what AfterShip does
// for pairs it cannot translate. Only a value that is no language tag at all is
// an error.
func Parse(s string) (Lang, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if len(s) > 64 {
		return "", ErrMalformed
	}
	tag, err := language.Parse(s)
	if err != nil {
		return "", ErrMalformed
	}
	base, _ := tag.Base()
	switch Lang(base.String()) {
	case English:
		return English, nil
	case Korean:
		return Korean, nil
	}
	return "", nil
}
