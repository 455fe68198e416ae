package swift_test

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBulkDeleteErrorMessageIsBounded(t *testing.T) {
	e := &swift.BulkDeleteError{Status: "400 Bad Request"}
	for i := range 10 {
		e.Failures = append(e.Failures, swift.BulkDeleteFailure{Name: strings.Repeat("x", i+1), Status: "409 Conflict"})
	}
	assert.Equal(t, "bulk delete: 400 Bad Request: 10 not deleted (x: 409 Conflict, xx: 409 Conflict, xxx: 409 Conflict, …)", e.Error())
	assert.True(t, errors.Is(e, gophercloud.ErrConflict))
}

func TestBulkDeleteResponseErr(t *testing.T) {
	cases := []struct {
		name string
		rep  swift.BulkDeleteResponse
		code int // 0: no error
	}{
		{"all deleted", swift.BulkDeleteResponse{ResponseStatus: "200 OK", NumberDeleted: 3}, 0},
		{"not found is no error", swift.BulkDeleteResponse{ResponseStatus: "200 OK", NumberNotFound: 2}, 0},
		{"summary status", swift.BulkDeleteResponse{ResponseStatus: "502 Bad Gateway"}, http.StatusBadGateway},
		{"a failure's own status wins", swift.BulkDeleteResponse{ResponseStatus: "400 Bad Request", Errors: []swift.BulkDeleteFailure{{Name: "c", Status: "409 Conflict"}}}, http.StatusConflict},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.rep.Err()
			if tc.code == 0 {
				assert.NoError(t, err)
				return
			}
			var bde *swift.BulkDeleteError
			require.ErrorAs(t, err, &bde)
			assert.True(t, gophercloud.ResponseCodeIs(err, tc.code), "got %v", err)
		})
	}
	// A BulkDeleteError built by hand still unwraps to its status.
	assert.True(t, gophercloud.ResponseCodeIs(&swift.BulkDeleteError{Status: "400 Bad Request"}, http.StatusBadRequest))
}

func TestListOptsValidate(t *testing.T) {
	require.NoError(t, swift.ListOpts{}.Validate())
	var inv *gophercloud.ErrInvalidInput
	require.ErrorAs(t, swift.ListOpts{Limit: -1}.Validate(), &inv)
	assert.Equal(t, "ListOpts.Limit", inv.Argument)
	q, err := gophercloud.BuildQueryString(swift.ListOpts{Limit: 2, Prefix: "a/", Reverse: true})
	require.NoError(t, err)
	assert.Equal(t, "limit=2&prefix=a%2F&reverse=true", q.RawQuery)
}
