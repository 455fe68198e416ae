package apiversions_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/apiversions"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /{$}", http.StatusMultipleChoices, versionsJSON)
	client := srv.ServiceClientOf("block-storage")
	client.Endpoint += "v3/0c2eba2c5af04d3f9e9d0d410b371fde/"

	versions, err := apiversions.List(context.Background(), client).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range versions {
		fmt.Println(v.ID, v.Status, v.MinVersion, "to", v.Version)
	}
	// Output: v3.0 CURRENT 3.0 to 3.70
}
