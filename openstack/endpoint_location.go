package openstack

import (
	"fmt"
	"slices"

	"github.com/cloudsdk/gophercloud"
	tokens2 "github.com/cloudsdk/gophercloud/openstack/identity/v2/tokens"
	tokens3 "github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
)

// V3EndpointURL finds the one endpoint of a v3 catalog that matches opts:
// the service type (and name, when given), the interface (public by
// default) and the region (any, when empty). Several services or regions
// publishing the same URL are one match; different URLs are an error, since
// picking one silently would send requests to the wrong place. A nil
// catalog finds no service, like an empty one.
func V3EndpointURL(catalog *tokens3.ServiceCatalog, opts gophercloud.EndpointOpts) (string, error) {
	if err := opts.Validate(); err != nil {
		return "", err
	}
	if catalog == nil {
		catalog = &tokens3.ServiceCatalog{}
	}
	if opts.Availability == "" {
		// Also makes error messages say which interface was looked for.
		opts.Availability = gophercloud.AvailabilityPublic
	}
	avail := string(opts.Availability)
	var urls []string
	services := 0
	for _, entry := range catalog.Entries {
		if entry.Type != opts.Type || (opts.Name != "" && entry.Name != opts.Name) {
			continue
		}
		services++
		for _, ep := range entry.Endpoints {
			if ep.Interface != avail || ep.URL == "" {
				continue
			}
			if opts.Region != "" && ep.RegionID != opts.Region && ep.Region != opts.Region {
				continue
			}
			urls = appendUnique(urls, ep.URL)
		}
	}
	return pickEndpoint(services, urls, opts)
}

// V2EndpointURL is V3EndpointURL for a v2 catalog, whose endpoints carry
// all three interfaces in one record.
func V2EndpointURL(catalog *tokens2.ServiceCatalog, opts gophercloud.EndpointOpts) (string, error) {
	if err := opts.Validate(); err != nil {
		return "", err
	}
	if catalog == nil {
		catalog = &tokens2.ServiceCatalog{}
	}
	if opts.Availability == "" {
		opts.Availability = gophercloud.AvailabilityPublic
	}
	var urls []string
	services := 0
	for _, entry := range catalog.Entries {
		if entry.Type != opts.Type || (opts.Name != "" && entry.Name != opts.Name) {
			continue
		}
		services++
		for _, ep := range entry.Endpoints {
			if opts.Region != "" && ep.Region != opts.Region {
				continue
			}
			u := ep.PublicURL
			switch opts.Availability {
			case gophercloud.AvailabilityInternal:
				u = ep.InternalURL
			case gophercloud.AvailabilityAdmin:
				u = ep.AdminURL
			}
			if u != "" {
				urls = appendUnique(urls, u)
			}
		}
	}
	return pickEndpoint(services, urls, opts)
}

func appendUnique(urls []string, u string) []string {
	if slices.Contains(urls, u) {
		return urls
	}
	return append(urls, u)
}

func pickEndpoint(services int, urls []string, opts gophercloud.EndpointOpts) (string, error) {
	switch {
	case services == 0:
		return "", fmt.Errorf("%w: %s", gophercloud.ErrServiceNotFound, opts)
	case len(urls) == 0:
		return "", fmt.Errorf("%w: %s", gophercloud.ErrEndpointNotFound, opts)
	case len(urls) > 1:
		return "", fmt.Errorf("%w: %s: %v (set Region or Name)", gophercloud.ErrMultipleEndpoints, opts, urls)
	}
	return gophercloud.NormalizeURL(urls[0]), nil
}
