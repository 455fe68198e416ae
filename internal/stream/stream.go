// Package stream holds what the packages that move large bodies share
// (object storage, image data): progress counting, a reader that counts
// and hashes what passes through it and can start over for a replayed
// request, a reader that checks a download's hash when it ends, and the
// size of a reader when it can be known without reading it.
package stream

import (
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/cloudsdk/gophercloud"
)

// Progress adds up bytes moved by one or more readers and reports the sum
// to a callback. Calls to the callback are serialised, so it needs no lock
// of its own even when parallel segment uploads feed it.
type Progress struct {
	mu          sync.Mutex
	fn          func(done, total int64)
	done, total int64
}

// NewProgress returns a counter reporting to fn; total is the expected byte
// count, -1 when unknown. A nil fn gives a nil *Progress, whose methods do
// nothing, so callers need no "if progress wanted" branches.
func NewProgress(fn func(done, total int64), total int64) *Progress {
	if fn == nil {
		return nil
	}
	return &Progress{fn: fn, total: total}
}

// Add counts n more bytes (n < 0 takes bytes back when a request body is
// replayed) and reports the new sum.
func (p *Progress) Add(n int64) {
	if p == nil || n == 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	p.fn(p.done, p.total)
}

// Counter is an io.Reader that counts what passes through it and feeds it
// to hashes and to a Progress (either may be absent).
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

// N is the number of bytes read since the start or the last Reset.
func (c *Counter) N() int64 { return c.n }

// Reset forgets what was read (count, hashes, progress) before the
// source is read again from the start; rewinding the source is the
// caller's job.
func (c *Counter) Reset() {
	c.p.Add(-c.n)
	c.n = 0
	for _, h := range c.hashes {
		h.Reset()
	}
}

// Expect is a hash a download must have.
type Expect struct {
	// Name names the algorithm in errors ("md5", "sha512").
	Name string
	Hash hash.Hash
	// Want is the expected hex digest; Source says who claims it
	// ("the ETag", "Glance's os_hash_value").
	Want, Source string
}

// Verifier passes a response body through and, at its end, checks the
// expected hashes: the Read that would return io.EOF returns an error
// matching gophercloud.ErrChecksumMismatch instead when one differs, and
// so does every Read after it.
type Verifier struct {
	body   io.ReadCloser
	c      *Counter
	expect []Expect
	what   string
	err    error
}

// NewVerifier wraps body, counting it for p; what names the stream in
// errors ("GET container/object").
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
			if got := hex.EncodeToString(e.Hash.Sum(nil)); !strings.EqualFold(got, e.Want) {
				v.err = fmt.Errorf("%w: %s: read %d bytes with %s %s, %s is %s", gophercloud.ErrChecksumMismatch, v.what, v.c.N(), e.Name, got, e.Source, e.Want)
				return n, v.err
			}
		}
		v.err = io.EOF
	}
	return n, err
}

// Close closes the body.
func (v *Verifier) Close() error { return v.body.Close() }

// copyBufs recycles WriteTo's buffers.
var copyBufs = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}

// WriteTo copies the rest of the body to w in 64 KiB reads, hashing each
// once; io.Copy uses it whatever w is. Without it io.Copy(io.Discard, v)
// reads 8 KiB at a time, and a verified download to io.Discard measured
// 1.5x slower than a raw one hashing in io.Copy's 32 KiB reads. A
// checksum mismatch is returned as from Read.
func (v *Verifier) WriteTo(w io.Writer) (int64, error) {
	bp := copyBufs.Get().(*[]byte)
	defer copyBufs.Put(bp)
	buf := *bp
	var total int64
	for {
		n, err := v.Read(buf)
		if n > 0 {
			m, werr := w.Write(buf[:n])
			total += int64(m)
			if werr != nil {
				return total, werr
			}
			if m < n {
				return total, io.ErrShortWrite
			}
		}
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

// SizeOf is the number of bytes left in r when that is known without
// reading it: anything with a Len method (*bytes.Reader, *strings.Reader,
// *bytes.Buffer), a regular *os.File, or another io.Seeker whose Seek
// works; ok is false otherwise (a pipe, a socket, a device).
func SizeOf(r io.Reader) (n int64, ok bool) {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len()), true
	case *os.File:
		fi, err := v.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return -1, false
		}
	}
	s, isSeeker := r.(io.Seeker)
	if !isSeeker {
		return -1, false
	}
	cur, err := s.Seek(0, io.SeekCurrent)
	if err != nil {
		return -1, false
	}
	end, err := s.Seek(0, io.SeekEnd)
	if _, err2 := s.Seek(cur, io.SeekStart); err != nil || err2 != nil || end < cur {
		return -1, false
	}
	return end - cur, true
}
