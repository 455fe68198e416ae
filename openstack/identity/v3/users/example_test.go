package users_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/users"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Check whether a user is in a group.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("HEAD /groups/ops/users/alice", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	srv.Handle("HEAD /groups/ops/users/bob", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNotFound)
	})
	c := srv.ServiceClient()
	for _, u := range []string{"alice", "bob"} {
		err := users.CheckInGroup(context.Background(), c, "ops", u).ExtractErr()
		fmt.Println(u, err == nil, errors.Is(err, gophercloud.ErrNotFound))
	}
	// Output:
	// alice true false
	// bob false true
}
