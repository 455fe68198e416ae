package keypairs_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/keypairs"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-keypairs", func(w http.ResponseWriter, r *http.Request) {
		assert.Empty(t, r.URL.RawQuery)
		testhelper.TestHeaderUnset(t, r, "X-OpenStack-Nova-API-Version")
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	all, err := keypairs.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 1)
	assert.Equal(t, publicKey, all[0].PublicKey)
	testhelper.CheckFailures(t, "GET /os-keypairs", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := keypairs.List(c).Collect(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-keypairs/deploy", http.StatusOK, getJSON)
	kp, err := keypairs.Get(t.Context(), th.ServiceClient(), "deploy").Extract()
	require.NoError(t, err)
	assert.Equal(t, "a5:2e:94:5c:1f:25:2f:71:32:b3:fb:59:f0:34:e6:ad", kp.Fingerprint)
	testhelper.CheckFailures(t, "GET /os-keypairs/k", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := keypairs.Get(ctx, c, "k").Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /os-keypairs", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"keypair": {"name": "generated"}}`)
		testhelper.WriteJSON(w, http.StatusOK, createGeneratedJSON)
	})
	kp, err := keypairs.Create(t.Context(), th.ServiceClient(), keypairs.CreateOpts{Name: "generated"}).Extract()
	require.NoError(t, err)
	assert.Contains(t, kp.PrivateKey, "BEGIN RSA PRIVATE KEY")
	assert.ErrorIs(t, keypairs.Create(t.Context(), th.ServiceClient(), keypairs.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "POST /os-keypairs", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := keypairs.Create(ctx, c, keypairs.CreateOpts{Name: "k", PublicKey: publicKey}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /os-keypairs/deploy", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })
	require.NoError(t, keypairs.Delete(t.Context(), th.ServiceClient(), "deploy").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /os-keypairs/k", http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return keypairs.Delete(ctx, c, "k").ExtractErr()
	})
}
