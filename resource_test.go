package gophercloud_test

import (
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/cloudsdk/gophercloud"
	th "github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type thing struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type thingOpts struct {
	Name string `json:"name" required:"true"`
}

func TestResource(t *testing.T) {
	keystone := gophercloud.Resource[thing]{Key: "thing", UpdateMethod: http.MethodPatch,
		CreateCodes: []int{http.StatusCreated}, UpdateCodes: []int{http.StatusOK}, DeleteCodes: []int{http.StatusNoContent}}
	cinder := gophercloud.Resource[thing]{Key: "thing"}
	tests := []struct {
		name          string
		r             gophercloud.Resource[thing]
		createStatus  int
		updateMethod  string
		deleteStatus  int
		wantCreateErr bool
	}{
		{"keystone's codes and PATCH", keystone, http.StatusCreated, http.MethodPatch, http.StatusNoContent, false},
		{"defaults: PUT, 202 accepted", cinder, http.StatusAccepted, http.MethodPut, http.StatusAccepted, false},
		{"updates with POST", gophercloud.Resource[thing]{Key: "thing", UpdateMethod: http.MethodPost}, http.StatusOK, http.MethodPost, http.StatusNoContent, false},
		{"a code outside CreateCodes fails", keystone, http.StatusAccepted, http.MethodPatch, http.StatusNoContent, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := th.Setup(t)
			s.Handle("GET /things/1", func(w http.ResponseWriter, r *http.Request) {
				th.WriteJSON(w, http.StatusOK, `{"thing": {"id": "1", "name": "one"}}`)
			})
			s.Handle("POST /things", func(w http.ResponseWriter, r *http.Request) {
				th.TestJSONRequest(t, r, `{"thing": {"name": "new"}}`)
				th.WriteJSON(w, tt.createStatus, `{"thing": {"id": "2", "name": "new"}}`)
			})
			s.Handle(tt.updateMethod+" /things/2", func(w http.ResponseWriter, r *http.Request) {
				th.TestHeader(t, r, "If-Match", "revision_number=3")
				th.TestJSONRequest(t, r, `{"thing": {"name": "renamed"}}`)
				th.WriteJSON(w, http.StatusOK, `{"thing": {"id": "2", "name": "renamed"}}`)
			})
			s.Handle("DELETE /things/2", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(tt.deleteStatus) })
			c := s.ServiceClient()

			got, err := tt.r.Get(t.Context(), c, c.ServiceURL("things", "1")).Extract()
			require.NoError(t, err)
			assert.Equal(t, &thing{ID: "1", Name: "one"}, got)

			got, err = tt.r.Create(t.Context(), c, c.ServiceURL("things"), thingOpts{Name: "new"}).Extract()
			if tt.wantCreateErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "2", got.ID)

			// A map made by an options builder is sent as is.
			body := map[string]any{"thing": map[string]any{"name": "renamed"}}
			got, err = tt.r.Update(t.Context(), c, c.ServiceURL("things", "2"), body, map[string]string{"If-Match": "revision_number=3"}).Extract()
			require.NoError(t, err)
			assert.Equal(t, "renamed", got.Name)

			require.NoError(t, tt.r.Delete(t.Context(), c, c.ServiceURL("things", "2")).ExtractErr())
		})
	}
}

func TestResourceRefusesBadOptionsWithoutARequest(t *testing.T) {
	s := th.Setup(t)
	var hits atomic.Int32
	s.Handle("POST /things", func(w http.ResponseWriter, r *http.Request) { hits.Add(1) })
	s.Handle("PUT /things/1", func(w http.ResponseWriter, r *http.Request) { hits.Add(1) })
	c := s.ServiceClient()
	r := gophercloud.Resource[thing]{Key: "thing"}
	_, err := r.Create(t.Context(), c, c.ServiceURL("things"), thingOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	_, err = r.Update(t.Context(), c, c.ServiceURL("things", "1"), nil, nil).Extract()
	assert.Error(t, err)
	assert.Zero(t, hits.Load())
}
