package objects

import (
	"context"
	"io"

	"github.com/cloudsdk/gophercloud"
	osobjects "github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/cloudsdk/gophercloud/pagination"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/cdnobjects"
)

// Options, the same as OpenStack's.
type (
	// ListOpts filters and pages List and ListNames.
	ListOpts = osobjects.ListOpts
	// CreateOpts are the headers and checks of an upload.
	CreateOpts = osobjects.CreateOpts
	// DownloadOpts are the conditions and range of a download.
	DownloadOpts = osobjects.DownloadOpts
	// GetOpts tunes Get.
	GetOpts = osobjects.GetOpts
	// UpdateOpts are the metadata changes Update makes.
	UpdateOpts = osobjects.UpdateOpts
	// CopyOpts say where Copy copies to.
	CopyOpts = osobjects.CopyOpts
)

// List returns a Pager over a container's objects with their sizes and
// hashes; it does no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient, container string, opts ListOpts) pagination.Pager[Object] {
	return osobjects.List(c, container, opts)
}

// ListNames returns a Pager over a container's object names only.
func ListNames(c *gophercloud.ServiceClient, container string, opts ListOpts) pagination.Pager[string] {
	return osobjects.ListNames(c, container, opts)
}

// Create uploads content (streamed) as an object.
func Create(ctx context.Context, c *gophercloud.ServiceClient, container, name string, content io.Reader, opts CreateOpts) CreateResult {
	return osobjects.Create(ctx, c, container, name, content, opts)
}

// Download streams an object and returns (*DownloadResponse, error); the
// caller closes it.
func Download(ctx context.Context, c *gophercloud.ServiceClient, container, name string, opts DownloadOpts) (*DownloadResponse, error) {
	return osobjects.Download(ctx, c, container, name, opts)
}

// Get reads an object's headers and metadata (HEAD).
func Get(ctx context.Context, c *gophercloud.ServiceClient, container, name string, opts GetOpts) GetResult {
	return osobjects.Get(ctx, c, container, name, opts)
}

// Update changes an object's metadata and headers (POST).
func Update(ctx context.Context, c *gophercloud.ServiceClient, container, name string, opts UpdateOpts) UpdateResult {
	return osobjects.Update(ctx, c, container, name, opts)
}

// Copy copies an object server-side.
func Copy(ctx context.Context, c *gophercloud.ServiceClient, container, name string, opts CopyOpts) CopyResult {
	return osobjects.Copy(ctx, c, container, name, opts)
}

// Delete deletes an object from storage (its CDN copies live until their
// TTL; purge them with cdnobjects.Delete).
func Delete(ctx context.Context, c *gophercloud.ServiceClient, container, name string) DeleteResult {
	return osobjects.Delete(ctx, c, container, name)
}

// BulkDelete deletes many objects of one container in as few requests as
// the cluster allows and returns (*BulkDeleteResponse, error).
func BulkDelete(ctx context.Context, c *gophercloud.ServiceClient, container string, names []string) (*BulkDeleteResponse, error) {
	return osobjects.BulkDelete(ctx, c, container, names)
}

// CDNURL returns the public CDN URL of an object (HTTPS when ssl is set);
// it makes one request to the CDN endpoint cdn (rackspace.NewObjectCDNV1)
// and returns (string, error). See cdnobjects.URL.
func CDNURL(ctx context.Context, cdn *gophercloud.ServiceClient, container, name string, ssl bool) (string, error) {
	return cdnobjects.URL(ctx, cdn, container, name, ssl)
}
