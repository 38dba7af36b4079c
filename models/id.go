package models

import "crypto/rand"

const idAlphabet = "0123456789abcdefghijklmnopqrstuvwxyz"

// NewID returns a random 24-character lowercase id, the shape of AfterShip's ids.
func NewID() string {
	b := make([]byte, 24)
	rand.Read(b)
	for i := range b {
		// 252 is the largest multiple of 36 below 256; rejection keeps the spread even.
		for b[i] >= 252 {
			var one [1]byte
			rand.Read(one[:])
			b[i] = one[0]
		}
		b[i] = idAlphabet[b[i]%36]
	}
	return string(b)
}
