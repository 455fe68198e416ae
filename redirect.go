package gophercloud

import (
	"errors"
	"fmt"
	"net/http"
)

// checkRedirect wraps the caller's CheckRedirect with the SDK's rules for
// a redirect that leaves the original host (or downgrades https to http):
//
//   - a request that carried a body is refused with ErrRedirectRefused,
//     whatever the status code: the body may hold credentials (Keystone's
//     password POST) or data meant for this cloud only, and a 307/308 would
//     make net/http resend it verbatim;
//   - otherwise the token headers are stripped before it is followed.
//
// Redirects within the same host are followed as net/http does.
func checkRedirect(next func(*http.Request, []*http.Request) error) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		first := via[0]
		if req.URL.Host != first.URL.Host || (first.URL.Scheme == "https" && req.URL.Scheme != "https") {
			if hasBody(first) {
				return fmt.Errorf("%w: %s %s was redirected to %s://%s; a request with a body (credentials or data) is never sent to another host",
					ErrRedirectRefused, first.Method, RedactURL(first.URL.String()), req.URL.Scheme, req.URL.Host)
			}
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

func hasBody(r *http.Request) bool {
	return r.ContentLength != 0 || (r.Body != nil && r.Body != http.NoBody)
}
