// Package internal holds the streaming helpers of the image packages:
// progress counting, the hashes Glance records, and a reader that checks
// them when the stream ends.
package internal

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"fmt"
	"hash"
	"io"
	"strings"
	"sync"

	"github.com/cloudsdk/gophercloud"
)

// Progress counts bytes moved and reports the sum to a callback, the way
// objectstorage does: a nil *Progress does nothing, so callers need no
// "if progress wanted" branches.
type Progress struct {
	mu          sync.Mutex
	fn          func(done, total int64)
	done, total int64
}

// NewProgress returns a counter reporting to fn (nil: none); total is the
// expected byte count, -1 when unknown.
func NewProgress(fn func(done, total int64), total int64) *Progress {
	if fn == nil {
		return nil
	}
	return &Progress{fn: fn, total: total}
}

// Add counts n more bytes (n < 0 takes them back on a replay).
func (p *Progress) Add(n int64) {
	if p == nil || n == 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	p.fn(p.done, p.total)
}

// NewHash returns the hash Glance names algo (its hashlib name: "sha512",
// "sha256", "sha3_512", "md5", …), case-insensitively.
func NewHash(algo string) (hash.Hash, error) {
	switch strings.ToLower(algo) {
	case "sha512":
		return sha512.New(), nil
	case "sha384":
		return sha512.New384(), nil
	case "sha256":
		return sha256.New(), nil
	case "sha224":
		return sha256.New224(), nil
	case "sha1":
		return sha1.New(), nil
	case "sha3_512":
		return sha3.New512(), nil
	case "sha3_384":
		return sha3.New384(), nil
	case "sha3_256":
		return sha3.New256(), nil
	case "sha3_224":
		return sha3.New224(), nil
	case "md5":
		return md5.New(), nil
	}
	return nil, &gophercloud.ErrInvalidInput{Argument: "hash algorithm", Value: algo, Reason: "supported: sha512, sha384, sha256, sha224, sha1, sha3_512, sha3_384, sha3_256, sha3_224, md5"}
}

// Counter is an io.Reader that counts what passes through it, feeds it to
// hashes and to a Progress, and can start over (for a replayed request).
type Counter struct {
	r      io.Reader
	n      int64
	hashes []hash.Hash
	p      *Progress
}

// NewCounter wraps r.
func NewCounter(r io.Reader, p *Progress, hashes ...hash.Hash) *Counter {
	return &Counter{r: r, p: p, hashes: hashes}
}

// Read implements io.Reader.
func (c *Counter) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	if n > 0 {
		c.n += int64(n)
		for _, h := range c.hashes {
			h.Write(b[:n])
		}
		c.p.Add(int64(n))
	}
	return n, err
}

// N is the number of bytes read so far.
func (c *Counter) N() int64 { return c.n }

// Reset forgets what was read: count, hashes and progress.
func (c *Counter) Reset() {
	c.p.Add(-c.n)
	c.n = 0
	for _, h := range c.hashes {
		h.Reset()
	}
}

// Expect is a hash a stream must have.
type Expect struct {
	// Name names it in errors ("md5", "sha512").
	Name string
	Hash hash.Hash
	// Want is the expected hex digest.
	Want string
}

// Verifier passes a response body through and, at its end, checks the
// expected hashes: the Read that would return io.EOF returns an error
// matching gophercloud.ErrChecksumMismatch instead when one differs.
type Verifier struct {
	body   io.ReadCloser
	c      *Counter
	expect []Expect
	what   string
	err    error
}

// NewVerifier wraps body; what names the stream in errors.
func NewVerifier(body io.ReadCloser, p *Progress, what string, expect ...Expect) *Verifier {
	hs := make([]hash.Hash, len(expect))
	for i, e := range expect {
		hs[i] = e.Hash
	}
	return &Verifier{body: body, c: NewCounter(body, p, hs...), expect: expect, what: what}
}

// Read implements io.Reader.
func (v *Verifier) Read(b []byte) (int, error) {
	if v.err != nil {
		return 0, v.err
	}
	n, err := v.c.Read(b)
	if err == io.EOF {
		for _, e := range v.expect {
			if got := fmt.Sprintf("%x", e.Hash.Sum(nil)); !strings.EqualFold(got, e.Want) {
				v.err = fmt.Errorf("%w: %s: read %d bytes with %s %s, Glance recorded %s", gophercloud.ErrChecksumMismatch, v.what, v.c.N(), e.Name, got, e.Want)
				return n, v.err
			}
		}
		v.err = io.EOF
	}
	return n, err
}

// Close closes the body.
func (v *Verifier) Close() error { return v.body.Close() }
