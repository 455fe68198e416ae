package tokens_test

import (
	"context"
	"fmt"

	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/identity/v2/tokens"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
)

// Authenticate with an API key and read the Rackspace fields of the
// answer.
func Example() {
	fake := fakerackspace.New()
	defer fake.Close()
	ctx := context.Background()
	provider, err := rackspace.NewClient(fake.IdentityEndpoint())
	if err != nil {
		fmt.Println(err)
		return
	}
	identity, err := rackspace.NewIdentityV2(provider)
	if err != nil {
		fmt.Println(err)
		return
	}

	r := tokens.Create(ctx, identity, rackspace.AuthOptions{Username: fakerackspace.Username, APIKey: fakerackspace.APIKey})
	access, err := r.Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	rax, err := tokens.ExtractRAX(r.Result)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(access.User.Name, access.Token.Tenant.ID, rax.AuthenticatedBy, rax.DefaultRegion)
	for _, e := range access.ServiceCatalog {
		fmt.Println(e.Name, e.Type, len(e.Endpoints))
	}
	// Output:
	// demoauthor 1100111 [APIKEY] DFW
	// cloudServersOpenStack compute 4
	// cloudFiles object-store 4
	// cloudFilesCDN rax:object-cdn 4
	// cloudBlockStorage volume 4
	// cloudNetworks network 4
}
