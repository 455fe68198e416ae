package gophercloud

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
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
	// MaxBodyBytes caps a response body the SDK reads into memory (every
	// JSON call; downloads stream and are not capped). 0 means
	// DefaultMaxBodyBytes (64 MiB), a negative value no cap. A larger body
	// fails with ErrBodyTooLarge.
	MaxBodyBytes int64

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
//
// The steps, in order, for each attempt: rewind the body if an earlier
// attempt sent it; take the token (renewing it early if it is about to
// expire); build and send the request; on 401 re-authenticate once and go
// again; on a retryable failure wait and go again; check the status; read
// the body (capped) unless the caller streams it.
func (p *ProviderClient) do(ctx context.Context, method, url string, opts *RequestOpts) (*http.Response, []byte, error) {
	if opts == nil {
		opts = &RequestOpts{}
	}
	if ctx == nil {
		return nil, nil, errors.New("gophercloud: nil context")
	}
	if err := checkURL(url); err != nil {
		return nil, nil, err
	}
	body, err := newBodySource(opts)
	if err != nil {
		return nil, nil, err
	}
	defer body.fence() // nothing reads the caller's body once the call returns
	okCodes := opts.OkCodes
	if okCodes == nil {
		okCodes = DefaultOkCodes(method)
	}
	reauthed, sent := false, false
	for attempt := 0; ; attempt++ {
		// Any attempt after one that sent the body starts it again from
		// its first byte (or fails clearly): a 401 replay or a retry must
		// never send what is left of a half-read stream.
		if sent {
			if err := body.rewind(); err != nil {
				return nil, nil, fmt.Errorf("%s %s: %w", method, RedactURL(url), err)
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
		sent = true
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
		if resp.StatusCode == http.StatusUnauthorized && !opts.NoAuth && p.ReauthFunc != nil && !reauthed {
			errBody, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
			drainAndClose(resp.Body)
			p.logResponse(ctx, req, resp, nil, start)
			if err := p.Reauthenticate(ctx, token); err != nil {
				return nil, nil, err
			}
			if !body.replayable() {
				// The next call has a fresh token; this one cannot be
				// resent, since its one-shot stream is spent.
				return nil, nil, fmt.Errorf("%w: the token was renewed, but the body is a one-shot stream (give an io.Seeker or RequestOpts.GetBody to make it replayable): %w",
					ErrBodyNotReplayable, newUnexpectedResponseCode(method, url, okCodes, resp, errBody))
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

		if !slices.Contains(okCodes, resp.StatusCode) {
			errBody, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
			drainAndClose(resp.Body)
			p.logResponse(ctx, req, resp, errBody, start)
			return nil, nil, newUnexpectedResponseCode(method, url, okCodes, resp, errBody)
		}

		if opts.KeepResponseBody {
			p.logResponse(ctx, req, resp, nil, start)
			return resp, nil, nil
		}
		data, err := readBody(resp, p.maxBodyBytes())
		if err != nil {
			return nil, nil, fmt.Errorf("%s %s: reading response: %w", method, RedactURL(url), err)
		}
		p.logResponse(ctx, req, resp, data, start)
		return resp, data, nil
	}
}

func (p *ProviderClient) maxBodyBytes() int64 {
	if p.MaxBodyBytes == 0 {
		return DefaultMaxBodyBytes
	}
	return p.MaxBodyBytes
}

func (p *ProviderClient) client() *http.Client {
	base := p.HTTPClient
	if base == nil {
		base = defaultHTTPClient()
	}
	c := *base
	c.CheckRedirect = checkRedirect(base.CheckRedirect)
	return &c
}

func (p *ProviderClient) newRequest(ctx context.Context, method, url string, body *bodySource, opts *RequestOpts, token string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, url, body.reader())
	if err != nil {
		return nil, fmt.Errorf("gophercloud: bad request %s %s: %w", method, RedactURL(url), err)
	}
	switch {
	case body.json != nil:
		req.Header.Set("Content-Type", "application/json")
	case opts.ContentLength > 0:
		req.ContentLength = opts.ContentLength
	case body.size == 0:
		req.Body, req.ContentLength = http.NoBody, 0
	case body.size > 0:
		req.ContentLength = body.size
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
			return nil, &ErrInvalidInput{Argument: "header " + k, Reason: "value contains a line break"}
		}
		req.Header.Set(k, v)
	}
	return req, nil
}
