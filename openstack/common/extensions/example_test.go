package extensions_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/common/extensions"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// List a service's extensions, then show one.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /extensions", http.StatusOK, computeListJSON)
	srv.HandleJSON("GET /extensions/security-group", http.StatusOK, networkGetJSON)
	ctx := context.Background()
	client := srv.ServiceClient()

	for ext, err := range extensions.List(client).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(ext.Alias, "-", ext.Name)
	}
	sg, err := extensions.Get(ctx, client, "security-group").Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sg.Alias, sg.Updated.Format("2006-01-02"))
	// Output:
	// os-keypairs - Keypairs
	// OS-DCF - DiskConfig
	// security-group 2012-10-05
}
