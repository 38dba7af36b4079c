package secretbox

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func key(b byte) []byte { return bytes.Repeat([]byte{b}, KeySize) }

func TestSealRoundTrip(t *testing.T) {
	box, err := New([][]byte{key(1)})
	if err != nil {
		t.Fatal(err)
	}
	for _, plain := range []string{"", "s3cret", strings.Repeat("long value ", 500)} {
		sealed, err := box.Seal([]byte(plain))
		if err != nil {
			t.Fatal(err)
		}
		if !IsSealed(sealed) || (plain != "" && strings.Contains(sealed, plain)) {
			t.Errorf("sealed %q shows its plaintext or lacks the marker: %q", plain, sealed)
		}
		got, err := box.Open(sealed)
		if err != nil || string(got) != plain {
			t.Errorf("open: %q, %v; want %q", got, err, plain)
		}
	}
	a, _ := box.Seal([]byte("same"))
	b, _ := box.Seal([]byte("same"))
	if a == b {
		t.Error("two seals of one value are identical: the nonce is not fresh")
	}
}

func TestOpenFailsWithTheWrongKeyOrAlteredValue(t *testing.T) {
	box, _ := New([][]byte{key(1)})
	other, _ := New([][]byte{key(2)})
	sealed, _ := box.Seal([]byte("carrier password"))
	if _, err := other.Open(sealed); !errors.Is(err, ErrOpen) {
		t.Errorf("wrong key opened the value: %v", err)
	}
	flipped := []byte(sealed)
	flipped[len(flipped)-3] ^= 1
	if flipped[len(flipped)-3] == sealed[len(sealed)-3] {
		t.Fatal("test did not alter the value")
	}
	bad := []string{string(flipped), "sb1:", "sb1:!!", "{\"plain\":true}", sealed[:10]}
	for _, v := range bad {
		if _, err := box.Open(v); err == nil {
			t.Errorf("opened %q", v)
		}
	}
}

func TestRotationKeepsOldValuesReadable(t *testing.T) {
	old, _ := New([][]byte{key(1)})
	sealedOld, _ := old.Seal([]byte("before rotation"))
	rotated, err := New([][]byte{key(2), key(1)})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := rotated.Open(sealedOld); err != nil || string(got) != "before rotation" {
		t.Errorf("old value after rotation: %q, %v", got, err)
	}
	sealedNew, _ := rotated.Seal([]byte("after rotation"))
	if _, err := old.Open(sealedNew); err == nil {
		t.Error("a new value was sealed with the old key, not the newest")
	}
	if rotated.Current(sealedOld) || !rotated.Current(sealedNew) || rotated.Current(`{"plain":1}`) {
		t.Error("Current does not tell values under the newest key from the others")
	}
}

func TestNewRejectsBadKeys(t *testing.T) {
	for _, keys := range [][][]byte{nil, {key(1)[:16]}, {key(1), make([]byte, 31)}} {
		if _, err := New(keys); err == nil {
			t.Errorf("accepted %d keys of sizes %v", len(keys), keys)
		}
	}
}
