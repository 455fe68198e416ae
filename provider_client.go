package gophercloud

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"syscall"
	"time"
)

// DefaultUserAgent starts every User-Agent header the SDK sends.
const DefaultUserAgent = "cloudsdk-gophercloud/0.1"

// UserAgent is the User-Agent header the SDK sends. Applications prepend
// their own product tokens so operators can tell their traffic apart.
type UserAgent struct {
	prepend []string
}

// Prepend adds product tokens ("myapp/1.2") in front of the SDK's own.
func (ua *UserAgent) Prepend(s ...string) { ua.prepend = append(s, ua.prepend...) }

// Join returns the full header value.
func (ua *UserAgent) Join() string {
	return strings.Join(append(append([]string(nil), ua.prepend...), DefaultUserAgent), " ")
}

// EndpointLocator finds the base URL of one service for a ServiceClient.
// openstack.AuthenticatedClient installs one built from the token's catalog;
// users may plug in their own to override endpoints.
type EndpointLocator func(EndpointOpts) (string, error)

// RetryPolicy says how the ProviderClient retries requests the server did
// not process: 429 on any method, 502/503/504 and connection resets on
// idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS). A Retry-After header
// (seconds or HTTP date) is honoured; when it asks for longer than MaxDelay
// the call fails at once with the 429/503 error instead of waiting.
type RetryPolicy struct {
	// MaxRetries is how many times one request may be retried; 0 disables.
	MaxRetries int
	// BaseDelay is the first backoff; it doubles per retry, with jitter.
	BaseDelay time.Duration
	// MaxDelay caps a single wait.
	MaxDelay time.Duration
}

// DefaultRetryPolicy is what NewProviderClient installs.
var DefaultRetryPolicy = RetryPolicy{MaxRetries: 3, BaseDelay: 250 * time.Millisecond, MaxDelay: 30 * time.Second}

// RequestOpts customises one request. The zero value sends no body and
// expects the method's usual success codes.
type RequestOpts struct {
	// JSONBody is marshalled to JSON once and sent with
	// Content-Type: application/json. Mutually exclusive with RawBody.
	JSONBody any
	// RawBody is streamed as is. It can be replayed (for re-authentication
	// or a retry) only when it is an io.Seeker or GetBody is set.
	RawBody io.Reader
	// GetBody returns a fresh copy of RawBody for a replay.
	GetBody func() (io.Reader, error)
	// ContentLength of RawBody when known (> 0); otherwise the body is sent
	// chunked (unless it is a bytes/strings reader, whose size Go knows).
	ContentLength int64
	// OkCodes lists the statuses that mean success; nil means the method's
	// defaults (see DefaultOkCodes).
	OkCodes []int
	// MoreHeaders are added to the request; an empty value removes a header
	// the SDK would otherwise set.
	MoreHeaders map[string]string
	// KeepResponseBody hands the open response body to the caller, who must
	// close it. Use it for downloads: nothing is buffered.
	KeepResponseBody bool
	// NoAuth sends no token and never re-authenticates: for the
	// authentication request itself and for public URLs.
	NoAuth bool
}

// DefaultOkCodes returns the success statuses a method expects unless a call
// says otherwise.
func DefaultOkCodes(method string) []int {
	switch method {
	case http.MethodGet:
		return []int{200}
	case http.MethodPost:
		return []int{200, 201, 202}
	case http.MethodPut:
		return []int{200, 201, 202}
	case http.MethodPatch:
		return []int{200, 202, 204}
	case http.MethodDelete:
		return []int{202, 204}
	case http.MethodHead:
		return []int{200, 204}
	}
	return []int{200, 201, 202, 204}
}

