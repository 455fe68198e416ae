package accounts_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/accounts"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("HEAD /{$}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeaderUnset(t, r, "X-Newest")
		accountHeaders(w)
	})
	h, err := accounts.Get(t.Context(), th.ServiceClient(), accounts.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Equal(t, &accounts.GetHeader{
		ContainerCount: 2,
		ObjectCount:    14,
		BytesUsed:      19531,
		QuotaBytes:     ptr(int64(1000000)),
		TempURLKey:     "secret-1",
		TempURLKey2:    "secret-2",
		Metadata:       map[string]string{"book": "MobyDick", "subject": "Literature"},
		Date:           time.Date(2014, 1, 16, 21, 12, 31, 0, time.UTC),
		TransID:        "tx2fc3dd4a1a4f4bbaa4e4a-0052d7b4f2",
	}, h)
}

func ptr[T any](v T) *T { return &v }

func TestGetNewest(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("HEAD /{$}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-Newest", "true")
		accountHeaders(w)
	})
	md, err := accounts.Get(t.Context(), th.ServiceClient(), accounts.GetOpts{Newest: true}).ExtractMetadata()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"book": "MobyDick", "subject": "Literature"}, md)
}

func TestGetMalformedHeader(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("HEAD /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Account-Object-Count", "many")
		w.WriteHeader(http.StatusNoContent)
	})
	_, err := accounts.Get(t.Context(), th.ServiceClient(), accounts.GetOpts{}).Extract()
	assert.True(t, errors.Is(err, gophercloud.ErrMalformedResponse), "got %v", err)
	_, err = accounts.Get(t.Context(), th.ServiceClient(), accounts.GetOpts{}).ExtractMetadata()
	assert.True(t, errors.Is(err, gophercloud.ErrMalformedResponse), "got %v", err)
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /{$}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-Account-Meta-Book", "MobyDick")
		testhelper.TestHeader(t, r, "X-Account-Meta-Subject", "Literature")
		testhelper.TestHeader(t, r, "X-Remove-Account-Meta-Old", "x")
		testhelper.TestHeader(t, r, "X-Account-Meta-Temp-Url-Key", "k1")
		testhelper.TestHeader(t, r, "X-Remove-Account-Meta-Temp-Url-Key-2", "true")
		assert.Equal(t, int64(0), r.ContentLength)
		w.Header().Set("X-Trans-Id", "tx8c2dd6aee35442a4a5646-0052d954fb")
		w.Header().Set("Date", "Fri, 17 Jan 2014 16:06:19 GMT")
		w.WriteHeader(http.StatusNoContent)
	})
	h, err := accounts.Update(t.Context(), th.ServiceClient(), accounts.UpdateOpts{
		Metadata:          map[string]string{"Book": "MobyDick", "Subject": "Literature"},
		RemoveMetadata:    []string{"Old"},
		TempURLKey:        "k1",
		RemoveTempURLKey2: true,
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "tx8c2dd6aee35442a4a5646-0052d954fb", h.TransID)
	assert.Equal(t, time.Date(2014, 1, 17, 16, 6, 19, 0, time.UTC), h.Date)
}

func TestUpdateBadOptions(t *testing.T) {
	cases := map[string]accounts.UpdateOpts{
		"set and remove key":    {TempURLKey: "a", RemoveTempURLKey: true},
		"set and remove key 2":  {TempURLKey2: "a", RemoveTempURLKey2: true},
		"bad metadata key":      {Metadata: map[string]string{"bad key": "v"}},
		"line break in value":   {Metadata: map[string]string{"k": "a\r\nX-Injected: 1"}},
		"bad key to remove":     {RemoveMetadata: []string{"bad:key"}},
		"empty key to remove":   {RemoveMetadata: []string{""}},
		"line break in tempurl": {TempURLKey: "a\nb"},
	}
	for name, opts := range cases {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t) // any request would fail the test
			_, err := accounts.Update(t.Context(), th.ServiceClient(), opts).Extract()
			assert.True(t, errors.Is(err, gophercloud.ErrInvalidOptions), "got %v", err)
		})
	}
}

func TestFailures(t *testing.T) {
	t.Run("Get", func(t *testing.T) {
		// A HEAD answer has no body, so testhelper.CheckFailures (which
		// wants the fault message) does not fit: check the status alone.
		th := testhelper.Setup(t)
		th.Handle("HEAD /{$}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) })
		c := th.ServiceClient()
		c.Retry.MaxRetries = 0
		_, err := accounts.Get(t.Context(), c, accounts.GetOpts{}).Extract()
		assert.True(t, errors.Is(err, gophercloud.ErrServiceUnavailable), "got %v", err)
	})
	t.Run("Update", func(t *testing.T) {
		testhelper.CheckFailures(t, "POST /{$}", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := accounts.Update(ctx, c, accounts.UpdateOpts{Metadata: map[string]string{"a": "b"}}).Extract()
			return err
		})
	})
}
