package imageimport

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/cloudsdk/gophercloud"
)

// The import methods.
const (
	// GlanceDirectMethod imports data staged with imagedata.Stage.
	GlanceDirectMethod = "glance-direct"
	// WebDownloadMethod has Glance download the data from CreateOpts.URI.
	WebDownloadMethod = "web-download"
	// CopyImageMethod copies an active image's data to more stores (2.8).
	CopyImageMethod = "copy-image"
	// GlanceDownloadMethod downloads the image from another region (2.16).
	GlanceDownloadMethod = "glance-download"
)

// GetInfo retrieves the import methods the cloud offers.
// https://docs.openstack.org/api-ref/image/v2/#import-methods-and-values-discovery
func GetInfo(ctx context.Context, c *gophercloud.ServiceClient) GetInfoResult {
	return GetInfoResult{Result: c.Get(ctx, infoURL(c), nil)}
}

// CreateOpts asks for an import.
type CreateOpts struct {
	// Name is the import method: GlanceDirectMethod, WebDownloadMethod,
	// CopyImageMethod or GlanceDownloadMethod.
	Name string
	// URI is the source of the data; required for WebDownloadMethod and
	// refused for the others.
	URI string
	// Stores lists the stores to import to (multi-store clouds, 2.8).
	Stores []string
	// AllStores imports to every store (2.8); do not combine with Stores.
	AllStores bool
	// AllStoresMustSucceed, when false, lets the import succeed if some
	// stores fail; nil leaves Glance's default (true).
	AllStoresMustSucceed *bool
}

// Validate checks the method and that URI is given exactly for web-download.
func (opts CreateOpts) Validate() error {
	switch opts.Name {
	case GlanceDirectMethod, CopyImageMethod, GlanceDownloadMethod:
		if opts.URI != "" {
			return &gophercloud.ErrInvalidInput{Argument: "URI", Value: opts.URI, Reason: "only web-download takes a URI"}
		}
	case WebDownloadMethod:
		if opts.URI == "" {
			return &gophercloud.ErrMissingInput{Argument: "URI"}
		}
	case "":
		return &gophercloud.ErrMissingInput{Argument: "Name"}
	default:
		return &gophercloud.ErrInvalidInput{Argument: "Name", Value: opts.Name, Reason: "must be glance-direct, web-download, copy-image or glance-download"}
	}
	if opts.AllStores && len(opts.Stores) > 0 {
		return &gophercloud.ErrInvalidInput{Argument: "Stores", Value: opts.Stores, Reason: "cannot be combined with AllStores"}
	}
	return nil
}

// MarshalJSON writes the import body: the method under "method", the
// store fields beside it.
func (opts CreateOpts) MarshalJSON() ([]byte, error) {
	type method struct {
		Name string `json:"name"`
		URI  string `json:"uri,omitempty"`
	}
	return json.Marshal(struct {
		Method               method   `json:"method"`
		Stores               []string `json:"stores,omitempty"`
		AllStores            bool     `json:"all_stores,omitempty"`
		AllStoresMustSucceed *bool    `json:"all_stores_must_succeed,omitempty"`
	}{method{opts.Name, opts.URI}, opts.Stores, opts.AllStores, opts.AllStoresMustSucceed})
}

// Create starts importing data into the image imageID; Glance answers 202
// and imports in the background.
// https://docs.openstack.org/api-ref/image/v2/#import-an-image
func Create(ctx context.Context, c *gophercloud.ServiceClient, imageID string, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateResult{Result: c.Post(ctx, importURL(c, imageID), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusAccepted}})}
}
