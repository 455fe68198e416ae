package apiversions_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/apiversions"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Which microversions does this Nova serve?
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /v2.1/", http.StatusOK, getJSON)
	compute := srv.ServiceClientOf("compute")
	compute.Endpoint = srv.Endpoint() + "v2.1/"

	v, err := apiversions.Get(context.Background(), compute, "v2.1").Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.ID, v.Status, v.MinVersion, "to", v.Version)
	// Output:
	// v2.1 CURRENT 2.1 to 2.93
}
