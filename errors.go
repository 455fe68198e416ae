package gophercloud

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"unicode/utf8"
)

// Sentinel errors let callers branch on the kind of failure with errors.Is,
// whatever the exact status code or service:
//
//	if errors.Is(err, gophercloud.ErrNotFound) { … }
//
// An *ErrUnexpectedResponseCode matches the sentinel of its status code.
var (
	ErrBadRequest         = errors.New("bad request")         // 400
	ErrUnauthorized       = errors.New("unauthorized")        // 401
	ErrForbidden          = errors.New("forbidden")           // 403
	ErrNotFound           = errors.New("resource not found")  // 404
	ErrMethodNotAllowed   = errors.New("method not allowed")  // 405
	ErrConflict           = errors.New("conflict")            // 409
	ErrPreconditionFailed = errors.New("precondition failed") // 412 (If-Match and friends)
	ErrRateLimited        = errors.New("rate limited")        // 429
	ErrServerError        = errors.New("server error")        // any 5xx
	ErrServiceUnavailable = errors.New("service unavailable") // 503 (also matches ErrServerError)
	ErrMalformedResponse  = errors.New("malformed response")  // a body that does not decode
	ErrChecksumMismatch   = errors.New("checksum mismatch")   // bytes differ from the service's ETag
	ErrTimeout            = errors.New("timed out waiting")   // WaitFor gave up
	ErrReauthFailed       = errors.New("re-authentication failed")
	ErrRedirectRefused    = errors.New("redirect refused")        // a body or credentials would have gone to another host
	ErrBodyTooLarge       = errors.New("response body too large") // past ProviderClient.MaxBodyBytes
	ErrBodyNotReplayable  = errors.New("request body cannot be replayed")
)

// ErrNoBody is what Extract returns when the call succeeded but the service
// sent no body (Nova's volume attach answers 202 with none from
// microversion 2.101 on). It also matches ErrMalformedResponse, since a
// body was expected.
var ErrNoBody = fmt.Errorf("%w: the service sent no body to extract", ErrMalformedResponse)

// maxErrorBody caps how much of an error response is kept in memory and
// shown: enough for any fault document, never a whole object download.
const maxErrorBody = 4 << 10

// ErrUnexpectedResponseCode is returned when a service answers with a status
// code the call did not expect. It carries what a support ticket needs:
// method, URL (secrets stripped), expected and actual code, the request ID
// and the service's own fault message.
type ErrUnexpectedResponseCode struct {
	Method    string
	URL       string
	Expected  []int
	Actual    int
	RequestID string
	// Message is the fault message the service put in its body, if any.
	Message string
	// Body is the start of the response body, at most 4 KiB.
	Body   []byte
	Header http.Header
}

// Error reports the call, the codes and the service's message on one line.
func (e *ErrUnexpectedResponseCode) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: expected HTTP %s, got %d", e.Method, e.URL, joinCodes(e.Expected), e.Actual)
	if e.RequestID != "" {
		fmt.Fprintf(&b, " (request %s)", e.RequestID)
	}
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	return b.String()
}

// Is matches the sentinel errors by status code, so errors.Is works without
// the caller knowing the concrete type.
func (e *ErrUnexpectedResponseCode) Is(target error) bool {
	switch target {
	case ErrBadRequest:
		return e.Actual == http.StatusBadRequest
	case ErrUnauthorized:
		return e.Actual == http.StatusUnauthorized
	case ErrForbidden:
		return e.Actual == http.StatusForbidden
	case ErrNotFound:
		return e.Actual == http.StatusNotFound
	case ErrMethodNotAllowed:
		return e.Actual == http.StatusMethodNotAllowed
	case ErrConflict:
		return e.Actual == http.StatusConflict
	case ErrPreconditionFailed:
		return e.Actual == http.StatusPreconditionFailed
	case ErrRateLimited:
		return e.Actual == http.StatusTooManyRequests
	case ErrServiceUnavailable:
		return e.Actual == http.StatusServiceUnavailable
	case ErrServerError:
		return e.Actual >= 500 && e.Actual < 600
	}
	return false
}

