package gophercloud

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"syscall"
	"time"
)

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
