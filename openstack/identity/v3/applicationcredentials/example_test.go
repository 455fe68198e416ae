package applicationcredentials_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/applicationcredentials"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a read-only application credential; its secret comes back once.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /users/u1/application_credentials", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"application_credential": {"id": "ac1", "name": "ci",
		  "secret": "s3cret", "roles": [{"id": "r1", "name": "reader"}]}}`)
	})
	opts := applicationcredentials.CreateOpts{Name: "ci", Roles: []applicationcredentials.Role{{Name: "reader"}}}
	ac, err := applicationcredentials.Create(context.Background(), srv.ServiceClient(), "u1", opts).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ac.ID, ac.Secret, ac.Roles[0].Name)
	// Output:
	// ac1 s3cret reader
}
