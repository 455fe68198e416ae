package apiversions

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
)

// List lists the API versions at the root of the endpoint's host (one
// unpaged list; Cinder answers 300 Multiple Choices).
// https://docs.openstack.org/api-ref/block-storage/v3/#list-all-api-versions
func List(ctx context.Context, c *gophercloud.ServiceClient) ListResult {
	u, err := rootURL(c)
	if err != nil {
		return ListResult{Result: gophercloud.Result{Err: err}, Key: "versions"}
	}
	plain := *c
	plain.Microversion = ""
	return ListResult{Result: plain.Get(ctx, u, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK, http.StatusMultipleChoices}}), Key: "versions"}
}

// Microversions returns the microversion range of the client's endpoint;
// it is openstack.GetSupportedMicroversions, which walks up from the
// endpoint (…/v3/<project>/) to its version document.
func Microversions(ctx context.Context, c *gophercloud.ServiceClient) (openstack.SupportedMicroversions, error) {
	return openstack.GetSupportedMicroversions(ctx, c)
}
