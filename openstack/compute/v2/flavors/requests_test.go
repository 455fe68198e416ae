package flavors_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/flavors"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListFollowsLinks(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /flavors/detail", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Query().Get("marker") {
		case "":
			testhelper.TestQuery(t, r, url.Values{
				"minRam": {"512"}, "minDisk": {"1"}, "is_public": {"None"},
				"sort_key": {"memory_mb"}, "sort_dir": {"asc"}, "limit": {"2"},
			})
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listPage1JSON, th.Endpoint()))
		case "2":
			testhelper.TestQuery(t, r, url.Values{"limit": {"2"}, "marker": {"2"}})
			testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
		default:
			t.Errorf("unexpected marker %q", r.URL.Query().Get("marker"))
		}
	})

	pager := flavors.List(th.ServiceClient(), flavors.ListOpts{
		MinRAM: 512, MinDisk: 1, AccessType: flavors.AllAccess, SortKey: "memory_mb", SortDir: "asc", Limit: 2,
	})
	page, err := pager.AllPages(t.Context())
	require.NoError(t, err)
	all, err := flavors.ExtractFlavors(page)
	require.NoError(t, err)
	require.Len(t, all, 3)

	assert.Equal(t, flavors.Flavor{
		ID: "2", Name: "m1.small", RAM: 2048, VCPUs: 1, Disk: 20, Swap: 512, IsPublic: true, RxTxFactor: 1,
		Description: "A small flavor", ExtraSpecs: map[string]string{"hw:cpu_policy": "shared"},
	}, all[1])
	assert.Equal(t, flavors.Flavor{
		ID: "3", Name: "m1.medium", RAM: 4096, VCPUs: 2, Disk: 40, Swap: 0, Ephemeral: 10, IsPublic: false, RxTxFactor: 2,
	}, all[2])
	assert.Equal(t, []string{"m1.tiny", "m1.small", "m1.medium"}, []string{all[0].Name, all[1].Name, all[2].Name})
}

func TestListNilOptsSendsNoQuery(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /flavors/detail", func(w http.ResponseWriter, r *http.Request) {
		assert.Empty(t, r.URL.RawQuery)
		testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
	})
	got, err := flavors.List(th.ServiceClient(), flavors.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, "m1.medium", got[0].Name)
}

func TestListOptsQuery(t *testing.T) {
	for _, tc := range []struct {
		name    string
		opts    flavors.ListOpts
		want    string
		wantErr string
	}{
		{name: "empty", opts: flavors.ListOpts{}, want: ""},
		{name: "public", opts: flavors.ListOpts{AccessType: flavors.PublicAccess}, want: "?is_public=true"},
		{name: "private", opts: flavors.ListOpts{AccessType: flavors.PrivateAccess}, want: "?is_public=false"},
		{name: "paging", opts: flavors.ListOpts{Limit: 5, Marker: "abc"}, want: "?limit=5&marker=abc"},
		{name: "bad access", opts: flavors.ListOpts{AccessType: "all"}, wantErr: "flavors.ListOpts.AccessType"},
		{name: "bad sort dir", opts: flavors.ListOpts{SortDir: "up"}, wantErr: "flavors.ListOpts.SortDir"},
		{name: "negative", opts: flavors.ListOpts{MinRAM: -1}, wantErr: "must not be negative"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, err := gophercloud.BuildQueryString(tc.opts)
			if tc.wantErr != "" {
				require.Error(t, err)
				assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
				assert.Contains(t, err.Error(), tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, u.String())
		})
	}
}

