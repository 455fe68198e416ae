package extensions_test

import (
	"context"
	"fmt"

	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/identity/v2/extensions"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
)

// Check that the identity service takes API keys.
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
	ext, err := extensions.Get(ctx, identity, "RAX-KSKEY").Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ext.Name)
	// Output: Rackspace API Key Authentication
}
