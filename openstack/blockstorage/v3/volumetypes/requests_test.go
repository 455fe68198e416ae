package volumetypes_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
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

// call is one request of the package: the pattern it hits, the body it
// must send ("" for none), the answer and a check of the extracted value.
type call struct {
	name, pattern, request, response string
	status                           int
	decodes                          bool
	do                               func(context.Context, *gophercloud.ServiceClient) (any, error)
	want                             any
}

func TestCalls(t *testing.T) {
	f := false
	cases := []call{
		{"create", "POST /types", `{"volume_type": {"name": "vol-type-001", "os-volume-type-access:is_public": false, "extra_specs": {"capabilities": "gpu"}}}`, `{"volume_type": ` + typeJSON + `}`, 200, true,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return pick(func(v *volumetypes.VolumeType) any { return v.ID })(volumetypes.Create(ctx, c, volumetypes.CreateOpts{Name: "vol-type-001", IsPublic: &f, ExtraSpecs: map[string]string{"capabilities": "gpu"}}).Extract())
			}, typeID},
		{"get", "GET /types/{id}", "", `{"volume_type": ` + typeJSON + `}`, 200, true,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return pick(func(v *volumetypes.VolumeType) any { return v.Name })(volumetypes.Get(ctx, c, typeID).Extract())
			}, "vol-type-001"},
		{"update", "PUT /types/{id}", `{"volume_type": {"name": "x", "is_public": false}}`, `{"volume_type": ` + typeJSON + `}`, 200, true,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return pick(func(v *volumetypes.VolumeType) any { return v.ID })(volumetypes.Update(ctx, c, typeID, volumetypes.UpdateOpts{Name: gophercloud.MaybeString("x"), IsPublic: &f}).Extract())
			}, typeID},
		{"delete", "DELETE /types/{id}", "", "", 202, false,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return nil, volumetypes.Delete(ctx, c, typeID).ExtractErr()
			}, nil},
		{"list extra specs", "GET /types/{id}/extra_specs", "", `{"extra_specs": {"a": "1"}}`, 200, true,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.ListExtraSpecs(ctx, c, typeID).Extract()
			}, map[string]string{"a": "1"}},
		{"create extra specs", "POST /types/{id}/extra_specs", `{"extra_specs": {"b": "2"}}`, `{"extra_specs": {"b": "2"}}`, 200, true,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.CreateExtraSpecs(ctx, c, typeID, map[string]string{"b": "2"}).Extract()
			}, map[string]string{"b": "2"}},
		{"get extra spec", "GET /types/{id}/extra_specs/{key}", "", `{"b": "2"}`, 200, false,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.GetExtraSpec(ctx, c, typeID, "b").Extract()
			}, map[string]string{"b": "2"}},
		{"update extra spec", "PUT /types/{id}/extra_specs/{key}", `{"b": "3"}`, `{"b": "3"}`, 200, false,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return volumetypes.UpdateExtraSpec(ctx, c, typeID, "b", "3").Extract()
			}, map[string]string{"b": "3"}},
		{"delete extra spec", "DELETE /types/{id}/extra_specs/{key}", "", "", 202, false,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return nil, volumetypes.DeleteExtraSpec(ctx, c, typeID, "b").ExtractErr()
			}, nil},
		{"list access", "GET /types/{id}/os-volume-type-access", "", accessJSON, 200, true,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				a, err := volumetypes.ListAccess(ctx, c, typeID).Extract()
				if err != nil || len(a) != 1 {
					return a, err
				}
				return a[0].ProjectID, nil
			}, "6f70656e737461636b20342065766572"},
		{"add access", "POST /types/{id}/action", `{"addProjectAccess": {"project": "p1"}}`, "", 202, false,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return nil, volumetypes.AddAccess(ctx, c, typeID, "p1").ExtractErr()
			}, nil},
		{"remove access", "POST /types/{id}/action", `{"removeProjectAccess": {"project": "p1"}}`, "", 202, false,
			func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return nil, volumetypes.RemoveAccess(ctx, c, typeID, "p1").ExtractErr()
			}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle(tc.pattern, func(w http.ResponseWriter, r *http.Request) {
				if tc.request != "" {
					testhelper.TestJSONRequest(t, r, tc.request)
				}
				if tc.response == "" {
					w.WriteHeader(tc.status)
					return
				}
				testhelper.WriteJSON(w, tc.status, tc.response)
			})
			got, err := tc.do(t.Context(), th.ServiceClient())
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			testhelper.CheckFailures(t, tc.pattern, tc.status, tc.decodes, func(ctx context.Context, c *gophercloud.ServiceClient) error {
				_, err := tc.do(ctx, c)
				return err
			})
		})
	}
}

func TestValidation(t *testing.T) {
	th := testhelper.Setup(t)
	ctx, c := t.Context(), th.ServiceClient()
	require.ErrorIs(t, volumetypes.Create(ctx, c, volumetypes.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)
	require.ErrorIs(t, volumetypes.CreateExtraSpecs(ctx, c, typeID, nil).Err, gophercloud.ErrInvalidOptions)
	require.ErrorIs(t, volumetypes.AddAccess(ctx, c, typeID, "").Err, gophercloud.ErrInvalidOptions)
}

func pick[T any](f func(*T) any) func(*T, error) (any, error) {
	return func(v *T, err error) (any, error) {
		if err != nil {
			return nil, err
		}
		return f(v), nil
	}
}
