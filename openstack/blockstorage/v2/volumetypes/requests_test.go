package volumetypes_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v2/volumetypes"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
)

const typeID = "6685584b-1eac-4da6-b5c3-555430cf68ff"

func TestCalls(t *testing.T) {
	name := func(v *volumetypes.VolumeType) any { return v.Name }
	bstest.Run(t, []bstest.Call{
		{Name: "list", Pattern: "GET /types", Status: http.StatusOK, Decodes: true, Response: listJSON,
			Want: []volumetypes.VolumeType{{ID: typeID, Name: "vol-type-001", Description: "volume type 001", IsPublic: true, ExtraSpecs: map[string]string{"capabilities": "gpu"}}},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.List(c, volumetypes.ListOpts{}).Collect(ctx)
			}},
		{Name: "create", Pattern: "POST /types", Status: http.StatusOK, Decodes: true,
			Request:  `{"volume_type": {"name": "vol-type-001", "os-volume-type-access:is_public": true, "extra_specs": {"capabilities": "gpu"}}}`,
			Response: `{"volume_type": ` + typeJSON + `}`, Want: "vol-type-001",
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				pub := true
				return bstest.Pick(name)(volumetypes.Create(ctx, c, volumetypes.CreateOpts{Name: "vol-type-001", IsPublic: &pub, ExtraSpecs: map[string]string{"capabilities": "gpu"}}).Extract())
			}},
		{Name: "get", Pattern: "GET /types/{id}", Status: http.StatusOK, Decodes: true,
			Response: `{"volume_type": ` + typeJSON + `}`, Want: "vol-type-001",
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(name)(volumetypes.Get(ctx, c, typeID).Extract())
			}},
		{Name: "update", Pattern: "PUT /types/{id}", Status: http.StatusOK, Decodes: true,
			Request: `{"volume_type": {"description": "volume type 001"}}`, Response: `{"volume_type": ` + typeJSON + `}`, Want: "vol-type-001",
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(name)(volumetypes.Update(ctx, c, typeID, volumetypes.UpdateOpts{Description: gophercloud.MaybeString("volume type 001")}).Extract())
			}},
		{Name: "delete", Pattern: "DELETE /types/{id}", Status: http.StatusAccepted,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(volumetypes.Delete(ctx, c, typeID).ExtractErr())
			}},
		{Name: "list extra specs", Pattern: "GET /types/{id}/extra_specs", Status: http.StatusOK, Decodes: true,
			Response: `{"extra_specs": {"capabilities": "gpu"}}`, Want: map[string]string{"capabilities": "gpu"},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.ListExtraSpecs(ctx, c, typeID).Extract()
			}},
		{Name: "create extra specs", Pattern: "POST /types/{id}/extra_specs", Status: http.StatusOK, Decodes: true,
			Request: `{"extra_specs": {"key1": "value1"}}`, Response: `{"extra_specs": {"key1": "value1"}}`, Want: map[string]string{"key1": "value1"},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.CreateExtraSpecs(ctx, c, typeID, map[string]string{"key1": "value1"}).Extract()
			}},
		{Name: "get extra spec", Pattern: "GET /types/{id}/extra_specs/{key}", Status: http.StatusOK, Decodes: true,
			Response: `{"key1": "value1"}`, Want: map[string]string{"key1": "value1"},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.GetExtraSpec(ctx, c, typeID, "key1").Extract()
			}},
		{Name: "update extra spec", Pattern: "PUT /types/{id}/extra_specs/{key}", Status: http.StatusOK, Decodes: true,
			Request: `{"key1": "value2"}`, Response: `{"key1": "value2"}`, Want: map[string]string{"key1": "value2"},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.UpdateExtraSpec(ctx, c, typeID, "key1", "value2").Extract()
			}},
		{Name: "delete extra spec", Pattern: "DELETE /types/{id}/extra_specs/{key}", Status: http.StatusAccepted,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(volumetypes.DeleteExtraSpec(ctx, c, typeID, "key1").ExtractErr())
			}},
	})
}

func TestValidation(t *testing.T) {
	c := testhelper.Setup(t).ServiceClient()
	assert.ErrorIs(t, volumetypes.Create(t.Context(), c, volumetypes.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)
	assert.ErrorIs(t, volumetypes.CreateExtraSpecs(t.Context(), c, typeID, nil).Err, gophercloud.ErrInvalidOptions)
}
