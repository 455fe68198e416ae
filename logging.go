package gophercloud

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// maxLoggedBody caps a logged request or response body.
const maxLoggedBody = 8 << 10

// secretHeaders never reach a log or an error with their values.
var secretHeaders = map[string]bool{
	"X-Auth-Token": true, "X-Subject-Token": true, "X-Auth-Key": true, "X-Storage-Token": true,
	"X-Service-Token": true, "Authorization": true, "Cookie": true, "Set-Cookie": true,
	"X-Account-Meta-Temp-Url-Key": true, "X-Account-Meta-Temp-Url-Key-2": true,
	"X-Container-Meta-Temp-Url-Key": true, "X-Container-Meta-Temp-Url-Key-2": true,
	"X-Container-Sync-Key": true,
}

// secretKeys are JSON object keys whose values are redacted in logged
// bodies, compared case-insensitively.
var secretKeys = map[string]bool{
	"password": true, "adminpass": true, "admin_pass": true, "secret": true, "passcode": true,
	"apikey": true, "api_key": true, "private_key": true, "auth_token": true, "x-auth-token": true,
	"temp_url_key": true, "credential": true, "blob": true,
}

// redactHeader returns a copy of h with secret values replaced by "***".
func redactHeader(h http.Header) http.Header {
	out := make(http.Header, len(h))
	for k, v := range h {
		if secretHeaders[http.CanonicalHeaderKey(k)] {
			out[k] = []string{"***"}
			continue
		}
		out[k] = v
	}
	return out
}

// RedactJSON returns body with the values of secret keys replaced by
// "***" (and the "id" of any "token" object, which is the token itself in
// Keystone v2). Non-JSON input is returned as a length note, never as is,
// since it may be anything.
func RedactJSON(body []byte) string {
	if len(body) == 0 {
		return ""
	}
	var doc any
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return "(non-JSON body, " + itoa(len(body)) + " bytes)"
	}
	out, err := json.Marshal(redactValue(doc, ""))
	if err != nil {
		return "(unprintable body)"
	}
	if len(out) > maxLoggedBody {
		return string(out[:maxLoggedBody]) + "…"
	}
	return string(out)
}

func redactValue(v any, parentKey string) any {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			lk := strings.ToLower(k)
			switch {
			case (secretKeys[lk] || lk == "token") && isScalar(val):
				x[k] = "***"
			case lk == "id" && parentKey == "token":
				x[k] = "***"
			default:
				x[k] = redactValue(val, lk)
			}
		}
		return x
	case []any:
		for i := range x {
			x[i] = redactValue(x[i], parentKey)
		}
		return x
	}
	return v
}

// isScalar is true for values that may be a secret themselves; objects
// under a secret-sounding key (v3's "password" method) are walked instead.
func isScalar(v any) bool {
	switch v.(type) {
	case map[string]any, []any, nil:
		return false
	}
	return true
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func (p *ProviderClient) debugEnabled(ctx context.Context) bool {
	return p.Logger != nil && p.Logger.Enabled(ctx, slog.LevelDebug)
}

func (p *ProviderClient) logRequest(ctx context.Context, req *http.Request, body *bodySource) {
	if !p.debugEnabled(ctx) {
		return
	}
	attrs := []any{
		slog.String("method", req.Method),
		slog.String("url", RedactURL(req.URL.String())),
		slog.Any("headers", redactHeader(req.Header)),
	}
	if body.json != nil {
		attrs = append(attrs, slog.String("body", RedactJSON(body.json)))
	} else if body.raw != nil {
		attrs = append(attrs, slog.String("body", "(stream)"))
	}
	p.Logger.DebugContext(ctx, "openstack request", attrs...)
}

func (p *ProviderClient) logResponse(ctx context.Context, req *http.Request, resp *http.Response, body []byte, start time.Time) {
	if !p.debugEnabled(ctx) {
		return
	}
	attrs := []any{
		slog.String("method", req.Method),
		slog.String("url", RedactURL(req.URL.String())),
		slog.Int("status", resp.StatusCode),
		slog.String("request_id", requestID(resp.Header)),
		slog.Duration("elapsed", time.Since(start)),
		slog.Any("headers", redactHeader(resp.Header)),
	}
	if len(body) > 0 {
		attrs = append(attrs, slog.String("body", RedactJSON(body)))
	}
	p.Logger.DebugContext(ctx, "openstack response", attrs...)
}

func (p *ProviderClient) logRetry(ctx context.Context, method, url string, attempt int, why string) {
	if p.Logger == nil {
		return
	}
	p.Logger.InfoContext(ctx, "openstack retry", slog.String("method", method),
		slog.String("url", RedactURL(url)), slog.Int("attempt", attempt+1), slog.String("reason", why))
}
