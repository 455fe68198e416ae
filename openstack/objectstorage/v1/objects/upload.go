package objects

import (
	"crypto/md5"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"strings"
	"sync"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/internal/stream"
)

// This file is the upload plumbing of Create: the body that hashes and
// counts what is sent, how it starts over when the ProviderClient sends
// the request again, and the ETag check at the end.

// upload is the body of one Create: the caller's reader, teed into an MD5
// and counted for progress, and how to start it over.
type upload struct {
	content io.Reader
	size    int64 // -1 when unknown
	body    io.Reader
	// replay, when set, starts the body over for another attempt.
	replay func() (io.Reader, error)
	// attempt is the body of the latest attempt; its MD5 is the one
	// checked.
	mu      sync.Mutex
	attempt *attemptBody
}

func newUpload(content io.Reader, contentLength int64, checksum bool, progressFn func(done, total int64)) *upload {
	if content == nil {
		content = strings.NewReader("")
	}
	up := &upload{content: content, size: -1}
	if contentLength > 0 {
		up.size = contentLength
	} else if n, ok := stream.SizeOf(content); ok {
		up.size = n
	}
	if up.size == 0 {
		// Known to be empty: no body at all, so net/http sends
		// Content-Length: 0 instead of an empty chunked body.
		if checksum {
			up.attempt = &attemptBody{hash: md5.New()}
		}
		return up
	}
	// The content is always wrapped, even with nothing to hash or count:
	// net/http closes a body that is an io.Closer (the caller's *os.File)
	// once sent, which would make a replay fail and close a file the
	// caller owns; and a replay must not rewind the content while net/http
	// may still be writing the previous attempt.
	progress := stream.NewProgress(progressFn, up.size)
	first := newAttemptBody(content, checksum, progress)
	up.attempt, up.body = first, first
	s, ok := content.(io.Seeker)
	if !ok {
		return up // one shot: the ProviderClient refuses to replay it
	}
	start, err := s.Seek(0, io.SeekCurrent)
	if err != nil {
		return up // a pipe or a socket behind an *os.File
	}
	up.replay = func() (io.Reader, error) {
		up.mu.Lock()
		defer up.mu.Unlock()
		// Fence the previous attempt first: net/http may still be
		// writing its body after the response came, and must not read
		// the source while it is rewound nor feed the new MD5.
		up.attempt.stop()
		if _, err := s.Seek(start, io.SeekStart); err != nil {
			return nil, err
		}
		up.attempt = newAttemptBody(content, checksum, progress)
		return up.attempt, nil
	}
	return up
}

// requestOpts is the PUT of the upload, with the headers h.
func (up *upload) requestOpts(h map[string]string) *gophercloud.RequestOpts {
	ro := &gophercloud.RequestOpts{RawBody: up.body, MoreHeaders: h, OkCodes: []int{http.StatusCreated}}
	if up.size > 0 {
		ro.ContentLength = up.size
	}
	if up.replay != nil {
		ro.GetBody = up.replay
	}
	return ro
}

// verify returns the MD5 of what the last attempt sent ("" without a
// checksum) and checks it against the ETag of the response r.
func (up *upload) verify(r gophercloud.Result, container, name string) (string, error) {
	if r.Err != nil {
		return "", r.Err
	}
	up.mu.Lock()
	a := up.attempt
	up.mu.Unlock()
	if a == nil || a.hash == nil {
		return "", nil
	}
	sum := a.sum()
	return sum, checkETag(http.MethodPut, container, name, sum, r.Header.Get("Etag"))
}

// errStaleAttempt is what a body that was replaced by a replay gives to
// a reader still holding it.
var errStaleAttempt = errors.New("objects: the request body was replaced by a replay")

// attemptBody is the body of one attempt: the content teed into a fresh
// MD5 and counted for progress. stop cuts it off from the content once a
// replay replaces it; a lock orders a Read in flight before the rewind.
type attemptBody struct {
	mu      sync.Mutex
	r       io.Reader
	hash    hash.Hash
	counted *stream.Counter
	stopped bool
}

func newAttemptBody(content io.Reader, checksum bool, progress *stream.Progress) *attemptBody {
	a := &attemptBody{}
	if checksum {
		a.hash = md5.New()
		a.counted = stream.NewCounter(content, progress, a.hash)
	} else {
		a.counted = stream.NewCounter(content, progress)
	}
	a.r = a.counted
	return a
}

// Read implements io.Reader.
func (a *attemptBody) Read(p []byte) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.stopped {
		return 0, errStaleAttempt
	}
	return a.r.Read(p)
}

// stop ends the attempt: it reads no more, and what it counted for
// progress is taken back.
func (a *attemptBody) stop() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.stopped = true
	a.counted.Reset()
}

// sum is the hex MD5 of what the attempt read.
func (a *attemptBody) sum() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return hex.EncodeToString(a.hash.Sum(nil))
}

// checkETag compares the MD5 the SDK computed with the ETag Swift sent.
func checkETag(method, container, name, sum, etag string) error {
	etag = strings.Trim(etag, `"`)
	if etag == "" {
		return fmt.Errorf("%w: %s %s/%s: no ETag in the response, the upload cannot be verified (set NoChecksum to skip the check)", gophercloud.ErrMalformedResponse, method, container, name)
	}
	if !strings.EqualFold(etag, sum) {
		return fmt.Errorf("%w: %s %s/%s: sent bytes with MD5 %s but Swift stored ETag %s; the stored object is kept and may be corrupt", ErrChecksumMismatch, method, container, name, sum, etag)
	}
	return nil
}
