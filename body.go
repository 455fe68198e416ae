package gophercloud

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
)

// DefaultMaxBodyBytes caps a JSON (non-streamed) response body unless
// ProviderClient.MaxBodyBytes says otherwise: far above any real page
// (1,000 detailed servers are ~2.5 MB) and far below what a hostile or
// broken server could make the process allocate.
const DefaultMaxBodyBytes = 64 << 20

// bodySource makes a request body replayable when that is possible without
// buffering a stream: JSON is kept as bytes, a seekable stream is rewound,
// GetBody gives a fresh reader.
//
// A raw body is handed to net/http through a fresh attemptReader per
// attempt, never as is: net/http would close a caller's *os.File after
// sending it, and its writer goroutine may still be reading the previous
// attempt when a 401 answer arrives early. fence stops that reader before
// the stream is rewound, and again when the call returns, so the SDK never
// touches the caller's reader afterwards.
type bodySource struct {
	json    []byte
	raw     io.Reader
	seeker  io.Seeker
	offset  int64
	getBody func() (io.Reader, error)
	size    int64 // known size of raw, -1 when unknown
	cur     *attemptReader
}

// attemptReader is one attempt's view of a raw body.
type attemptReader struct {
	mu     sync.Mutex
	r      io.Reader
	fenced bool
}

// errAttemptOver is what a superseded attempt's reads get; net/http only
// sees it on a request that was already answered.
var errAttemptOver = errors.New("gophercloud: request body superseded by a replay")

func (a *attemptReader) Read(p []byte) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.fenced {
		return 0, errAttemptOver
	}
	return a.r.Read(p)
}

// Close does not close the caller's reader: the caller owns it.
func (a *attemptReader) Close() error { return nil }

// fence waits for a read in progress and makes every later one fail.
func (a *attemptReader) fence() {
	a.mu.Lock()
	a.fenced = true
	a.mu.Unlock()
}

func newBodySource(opts *RequestOpts) (*bodySource, error) {
	b := &bodySource{}
	if opts.JSONBody != nil && opts.RawBody != nil {
		return nil, &ErrInvalidInput{Argument: "RequestOpts", Reason: "JSONBody and RawBody are mutually exclusive"}
	}
	if opts.JSONBody != nil {
		data, err := json.Marshal(opts.JSONBody)
		if err != nil {
			return nil, &ErrInvalidInput{Argument: "RequestOpts.JSONBody", Reason: err.Error()}
		}
		b.json = data
		return b, nil
	}
	b.raw, b.getBody, b.size = opts.RawBody, opts.GetBody, -1
	if l, ok := opts.RawBody.(interface{ Len() int }); ok {
		b.size = int64(l.Len()) // what net/http would have found itself
	}
	if s, ok := opts.RawBody.(io.Seeker); ok && b.getBody == nil {
		off, err := s.Seek(0, io.SeekCurrent)
		if err == nil {
			b.seeker, b.offset = s, off
		}
	}
	return b, nil
}

func (b *bodySource) reader() io.Reader {
	switch {
	case b.json != nil:
		return bytes.NewReader(b.json)
	case b.raw != nil:
		b.fence()
		b.cur = &attemptReader{r: b.raw}
		return b.cur
	}
	return nil
}

// fence stops the current attempt's reader, if any.
func (b *bodySource) fence() {
	if b.cur != nil {
		b.cur.fence()
	}
}

func (b *bodySource) replayable() bool {
	return b.raw == nil || b.seeker != nil || b.getBody != nil
}

// rewind makes the next reader() start again at the first byte. It is
// called before every attempt after the first, whatever made the attempt
// necessary (a 401, a retry), so a replay always sends the whole body.
func (b *bodySource) rewind() error {
	b.fence()
	switch {
	case b.raw == nil:
		return nil
	case b.getBody != nil:
		r, err := b.getBody()
		if err != nil {
			return fmt.Errorf("gophercloud: replaying request body: %w", err)
		}
		b.raw = r
		if l, ok := r.(interface{ Len() int }); ok {
			b.size = int64(l.Len())
		}
		return nil
	case b.seeker != nil:
		if _, err := b.seeker.Seek(b.offset, io.SeekStart); err != nil {
			return fmt.Errorf("gophercloud: replaying request body: %w", err)
		}
		return nil
	}
	return ErrBodyNotReplayable
}

// drainAndClose reads what is left of a small body so the connection goes
// back to the pool, but gives up on large ones (closing is cheaper then).
func drainAndClose(body io.ReadCloser) {
	_, _ = io.Copy(io.Discard, io.LimitReader(body, 64<<10))
	_ = body.Close()
}

// firstReadSize is how much readBody allocates before any byte arrives.
const firstReadSize = 32 << 10

// readBody reads a whole response body of at most limit bytes (limit <= 0:
// no cap). The buffer grows with the bytes that actually arrive, never
// with what Content-Length claims: a header saying 1 GiB in front of 20
// bytes costs 32 KiB. A truthful Content-Length still saves the regrowing
// at the end, since the last growth stops at exactly that size.
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	defer resp.Body.Close()
	cl := resp.ContentLength
	if cl == 0 {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, nil
	}
	if limit > 0 && cl > limit {
		return nil, bodyTooLarge(limit)
	}
	size := int64(firstReadSize)
	if cl > 0 && cl < size {
		size = cl + 1 // +1: room to see EOF without growing
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			grow := cap(buf) // doubling: at most 2x what arrived
			if n := int64(len(buf)); cl > n && n+int64(grow) > cl {
				grow = int(cl-n) + 1
			}
			buf = slices.Grow(buf, grow)
		}
		n, err := resp.Body.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if limit > 0 && int64(len(buf)) > limit {
			return nil, bodyTooLarge(limit)
		}
		if err == io.EOF {
			if len(buf) == 0 {
				return nil, nil
			}
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

func bodyTooLarge(limit int64) error {
	return fmt.Errorf("%w: more than %d bytes (ProviderClient.MaxBodyBytes); use a streaming call for large data or raise the limit", ErrBodyTooLarge, limit)
}
