package openstack_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
)

// Authenticate with a password, find Nova in the token's catalog and call
// it. The fake Keystone's catalog points at itself; on a real cloud the
// IdentityEndpoint is the only URL a program needs.
func ExampleAuthenticatedClient() {
	keystone := newKeystoneFake("")
	defer keystone.Close()
	ctx := context.Background()

	provider, err := openstack.AuthenticatedClient(ctx, gophercloud.AuthOptions{
		IdentityEndpoint: keystone.URL + "/v3",
		Username:         "demo",
		Password:         "demosecret",
		DomainName:       "Default",
		TenantName:       "demo",
		AllowReauth:      true,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	compute, err := openstack.NewComputeV2(provider, gophercloud.EndpointOpts{Region: "RegionOne"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("compute endpoint:", strings.TrimPrefix(compute.Endpoint, keystone.URL))

	type server struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	servers, err := gophercloud.ExtractSlice[server](compute.Get(ctx, compute.ServiceURL("servers"), nil), "servers")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range servers {
		fmt.Println("server:", s.Name)
	}
	// Output:
	// compute endpoint: /compute/v2.1/
	// server: web-1
}

// Without a version in the auth URL, Keystone is asked which versions it
// offers and v3 is preferred.
func ExampleAuthenticate() {
	keystone := newKeystoneFake("")
	defer keystone.Close()

	provider, err := openstack.NewClient(keystone.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	err = openstack.Authenticate(context.Background(), provider, gophercloud.AuthOptions{
		UserID:   "ee4dfb6e5540447cb3741905149d9b6e",
		Password: "demosecret",
		TenantID: "a6944d763bf64ee6a275f1263fae0352",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("authenticated at", strings.TrimPrefix(provider.IdentityEndpoint, keystone.URL))
	// Output:
	// authenticated at /v3/
}

// Read a cloud from clouds.yaml, with its password from secure.yaml, and
// turn it into options. Without WithPath, LoadCloud searches where the
// OpenStack CLI does, and an empty name means $OS_CLOUD;
// AuthenticatedClientFromCloud does all of this and authenticates.
func ExampleLoadCloud() {
	cloud, err := openstack.LoadCloud("devcloud",
		openstack.WithPath("testdata/clouds.yaml"),
		openstack.WithSecurePath("testdata/secure.yaml"))
	if err != nil {
		fmt.Println(err)
		return
	}
	opts, err := cloud.AuthOptions()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("auth URL:", opts.IdentityEndpoint)
	fmt.Println("user:", opts.Username, "in domain", opts.DomainName)
	fmt.Println("project:", opts.Scope.ProjectName, "in domain", opts.Scope.DomainName)
	fmt.Println("password from secure.yaml:", opts.Password != "")
	eo := cloud.EndpointOpts()
	fmt.Println("region:", eo.Region, "interface:", eo.Availability)

	_, err = openstack.LoadCloud("devstack", openstack.WithPath("testdata/clouds.yaml"))
	fmt.Println(err != nil && strings.Contains(err.Error(), "available: devcloud, devcloud-admin, monitoring"))
	// Output:
	// auth URL: http://127.0.0.1:5000/v3
	// user: demo in domain Default
	// project: demo in domain Default
	// password from secure.yaml: true
	// region: RegionOne interface: public
	// true
}

// The whole flow from an openrc environment: read OS_*, authenticate,
// find a service in the catalog and call it.
func Example() {
	keystone := newKeystoneFake("")
	defer keystone.Close()
	for k, v := range map[string]string{
		"OS_AUTH_URL": keystone.URL + "/v3", "OS_USERNAME": "demo", "OS_PASSWORD": "demosecret",
		"OS_USER_DOMAIN_NAME": "Default", "OS_PROJECT_NAME": "demo", "OS_PROJECT_DOMAIN_NAME": "Default",
	} {
		os.Setenv(k, v)
		defer os.Unsetenv(k)
	}
	ctx := context.Background()

	opts, err := openstack.AuthOptionsFromEnv()
	if err != nil {
		fmt.Println(err)
		return
	}
	opts.AllowReauth = true
	provider, err := openstack.AuthenticatedClient(ctx, opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	compute, err := openstack.NewComputeV2(provider, gophercloud.EndpointOpts{Region: "RegionOne"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("token issued:", provider.Token() != "")
	fmt.Println("compute:", strings.TrimPrefix(compute.Endpoint, keystone.URL))
	fmt.Println("compute at 2.79:", compute.WithMicroversion("2.79").Microversion, "- the original:", compute.Microversion == "")
	// Output:
	// token issued: true
	// compute: /compute/v2.1/
	// compute at 2.79: 2.79 - the original: true
}