// ProviderClient is one authenticated session with a cloud. It owns
// everything that is the same for every service: the HTTP client, the token,
// re-authentication, retries, the User-Agent and debug logging. It is safe for
// concurrent use.
type ProviderClient struct {
	// IdentityBase is the root of the identity service (http://host:5000/).
	IdentityBase string
	// IdentityEndpoint is the versioned identity URL used to authenticate.
	IdentityEndpoint string
	// HTTPClient sends the requests. nil uses a shared client whose
	// connection pool is sized for concurrent use (see NewHTTPClient).
	HTTPClient *http.Client
	// UserAgent is sent with every request.
	UserAgent UserAgent
	// EndpointLocator finds service endpoints; set by authentication.
	EndpointLocator EndpointLocator
	// ReauthFunc obtains a new token (and stores it with SetToken). When
	// nil, a 401 is returned to the caller as is.
	ReauthFunc func(ctx context.Context) error
	// RefreshBefore, when positive, renews the token this long before its
	// expiry instead of waiting for a 401.
	RefreshBefore time.Duration
	// Retry is the retry policy; the zero value never retries.
	Retry RetryPolicy
	// Logger receives one debug record per request and response with
	// secrets redacted. nil logs nothing.
	Logger *slog.Logger

	mu         sync.RWMutex
	token      string
	expiresAt  time.Time
	authResult any

	reauthMu sync.Mutex
	reauth   *reauthCall
}

type reauthCall struct {
	done chan struct{}
	err  error
}

// NewProviderClient returns a client with the default retry policy and no
// token; openstack.NewClient and openstack.AuthenticatedClient build on it.
func NewProviderClient() *ProviderClient {
	return &ProviderClient{Retry: DefaultRetryPolicy}
}

var defaultHTTPClient = sync.OnceValue(NewHTTPClient)

// NewHTTPClient returns an http.Client tuned for an SDK: a connection pool
// large enough that many goroutines reuse connections instead of opening new
// ones (net/http keeps only 2 idle connections per host by default), capped
// at 64 connections per host, and no overall timeout, since downloads may be
// long; use ctx for deadlines.
func NewHTTPClient() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 256
	// At most 64 connections per host, all kept idle for reuse: without a
	// cap, a burst of goroutines makes net/http dial a new connection
	// whenever none is free at that instant (bench B6 saw 97 for 64
	// goroutines). Request 65 waits for a free connection; an API server
	// gains nothing from more parallelism than that.
	t.MaxConnsPerHost = 64
	t.MaxIdleConnsPerHost = 64
	t.IdleConnTimeout = 90 * time.Second
	// 64 KiB socket buffers instead of 4 KiB: fewer syscalls for object
	// and image streams, negligible for JSON.
	t.ReadBufferSize = 64 << 10
	t.WriteBufferSize = 64 << 10
	return &http.Client{Transport: t}
}

// Token returns the current token.
func (p *ProviderClient) Token() string {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.token
}

// TokenExpiresAt returns the current token's expiry, zero when unknown.
func (p *ProviderClient) TokenExpiresAt() time.Time {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.expiresAt
}

// SetToken replaces the token; its expiry becomes unknown.
func (p *ProviderClient) SetToken(token string) { p.SetTokenWithExpiry(token, time.Time{}) }

// SetTokenWithExpiry replaces the token and records when it expires.
func (p *ProviderClient) SetTokenWithExpiry(token string, expiresAt time.Time) {
	p.mu.Lock()
	p.token, p.expiresAt = token, expiresAt
	p.mu.Unlock()
}

// SetAuthResult keeps the result of the last authentication (its catalog,
// user, project) for callers who need more than the token.
func (p *ProviderClient) SetAuthResult(r any) {
	p.mu.Lock()
	p.authResult = r
	p.mu.Unlock()
}

// AuthResult returns what SetAuthResult stored: a v3 tokens.CreateResult or
// a v2 tokens.CreateResult, depending on how the client authenticated.
func (p *ProviderClient) AuthResult() any {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.authResult
}

