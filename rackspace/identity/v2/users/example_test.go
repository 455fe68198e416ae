package users_test

import (
	"context"
	"fmt"

	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/identity/v2/users"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
)

// Create a sub-user, give it an API key, and delete it.
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

	u, err := users.Create(ctx, identity, users.CreateOpts{Username: "deploy", Email: "deploy@example.com", DefaultRegion: "IAD"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(u.Username, u.DefaultRegion, "generated password:", u.Password != "")
	key, err := users.ResetAPIKey(ctx, identity, u.ID).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("API key for", key.Username, "is", len(key.APIKey), "characters")
	fmt.Println(users.Delete(ctx, identity, u.ID).ExtractErr())
	// Output:
	// deploy IAD generated password: true
	// API key for deploy is 32 characters
	// <nil>
}
