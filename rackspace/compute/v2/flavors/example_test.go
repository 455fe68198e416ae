package flavors_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/flavors"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Show a flavor with its Rackspace class.
func Example() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.HandleJSON("GET /flavors/general1-1", http.StatusOK, getJSON)
	compute := fake.ServiceClient()

	r := flavors.Get(context.Background(), compute, "general1-1")
	f, err := r.Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	specs, err := flavors.ExtractExtraSpecs(r.Result)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Name, f.RAM, f.VCPUs, specs.Class)
	// Output: 1 GB General Purpose v1 1024 1 general1
}
