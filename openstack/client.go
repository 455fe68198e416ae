package openstack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync/atomic"

	"github.com/cloudsdk/gophercloud"
	tokens2 "github.com/cloudsdk/gophercloud/openstack/identity/v2/tokens"
	tokens3 "github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
)

// versionSuffix matches an identity URL that already names its version.
var versionSuffix = regexp.MustCompile(`/v(2\.0|3)/?$`)

// NewClient returns an unauthenticated ProviderClient for the identity
// endpoint. IdentityBase is the endpoint without its version, so that a
// versioned and an unversioned auth URL reach the same Keystone.
func NewClient(endpoint string) (*gophercloud.ProviderClient, error) {
	u, err := url.Parse(endpoint)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, &gophercloud.ErrInvalidInput{Argument: "AuthOptions.IdentityEndpoint", Value: endpoint, Reason: "must be an absolute http(s) URL"}
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, &gophercloud.ErrInvalidInput{Argument: "AuthOptions.IdentityEndpoint", Value: endpoint, Reason: "scheme must be http or https"}
	}
	u.RawQuery, u.Fragment = "", ""
	full := gophercloud.NormalizeURL(u.String())
	base := gophercloud.NormalizeURL(versionSuffix.ReplaceAllString(strings.TrimSuffix(u.String(), "/"), ""))
	p := gophercloud.NewProviderClient()
	p.IdentityBase = base
	p.IdentityEndpoint = full
	return p, nil
}

// AuthenticatedClient creates a ProviderClient and authenticates it.
func AuthenticatedClient(ctx context.Context, opts gophercloud.AuthOptions) (*gophercloud.ProviderClient, error) {
	p, err := NewClient(opts.IdentityEndpoint)
	if err != nil {
		return nil, err
	}
	if err := Authenticate(ctx, p, opts); err != nil {
		return nil, err
	}
	return p, nil
}

// Authenticate obtains a token for client with opts, choosing the Identity
// version from the endpoint ("/v3", "/v2.0") or, for an unversioned one, by
// asking Keystone which versions it offers (v3 preferred). It installs the
// token, an EndpointLocator over the token's catalog and, with
// opts.AllowReauth, a ReauthFunc.
func Authenticate(ctx context.Context, client *gophercloud.ProviderClient, opts gophercloud.AuthOptions) error {
	endpoint := client.IdentityEndpoint
	if endpoint == "" {
		endpoint = gophercloud.NormalizeURL(opts.IdentityEndpoint)
	}
	version, endpoint, err := chooseVersion(ctx, client, endpoint)
	if err != nil {
		return err
	}
	// ProviderClient.IdentityEndpoint is the versioned URL: record what
	// discovery found, so a later Authenticate need not ask again.
	client.IdentityEndpoint = endpoint
	if version == "v2.0" {
		return AuthenticateV2(ctx, client, opts, endpoint)
	}
	return AuthenticateV3(ctx, client, opts, endpoint)
}

