package cdnobjects_test

import (
	"context"
	"fmt"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/cdncontainers"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/cdnobjects"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
)

// Purge an object from the CDN's caches and be told when it is done.
func Example() {
	fake := fakerackspace.New()
	defer fake.Close()
	ctx := context.Background()
	provider, err := rackspace.AuthenticatedClient(ctx, fake.AuthOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	cdn, err := rackspace.NewObjectCDNV1(provider, gophercloud.EndpointOpts{Region: "ORD"})
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := cdncontainers.Enable(ctx, cdn, "photos", cdncontainers.EnableOpts{}).Extract(); err != nil {
		fmt.Println(err)
		return
	}

	err = cdnobjects.Delete(ctx, cdn, "photos", "2024/cat.jpg", cdnobjects.DeleteOpts{Email: "ops@example.com"}).ExtractErr()
	fmt.Println("purge:", err)
	fmt.Printf("%+v\n", fake.Purges())
	// Output:
	// purge: <nil>
	// [{Region:ORD Container:photos Object:2024/cat.jpg Email:ops@example.com}]
}
