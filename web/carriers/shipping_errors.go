package carriers

import "errors"

// Messages lists what a carrier said when it refused a request, one entry per message:
// shipping adapters join one error per carrier message (errors.Join) into the *Error they
// return, and the API edge shows each as a detail of its validation error. Any other
// error reads as its one message.
func Messages(err error) []string {
	if err == nil {
		return nil
	}
	var ce *Error
	if !errors.As(err, &ce) || ce.Err == nil {
		return []string{err.Error()}
	}
	joined, ok := ce.Err.(interface{ Unwrap() []error })
	if !ok {
		return []string{ce.Err.Error()}
	}
	var out []string
	for _, e := range joined.Unwrap() {
		out = append(out, e.Error())
	}
	return out
}

// JoinMessages is how a shipping adapter carries a carrier's messages in an *Error: one
// error per message, which Messages gives back one by one.
func JoinMessages(msgs ...string) error {
	errs := make([]error, len(msgs))
	for i, m := range msgs {
		errs[i] = errors.New(m)
	}
	return errors.Join(errs...)
}