// ResponseCodeIs reports whether err is, or wraps, an
// *ErrUnexpectedResponseCode with the given status code.
func ResponseCodeIs(err error, code int) bool {
	var e *ErrUnexpectedResponseCode
	return errors.As(err, &e) && e.Actual == code
}

func joinCodes(codes []int) string {
	s := make([]string, len(codes))
	for i, c := range codes {
		s[i] = fmt.Sprint(c)
	}
	return strings.Join(s, "/")
}

// newUnexpectedResponseCode builds the error from a response whose body is
// already read (at most maxErrorBody bytes of it).
func newUnexpectedResponseCode(method, rawURL string, expected []int, resp *http.Response, body []byte) *ErrUnexpectedResponseCode {
	return &ErrUnexpectedResponseCode{
		Method:    method,
		URL:       RedactURL(rawURL),
		Expected:  slices.Clone(expected),
		Actual:    resp.StatusCode,
		RequestID: requestID(resp.Header),
		Message:   FaultMessage(body),
		Body:      body,
		Header:    redactHeader(resp.Header),
	}
}

func requestID(h http.Header) string {
	for _, k := range []string{"X-Openstack-Request-Id", "X-Compute-Request-Id", "X-Trans-Id", "X-Request-Id"} {
		if v := h.Get(k); v != "" {
			return v
		}
	}
	return ""
}

// FaultMessage extracts the human-readable message from an OpenStack error
// body. The services disagree on the shape, so it accepts all of them:
//
//	{"itemNotFound": {"message": "…", "code": 404}}        Nova, Cinder
//	{"NeutronError": {"message": "…", "type": "…"}}         Neutron
//	{"error": {"message": "…", "code": 401, "title": "…"}}  Keystone
//	{"message": "…"} / {"title": "…", "description": "…"}  Glance, others
//	<html><h1>Not Found</h1><p>…</p></html> or plain text   Swift, proxies
//
// It never fails: what it cannot parse yields a short, single-line excerpt.
func FaultMessage(body []byte) string {
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return ""
	}
	if body[0] == '{' {
		var doc map[string]json.RawMessage
		if json.Unmarshal(body, &doc) == nil {
			if m := messageOf(doc); m != "" {
				return oneLine(m)
			}
			// One wrapper level: {"<faultName>": {"message": …}}, keys in
			// sorted order so the same body always gives the same message.
			for _, k := range slices.Sorted(maps.Keys(doc)) {
				var inner map[string]json.RawMessage
				if json.Unmarshal(doc[k], &inner) == nil {
					if m := messageOf(inner); m != "" {
						return oneLine(m)
					}
				}
			}
		}
	}
	return textExcerpt(body)
}

func messageOf(doc map[string]json.RawMessage) string {
	for _, k := range []string{"message", "description", "detail", "title", "faultstring"} {
		var s string
		if raw, ok := doc[k]; ok && json.Unmarshal(raw, &s) == nil && s != "" {
			return s
		}
	}
	return ""
}

// textExcerpt turns an HTML or text body into one short line.
func textExcerpt(body []byte) string {
	var b strings.Builder
	inTag := false
	for _, r := range string(body) {
		switch {
		case r == '<':
			inTag = true
			b.WriteByte(' ')
		case r == '>':
			inTag = false
		case !inTag:
			b.WriteRune(r)
		}
		if b.Len() > maxFaultMessage*2 {
			break
		}
	}
	return oneLine(b.String())
}

// maxFaultMessage caps the service message kept in an error.
const maxFaultMessage = 300

// oneLine folds whitespace runs (newlines included) into single spaces,
// drops invalid UTF-8 and caps the result, so an error stays one line.
func oneLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
		case r == '\n' || r == '\r' || r == '\t' || r == ' ':
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
		if b.Len() >= maxFaultMessage {
			return b.String() + "…"
		}
	}
	return b.String()
}
