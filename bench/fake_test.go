package bench

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"io"
	"testing"
)

// TestConsumeMD5 checks the fake Swift's shortcut: the MD5 it answers is
// the true MD5 of the bytes it received, whether they follow the pattern
// or differ from it anywhere.
func TestConsumeMD5(t *testing.T) {
	var b bytes.Buffer
	if _, err := io.Copy(&b, NewPatternReader(3<<20+123)); err != nil {
		t.Fatal(err)
	}
	for _, flip := range []int{-1, 0, 5, 2<<20 + 7, 3<<20 + 122} {
		d := bytes.Clone(b.Bytes())
		if flip >= 0 {
			d[flip] ^= 1
		}
		want := md5.Sum(d)
		got, n, err := consumeMD5(bytes.NewReader(d))
		if err != nil || n != int64(len(d)) || got != hex.EncodeToString(want[:]) {
			t.Errorf("byte %d flipped: got %s (%d bytes, %v), want %x", flip, got, n, err, want)
		}
	}
}
