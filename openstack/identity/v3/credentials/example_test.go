package credentials_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/credentials"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Store a TOTP secret for a user.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /credentials", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"credential": {"id": "c1", "type": "totp", "user_id": "u1", "blob": "GEZDGNBV"}}`)
	})
	cr, err := credentials.Create(context.Background(), srv.ServiceClient(), credentials.CreateOpts{Type: "totp", UserID: "u1", Blob: "GEZDGNBV"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cr.ID, cr.Type)
	// Output:
	// c1 totp
}