// Reauthenticate obtains a new token through ReauthFunc, single-flight:
// concurrent callers that saw the same stale token share one authentication.
// A caller whose stale token was already replaced returns at once.
func (p *ProviderClient) Reauthenticate(ctx context.Context, staleToken string) error {
	if p.ReauthFunc == nil {
		return fmt.Errorf("%w: no ReauthFunc (set AllowReauth in AuthOptions)", ErrReauthFailed)
	}
	p.reauthMu.Lock()
	if p.Token() != staleToken {
		p.reauthMu.Unlock()
		return nil
	}
	call := p.reauth
	if call == nil {
		call = &reauthCall{done: make(chan struct{})}
		p.reauth = call
		go func() {
			// Not the caller's ctx: one caller giving up must not fail
			// everyone waiting on the same authentication.
			err := p.ReauthFunc(context.WithoutCancel(ctx))
			p.reauthMu.Lock()
			call.err = err
			p.reauth = nil
			p.reauthMu.Unlock()
			close(call.done)
		}()
	}
	p.reauthMu.Unlock()
	select {
	case <-call.done:
		if call.err != nil {
			return fmt.Errorf("%w: %w", ErrReauthFailed, call.err)
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Request sends one request and applies the client's behaviour in a fixed
// order: token refresh, headers, send, re-authenticate once on 401, retry
// what the RetryPolicy allows, check the status. On success the caller owns
// the response and must close its Body; unless opts.KeepResponseBody is set
// the body has already been read into memory. Any unexpected status is an
// *ErrUnexpectedResponseCode.
func (p *ProviderClient) Request(ctx context.Context, method, url string, opts *RequestOpts) (*http.Response, error) {
	resp, body, err := p.do(ctx, method, url, opts)
	if err != nil {
		return nil, err
	}
	if !opts.keepBody() {
		resp.Body = io.NopCloser(bytes.NewReader(body))
	}
	return resp, nil
}

func (o *RequestOpts) keepBody() bool { return o != nil && o.KeepResponseBody }

// do is Request for the package's own callers: it returns the read body so
// that ServiceClient results need no second copy.
func (p *ProviderClient) do(ctx context.Context, method, url string, opts *RequestOpts) (*http.Response, []byte, error) {
	if opts == nil {
		opts = &RequestOpts{}
	}
	if ctx == nil {
		return nil, nil, errors.New("gophercloud: nil context")
	}
	body, err := newBodySource(opts)
	if err != nil {
		return nil, nil, err
	}
	okCodes := opts.OkCodes
	if okCodes == nil {
		okCodes = DefaultOkCodes(method)
	}
	reauthed := false
	for attempt := 0; ; attempt++ {
		if attempt > 0 {
			if err := body.rewind(); err != nil {
				return nil, nil, err
			}
		}
		token := ""
		if !opts.NoAuth {
			token = p.freshToken(ctx)
		}
		req, err := p.newRequest(ctx, method, url, body, opts, token)
		if err != nil {
			return nil, nil, err
		}
		start := time.Now()
		p.logRequest(ctx, req, body)
		resp, err := p.client().Do(req)
		if err != nil {
			if ctx.Err() != nil {
				return nil, nil, ctx.Err()
			}
			if isConnReset(err) && isIdempotent(method) && attempt < p.Retry.MaxRetries && body.replayable() {
				p.logRetry(ctx, method, url, attempt, err.Error())
				if werr := sleepCtx(ctx, p.backoff(attempt)); werr != nil {
					return nil, nil, werr
				}
				continue
			}
			return nil, nil, fmt.Errorf("%s %s: %w", method, RedactURL(url), err)
		}

		// Re-authenticate at most once per request, and never for the
		// authentication request itself.
		if resp.StatusCode == http.StatusUnauthorized && !opts.NoAuth && p.ReauthFunc != nil && !reauthed && body.replayable() {
			drainAndClose(resp.Body)
			p.logResponse(ctx, req, resp, nil, start)
			if err := p.Reauthenticate(ctx, token); err != nil {
				return nil, nil, err
			}
			reauthed = true
			attempt-- // a re-authentication is not a retry
			continue
		}

		if wait, ok := p.retryWait(method, resp, attempt, body); ok {
			drainAndClose(resp.Body)
			p.logResponse(ctx, req, resp, nil, start)
			p.logRetry(ctx, method, url, attempt, resp.Status)
			if err := sleepCtx(ctx, wait); err != nil {
				return nil, nil, err
			}
			continue
		}

		if !containsCode(okCodes, resp.StatusCode) {
			errBody, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
			drainAndClose(resp.Body)
			p.logResponse(ctx, req, resp, errBody, start)
			return nil, nil, newUnexpectedResponseCode(method, url, okCodes, resp, errBody)
		}

		if opts.KeepResponseBody {
			p.logResponse(ctx, req, resp, nil, start)
			return resp, nil, nil
		}
		data, err := readBody(resp)
		if err != nil {
			return nil, nil, fmt.Errorf("%s %s: reading response: %w", method, RedactURL(url), err)
		}
		p.logResponse(ctx, req, resp, data, start)
		return resp, data, nil
	}
}

func (p *ProviderClient) client() *http.Client {
	base := p.HTTPClient
	if base == nil {
		base = defaultHTTPClient()
	}
	c := *base
	c.CheckRedirect = stripAuthOnRedirect(base.CheckRedirect)
	return &c
}

// authHeaders are never forwarded to another host (or from https to http)
// on a redirect: net/http strips Authorization there, but not these.
var authHeaders = []string{"X-Auth-Token", "X-Subject-Token", "X-Auth-Key", "X-Storage-Token", "X-Service-Token", "Authorization"}

func stripAuthOnRedirect(next func(*http.Request, []*http.Request) error) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		first := via[0].URL
		if req.URL.Host != first.Host || (first.Scheme == "https" && req.URL.Scheme != "https") {
			for _, h := range authHeaders {
				req.Header.Del(h)
			}
		}
		if next != nil {
			return next(req, via)
		}
		if len(via) >= 10 {
			return errors.New("stopped after 10 redirects")
		}
		return nil
	}
}

// freshToken returns the token, first renewing it when it expires within
// RefreshBefore. A failed early renewal is not an error: the old token is
// still valid, and a 401 would trigger the normal path.
func (p *ProviderClient) freshToken(ctx context.Context) string {
	p.mu.RLock()
	token, exp := p.token, p.expiresAt
	p.mu.RUnlock()
	if p.RefreshBefore > 0 && p.ReauthFunc != nil && !exp.IsZero() && time.Until(exp) < p.RefreshBefore {
		if err := p.Reauthenticate(ctx, token); err != nil && p.Logger != nil {
			p.Logger.WarnContext(ctx, "early token refresh failed", "error", err)
		}
		return p.Token()
	}
	return token
}

func (p *ProviderClient) newRequest(ctx context.Context, method, url string, body *bodySource, opts *RequestOpts, token string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, url, body.reader())
	if err != nil {
		return nil, fmt.Errorf("gophercloud: bad request %s %s: %w", method, RedactURL(url), err)
	}
	if body.json != nil {
		req.Header.Set("Content-Type", "application/json")
	} else if opts.ContentLength > 0 {
		req.ContentLength = opts.ContentLength
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", p.UserAgent.Join())
	if token != "" {
		req.Header.Set("X-Auth-Token", token)
	}
	for k, v := range opts.MoreHeaders {
		if v == "" {
			req.Header.Del(k)
			continue
		}
		if strings.ContainsAny(v, "\r\n") {
			return nil, ErrInvalidInput{Argument: "header " + k, Reason: "value contains a line break"}
		}
		req.Header.Set(k, v)
	}
	return req, nil
}

// bodySource makes a request body replayable when that is possible without
// buffering a stream: JSON is kept as bytes, a seekable stream is rewound.
type bodySource struct {
	json    []byte
	raw     io.Reader
	seeker  io.Seeker
	offset  int64
	getBody func() (io.Reader, error)
}

func newBodySource(opts *RequestOpts) (*bodySource, error) {
	b := &bodySource{}
	if opts.JSONBody != nil && opts.RawBody != nil {
		return nil, ErrInvalidInput{Argument: "RequestOpts", Reason: "JSONBody and RawBody are mutually exclusive"}
	}
	if opts.JSONBody != nil {
		data, err := json.Marshal(opts.JSONBody)
		if err != nil {
			return nil, ErrInvalidInput{Argument: "RequestOpts.JSONBody", Reason: err.Error()}
		}
		b.json = data
		return b, nil
	}
	b.raw, b.getBody = opts.RawBody, opts.GetBody
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
		return b.raw
	}
	return nil
}

