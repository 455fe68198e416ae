package limits_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/limits"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	id      = "25a04c7a065c430590881c646cdcdd58"
	nova    = "9408080f1970482aa0e38bc2d4ea34b7"
	project = "3a705b9f56bb439381b43c4fe59dccce"
)

func TestCalls(t *testing.T) {
	fifty := 50
	crudtest.Run(t, []crudtest.Case{
		{Name: "model", Pattern: "GET /limits/model", Status: 200, Response: modelJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return limits.GetModel(ctx, c).Extract()
			},
			Check: func(t *testing.T, v any) { assert.Equal(t, "flat", v.(*limits.Model).Name) }},
		{Name: "list", Pattern: "GET /limits", Status: 200, Response: listJSON,
			Query: url.Values{"service_id": {nova}, "region_id": {"RegionOne"}, "resource_name": {"cores"},
				"project_id": {project}, "domain_id": {"default"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return limits.List(c, limits.ListOpts{ServiceID: nova, RegionID: "RegionOne", ResourceName: "cores",
					ProjectID: project, DomainID: "default"}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				ls := v.([]limits.Limit)
				require.Len(t, ls, 1)
				assert.Equal(t, 40, ls[0].ResourceLimit)
			}},
		{Name: "get", Pattern: "GET /limits/" + id, Status: 200, Response: limitJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return limits.Get(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) {
				l := v.(*limits.Limit)
				assert.Equal(t, project, l.ProjectID)
				assert.Equal(t, "", l.DomainID)
			}},
		{Name: "create many", Pattern: "POST /limits", Status: 201, Response: createdJSON,
			Request: `{"limits": [
			  {"service_id": "` + nova + `", "project_id": "` + project + `", "region_id": "RegionOne", "resource_name": "cores", "resource_limit": 40, "description": "burst project"},
			  {"service_id": "` + nova + `", "domain_id": "default", "resource_name": "ram_mb", "resource_limit": 102400}]}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return limits.Create(ctx, c,
					limits.CreateOpts{ServiceID: nova, ProjectID: project, RegionID: "RegionOne", ResourceName: "cores", ResourceLimit: 40, Description: "burst project"},
					limits.CreateOpts{ServiceID: nova, DomainID: "default", ResourceName: "ram_mb", ResourceLimit: 102400},
				).Extract()
			},
			Check: func(t *testing.T, v any) {
				ls := v.([]limits.Limit)
				require.Len(t, ls, 2)
				assert.Equal(t, "default", ls[1].DomainID)
				assert.Equal(t, 102400, ls[1].ResourceLimit)
			}},
		{Name: "update", Pattern: "PATCH /limits/" + id, Status: 200, Response: limitJSON,
			Request: `{"limit": {"resource_limit": 50}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return limits.Update(ctx, c, id, limits.UpdateOpts{ResourceLimit: &fifty}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /limits/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(limits.Delete(ctx, c, id).ExtractErr())
			}},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	for _, tc := range []struct {
		name, field string
		opts        []limits.CreateOpts
	}{
		{"none", "limits.Create", nil},
		{"no service", "ServiceID", []limits.CreateOpts{{ProjectID: project, ResourceName: "cores"}}},
		{"no owner", "ProjectID or", []limits.CreateOpts{{ServiceID: nova, ResourceName: "cores"}}},
		{"both owners", "DomainID", []limits.CreateOpts{{ServiceID: nova, ProjectID: project, DomainID: "default", ResourceName: "cores"}}},
		{"no resource in the second", "ResourceName", []limits.CreateOpts{
			{ServiceID: nova, ProjectID: project, ResourceName: "cores"}, {ServiceID: nova, ProjectID: project}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := limits.Create(t.Context(), c, tc.opts...).Extract()
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.ErrorContains(t, err, tc.field)
		})
	}
}
