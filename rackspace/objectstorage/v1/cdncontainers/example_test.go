package cdncontainers_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/cdncontainers"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
)

// Publish a container on the CDN, read its settings, then take it off.
// fakerackspace stands in for Rackspace's identity and CDN.
func Example() {
	fake := fakerackspace.New()
	defer fake.Close()
	ctx := context.Background()
	provider, err := rackspace.AuthenticatedClient(ctx, fake.AuthOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	cdn, err := rackspace.NewObjectCDNV1(provider, gophercloud.EndpointOpts{Region: "DFW"})
	if err != nil {
		fmt.Println(err)
		return
	}

	h, err := cdncontainers.Enable(ctx, cdn, "photos", cdncontainers.EnableOpts{TTL: 3600}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("SSL URI on rackcdn.com:", strings.HasSuffix(h.CDNSSLURI, ".ssl.cf1.rackcdn.com"))
	if _, err := cdncontainers.Disable(ctx, cdn, "photos").Extract(); err != nil {
		fmt.Println(err)
		return
	}
	got, err := cdncontainers.Get(ctx, cdn, "photos").Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("enabled:", got.CDNEnabled, "ttl:", got.TTL)
	// Output:
	// SSL URI on rackcdn.com: true
	// enabled: false ttl: 3600
}
