package objects_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"hash"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal/swifttest"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tempURLClient is a client whose endpoint carries an account path, as a
// real catalog's does, behind a proxy prefix that Swift never sees.
func tempURLClient(th *testhelper.Server) *gophercloud.ServiceClient {
	c := th.ServiceClient()
	c.Endpoint = th.Endpoint() + "swift/v1/AUTH_test/"
	return c
}

func mac(newHash func() hash.Hash, key, msg string) []byte {
	m := hmac.New(newHash, []byte(key))
	m.Write([]byte(msg))
	return m.Sum(nil)
}

func TestCreateTempURL(t *testing.T) {
	expires := time.Unix(1700000000, 0)
	const key = "mykey"
	const path = "/v1/AUTH_test/c/dir/a b?#%+ü.txt" // unescaped: what Swift's PATH_INFO holds
	const escaped = "/swift/v1/AUTH_test/c/dir/a%20b%3F%23%25+%C3%BC.txt"
	cases := []struct {
		name  string
		opts  objects.TempURLOpts
		query url.Values
	}{
		{"sha256 default", objects.TempURLOpts{Key: key, Expires: expires}, url.Values{
			"temp_url_sig":     {hex.EncodeToString(mac(sha256.New, key, "GET\n1700000000\n"+path))},
			"temp_url_expires": {"1700000000"},
		}},
		{"sha1 put", objects.TempURLOpts{Key: key, Expires: expires, Method: "put", Digest: "SHA1"}, url.Values{
			"temp_url_sig":     {hex.EncodeToString(mac(sha1.New, key, "PUT\n1700000000\n"+path))},
			"temp_url_expires": {"1700000000"},
		}},
		{"sha512 is base64 with a prefix", objects.TempURLOpts{Key: key, Expires: expires, Digest: objects.DigestSHA512}, url.Values{
			"temp_url_sig":     {"sha512:" + base64.RawURLEncoding.EncodeToString(mac(sha512.New, key, "GET\n1700000000\n"+path))},
			"temp_url_expires": {"1700000000"},
		}},
		{"prefix", objects.TempURLOpts{Key: key, Expires: expires, Prefix: "dir/"}, url.Values{
			"temp_url_sig":     {hex.EncodeToString(mac(sha256.New, key, "GET\n1700000000\nprefix:/v1/AUTH_test/c/dir/"))},
			"temp_url_expires": {"1700000000"},
			"temp_url_prefix":  {"dir/"},
		}},
		{"ip range, filename, inline", objects.TempURLOpts{Key: key, Expires: expires, IPRange: "192.0.2.0/24", Filename: "My File.pdf", Inline: true}, url.Values{
			"temp_url_sig":      {hex.EncodeToString(mac(sha256.New, key, "ip=192.0.2.0/24\nGET\n1700000000\n"+path))},
			"temp_url_expires":  {"1700000000"},
			"temp_url_ip_range": {"192.0.2.0/24"},
			"filename":          {"My File.pdf"},
			"inline":            {""},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			swifttest.HandleInfoAt(th, "/swift/info", swifttest.InfoJSON)
			s, err := objects.CreateTempURL(t.Context(), tempURLClient(th), "c", "dir/a b?#%+ü.txt", tc.opts)
			require.NoError(t, err)
			u, err := url.Parse(s)
			require.NoError(t, err)
			assert.Equal(t, escaped, u.EscapedPath())
			assert.Equal(t, th.URL, u.Scheme+"://"+u.Host)
			assert.Equal(t, tc.query, u.Query())
			assert.NotContains(t, s, key)
		})
	}
}

func TestCreateTempURLTTL(t *testing.T) {
	th := testhelper.Setup(t)
	swifttest.HandleInfoAt(th, "/swift/info", swifttest.InfoJSON)
	before := time.Now()
	s, err := objects.CreateTempURL(t.Context(), tempURLClient(th), "c", "o", objects.TempURLOpts{Key: "k", TTL: time.Hour})
	require.NoError(t, err)
	u, err := url.Parse(s)
	require.NoError(t, err)
	secs, err := strconv.ParseInt(u.Query().Get("temp_url_expires"), 10, 64)
	require.NoError(t, err)
	assert.GreaterOrEqual(t, secs, before.Add(time.Hour).Unix())
	assert.LessOrEqual(t, secs, time.Now().Add(time.Hour).Unix()+1)
}

