package volumetypes_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/volumetypes"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const typeID = "6685584b-1eac-4da6-b5c3-555430cf68ff"

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /types", http.StatusOK, listJSON)
	all, err := volumetypes.List(th.ServiceClient(), volumetypes.ListOpts{}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, "gpu", all[0].ExtraSpecs["capabilities"])
	assert.False(t, all[1].IsPublic)
	testhelper.CheckFailures(t, "GET /types", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := volumetypes.List(c, volumetypes.ListOpts{}).Collect(ctx)
		return err
	})
}

func TestCalls(t *testing.T) {
	f := false
	cases := []bstest.Call{
		{Name: "create", Pattern: "POST /types", Request: `{"volume_type": {"name": "vol-type-001", "os-volume-type-access:is_public": false, "extra_specs": {"capabilities": "gpu"}}}`, Response: `{"volume_type": ` + typeJSON + `}`, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(func(v *volumetypes.VolumeType) any { return v.ID })(volumetypes.Create(ctx, c, volumetypes.CreateOpts{Name: "vol-type-001", IsPublic: &f, ExtraSpecs: map[string]string{"capabilities": "gpu"}}).Extract())
			}, Want: typeID},
		{Name: "get", Pattern: "GET /types/{id}", Request: "", Response: `{"volume_type": ` + typeJSON + `}`, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(func(v *volumetypes.VolumeType) any { return v.Name })(volumetypes.Get(ctx, c, typeID).Extract())
			}, Want: "vol-type-001"},
		{Name: "update", Pattern: "PUT /types/{id}", Request: `{"volume_type": {"name": "x", "is_public": false}}`, Response: `{"volume_type": ` + typeJSON + `}`, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(func(v *volumetypes.VolumeType) any { return v.ID })(volumetypes.Update(ctx, c, typeID, volumetypes.UpdateOpts{Name: gophercloud.MaybeString("x"), IsPublic: &f}).Extract())
			}, Want: typeID},
		{Name: "delete", Pattern: "DELETE /types/{id}", Request: "", Response: "", Status: 202, Decodes: false,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return nil, volumetypes.Delete(ctx, c, typeID).ExtractErr()
			}, Want: nil},
		{Name: "list extra specs", Pattern: "GET /types/{id}/extra_specs", Request: "", Response: `{"extra_specs": {"a": "1"}}`, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.ListExtraSpecs(ctx, c, typeID).Extract()
			}, Want: map[string]string{"a": "1"}},
		{Name: "create extra specs", Pattern: "POST /types/{id}/extra_specs", Request: `{"extra_specs": {"b": "2"}}`, Response: `{"extra_specs": {"b": "2"}}`, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.CreateExtraSpecs(ctx, c, typeID, map[string]string{"b": "2"}).Extract()
			}, Want: map[string]string{"b": "2"}},
		{Name: "get extra spec", Pattern: "GET /types/{id}/extra_specs/{key}", Request: "", Response: `{"b": "2"}`, Status: 200, Decodes: false,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.GetExtraSpec(ctx, c, typeID, "b").Extract()
			}, Want: map[string]string{"b": "2"}},
		{Name: "update extra spec", Pattern: "PUT /types/{id}/extra_specs/{key}", Request: `{"b": "3"}`, Response: `{"b": "3"}`, Status: 200, Decodes: false,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.UpdateExtraSpec(ctx, c, typeID, "b", "3").Extract()
			}, Want: map[string]string{"b": "3"}},
		{Name: "delete extra spec", Pattern: "DELETE /types/{id}/extra_specs/{key}", Request: "", Response: "", Status: 202, Decodes: false,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return nil, volumetypes.DeleteExtraSpec(ctx, c, typeID, "b").ExtractErr()
			}, Want: nil},
		{Name: "list access", Pattern: "GET /types/{id}/os-volume-type-access", Request: "", Response: accessJSON, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				a, err := volumetypes.ListAccess(ctx, c, typeID).Extract()
				if err != nil || len(a) != 1 {
					return a, err
				}
				return a[0].ProjectID, nil
			}, Want: "6f70656e737461636b20342065766572"},
		{Name: "add access", Pattern: "POST /types/{id}/action", Request: `{"addProjectAccess": {"project": "p1"}}`, Response: "", Status: 202, Decodes: false,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return nil, volumetypes.AddAccess(ctx, c, typeID, "p1").ExtractErr()
			}, Want: nil},
		{Name: "remove access", Pattern: "POST /types/{id}/action", Request: `{"removeProjectAccess": {"project": "p1"}}`, Response: "", Status: 202, Decodes: false,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return nil, volumetypes.RemoveAccess(ctx, c, typeID, "p1").ExtractErr()
			}, Want: nil},
	}
	bstest.Run(t, cases)
}

func TestValidation(t *testing.T) {
	th := testhelper.Setup(t)
	ctx, c := t.Context(), th.ServiceClient()
	require.ErrorIs(t, volumetypes.Create(ctx, c, volumetypes.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)
	require.ErrorIs(t, volumetypes.CreateExtraSpecs(ctx, c, typeID, nil).Err, gophercloud.ErrInvalidOptions)
	require.ErrorIs(t, volumetypes.AddAccess(ctx, c, typeID, "").Err, gophercloud.ErrInvalidOptions)
}
