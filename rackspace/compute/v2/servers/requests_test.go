package servers_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/networks"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const id = "ef079b0c-e610-4dfb-b1aa-b49f07ac48e5"

func TestNetworks(t *testing.T) {
	assert.Empty(t, servers.Networks(false, false))
	assert.Equal(t, []servers.Network{{UUID: networks.PublicNetID}, {UUID: "n1"}}, servers.Networks(true, false, "n1"))
	assert.Equal(t, []servers.Network{{UUID: networks.ServiceNetID}}, servers.Networks(false, true))
}

func TestCreateAndGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /servers", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, createRequest)
		testhelper.WriteJSON(w, http.StatusAccepted, createResponse)
	})
	th.HandleJSON("GET /servers/"+id, http.StatusOK, getResponse)
	s, err := servers.Create(t.Context(), th.ServiceClient(), servers.CreateOpts{
		Name: "web1", ImageRef: "e19a734c-c7e6-443a-830c-242209c4d65d", FlavorRef: "general1-1", KeyName: "deploy",
		DiskConfig: "MANUAL", Networks: servers.Networks(true, true, "1f7920d3-0e63-4fec-a1cb-f7916671e8eb"),
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "kMVtS9BapBHx", s.AdminPass)

	s, err = servers.WaitForStatus(t.Context(), th.ServiceClient(), s.ID, servers.StatusActive, gophercloud.WaitOpts{})
	require.NoError(t, err)
	assert.Equal(t, "MANUAL", s.DiskConfig)
	assert.Equal(t, "10.180.3.128", s.Addresses["private"][0].Addr)
	assert.Equal(t, "general1-1", s.Flavor.ID)
}

// TestCallsAndFailures drives every call once against a success and the
// shared failure checks.
func TestCallsAndFailures(t *testing.T) {
	ctx := context.Background()
	type call struct {
		name    string
		pattern string
		status  int
		body    string
		decodes bool
		run     func(context.Context, *gophercloud.ServiceClient) error
	}
	action := "POST /servers/" + id + "/action"
	calls := []call{
		{"list", "GET /servers/detail", 200, `{"servers": []}`, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.List(c, servers.ListOpts{}).Collect(ctx)
			return err
		}},
		{"get", "GET /servers/" + id, 200, getResponse, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.Get(ctx, c, id).Extract()
			return err
		}},
		{"update", "PUT /servers/" + id, 200, getResponse, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.Update(ctx, c, id, servers.UpdateOpts{Name: "web2"}).Extract()
			return err
		}},
		{"delete", "DELETE /servers/" + id, 204, "", false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Delete(ctx, c, id).ExtractErr()
		}},
		{"reboot", action, 202, "", false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Reboot(ctx, c, id, servers.RebootOpts{Type: servers.HardReboot}).ExtractErr()
		}},
		{"resize", action, 202, "", false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Resize(ctx, c, id, servers.ResizeOpts{FlavorRef: "general1-2"}).ExtractErr()
		}},
		{"confirm resize", action, 204, "", false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.ConfirmResize(ctx, c, id).ExtractErr()
		}},
		{"revert resize", action, 202, "", false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.RevertResize(ctx, c, id).ExtractErr()
		}},
		{"rebuild", action, 202, getResponse, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.Rebuild(ctx, c, id, servers.RebuildOpts{ImageRef: "i"}).Extract()
			return err
		}},
		{"change password", action, 202, "", false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.ChangeAdminPassword(ctx, c, id, "n3w-Passw0rd").ExtractErr()
		}},
		{"rescue", action, 200, `{"adminPass": "m7UKdGiKFpqM"}`, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.Rescue(ctx, c, id, servers.RescueOpts{}).Extract()
			return err
		}},
		{"unrescue", action, 202, "", false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.Unrescue(ctx, c, id).ExtractErr()
		}},
		{"list metadata", "GET /servers/" + id + "/metadata", 200, `{"metadata": {"a": "b"}}`, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.ListMetadata(ctx, c, id).Extract()
			return err
		}},
		{"set metadata", "PUT /servers/" + id + "/metadata", 200, `{"metadata": {"a": "b"}}`, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.SetMetadata(ctx, c, id, map[string]string{"a": "b"}).Extract()
			return err
		}},
		{"update metadata", "POST /servers/" + id + "/metadata", 200, `{"metadata": {"a": "b"}}`, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.UpdateMetadata(ctx, c, id, map[string]string{"a": "b"}).Extract()
			return err
		}},
		{"get metadatum", "GET /servers/" + id + "/metadata/a", 200, `{"meta": {"a": "b"}}`, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.GetMetadatum(ctx, c, id, "a").Extract()
			return err
		}},
		{"set metadatum", "PUT /servers/" + id + "/metadata/a", 200, `{"meta": {"a": "b"}}`, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.SetMetadatum(ctx, c, id, "a", "b").Extract()
			return err
		}},
		{"delete metadatum", "DELETE /servers/" + id + "/metadata/a", 204, "", false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return servers.DeleteMetadatum(ctx, c, id, "a").ExtractErr()
		}},
		{"addresses", "GET /servers/" + id + "/ips", 200, `{"addresses": {"public": [{"addr": "198.101.241.238", "version": 4}]}}`, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.GetAddresses(ctx, c, id).Extract()
			return err
		}},
		{"network addresses", "GET /servers/" + id + "/ips/public", 200, `{"public": [{"addr": "198.101.241.238", "version": 4}]}`, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.GetNetworkAddresses(ctx, c, id, "public").Extract()
			return err
		}},
	}
	for _, tc := range calls {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle(tc.pattern, func(w http.ResponseWriter, r *http.Request) {
				if tc.body == "" {
					w.WriteHeader(tc.status)
					return
				}
				testhelper.WriteJSON(w, tc.status, tc.body)
			})
			require.NoError(t, tc.run(ctx, th.ServiceClient()))
			testhelper.CheckFailures(t, tc.pattern, tc.status, tc.decodes, tc.run)
		})
	}
	t.Run("create image", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.Handle(action, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Location", th.Endpoint()+"images/7b0b4c27-9b8a-4e3e-8f2f-1ea5c3d1b0aa")
			w.WriteHeader(http.StatusAccepted)
		})
		img, err := servers.CreateImage(ctx, th.ServiceClient(), id, servers.CreateImageOpts{Name: "web-snapshot"}).ExtractImageID()
		require.NoError(t, err)
		assert.Equal(t, "7b0b4c27-9b8a-4e3e-8f2f-1ea5c3d1b0aa", img)
		testhelper.CheckFailures(t, action, http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.CreateImage(ctx, c, id, servers.CreateImageOpts{Name: "s"}).ExtractImageID()
			return err
		})
	})
	t.Run("create failures", func(t *testing.T) {
		testhelper.CheckFailures(t, "POST /servers", http.StatusAccepted, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := servers.Create(ctx, c, servers.CreateOpts{Name: "n", FlavorRef: "f", ImageRef: "i"}).Extract()
			return err
		})
	})
}