func TestListBadOptionsSendNothing(t *testing.T) {
	th := testhelper.Setup(t) // any request would fail the test
	_, err := flavors.List(th.ServiceClient(), flavors.ListOpts{SortDir: "sideways"}).AllPages(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestListFailures(t *testing.T) {
	testhelper.CheckFailures(t, "GET /flavors/detail", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.List(c, flavors.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
		want flavors.Flavor
	}{
		{"2.1 swap empty string", getOldJSON, flavors.Flavor{
			ID: "7", Name: "m1.small.description", RAM: 2048, VCPUs: 1, Disk: 20, IsPublic: true, RxTxFactor: 1,
		}},
		{"2.75 swap integer, description, extra specs", getNewJSON, flavors.Flavor{
			ID: "7", Name: "m1.small.description", RAM: 2048, VCPUs: 1, Disk: 20, IsPublic: true, RxTxFactor: 1,
			Description: "test description", ExtraSpecs: map[string]string{"hw:numa_nodes": "1", "hw:cpu_policy": "shared"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleJSON("GET /flavors/7", http.StatusOK, tc.body)
			f, err := flavors.Get(t.Context(), th.ServiceClient(), "7").Extract()
			require.NoError(t, err)
			assert.Equal(t, tc.want, *f)
		})
	}
	testhelper.CheckFailures(t, "GET /flavors/7", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.Get(ctx, c, "7").Extract()
		return err
	})
}

func TestGetNotFound(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /flavors/nope", http.StatusNotFound, testhelper.Fault("itemNotFound", 404, "Flavor nope could not be found."))
	_, err := flavors.Get(t.Context(), th.ServiceClient(), "nope").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
	assert.Contains(t, err.Error(), "Flavor nope could not be found.")
}

func TestSwapDecoding(t *testing.T) {
	for _, tc := range []struct {
		swap    string
		want    int
		wantErr bool
	}{
		{`""`, 0, false},
		{`0`, 0, false},
		{`1024`, 1024, false},
		{`null`, 0, false},
		{`"big"`, 0, true},
		{`1.5`, 0, true},
		{`[]`, 0, true},
	} {
		t.Run(tc.swap, func(t *testing.T) {
			r := gophercloud.Result{Body: []byte(`{"flavor": {"id": "1", "ram": 64, "swap": ` + tc.swap + `}}`)}
			f, err := gophercloud.Extract[flavors.Flavor](r, "flavor")
			if tc.wantErr {
				require.Error(t, err)
				assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, f.Swap)
			assert.Equal(t, 64, f.RAM, "the other fields still decode")
		})
	}
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /flavors", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, createRequestJSON)
		testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", "2.75")
		testhelper.WriteJSON(w, http.StatusOK, createResponseJSON)
	})
	c := th.ServiceClientOf("compute").WithMicroversion("2.75")
	swap, eph, public := 256, 5, false
	f, err := flavors.Create(t.Context(), c, flavors.CreateOpts{
		ID: "10", Name: "acc-private", RAM: 1024, VCPUs: 2, Disk: 10, Swap: &swap, Ephemeral: &eph,
		RxTxFactor: 2, IsPublic: &public, Description: "test description",
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, flavors.Flavor{
		ID: "10", Name: "acc-private", RAM: 1024, VCPUs: 2, Disk: 10, Swap: 256, Ephemeral: 5, RxTxFactor: 2,
		Description: "test description", ExtraSpecs: map[string]string{},
	}, *f)

	testhelper.CheckFailures(t, "POST /flavors", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.Create(ctx, c, flavors.CreateOpts{Name: "x", RAM: 64, VCPUs: 1}).Extract()
		return err
	})
}

func TestCreateMinimalBody(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /flavors", func(w http.ResponseWriter, r *http.Request) {
		// Disk 0 is meaningful and always sent; unset optional fields are not.
		testhelper.TestJSONRequest(t, r, `{"flavor": {"name": "bfv", "ram": 512, "vcpus": 1, "disk": 0}}`)
		testhelper.WriteJSON(w, http.StatusOK, createResponseJSON)
	})
	_, err := flavors.Create(t.Context(), th.ServiceClient(), flavors.CreateOpts{Name: "bfv", RAM: 512, VCPUs: 1}).Extract()
	require.NoError(t, err)
}

