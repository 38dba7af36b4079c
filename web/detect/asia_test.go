package detect

import "testing"

func TestYunExpress(t *testing.T) {
	const f, slug = "yunexpress", "yunexpress"
	runCases(t, []detectCase{
		{"public", "YT2229521272164446", Hints{}, f, slug, true},
		{"spaced", " Y T 2 2 2 9 5 2 1 2 7 2 1 6 4 4 4 7 ", Hints{}, f, slug, true},
		{"15 digits", "YT123456789012345", Hints{}, f, slug, false},
		{"letter", "YT222952127216444A", Hints{}, f, slug, false},
		{"other prefix", "YX2229521272164446", Hints{}, f, slug, false},
	})
}
