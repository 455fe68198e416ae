package gophercloud

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

// This file owns every list of secrets the SDK knows: headers, query
// parameters and JSON keys. Logging, errors and redirects all redact
// through it, so adding a secret here covers every place it could leak.

// authHeaders are never forwarded to another host (or from https to http)
// on a redirect: net/http strips Authorization there, but not these.
var authHeaders = []string{"X-Auth-Token", "X-Subject-Token", "X-Auth-Key", "X-Storage-Token", "X-Service-Token", "Authorization", "Openstack-Auth-Receipt"}

// secretHeaders never reach a log or an error with their values.
var secretHeaders = map[string]bool{
	"X-Auth-Token": true, "X-Subject-Token": true, "X-Auth-Key": true, "X-Storage-Token": true,
	"X-Service-Token": true, "Authorization": true, "Cookie": true, "Set-Cookie": true,
	"X-Account-Meta-Temp-Url-Key": true, "X-Account-Meta-Temp-Url-Key-2": true,
	"X-Container-Meta-Temp-Url-Key": true, "X-Container-Meta-Temp-Url-Key-2": true,
	"X-Container-Sync-Key": true,
}

// logSecretHeaders are redacted in logs but kept in errors, where the
// caller needs them: a Keystone MFA receipt (the proof of the first
// factors) is read back from the 401 that carries it.
var logSecretHeaders = map[string]bool{"Openstack-Auth-Receipt": true}

// secretKeys are JSON object keys whose values are redacted in logged
// bodies, compared case-insensitively.
var secretKeys = map[string]bool{
	"password": true, "adminpass": true, "admin_pass": true, "secret": true, "passcode": true,
	"apikey": true, "api_key": true, "private_key": true, "auth_token": true, "x-auth-token": true,
	"temp_url_key": true, "credential": true, "blob": true,
}

// redactHeader returns a copy of h with secret values replaced by "***".
func redactHeader(h http.Header) http.Header { return redactHeaders(h, nil) }

// redactLogHeader is redactHeader for a log line, which also hides
// logSecretHeaders.
func redactLogHeader(h http.Header) http.Header { return redactHeaders(h, logSecretHeaders) }

func redactHeaders(h http.Header, more map[string]bool) http.Header {
	out := make(http.Header, len(h))
	for k, v := range h {
		if ck := http.CanonicalHeaderKey(k); secretHeaders[ck] || more[ck] {
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

// secretQueryParams are query parameters whose values must never appear in
// logs or error strings.
var secretQueryParams = []string{"temp_url_sig", "signature", "sig", "password", "token", "X-Auth-Token"}

// RedactURL returns rawURL with the values of secret query parameters (such
// as a temp URL signature) and any userinfo password replaced by "***".
func RedactURL(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return rawURL
	}
	changed := false
	if u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "***")
			changed = true
		}
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			for _, s := range secretQueryParams {
				if strings.EqualFold(k, s) {
					q[k] = []string{"***"}
					changed = true
				}
			}
		}
		if changed {
			u.RawQuery = q.Encode()
		}
	}
	if !changed {
		return rawURL
	}
	return u.String()
}
