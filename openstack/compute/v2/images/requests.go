package images

import (
	"context"
	"net/http"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List. The zero value lists every image the project can
// see.
type ListOpts struct {
	// ChangesSince keeps images changed at or after this time (deleted
	// ones included).
	ChangesSince time.Time `q:"changes-since"`
	// Server keeps snapshots of this server (its ID or URL).
	Server string `q:"server"`
	// Name keeps images with this name.
	Name string `q:"name"`
	// Status keeps images in this status (ACTIVE, SAVING, …).
	Status string `q:"status"`
	// MinDisk keeps images needing at least this much disk, in GiB.
	MinDisk int `q:"minDisk"`
	// MinRAM keeps images needing at least this much RAM, in MiB.
	MinRAM int `q:"minRam"`
	// Type is "BASE" (uploaded images) or "SERVER" (server snapshots).
	Type string `q:"type"`
	// Limit is the page size; the pager follows images_links to the end.
	Limit int `q:"limit"`
	// Marker is the ID of the last image of the previous page.
	Marker string `q:"marker"`
}

// Validate checks the rules the tags cannot express; List calls it
// through the query builder.
func (opts ListOpts) Validate() error {
	switch opts.Type {
	case "", "BASE", "SERVER":
	default:
		return &gophercloud.ErrInvalidInput{Argument: "images.ListOpts.Type", Value: opts.Type, Reason: `must be "BASE" or "SERVER"`}
	}
	if opts.MinDisk < 0 || opts.MinRAM < 0 || opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "images.ListOpts", Value: opts, Reason: "MinDisk, MinRAM and Limit must not be negative"}
	}
	return nil
}

// List returns a Pager over the images with their details
// (GET /images/detail); the zero ListOpts lists them all.
// https://docs.openstack.org/api-ref/compute/#list-images-with-details
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Image] {
	return pagination.NewWithQuery(c, listURL(c), opts, pagination.Linked[Image]{ItemsKey: "images", LinksKey: "images_links"})
}

// Get shows one image. https://docs.openstack.org/api-ref/compute/#show-image-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return GetResult{Result: c.Get(ctx, imageURL(c, id), nil), Key: "image"}
}

// Delete deletes an image from the Image service.
// https://docs.openstack.org/api-ref/compute/#delete-image
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, imageURL(c, id), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}
