package networks_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/networks"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var backend = networks.Network{ID: "1f7920d3-0e63-4fec-a1cb-f7916671e8eb", Label: "backend", CIDR: "192.168.0.0/24"}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-networksv2", http.StatusOK, listJSON)
	all, err := networks.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 3)
	assert.Equal(t, backend, all[0])
	assert.Equal(t, networks.Network{ID: networks.PublicNetID, Label: "public"}, all[2])
	testhelper.CheckFailures(t, "GET /os-networksv2", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.List(c).Collect(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-networksv2/1f7920d3-0e63-4fec-a1cb-f7916671e8eb", http.StatusOK, networkJSON)
	n, err := networks.Get(t.Context(), th.ServiceClient(), backend.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, backend, *n)
	testhelper.CheckFailures(t, "GET /os-networksv2/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.Get(ctx, c, "x").Extract()
		return err
	})
	_, err = networks.Get(t.Context(), th.ServiceClient(), "").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /os-networksv2", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"network": {"label": "backend", "cidr": "192.168.0.0/24"}}`)
		testhelper.WriteJSON(w, http.StatusOK, networkJSON)
	})
	n, err := networks.Create(t.Context(), th.ServiceClient(), networks.CreateOpts{Label: "backend", CIDR: "192.168.0.0/24"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, backend, *n)
	testhelper.CheckFailures(t, "POST /os-networksv2", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.Create(ctx, c, networks.CreateOpts{Label: "b", CIDR: "10.0.0.0/8"}).Extract()
		return err
	})
}

func TestCreateBadOptions(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts networks.CreateOpts
		want string
	}{
		{"no label", networks.CreateOpts{CIDR: "10.0.0.0/8"}, "Label"},
		{"no cidr", networks.CreateOpts{Label: "x"}, "CIDR"},
		{"not a cidr", networks.CreateOpts{Label: "x", CIDR: "10.0.0.1"}, "CIDR"},
		{"ipv6", networks.CreateOpts{Label: "x", CIDR: "fd00::/64"}, "IPv4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			err := networks.Create(t.Context(), th.ServiceClient(), tc.opts).Err
			require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /os-networksv2/1f7920d3-0e63-4fec-a1cb-f7916671e8eb", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
	})
	require.NoError(t, networks.Delete(t.Context(), th.ServiceClient(), backend.ID).ExtractErr())
	testhelper.CheckFailures(t, "DELETE /os-networksv2/x", http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return networks.Delete(ctx, c, "x").ExtractErr()
	})
}
