package images

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	osimages "github.com/cloudsdk/gophercloud/openstack/compute/v2/images"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters and pages List; the zero value lists every image.
// It is the OpenStack ListOpts with Rackspace's image types: set
// ImageType, not ListOpts.Type (whose "SERVER" Cloud Servers calls
// "SNAPSHOT").
type ListOpts struct {
	osimages.ListOpts
	// ImageType is "BASE" (Rackspace's images) or "SNAPSHOT" (the
	// account's).
	ImageType string `q:"type"`
}

// Validate checks ImageType and the OpenStack options; List calls it
// through the query builder.
func (opts ListOpts) Validate() error {
	if opts.ListOpts.Type != "" {
		return &gophercloud.ErrInvalidInput{Argument: "images.ListOpts.ListOpts.Type", Value: opts.ListOpts.Type, Reason: "set images.ListOpts.ImageType on Rackspace"}
	}
	switch opts.ImageType {
	case "", "BASE", "SNAPSHOT":
	default:
		return &gophercloud.ErrInvalidInput{Argument: "images.ListOpts.ImageType", Value: opts.ImageType, Reason: `must be "BASE" or "SNAPSHOT"`}
	}
	return opts.ListOpts.Validate()
}

// List returns a Pager over the images with their details, following
// images_links; it does no I/O, so it takes no ctx. (It builds the pager
// itself only because osimages.List takes the OpenStack ListOpts.)
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Image] {
	return pagination.NewWithQuery(c, c.ServiceURL("images", "detail"), opts, pagination.Linked[Image]{ItemsKey: "images", LinksKey: "images_links"})
}

// Get shows one image.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return osimages.Get(ctx, c, id)
}

// Delete deletes one of the account's snapshots.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return osimages.Delete(ctx, c, id)
}
