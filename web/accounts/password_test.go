package accounts

import (
	"context"
	"strings"
	"testing"
)

func TestPasswordHashRoundTrip(t *testing.T) {
	h := newHasher(2)
	ctx := context.Background()
	enc, err := h.Hash(ctx, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(enc, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("encoding %q", enc)
	}
	if ok, err := h.Verify(ctx, enc, "correct horse battery"); !ok || err != nil {
		t.Errorf("right password rejected: %v", err)
	}
	if ok, _ := h.Verify(ctx, enc, "correct horse batterz"); ok {
		t.Error("wrong password accepted")
	}
	other, _ := h.Hash(ctx, "correct horse battery")
	if other == enc {
		t.Error("two hashes of one password share a salt")
	}
	if _, err := h.Verify(ctx, "$2a$10$bcrypt", "x"); err == nil {
		t.Error("a foreign hash format verified without error")
	}
}

func TestHashingRespectsCancellation(t *testing.T) {
	h := newHasher(1)
	h.slots <- struct{}{} // every slot busy
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := h.Hash(ctx, "whatever-password"); err == nil {
		t.Error("hash ran without a free slot")
	}
}

func TestSignupValidation(t *testing.T) {
	cases := []struct {
		in    SignupInput
		field string
	}{
		{SignupInput{"", "a@b.co", "long enough pw"}, "organization"},
		{SignupInput{"Shop", "not-an-email", "long enough pw"}, "email"},
		{SignupInput{"Shop", "a@b.co", "short"}, "password"},
	}
	for _, tc := range cases {
		errs := tc.in.Validate()
		if len(errs) != 1 || errs[0].Field != tc.field {
			t.Errorf("%+v: %v", tc.in, errs)
		}
	}
	if errs := (SignupInput{"Shop", "a@b.co", "long enough pw"}).Validate(); len(errs) != 0 {
		t.Errorf("valid input: %v", errs)
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{"Acme Store": "acme-store", "  Ünïcode & Co.  ": "n-code-co", "서울상회": ""} {
		got := slugify(in)
		if want == "" {
			if !strings.HasPrefix(got, "store-") {
				t.Errorf("slugify(%q) = %q", in, got)
			}
			continue
		}
		if got != want {
			t.Errorf("slugify(%q) = %q, want %q", in, got, want)
		}
	}
}
