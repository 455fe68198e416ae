package internal

import (
	"io"
	"sync"
)

// Progress adds up bytes moved by one or more readers and reports the sum
// to a callback. Calls to the callback are serialised, so it needs no lock
// of its own even when parallel segment uploads feed it.
type Progress struct {
	mu    sync.Mutex
	fn    func(done, total int64)
	done  int64
	total int64
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

// Reader wraps r so that every byte read from it is counted. On a nil
// *Progress the reader only passes the bytes through.
func (p *Progress) Reader(r io.Reader) *ProgressReader {
	return &ProgressReader{r: r, p: p}
}

// ProgressReader is the counting io.Reader of a Progress.
type ProgressReader struct {
	r io.Reader
	p *Progress
	n int64
}

// Read implements io.Reader.
func (pr *ProgressReader) Read(b []byte) (int, error) {
	n, err := pr.r.Read(b)
	if n > 0 && pr.p != nil {
		pr.n += int64(n)
		pr.p.Add(int64(n))
	}
	return n, err
}

// Rewind takes back what this reader counted, before its source is read
// again from the start (a retried request).
func (pr *ProgressReader) Rewind() {
	pr.p.Add(-pr.n)
	pr.n = 0
}
