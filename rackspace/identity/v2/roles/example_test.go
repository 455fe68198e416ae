package roles_test

import (
	"context"
	"fmt"

	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/identity/v2/roles"
	"github.com/cloudsdk/gophercloud/rackspace/identity/v2/users"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
)

// Grant a new sub-user an extra role and list its roles.
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
	u, err := users.Create(ctx, identity, users.CreateOpts{Username: "ops", Email: "ops@example.com"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}

	if err := roles.AddUserRole(ctx, identity, u.ID, "10000150").ExtractErr(); err != nil {
		fmt.Println(err)
		return
	}
	for r, err := range roles.ListUserRoles(identity, u.ID).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(r.ID, r.Name)
	}
	// Output:
	// 2 identity:default
	// 10000150 checkmate
	// 6 compute:default
	// 5 object-store:default
}
