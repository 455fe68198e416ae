package services_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/services"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /os-services", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"binary": {"nova-compute"}, "host": {"host1"}})
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	got, err := services.List(th.ServiceClient(), services.ListOpts{Binary: "nova-compute", Host: "host1"}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, services.Service{
		ID: "4c8e2a13-2c1f-4a0e-9e5e-3a8f6a0c2d11", Binary: "nova-scheduler", DisabledReason: "test1", Host: "host1",
		State: "up", Status: "disabled", Zone: "internal",
		UpdatedAt: gophercloud.NewJSONTime(time.Date(2012, 10, 29, 13, 42, 2, 0, time.UTC)),
	}, got[0])

	testhelper.CheckFailures(t, "GET /os-services", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := services.List(c, services.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestListLegacyIntegerIDs(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-services", http.StatusOK, listLegacyJSON)
	got, err := services.List(th.ServiceClient(), services.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, services.ID("1"), got[0].ID)
}

func TestIDDecoding(t *testing.T) {
	for in, want := range map[string]services.ID{`"abc"`: "abc", `12`: "12", `null`: ""} {
		var id services.ID
		require.NoError(t, json.Unmarshal([]byte(in), &id), in)
		assert.Equal(t, want, id)
	}
	for _, bad := range []string{`true`, `{}`, `[1]`} {
		var s services.Service
		err := json.Unmarshal([]byte(`{"id": `+bad+`}`), &s)
		assert.Error(t, err, bad)
	}
}

func TestUpdate(t *testing.T) {
	const id = "e81d66a4-ddd3-4aba-8a84-171d1cb4d339"
	th := testhelper.Setup(t)
	th.Handle("PUT /os-services/"+id, func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-OpenStack-Nova-API-Version", "2.53")
		testhelper.TestJSONRequest(t, r, updateRequestJSON)
		testhelper.WriteJSON(w, http.StatusOK, updateJSON)
	})
	c := th.ServiceClientOf("compute").WithMicroversion("2.53")
	s, err := services.Update(t.Context(), c, id, services.UpdateOpts{Status: services.StatusDisabled, DisabledReason: "maintenance"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "disabled", s.Status)
	assert.Equal(t, "maintenance", s.DisabledReason)

	testhelper.CheckFailures(t, "PUT /os-services/"+id, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := services.Update(ctx, c, id, services.UpdateOpts{Status: services.StatusEnabled}).Extract()
		return err
	})
}

func TestUpdateForcedDown(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /os-services/s1", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"forced_down": false}`)
		testhelper.WriteJSON(w, http.StatusOK, updateJSON)
	})
	down := false
	_, err := services.Update(t.Context(), th.ServiceClient(), "s1", services.UpdateOpts{ForcedDown: &down}).Extract()
	require.NoError(t, err)
}

func TestUpdateBadOptions(t *testing.T) {
	th := testhelper.Setup(t)
	for name, opts := range map[string]services.UpdateOpts{
		"nothing":              {},
		"bad status":           {Status: "off"},
		"reason while enabled": {Status: services.StatusEnabled, DisabledReason: "x"},
	} {
		_, err := services.Update(t.Context(), th.ServiceClient(), "s1", opts).Extract()
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /os-services/s1", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, services.Delete(t.Context(), th.ServiceClient(), "s1").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /os-services/s1", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return services.Delete(ctx, c, "s1").ExtractErr()
	})
}
