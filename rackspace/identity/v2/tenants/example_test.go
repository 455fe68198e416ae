package tenants_test

import (
	"context"
	"fmt"

	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/identity/v2/tenants"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
)

// List the account's tenants: the compute tenant (the account number) and
// the Cloud Files one.
func Example() {
	fake := fakerackspace.New()
	defer fake.Close()
	ctx := context.Background()
	provider, err := rackspace.AuthenticatedClient(ctx, fake.AuthOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	identity, err := rackspace.NewIdentityV2(provider)
	if err != nil {
		fmt.Println(err)
		return
	}
	for t, err := range tenants.List(identity, tenants.ListOpts{}).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(t.ID, t.Enabled)
	}
	// Output:
	// 1100111 true
	// MossoCloudFS_929418 true
}
