package rackspace

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
)

// USIdentity and UKIdentity are Rackspace's Identity v2.0 endpoints.
const (
	USIdentity = "https://identity.api.rackspacecloud.com/v2.0/"
	UKIdentity = "https://lon.identity.api.rackspacecloud.com/v2.0/"
)

// AuthOptions authenticates a Rackspace user with an API key (or a
// password) and, optionally, a tenant.
type AuthOptions struct {
	// IdentityEndpoint defaults to USIdentity.
	IdentityEndpoint string
	Username         string
	// APIKey is the account's API key; Password is used when it is empty.
	APIKey     string
	Password   string
	TenantID   string
	TenantName string
	// AllowReauth keeps these options to renew an expired token.
	AllowReauth bool
}

// ToTokenV2CreateMap builds the v2 token request with Rackspace's
// RAX-KSKEY:apiKeyCredentials extension.
func (o AuthOptions) ToTokenV2CreateMap() (map[string]any, error) {
	if o.Username == "" {
		return nil, &gophercloud.ErrMissingInput{Argument: "rackspace.AuthOptions.Username"}
	}
	if o.APIKey == "" {
		if o.Password == "" {
			return nil, &gophercloud.ErrMissingInput{Argument: "rackspace.AuthOptions.APIKey or rackspace.AuthOptions.Password"}
		}
		return gophercloud.AuthOptions{Username: o.Username, Password: o.Password, TenantID: o.TenantID, TenantName: o.TenantName}.ToTokenV2CreateMap()
	}
	if o.TenantID != "" && o.TenantName != "" {
		return nil, &gophercloud.ErrInvalidInput{Argument: "rackspace.AuthOptions.TenantID", Reason: "set TenantID or TenantName, not both"}
	}
	auth := map[string]any{"RAX-KSKEY:apiKeyCredentials": map[string]any{"username": o.Username, "apiKey": o.APIKey}}
	if o.TenantID != "" {
		auth["tenantId"] = o.TenantID
	}
	if o.TenantName != "" {
		auth["tenantName"] = o.TenantName
	}
	return map[string]any{"auth": auth}, nil
}

// CanReauth reports whether the options may be kept to re-authenticate.
func (o AuthOptions) CanReauth() bool { return o.AllowReauth }

// NewClient returns an unauthenticated client for Rackspace's identity
// endpoint (USIdentity when endpoint is empty).
func NewClient(endpoint string) (*gophercloud.ProviderClient, error) {
	if endpoint == "" {
		endpoint = USIdentity
	}
	return openstack.NewClient(endpoint)
}

// Authenticate obtains a token with opts through Identity v2.0.
func Authenticate(ctx context.Context, client *gophercloud.ProviderClient, opts AuthOptions) error {
	return openstack.AuthenticateV2(ctx, client, opts, client.IdentityEndpoint)
}

// AuthenticatedClient creates a client and authenticates it.
func AuthenticatedClient(ctx context.Context, opts AuthOptions) (*gophercloud.ProviderClient, error) {
	client, err := NewClient(opts.IdentityEndpoint)
	if err != nil {
		return nil, err
	}
	if err := Authenticate(ctx, client, opts); err != nil {
		return nil, err
	}
	return client, nil
}

// byName selects a Rackspace catalog entry by its name unless the caller
// chose one.
func byName(eo gophercloud.EndpointOpts, name string) gophercloud.EndpointOpts {
	if eo.Name == "" {
		eo.Name = name
	}
	return eo
}

// NewComputeV2 returns a client for Cloud Servers (Nova's API).
func NewComputeV2(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return openstack.NewComputeV2(client, byName(eo, "cloudServersOpenStack"))
}

// NewObjectStorageV1 returns a client for Cloud Files (Swift's API).
func NewObjectStorageV1(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return openstack.NewObjectStorageV1(client, byName(eo, "cloudFiles"))
}

// NewObjectCDNV1 returns a client for the Cloud Files CDN, Rackspace's own
// service (type rax:object-cdn).
func NewObjectCDNV1(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	eo.Type = "rax:object-cdn"
	return openstack.NewServiceClient(client, byName(eo, "cloudFilesCDN"))
}

// NewBlockStorageV1 returns a client for Cloud Block Storage (type volume).
func NewBlockStorageV1(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	eo.Type = "volume"
	return openstack.NewServiceClient(client, byName(eo, "cloudBlockStorage"))
}

// NewNetworkV2 returns a client for Cloud Networks (Neutron's API).
func NewNetworkV2(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return openstack.NewNetworkV2(client, byName(eo, "cloudNetworks"))
}

// NewIdentityV2 returns a client for Rackspace Cloud Identity v2.0 (its
// tokens, tenants, users and roles), which the catalog does not list: it
// is the endpoint the provider authenticated against.
func NewIdentityV2(client *gophercloud.ProviderClient) (*gophercloud.ServiceClient, error) {
	if client == nil {
		return nil, &gophercloud.ErrMissingInput{Argument: "ProviderClient"}
	}
	endpoint := client.IdentityEndpoint
	if endpoint == "" {
		endpoint = USIdentity
	}
	return &gophercloud.ServiceClient{ProviderClient: client, Endpoint: gophercloud.NormalizeURL(endpoint), Type: "identity"}, nil
}
