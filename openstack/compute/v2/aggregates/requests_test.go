package aggregates_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/aggregates"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var wantAggregate = aggregates.Aggregate{
	ID:               1,
	UUID:             "6ba28ba7-f29b-45cc-a30b-6e3a40c2fb14",
	Name:             "name",
	AvailabilityZone: "london",
	Hosts:            []string{"compute"},
	Metadata:         map[string]string{"availability_zone": "london"},
	CreatedAt:        gophercloud.NewJSONTime(time.Date(2016, 12, 27, 23, 47, 32, 911515000, time.UTC)),
}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /os-aggregates", http.StatusOK, listJSON)
	got, err := aggregates.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, wantAggregate, got[0])
	assert.Empty(t, got[1].AvailabilityZone, "null zone")

	testhelper.CheckFailures(t, "GET /os-aggregates", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := aggregates.List(c).Collect(ctx)
		return err
	})
}

func TestCreateGetUpdateDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /os-aggregates", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, createRequestJSON)
		testhelper.WriteJSON(w, http.StatusOK, getJSON)
	})
	th.HandleJSON("GET /os-aggregates/1", http.StatusOK, getJSON)
	th.Handle("PUT /os-aggregates/1", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, updateRequestJSON)
		testhelper.WriteJSON(w, http.StatusOK, getJSON)
	})
	th.Handle("DELETE /os-aggregates/1", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	c := th.ServiceClient()
	ctx := t.Context()

	a, err := aggregates.Create(ctx, c, aggregates.CreateOpts{Name: "name", AvailabilityZone: "london"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, wantAggregate, *a)
	a, err = aggregates.Get(ctx, c, 1).Extract()
	require.NoError(t, err)
	assert.Equal(t, 1, a.ID)
	_, err = aggregates.Update(ctx, c, 1, aggregates.UpdateOpts{Name: "newname"}).Extract()
	require.NoError(t, err)
	require.NoError(t, aggregates.Delete(ctx, c, 1).ExtractErr())
}

func TestFailures(t *testing.T) {
	for pattern, tc := range map[string]struct {
		status int
		call   func(context.Context, *gophercloud.ServiceClient) error
	}{
		"POST /os-aggregates": {200, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := aggregates.Create(ctx, c, aggregates.CreateOpts{Name: "a"}).Extract()
			return err
		}},
		"GET /os-aggregates/1": {200, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := aggregates.Get(ctx, c, 1).Extract()
			return err
		}},
		"PUT /os-aggregates/1": {200, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := aggregates.Update(ctx, c, 1, aggregates.UpdateOpts{Name: "b"}).Extract()
			return err
		}},
		"POST /os-aggregates/1/action": {200, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := aggregates.AddHost(ctx, c, 1, "compute").Extract()
			return err
		}},
	} {
		t.Run(pattern, func(t *testing.T) { testhelper.CheckFailures(t, pattern, tc.status, true, tc.call) })
	}
	testhelper.CheckFailures(t, "DELETE /os-aggregates/1", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return aggregates.Delete(ctx, c, 1).ExtractErr()
	})
}

func TestActions(t *testing.T) {
	for name, tc := range map[string]struct {
		body string
		call func(context.Context, *gophercloud.ServiceClient) aggregates.ActionResult
	}{
		"add host": {addHostRequestJSON, func(ctx context.Context, c *gophercloud.ServiceClient) aggregates.ActionResult {
			return aggregates.AddHost(ctx, c, 1, "compute")
		}},
		"remove host": {removeHostRequestJSON, func(ctx context.Context, c *gophercloud.ServiceClient) aggregates.ActionResult {
			return aggregates.RemoveHost(ctx, c, 1, "compute")
		}},
		"set metadata": {setMetadataRequestJSON, func(ctx context.Context, c *gophercloud.ServiceClient) aggregates.ActionResult {
			return aggregates.SetMetadata(ctx, c, 1, aggregates.SetMetadataOpts{Metadata: map[string]string{"key": "value"}, Delete: []string{"old"}})
		}},
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /os-aggregates/1/action", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.body)
				testhelper.WriteJSON(w, http.StatusOK, getJSON)
			})
			a, err := tc.call(t.Context(), th.ServiceClient()).Extract()
			require.NoError(t, err)
			assert.Equal(t, "name", a.Name)
		})
	}
}

func TestBadOptions(t *testing.T) {
	th := testhelper.Setup(t)
	c, ctx := th.ServiceClient(), t.Context()
	long := string(make([]byte, 256))
	for name, err := range map[string]error{
		"create without name": aggregates.Create(ctx, c, aggregates.CreateOpts{}).Err,
		"create long name":    aggregates.Create(ctx, c, aggregates.CreateOpts{Name: long}).Err,
		"update nothing":      aggregates.Update(ctx, c, 1, aggregates.UpdateOpts{}).Err,
		"update long zone":    aggregates.Update(ctx, c, 1, aggregates.UpdateOpts{AvailabilityZone: long}).Err,
		"add no host":         aggregates.AddHost(ctx, c, 1, "").Err,
		"remove no host":      aggregates.RemoveHost(ctx, c, 1, "").Err,
		"metadata empty":      aggregates.SetMetadata(ctx, c, 1, aggregates.SetMetadataOpts{}).Err,
		"metadata both":       aggregates.SetMetadata(ctx, c, 1, aggregates.SetMetadataOpts{Metadata: map[string]string{"k": "v"}, Delete: []string{"k"}}).Err,
	} {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}