func TestCreateOptsErrors(t *testing.T) {
	neg := -1
	for _, tc := range []struct {
		name string
		opts flavors.CreateOpts
		want string
	}{
		{"no name", flavors.CreateOpts{RAM: 1, VCPUs: 1}, "flavors.CreateOpts.Name"},
		{"no ram", flavors.CreateOpts{Name: "a", VCPUs: 1}, "flavors.CreateOpts.RAM"},
		{"no vcpus", flavors.CreateOpts{Name: "a", RAM: 1}, "flavors.CreateOpts.VCPUs"},
		{"negative disk", flavors.CreateOpts{Name: "a", RAM: 1, VCPUs: 1, Disk: -2}, "flavors.CreateOpts.Disk"},
		{"negative swap", flavors.CreateOpts{Name: "a", RAM: 1, VCPUs: 1, Swap: &neg}, "flavors.CreateOpts.Swap"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t) // no handler: a request fails the test
			_, err := flavors.Create(t.Context(), th.ServiceClient(), tc.opts).Extract()
			require.Error(t, err)
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /flavors/7", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"flavor": {"description": "test description"}}`)
		testhelper.WriteJSON(w, http.StatusOK, getNewJSON)
	})
	f, err := flavors.Update(t.Context(), th.ServiceClient(), "7", flavors.UpdateOpts{Description: "test description"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "test description", f.Description)

	testhelper.CheckFailures(t, "PUT /flavors/7", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.Update(ctx, c, "7", flavors.UpdateOpts{}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	calls := 0
	th.Handle("DELETE /flavors/7", func(w http.ResponseWriter, r *http.Request) {
		calls++
		w.WriteHeader(http.StatusAccepted)
	})
	require.NoError(t, flavors.Delete(t.Context(), th.ServiceClient(), "7").ExtractErr())
	assert.Equal(t, 1, calls)

	testhelper.CheckFailures(t, "DELETE /flavors/7", http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return flavors.Delete(ctx, c, "7").ExtractErr()
	})
}

func TestListAccesses(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /flavors/10/os-flavor-access", http.StatusOK, accessJSON)
	page, err := flavors.ListAccesses(th.ServiceClient(), "10").AllPages(t.Context())
	require.NoError(t, err)
	got, err := flavors.ExtractAccesses(page)
	require.NoError(t, err)
	assert.Equal(t, []flavors.FlavorAccess{
		{FlavorID: "10", TenantID: "6f70656e737461636b20342065766572"},
		{FlavorID: "10", TenantID: "fake_tenant"},
	}, got)

	testhelper.CheckFailures(t, "GET /flavors/10/os-flavor-access", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.ListAccesses(c, "10").AllPages(ctx)
		return err
	})
}

func TestAccessActions(t *testing.T) {
	for _, tc := range []struct {
		action   string
		call     func(context.Context, *gophercloud.ServiceClient, string, flavors.AccessOpts) flavors.AccessResult
		response string
		want     int
	}{
		{"addTenantAccess", flavors.AddAccess, accessJSON, 2},
		{"removeTenantAccess", flavors.RemoveAccess, accessAfterRemoveJSON, 1},
	} {
		t.Run(tc.action, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /flavors/10/action", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, `{"`+tc.action+`": {"tenant": "fake_tenant"}}`)
				testhelper.WriteJSON(w, http.StatusOK, tc.response)
			})
			got, err := tc.call(t.Context(), th.ServiceClient(), "10", flavors.AccessOpts{Tenant: "fake_tenant"}).Extract()
			require.NoError(t, err)
			assert.Len(t, got, tc.want)
			assert.Equal(t, "6f70656e737461636b20342065766572", got[0].TenantID)

			_, err = tc.call(t.Context(), th.ServiceClient(), "10", flavors.AccessOpts{}).Extract()
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.Contains(t, err.Error(), "flavors.AccessOpts.Tenant")

			testhelper.CheckFailures(t, "POST /flavors/10/action", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
				_, err := tc.call(ctx, c, "10", flavors.AccessOpts{Tenant: "p"}).Extract()
				return err
			})
		})
	}
}