func (b *bodySource) replayable() bool {
	return b.raw == nil || b.seeker != nil || b.getBody != nil
}

func (b *bodySource) rewind() error {
	switch {
	case b.raw == nil:
		return nil
	case b.getBody != nil:
		r, err := b.getBody()
		if err != nil {
			return fmt.Errorf("gophercloud: replaying request body: %w", err)
		}
		b.raw = r
		return nil
	case b.seeker != nil:
		_, err := b.seeker.Seek(b.offset, io.SeekStart)
		return err
	}
	return errors.New("gophercloud: request body cannot be replayed")
}

func (p *ProviderClient) retryWait(method string, resp *http.Response, attempt int, body *bodySource) (time.Duration, bool) {
	if attempt >= p.Retry.MaxRetries || !body.replayable() {
		return 0, false
	}
	switch resp.StatusCode {
	case http.StatusTooManyRequests:
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		if !isIdempotent(method) {
			return 0, false
		}
	default:
		return 0, false
	}
	if ra, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
		if p.Retry.MaxDelay > 0 && ra > p.Retry.MaxDelay {
			return 0, false
		}
		return ra, true
	}
	return p.backoff(attempt), true
}

// backoff is exponential with equal jitter: half fixed, half random, so
// many clients that failed together do not retry together.
func (p *ProviderClient) backoff(attempt int) time.Duration {
	d := p.Retry.BaseDelay << attempt
	if d <= 0 || (p.Retry.MaxDelay > 0 && d > p.Retry.MaxDelay) {
		d = p.Retry.MaxDelay
	}
	if d <= 0 {
		return 0
	}
	return d/2 + rand.N(d/2+1)
}