func TestCreateTempURLAccountKey(t *testing.T) {
	th := testhelper.Setup(t)
	swifttest.HandleInfoAt(th, "/swift/info", swifttest.InfoJSON)
	key2Only := false
	th.Handle("HEAD /swift/v1/AUTH_test/{$}", func(w http.ResponseWriter, r *http.Request) {
		if !key2Only {
			w.Header().Set("X-Account-Meta-Temp-Url-Key", "account-key")
		}
		w.Header().Set("X-Account-Meta-Temp-Url-Key-2", "second-key")
		w.WriteHeader(http.StatusNoContent)
	})
	exp := time.Unix(1700000000, 0)
	for _, k := range []string{"account-key", "second-key"} {
		s, err := objects.CreateTempURL(t.Context(), tempURLClient(th), "c", "o", objects.TempURLOpts{Expires: exp})
		require.NoError(t, err)
		u, _ := url.Parse(s)
		assert.Equal(t, hex.EncodeToString(mac(sha256.New, k, "GET\n1700000000\n/v1/AUTH_test/c/o")), u.Query().Get("temp_url_sig"), k)
		key2Only = true
	}
}

func TestCreateTempURLNoKey(t *testing.T) {
	th := testhelper.Setup(t)
	swifttest.HandleInfoAt(th, "/swift/info", swifttest.InfoJSON)
	th.Handle("HEAD /swift/v1/AUTH_test/{$}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	_, err := objects.CreateTempURL(t.Context(), tempURLClient(th), "c", "o", objects.TempURLOpts{TTL: time.Minute})
	assert.True(t, errors.Is(err, gophercloud.ErrInvalidOptions), "got %v", err)
	assert.Contains(t, err.Error(), "accounts.Update")
}

func TestCreateTempURLAccountError(t *testing.T) {
	th := testhelper.Setup(t)
	swifttest.HandleInfoAt(th, "/swift/info", swifttest.InfoJSON)
	th.Handle("HEAD /swift/v1/AUTH_test/{$}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusForbidden) })
	_, err := objects.CreateTempURL(t.Context(), tempURLClient(th), "c", "o", objects.TempURLOpts{TTL: time.Minute})
	assert.True(t, errors.Is(err, gophercloud.ErrForbidden), "got %v", err)
}

func TestCreateTempURLBadOptions(t *testing.T) {
	cases := map[string]struct {
		info string
		opts objects.TempURLOpts
		name string
	}{
		"no expiry":           {swifttest.InfoJSON, objects.TempURLOpts{Key: "k"}, "o"},
		"TTL and Expires":     {swifttest.InfoJSON, objects.TempURLOpts{Key: "k", TTL: time.Minute, Expires: time.Now()}, "o"},
		"negative TTL":        {swifttest.InfoJSON, objects.TempURLOpts{Key: "k", TTL: -time.Minute}, "o"},
		"unknown digest":      {swifttest.InfoJSON, objects.TempURLOpts{Key: "k", TTL: time.Minute, Digest: "md5"}, "o"},
		"prefix not a prefix": {swifttest.InfoJSON, objects.TempURLOpts{Key: "k", TTL: time.Minute, Prefix: "x/"}, "o"},
		"digest not allowed":  {`{"tempurl": {"methods": ["GET"], "allowed_digests": ["sha256"]}}`, objects.TempURLOpts{Key: "k", TTL: time.Minute, Digest: "sha512"}, "o"},
		"method not allowed":  {`{"tempurl": {"methods": ["GET"], "allowed_digests": ["sha256"]}}`, objects.TempURLOpts{Key: "k", TTL: time.Minute, Method: "DELETE"}, "o"},
		"empty object name":   {swifttest.InfoJSON, objects.TempURLOpts{Key: "k", TTL: time.Minute}, ""},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			swifttest.HandleInfoAt(th, "/swift/info", tc.info)
			_, err := objects.CreateTempURL(t.Context(), tempURLClient(th), "c", tc.name, tc.opts)
			assert.True(t, errors.Is(err, gophercloud.ErrInvalidOptions), "got %v", err)
		})
	}
}

// Without /info (hidden by the operator) the URL is signed unchecked.
func TestCreateTempURLWithoutInfo(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleNoAuth("GET /swift/info", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotFound) })
	c := tempURLClient(th)
	_, err := objects.CreateTempURL(context.Background(), c, "c", "o", objects.TempURLOpts{Key: "k", TTL: time.Minute, Digest: "sha512"})
	require.NoError(t, err)
	_, err = objects.CreateTempURL(context.Background(), c, "c", "o", objects.TempURLOpts{Key: "k", TTL: time.Minute})
	require.NoError(t, err, "the missing /info is remembered, not an error")
	assert.True(t, strings.HasPrefix(c.Endpoint, th.URL))
}
