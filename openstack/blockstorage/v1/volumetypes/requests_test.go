package volumetypes_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/volumetypes"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
)

const typeID = "289da7f8-6440-407c-9fb4-7db01ec49164"

var vt = volumetypes.VolumeType{ID: typeID, Name: "vol-type-001", ExtraSpecs: map[string]string{"capabilities": "gpu"}}

func TestCalls(t *testing.T) {
	self := func(v *volumetypes.VolumeType) any { return *v }
	bstest.Run(t, []bstest.Call{
		{Name: "list", Pattern: "GET /types", Status: http.StatusOK, Decodes: true, Response: listJSON,
			Want: []volumetypes.VolumeType{vt, {ID: "96c3bda7-c82a-4f50-be73-ca7621794835", Name: "vol-type-002", ExtraSpecs: map[string]string{}}},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.List(c).Collect(ctx)
			}},
		{Name: "create", Pattern: "POST /types", Status: http.StatusOK, Decodes: true,
			Request:  `{"volume_type": {"name": "vol-type-001", "extra_specs": {"capabilities": "gpu"}}}`,
			Response: `{"volume_type": ` + typeJSON + `}`, Want: vt,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(self)(volumetypes.Create(ctx, c, volumetypes.CreateOpts{Name: "vol-type-001", ExtraSpecs: map[string]string{"capabilities": "gpu"}}).Extract())
			}},
		{Name: "get", Pattern: "GET /types/{id}", Status: http.StatusOK, Decodes: true,
			Response: `{"volume_type": ` + typeJSON + `}`, Want: vt,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(self)(volumetypes.Get(ctx, c, typeID).Extract())
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
			Request: `{"extra_specs": {"k": "v"}}`, Response: `{"extra_specs": {"k": "v"}}`, Want: map[string]string{"k": "v"},
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.CreateExtraSpecs(ctx, c, typeID, map[string]string{"k": "v"}).Extract()
			}},
		{Name: "delete extra spec", Pattern: "DELETE /types/{id}/extra_specs/{key}", Status: http.StatusAccepted,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(volumetypes.DeleteExtraSpec(ctx, c, typeID, "k").ExtractErr())
			}},
	})
}

func TestValidation(t *testing.T) {
	c := testhelper.Setup(t).ServiceClient()
	assert.ErrorIs(t, volumetypes.Create(t.Context(), c, volumetypes.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)
	assert.ErrorIs(t, volumetypes.CreateExtraSpecs(t.Context(), c, typeID, map[string]string{}).Err, gophercloud.ErrInvalidOptions)
}
