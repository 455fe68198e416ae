package trusts_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/trusts"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Delegate the member role on a project to a service user.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /OS-TRUST/trusts", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"trust": {"id": "t1", "trustor_user_id": "alice", "trustee_user_id": "svc",
		  "project_id": "web", "roles": [{"id": "r1", "name": "member"}]}}`)
	})
	opts := trusts.CreateOpts{TrustorUserID: "alice", TrusteeUserID: "svc", ProjectID: "web", Roles: []trusts.Role{{Name: "member"}}}
	tr, err := trusts.Create(context.Background(), srv.ServiceClient(), opts).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(tr.ID, tr.TrusteeUserID, tr.Roles[0].Name)
	// Output:
	// t1 svc member
}
