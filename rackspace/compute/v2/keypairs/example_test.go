package keypairs_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/keypairs"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Import a public key, then list the account's keys.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.HandleJSON("POST /os-keypairs", http.StatusOK, getJSON)
	fake.HandleJSON("GET /os-keypairs", http.StatusOK, listJSON)
	compute := fake.ServiceClient()
	ctx := context.Background()

	kp, err := keypairs.Create(ctx, compute, keypairs.CreateOpts{Name: "deploy", PublicKey: publicKey}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("imported", kp.Name, kp.Fingerprint)
	all, err := keypairs.List(compute).Collect(ctx)
	fmt.Println(len(all), err)
	// Output:
	// imported deploy a5:2e:94:5c:1f:25:2f:71:32:b3:fb:59:f0:34:e6:ad
	// 1 <nil>
}
