package objects

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/accounts"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal"
)

// Digests CreateTempURL can sign with.
const (
	DigestSHA1   = "sha1"
	DigestSHA256 = "sha256"
	DigestSHA512 = "sha512"
)

// TempURLOpts describes a temporary URL.
type TempURLOpts struct {
	// Method is what the URL allows: GET (the default), HEAD, PUT, POST
	// or DELETE. A URL for GET, PUT or POST also allows HEAD.
	Method string
	// TTL is how long the URL stays valid from now; Expires is the
	// absolute expiry instead. Exactly one is required.
	TTL     time.Duration
	Expires time.Time
	// Key is the account's or the container's temp URL key. When empty,
	// the account's key (X-Account-Meta-Temp-URL-Key, else its -2) is
	// read with accounts.Get, which needs an account owner's token.
	Key string
	// Digest is the HMAC's hash: DigestSHA256 (the default), DigestSHA512
	// or DigestSHA1 (deprecated by Swift). The cluster's
	// tempurl.allowed_digests in /info lists what it accepts.
	Digest string
	// Prefix, when set, signs for every object whose name starts with
	// it (temp_url_prefix); the object name must start with it too.
	Prefix string
	// IPRange restricts the URL to clients from one address or network
	// ("192.0.2.10", "192.0.2.0/24").
	IPRange string
	// Filename names the download (Content-Disposition: attachment);
	// Inline asks for Content-Disposition: inline.
	Filename string
	Inline   bool
}

// CreateTempURL signs a URL that gives anyone holding it access to one
// object (or, with Prefix, to the objects starting with it) with one
// method until it expires, without a token. It returns (string, error),
// not a result: it may make two requests, for the cluster's /info
// (cached in the client) and, without opts.Key, for the account's key.
//
// The signature is the HMAC (keyed with the temp URL key) of
// "<METHOD>\n<expires>\n<path>", where path is the object's unescaped path
// from "/v1/" on ("prefix:/v1/AUTH_a/c/<prefix>" with Prefix, and an
// "ip=<range>\n" line first with IPRange). SHA-1 and SHA-256 signatures are
// sent in hex; SHA-512 ones as "sha512:" followed by unpadded URL-safe
// base64, the only form Swift accepts for that digest. When the cluster
// publishes /info, the digest and method are checked against it first.
// https://docs.openstack.org/swift/latest/api/temporary_url_middleware.html
func CreateTempURL(ctx context.Context, c *gophercloud.ServiceClient, container, name string, opts TempURLOpts) (string, error) {
	u, err := objectURL(c, container, name)
	if err != nil {
		return "", err
	}
	method := strings.ToUpper(opts.Method)
	if method == "" {
		method = http.MethodGet
	}
	var expires time.Time
	switch {
	case opts.TTL != 0 && !opts.Expires.IsZero():
		return "", &gophercloud.ErrInvalidInput{Argument: "objects.TempURLOpts.Expires", Value: opts.Expires, Reason: "cannot be set together with TTL"}
	case opts.TTL < 0:
		return "", &gophercloud.ErrInvalidInput{Argument: "objects.TempURLOpts.TTL", Value: opts.TTL, Reason: "must be positive"}
	case opts.TTL > 0:
		expires = time.Now().Add(opts.TTL)
		if expires.Nanosecond() > 0 { // round up: never shorter than asked
			expires = expires.Truncate(time.Second).Add(time.Second)
		}
	case !opts.Expires.IsZero():
		expires = opts.Expires
	default:
		return "", &gophercloud.ErrMissingInput{Argument: "objects.TempURLOpts.TTL or objects.TempURLOpts.Expires"}
	}
	digest := strings.ToLower(opts.Digest)
	if digest == "" {
		digest = DigestSHA256
	}
	newHash, ok := map[string]func() hash.Hash{DigestSHA1: sha1.New, DigestSHA256: sha256.New, DigestSHA512: sha512.New}[digest]
	if !ok {
		return "", &gophercloud.ErrInvalidInput{Argument: "objects.TempURLOpts.Digest", Value: opts.Digest, Reason: "must be sha1, sha256 or sha512"}
	}
	if opts.Prefix != "" && !strings.HasPrefix(name, opts.Prefix) {
		return "", &gophercloud.ErrInvalidInput{Argument: "objects.TempURLOpts.Prefix", Value: opts.Prefix, Reason: "the object name must start with the prefix"}
	}
	if info, err := internal.Capabilities(ctx, c); err == nil && info.TempURL != nil {
		if d := info.TempURL.AllowedDigests; len(d) > 0 && !slices.Contains(d, digest) {
			return "", &gophercloud.ErrInvalidInput{Argument: "objects.TempURLOpts.Digest", Value: digest, Reason: "the cluster accepts only " + strings.Join(d, ", ")}
		}
		if m := info.TempURL.Methods; len(m) > 0 && !slices.Contains(m, method) {
			return "", &gophercloud.ErrInvalidInput{Argument: "objects.TempURLOpts.Method", Value: method, Reason: "the cluster allows only " + strings.Join(m, ", ")}
		}
	}
	key := opts.Key
	if key == "" {
		acct, err := accounts.Get(ctx, c, accounts.GetOpts{}).Extract()
		if err != nil {
			return "", fmt.Errorf("reading the account's temp URL key: %w", err)
		}
		key = acct.TempURLKey
		if key == "" {
			key = acct.TempURLKey2
		}
		if key == "" {
			return "", &gophercloud.ErrMissingInput{Argument: "objects.TempURLOpts.Key (the account has no temp URL key: set one with accounts.Update)"}
		}
	}
	account, _, err := internal.SwiftPath(c)
	if err != nil {
		return "", err
	}
	path := account + "/" + container + "/" + name
	if opts.Prefix != "" {
		path = "prefix:" + account + "/" + container + "/" + opts.Prefix
	}
	exp := strconv.FormatInt(expires.Unix(), 10)
	body := method + "\n" + exp + "\n" + path
	if opts.IPRange != "" {
		body = "ip=" + opts.IPRange + "\n" + body
	}
	mac := hmac.New(newHash, []byte(key))
	mac.Write([]byte(body))
	sig := hex.EncodeToString(mac.Sum(nil))
	if digest == DigestSHA512 {
		sig = DigestSHA512 + ":" + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
	}
	q := url.Values{"temp_url_sig": {sig}, "temp_url_expires": {exp}}
	if opts.Prefix != "" {
		q.Set("temp_url_prefix", opts.Prefix)
	}
	if opts.IPRange != "" {
		q.Set("temp_url_ip_range", opts.IPRange)
	}
	if opts.Filename != "" {
		q.Set("filename", opts.Filename)
	}
	if opts.Inline {
		q.Set("inline", "")
	}
	return u + "?" + q.Encode(), nil
}