// parseRetryAfter reads a Retry-After value: delay seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	var secs int64
	if _, err := fmt.Sscanf(v, "%d", &secs); err == nil && fmt.Sprint(secs) == v {
		if secs < 0 {
			return 0, false
		}
		return time.Duration(secs) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

func isIdempotent(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions:
		return true
	}
	return false
}

func isConnReset(err error) bool {
	return errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}

func containsCode(codes []int, c int) bool {
	for _, x := range codes {
		if x == c {
			return true
		}
	}
	return false
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// drainAndClose reads what is left of a small body so the connection goes
// back to the pool, but gives up on large ones (closing is cheaper then).
func drainAndClose(body io.ReadCloser) {
	_, _ = io.Copy(io.Discard, io.LimitReader(body, 64<<10))
	_ = body.Close()
}

// readBody reads a whole response body, sized from Content-Length when the
// server sent one so large JSON pages are read without regrowing.
func readBody(resp *http.Response) ([]byte, error) {
	defer resp.Body.Close()
	if resp.ContentLength == 0 {
		_, _ = io.Copy(io.Discard, resp.Body)
		return nil, nil
	}
	var buf bytes.Buffer
	if n := resp.ContentLength; n > 0 && n < 1<<30 {
		buf.Grow(int(n) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(resp.Body)
	if buf.Len() == 0 {
		return nil, err
	}
	return buf.Bytes(), err
}
