package detect

// shaped are the carriers whose own number forms Detect knows: the primary slug
// of a format. UPU S10 numbers alone do not make a post known: its carrier
// follows from the number's country, and posts have domestic forms too.
var shaped = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range allSpecs {
		if s != specS10 {
			m[s.Slugs[0]] = true
		}
	}
	return m
}()

// Fits reports whether number has a shape the carrier slug uses (its length,
// prefix and check digit). known is false for a carrier whose numbers have no
// published shape here; any number then fits.
func Fits(slug, number string) (fits, known bool) {
	if !shaped[slug] {
		return true, false
	}
	return len(Detect(number, Hints{Slugs: []string{slug}})) > 0, true
}