func TestAccessConflict(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("POST /flavors/10/action", http.StatusConflict,
		testhelper.Fault("conflictingRequest", 409, "Flavor access already exists for flavor 10 and project fake_tenant combination."))
	_, err := flavors.AddAccess(t.Context(), th.ServiceClient(), "10", flavors.AccessOpts{Tenant: "fake_tenant"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrConflict)
	assert.Contains(t, err.Error(), "already exists")
}

func TestListExtraSpecs(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /flavors/10/os-extra_specs", http.StatusOK, extraSpecsJSON)
	specs, err := flavors.ListExtraSpecs(t.Context(), th.ServiceClient(), "10").Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"hw:cpu_policy": "dedicated", "hw:numa_nodes": "1"}, specs)

	testhelper.CheckFailures(t, "GET /flavors/10/os-extra_specs", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.ListExtraSpecs(ctx, c, "10").Extract()
		return err
	})
}

func TestCreateExtraSpecs(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /flavors/10/os-extra_specs", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, extraSpecsJSON)
		testhelper.WriteJSON(w, http.StatusOK, extraSpecsJSON)
	})
	specs, err := flavors.CreateExtraSpecs(t.Context(), th.ServiceClient(), "10",
		flavors.ExtraSpecsOpts{"hw:cpu_policy": "dedicated", "hw:numa_nodes": "1"}).Extract()
	require.NoError(t, err)
	assert.Len(t, specs, 2)

	for name, opts := range map[string]flavors.ExtraSpecsOpts{"nil": nil, "empty key": {"": "x"}} {
		_, err := flavors.CreateExtraSpecs(t.Context(), th.ServiceClient(), "10", opts).Extract()
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}

	testhelper.CheckFailures(t, "POST /flavors/10/os-extra_specs", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.CreateExtraSpecs(ctx, c, "10", flavors.ExtraSpecsOpts{"k": "v"}).Extract()
		return err
	})
}

func TestGetExtraSpec(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /flavors/10/os-extra_specs/hw:numa_nodes", http.StatusOK, extraSpecJSON)
	r := flavors.GetExtraSpec(t.Context(), th.ServiceClient(), "10", "hw:numa_nodes")
	spec, err := r.Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"hw:numa_nodes": "1"}, spec)
	v, err := r.ExtractValue()
	require.NoError(t, err)
	assert.Equal(t, "1", v)

	_, err = flavors.GetExtraSpec(t.Context(), th.ServiceClient(), "10", "").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)

	testhelper.CheckFailures(t, "GET /flavors/10/os-extra_specs/hw:numa_nodes", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.GetExtraSpec(ctx, c, "10", "hw:numa_nodes").Extract()
		return err
	})
}

func TestGetExtraSpecOtherKeyIsMalformed(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /flavors/10/os-extra_specs/hw:numa_nodes", http.StatusOK, `{"hw:cpu_policy": "dedicated"}`)
	_, err := flavors.GetExtraSpec(t.Context(), th.ServiceClient(), "10", "hw:numa_nodes").ExtractValue()
	assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
}

func TestUpdateExtraSpec(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /flavors/10/os-extra_specs/hw:numa_nodes", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, extraSpecJSON)
		testhelper.WriteJSON(w, http.StatusOK, extraSpecJSON)
	})
	v, err := flavors.UpdateExtraSpec(t.Context(), th.ServiceClient(), "10", "hw:numa_nodes", "1").ExtractValue()
	require.NoError(t, err)
	assert.Equal(t, "1", v)

	_, err = flavors.UpdateExtraSpec(t.Context(), th.ServiceClient(), "10", "", "1").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)

	testhelper.CheckFailures(t, "PUT /flavors/10/os-extra_specs/hw:numa_nodes", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := flavors.UpdateExtraSpec(ctx, c, "10", "hw:numa_nodes", "1").Extract()
		return err
	})
}

func TestDeleteExtraSpec(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /flavors/10/os-extra_specs/hw:numa_nodes", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	require.NoError(t, flavors.DeleteExtraSpec(t.Context(), th.ServiceClient(), "10", "hw:numa_nodes").ExtractErr())
	err := flavors.DeleteExtraSpec(t.Context(), th.ServiceClient(), "10", "").ExtractErr()
	assert.True(t, errors.Is(err, gophercloud.ErrInvalidOptions))

	testhelper.CheckFailures(t, "DELETE /flavors/10/os-extra_specs/hw:numa_nodes", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return flavors.DeleteExtraSpec(ctx, c, "10", "hw:numa_nodes").ExtractErr()
	})
}
