package cdncontainers_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/cdncontainers"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Query().Get("marker") {
		case "":
			testhelper.TestQuery(t, r, url.Values{"format": {"json"}, "limit": {"2"}, "enabled_only": {"true"}})
			testhelper.WriteJSON(w, http.StatusOK, listJSON)
		case "videos":
			w.WriteHeader(http.StatusNoContent)
		default:
			t.Errorf("unexpected marker %q", r.URL.Query().Get("marker"))
		}
	})
	all, err := cdncontainers.List(th.ServiceClient(), cdncontainers.ListOpts{Limit: 2, EnabledOnly: true}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, cdncontainers.Container{
		Name: "photos", CDNEnabled: true, TTL: 259200,
		CDNURI:          "http://081e40d3ee1cec5f77bf-346eb45fd42c58ca13011d659bfc1ac1.r49.cf0.rackcdn.com",
		CDNSSLURI:       "https://83c49b9a2f7ad18250b3-346eb45fd42c58ca13011d659bfc1ac1.ssl.cf0.rackcdn.com",
		CDNStreamingURI: "http://084cc2790632ccee0a12-346eb45fd42c58ca13011d659bfc1ac1.r49.stream.cf0.rackcdn.com",
		CDNIosURI:       "http://acc3b9ba3a4bb0ba3c3e-cc6b7f5fe5d8dd5ab0ae28bc2aca2e54.iosr.cf1.rackcdn.com",
	}, all[0])
	assert.True(t, all[1].LogRetention)
	assert.False(t, all[1].CDNEnabled)
}

func TestListFailures(t *testing.T) {
	testhelper.CheckFailures(t, "GET /{$}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := cdncontainers.List(c, cdncontainers.ListOpts{}).Collect(ctx)
		return err
	})
	th := testhelper.Setup(t)
	_, err := cdncontainers.List(th.ServiceClient(), cdncontainers.ListOpts{Limit: -1}).Collect(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func cdnHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("X-Cdn-Enabled", "True")
	h.Set("X-Ttl", "3600")
	h.Set("X-Log-Retention", "False")
	h.Set("X-Cdn-Uri", "http://081e40d3ee1cec5f77bf-346eb45fd42c58ca13011d659bfc1ac1.r49.cf0.rackcdn.com")
	h.Set("X-Cdn-Ssl-Uri", "https://83c49b9a2f7ad18250b3-346eb45fd42c58ca13011d659bfc1ac1.ssl.cf0.rackcdn.com")
	h.Set("X-Cdn-Streaming-Uri", "http://084cc2790632ccee0a12-346eb45fd42c58ca13011d659bfc1ac1.r49.stream.cf0.rackcdn.com")
	h.Set("X-Cdn-Ios-Uri", "http://acc3b9ba3a4bb0ba3c3e-cc6b7f5fe5d8dd5ab0ae28bc2aca2e54.iosr.cf1.rackcdn.com")
	h.Set("X-Trans-Id", "tx82a6752e00424edb9c46fa2573132e2c")
}

var wantHeader = cdncontainers.Header{
	CDNURI:          "http://081e40d3ee1cec5f77bf-346eb45fd42c58ca13011d659bfc1ac1.r49.cf0.rackcdn.com",
	CDNSSLURI:       "https://83c49b9a2f7ad18250b3-346eb45fd42c58ca13011d659bfc1ac1.ssl.cf0.rackcdn.com",
	CDNStreamingURI: "http://084cc2790632ccee0a12-346eb45fd42c58ca13011d659bfc1ac1.r49.stream.cf0.rackcdn.com",
	CDNIosURI:       "http://acc3b9ba3a4bb0ba3c3e-cc6b7f5fe5d8dd5ab0ae28bc2aca2e54.iosr.cf1.rackcdn.com",
	CDNEnabled:      true, TTL: 3600, TransID: "tx82a6752e00424edb9c46fa2573132e2c",
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("HEAD /photos", func(w http.ResponseWriter, r *http.Request) {
		cdnHeaders(w)
		w.WriteHeader(http.StatusNoContent)
	})
	h, err := cdncontainers.Get(t.Context(), th.ServiceClient(), "photos").Extract()
	require.NoError(t, err)
	assert.Equal(t, wantHeader, *h)
	testhelper.CheckFailures(t, "HEAD /c", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := cdncontainers.Get(ctx, c, "c").Extract()
		return err
	})
}

func TestEnable(t *testing.T) {
	for _, tc := range []struct {
		name   string
		opts   cdncontainers.EnableOpts
		ttl    string
		status int
	}{
		{"default TTL, new", cdncontainers.EnableOpts{}, "", http.StatusCreated},
		{"TTL, again", cdncontainers.EnableOpts{TTL: 3600}, "3600", http.StatusAccepted},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("PUT /photos", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestHeader(t, r, "X-Cdn-Enabled", "True")
				testhelper.TestHeader(t, r, "X-Ttl", tc.ttl)
				cdnHeaders(w)
				w.WriteHeader(tc.status)
			})
			h, err := cdncontainers.Enable(t.Context(), th.ServiceClient(), "photos", tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, wantHeader.CDNSSLURI, h.CDNSSLURI)
		})
	}
	testhelper.CheckFailures(t, "PUT /c", http.StatusCreated, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := cdncontainers.Enable(ctx, c, "c", cdncontainers.EnableOpts{}).Extract()
		return err
	})
}

func TestUpdateAndDisable(t *testing.T) {
	yes := true
	th := testhelper.Setup(t)
	th.Handle("POST /photos", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-Ttl", "900")
		testhelper.TestHeader(t, r, "X-Log-Retention", "true")
		testhelper.TestHeaderUnset(t, r, "X-Cdn-Enabled")
		w.WriteHeader(http.StatusAccepted)
	})
	th.Handle("POST /videos", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-Cdn-Enabled", "false")
		testhelper.TestHeaderUnset(t, r, "X-Ttl")
		w.WriteHeader(http.StatusNoContent)
	})
	_, err := cdncontainers.Update(t.Context(), th.ServiceClient(), "photos", cdncontainers.UpdateOpts{TTL: 900, LogRetention: &yes}).Extract()
	require.NoError(t, err)
	_, err = cdncontainers.Disable(t.Context(), th.ServiceClient(), "videos").Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "POST /c", http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := cdncontainers.Disable(ctx, c, "c").Extract()
		return err
	})
}

func TestBadOptions(t *testing.T) {
	th := testhelper.Setup(t)
	c := th.ServiceClient()
	ctx := t.Context()
	for name, err := range map[string]error{
		"enable TTL too short": cdncontainers.Enable(ctx, c, "c", cdncontainers.EnableOpts{TTL: 60}).Err,
		"update TTL too long":  cdncontainers.Update(ctx, c, "c", cdncontainers.UpdateOpts{TTL: cdncontainers.MaxTTL + 1}).Err,
		"empty name":           cdncontainers.Get(ctx, c, "").Err,
		"dot name":             cdncontainers.Enable(ctx, c, "..", cdncontainers.EnableOpts{}).Err,
		"slash in name":        cdncontainers.Disable(ctx, c, "a/b").Err,
	} {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}