func chooseVersion(ctx context.Context, client *gophercloud.ProviderClient, endpoint string) (version, versionURL string, err error) {
	if m := versionSuffix.FindStringSubmatch(endpoint); m != nil {
		return "v" + m[1], gophercloud.NormalizeURL(endpoint), nil
	}
	// Keystone answers its root with 300 Multiple Choices and a version list.
	resp, err := client.Request(ctx, http.MethodGet, endpoint, &gophercloud.RequestOpts{
		NoAuth: true, OkCodes: []int{http.StatusOK, http.StatusMultipleChoices},
	})
	if err != nil {
		return "", "", fmt.Errorf("discovering identity versions at %s: %w", endpoint, err)
	}
	defer resp.Body.Close()
	var doc struct {
		Versions struct {
			Values []identityVersion `json:"values"`
		} `json:"versions"`
		Version *identityVersion `json:"version"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		return "", "", fmt.Errorf("%w: identity version document at %s: %v", gophercloud.ErrMalformedResponse, endpoint, err)
	}
	versions := doc.Versions.Values
	if doc.Version != nil {
		versions = append(versions, *doc.Version)
	}
	var v2 string
	for _, v := range versions {
		if v.Status == "deprecated" && !strings.HasPrefix(v.ID, "v3") {
			continue
		}
		href := v.self()
		if href == "" {
			continue
		}
		switch {
		case strings.HasPrefix(v.ID, "v3"):
			return "v3", gophercloud.NormalizeURL(href), nil
		case strings.HasPrefix(v.ID, "v2.0"):
			v2 = gophercloud.NormalizeURL(href)
		}
	}
	if v2 != "" {
		return "v2.0", v2, nil
	}
	return "", "", fmt.Errorf("%w: %s offers neither Identity v3 nor v2.0", gophercloud.ErrServiceNotFound, endpoint)
}

type identityVersion struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Links  []struct {
		Href string `json:"href"`
		Rel  string `json:"rel"`
	} `json:"links"`
}

func (v identityVersion) self() string {
	for _, l := range v.Links {
		if l.Rel == "self" {
			return l.Href
		}
	}
	return ""
}

// AuthenticateV3 authenticates against the Identity v3 endpoint.
func AuthenticateV3(ctx context.Context, client *gophercloud.ProviderClient, opts gophercloud.AuthOptions, endpoint string) error {
	catalog := &atomic.Pointer[tokens3.ServiceCatalog]{}
	if err := v3auth(ctx, client, opts, endpoint, catalog); err != nil {
		return err
	}
	client.EndpointLocator = func(eo gophercloud.EndpointOpts) (string, error) {
		return V3EndpointURL(catalog.Load(), eo)
	}
	if opts.AllowReauth {
		client.ReauthFunc = func(ctx context.Context) error {
			return v3auth(ctx, client, opts, endpoint, catalog)
		}
	}
	return nil
}

// v3auth issues a token and stores it; on re-authentication it only swaps
// the token and the catalog, both safe for concurrent readers.
func v3auth(ctx context.Context, client *gophercloud.ProviderClient, opts gophercloud.AuthOptions, endpoint string, catalog *atomic.Pointer[tokens3.ServiceCatalog]) error {
	identity := &gophercloud.ServiceClient{ProviderClient: client, Endpoint: endpoint, Type: "identity"}
	r := tokens3.Create(ctx, identity, opts)
	info, err := r.Extract()
	if err != nil {
		return err
	}
	id, err := r.ExtractTokenID()
	if err != nil {
		return err
	}
	catalog.Store(&tokens3.ServiceCatalog{Entries: info.Catalog})
	client.SetTokenWithExpiry(id, info.ExpiresAt.Time)
	client.SetAuthResult(r)
	return nil
}

// AuthenticateV2 authenticates against the Identity v2.0 endpoint.
func AuthenticateV2(ctx context.Context, client *gophercloud.ProviderClient, opts tokens2.AuthOptionsBuilder, endpoint string) error {
	catalog := &atomic.Pointer[tokens2.ServiceCatalog]{}
	if err := v2auth(ctx, client, opts, endpoint, catalog); err != nil {
		return err
	}
	client.EndpointLocator = func(eo gophercloud.EndpointOpts) (string, error) {
		return V2EndpointURL(catalog.Load(), eo)
	}
	if allowsReauth(opts) {
		client.ReauthFunc = func(ctx context.Context) error {
			return v2auth(ctx, client, opts, endpoint, catalog)
		}
	}
	return nil
}

// allowsReauth asks the options (gophercloud.AuthOptions, or a vendor's
// such as Rackspace's API-key options) whether they may be kept for
// re-authentication.
func allowsReauth(opts any) bool {
	r, ok := opts.(interface{ CanReauth() bool })
	return ok && r.CanReauth()
}

func v2auth(ctx context.Context, client *gophercloud.ProviderClient, opts tokens2.AuthOptionsBuilder, endpoint string, catalog *atomic.Pointer[tokens2.ServiceCatalog]) error {
	identity := &gophercloud.ServiceClient{ProviderClient: client, Endpoint: endpoint, Type: "identity"}
	r := tokens2.Create(ctx, identity, opts)
	access, err := r.Extract()
	if err != nil {
		return err
	}
	catalog.Store(&tokens2.ServiceCatalog{Entries: access.ServiceCatalog})
	client.SetTokenWithExpiry(access.Token.ID, access.Token.Expires())
	client.SetAuthResult(r)
	return nil
}

// NewServiceClient finds a service in the catalog by the first of types
// that has an endpoint (clouds name some services differently, such as
// "block-storage" and "volumev3") and returns a client for it. Most callers
// use the NewXxx functions below.
func NewServiceClient(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts, types ...string) (*gophercloud.ServiceClient, error) {
	if client == nil {
		return nil, &gophercloud.ErrMissingInput{Argument: "ProviderClient"}
	}
	if client.EndpointLocator == nil {
		return nil, &gophercloud.ErrInvalidInput{Argument: "ProviderClient.EndpointLocator", Reason: "client is not authenticated (call Authenticate first)"}
	}
	var firstErr error
	candidates := types
	if eo.Type != "" {
		candidates = []string{eo.Type}
	}
	for _, t := range candidates {
		o := eo
		o.ApplyDefaults(t)
		url, err := client.EndpointLocator(o)
		if err == nil {
			return &gophercloud.ServiceClient{ProviderClient: client, Endpoint: url, Type: t}, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, firstErr
}

// newClient is NewServiceClient plus the API version some services leave
// out of their catalog URL: ResourceBase becomes endpoint+version+"/" unless
// the catalog URL already ends with it.
func newClient(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts, version string, types ...string) (*gophercloud.ServiceClient, error) {
	sc, err := NewServiceClient(client, eo, types...)
	if err != nil {
		return nil, err
	}
	if version != "" && !strings.HasSuffix(sc.Endpoint, "/"+version+"/") {
		sc.ResourceBase = sc.Endpoint + version + "/"
	}
	return sc, nil
}

// NewIdentityV3 returns a client for the Identity v3 API.
func NewIdentityV3(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return newClient(client, eo, "v3", "identity")
}

// NewIdentityV2 returns a client for the Identity v2.0 API.
func NewIdentityV2(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return newClient(client, eo, "v2.0", "identity")
}

// NewComputeV2 returns a client for the Compute v2.1 API (Nova). Set its
// Microversion to use features newer than 2.1.
func NewComputeV2(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return newClient(client, eo, "", "compute")
}

// NewNetworkV2 returns a client for the Networking v2.0 API (Neutron).
func NewNetworkV2(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return newClient(client, eo, "v2.0", "network")
}

// NewBlockStorageV3 returns a client for the Block Storage v3 API (Cinder),
// registered as "block-storage" or, on older clouds, "volumev3".
func NewBlockStorageV3(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return newClient(client, eo, "", "block-storage", "volumev3")
}

// NewBlockStorageV2 returns a client for the Block Storage v2 API (Cinder),
// registered as "volumev2" (removed from Cinder in Xena; some clouds still
// run it).
func NewBlockStorageV2(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return newClient(client, eo, "", "volumev2", "block-storage")
}

// NewBlockStorageV1 returns a client for the Block Storage v1 API, registered
// as "volume" (Rackspace's Cloud Block Storage speaks it).
func NewBlockStorageV1(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return newClient(client, eo, "", "volume")
}

// NewObjectStorageV1 returns a client for the Object Storage v1 API (Swift).
func NewObjectStorageV1(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return newClient(client, eo, "", "object-store")
}

// NewImageV2 returns a client for the Image v2 API (Glance).
func NewImageV2(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return newClient(client, eo, "v2", "image")
}

// NewPlacementV1 returns a client for the Placement API.
func NewPlacementV1(client *gophercloud.ProviderClient, eo gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error) {
	return newClient(client, eo, "", "placement")
}
