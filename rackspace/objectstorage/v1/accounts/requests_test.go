package accounts_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/accounts"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("HEAD /{$}", func(w http.ResponseWriter, r *http.Request) {
		accountHeaders(w)
		w.WriteHeader(http.StatusNoContent)
	})
	h, err := accounts.Get(t.Context(), th.ServiceClient(), accounts.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Equal(t, int64(3), h.ContainerCount)
	assert.Equal(t, int64(14), h.ObjectCount)
	assert.Equal(t, int64(2248463), h.BytesUsed)
	assert.Equal(t, "secret-key", h.TempURLKey)
	assert.Equal(t, map[string]string{"owner": "ops"}, h.Metadata)
	testhelper.CheckFailures(t, "HEAD /{$}", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := accounts.Get(ctx, c, accounts.GetOpts{}).Extract()
		return err
	})
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /{$}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-Account-Meta-Temp-Url-Key", "new-key")
		testhelper.TestHeader(t, r, "X-Account-Meta-Owner", "ops")
		w.Header().Set("X-Trans-Id", "tx1234")
		w.WriteHeader(http.StatusNoContent)
	})
	h, err := accounts.Update(t.Context(), th.ServiceClient(), accounts.UpdateOpts{TempURLKey: "new-key", Metadata: map[string]string{"Owner": "ops"}}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "tx1234", h.TransID)
	assert.ErrorIs(t, accounts.Update(t.Context(), th.ServiceClient(), accounts.UpdateOpts{TempURLKey: "k", RemoveTempURLKey: true}).Err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "POST /{$}", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := accounts.Update(ctx, c, accounts.UpdateOpts{TempURLKey: "k"}).Extract()
		return err
	})
}
