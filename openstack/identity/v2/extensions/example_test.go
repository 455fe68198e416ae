package extensions_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/extensions"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// List Keystone's identity extensions, then check whether the admin CRUD
// extension is offered before using it.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /extensions", http.StatusOK, keystoneListJSON)
	srv.HandleJSON("GET /extensions/OS-KSADM", http.StatusOK, getJSON)
	srv.HandleJSON("GET /extensions/OS-KSCATALOG", http.StatusNotFound, `{"error": {"message": "Could not find extension: OS-KSCATALOG.", "code": 404, "title": "Not Found"}}`)
	ctx, identity := context.Background(), srv.ServiceClient()

	for ext, err := range extensions.List(identity).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(ext.Alias, ext.Updated.Format("2006-01-02"))
	}
	for _, alias := range []string{"OS-KSADM", "OS-KSCATALOG"} {
		ext, err := extensions.Get(ctx, identity, alias).Extract()
		switch {
		case errors.Is(err, gophercloud.ErrNotFound):
			fmt.Println(alias, "is not offered")
		case err != nil:
			fmt.Println(err)
		default:
			fmt.Println(alias, "is", ext.Name)
		}
	}
	// Output:
	// OS-KSADM 2013-07-11
	// s3tokens 2013-07-07
	// OS-EP-FILTER 0001-01-01
	// OS-KSADM is OpenStack Keystone Admin
	// OS-KSCATALOG is not offered
}
