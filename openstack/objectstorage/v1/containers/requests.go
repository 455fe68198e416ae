package containers

import (
	"context"
	"net/http"
	"net/url"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters and pages a container listing; the zero value lists
// everything. Swift takes the same options for accounts and containers.
type ListOpts = swift.ListOpts

// listPagerArgs checks opts and returns the listing URL and query.
func listPagerArgs(c *gophercloud.ServiceClient, opts ListOpts) (string, url.Values, error) {
	q, err := internal.ListQuery(opts)
	return listURL(c), q, err
}

// List returns a Pager over the account's containers with their object
// counts and sizes (the JSON listing). It does no I/O until walked.
// https://docs.openstack.org/api-ref/object-store/#show-account-details-and-list-containers
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Container] {
	u, q, err := listPagerArgs(c, opts)
	if err != nil {
		return pagination.Fail[Container](err)
	}
	return internal.ListPager(c, u, q, Container.marker)
}

// ListNames returns a Pager over the container names only (the plain-text
// listing, the cheapest one).
func ListNames(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[string] {
	u, q, err := listPagerArgs(c, opts)
	if err != nil {
		return pagination.Fail[string](err)
	}
	return internal.NamesPager(c, u, q)
}

// CreateOpts are the settings of a new container.
type CreateOpts struct {
	// Read and Write are the container ACLs: for Read, for example,
	// ".r:*,.rlistings" (public) or "<project>:<user>"; for Write
	// "<project>:*".
	Read  string `h:"X-Container-Read"`
	Write string `h:"X-Container-Write"`
	// Metadata sets these metadata items.
	Metadata map[string]string `h:"X-Container-Meta-"`
	// StoragePolicy picks the storage policy by name; it cannot be
	// changed later.
	StoragePolicy string `h:"X-Storage-Policy"`
	// VersionsEnabled turns object versioning on or off (Swift 2.24+).
	VersionsEnabled *bool `h:"X-Versions-Enabled"`
	// VersionsLocation (legacy "stack" mode) and HistoryLocation (legacy
	// "history" mode) name the container that receives old versions. At
	// most one may be set.
	VersionsLocation string `h:"X-Versions-Location"`
	HistoryLocation  string `h:"X-History-Location"`
	// TempURLKey and TempURLKey2 set container-level temp URL keys, which
	// users with write access to the container (not only account owners)
	// may use.
	TempURLKey  string `h:"X-Container-Meta-Temp-URL-Key"`
	TempURLKey2 string `h:"X-Container-Meta-Temp-URL-Key-2"`
	// QuotaBytes and QuotaCount limit the container's size and object
	// count (container_quotas middleware).
	QuotaBytes int64 `h:"X-Container-Meta-Quota-Bytes"`
	QuotaCount int64 `h:"X-Container-Meta-Quota-Count"`
	// SyncTo and SyncKey configure container synchronisation.
	SyncTo  string `h:"X-Container-Sync-To"`
	SyncKey string `h:"X-Container-Sync-Key"`
}

// ToContainerCreateHeaders builds the request headers of Create.
func (opts CreateOpts) ToContainerCreateHeaders() (map[string]string, error) {
	return gophercloud.BuildHeaders(opts)
}

// Validate refuses two versioning modes at once; BuildHeaders calls it.
func (opts CreateOpts) Validate() error {
	return checkVersioning("containers.CreateOpts", opts.VersionsLocation, opts.HistoryLocation, opts.VersionsEnabled)
}

// checkVersioning refuses two versioning modes at once, which Swift
// answers with 400.
func checkVersioning(typ, versions, history string, enabled *bool) error {
	switch {
	case versions != "" && history != "":
		return &gophercloud.ErrInvalidInput{Argument: typ + ".HistoryLocation", Value: history, Reason: "cannot be set together with VersionsLocation"}
	case enabled != nil && *enabled && (versions != "" || history != ""):
		return &gophercloud.ErrInvalidInput{Argument: typ + ".VersionsEnabled", Value: true, Reason: "object versioning cannot be combined with VersionsLocation or HistoryLocation"}
	}
	return nil
}

// Create creates a container, or updates the given settings of an
// existing one (PUT is idempotent: 201 Created or 202 Accepted; see
// CreateHeader.Created).
// https://docs.openstack.org/api-ref/object-store/#create-container
func Create(ctx context.Context, c *gophercloud.ServiceClient, name string, opts CreateOpts) (r CreateResult) {
	u, err := containerURL(c, name)
	if err != nil {
		r.Err = err
		return
	}
	h, err := opts.ToContainerCreateHeaders()
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Do(ctx, http.MethodPut, u, &gophercloud.RequestOpts{MoreHeaders: h, OkCodes: []int{http.StatusCreated, http.StatusAccepted}})
	return
}

// GetOpts tunes Get. The zero value is the usual request.
type GetOpts struct {
	// Newest asks Swift for the newest of all replicas (slower).
	Newest bool `h:"X-Newest"`
}

// Get reads a container's totals, ACLs and metadata (HEAD).
// https://docs.openstack.org/api-ref/object-store/#show-container-metadata
func Get(ctx context.Context, c *gophercloud.ServiceClient, name string, opts GetOpts) (r GetResult) {
	u, err := containerURL(c, name)
	if err != nil {
		r.Err = err
		return
	}
	h, err := gophercloud.BuildHeaders(opts)
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Head(ctx, u, &gophercloud.RequestOpts{MoreHeaders: h, OkCodes: []int{http.StatusOK, http.StatusNoContent}})
	return
}

// UpdateOpts are the changes Update makes; settings not named keep their
// values.
type UpdateOpts struct {
	// Read and Write replace the ACLs; RemoveRead and RemoveWrite delete them.
	Read        string `h:"X-Container-Read"`
	Write       string `h:"X-Container-Write"`
	RemoveRead  bool   `h:"X-Remove-Container-Read"`
	RemoveWrite bool   `h:"X-Remove-Container-Write"`
	// Metadata sets these items; RemoveMetadata removes these keys.
	Metadata       map[string]string `h:"X-Container-Meta-"`
	RemoveMetadata []string
	// VersionsEnabled turns object versioning on or off (Swift 2.24+).
	VersionsEnabled *bool `h:"X-Versions-Enabled"`
	// VersionsLocation and HistoryLocation set legacy versioning;
	// RemoveVersionsLocation and RemoveHistoryLocation turn it off.
	VersionsLocation       string `h:"X-Versions-Location"`
	HistoryLocation        string `h:"X-History-Location"`
	RemoveVersionsLocation bool   `h:"X-Remove-Versions-Location"`
	RemoveHistoryLocation  bool   `h:"X-Remove-History-Location"`
	// TempURLKey and TempURLKey2 set the container's temp URL keys.
	TempURLKey  string `h:"X-Container-Meta-Temp-URL-Key"`
	TempURLKey2 string `h:"X-Container-Meta-Temp-URL-Key-2"`
	// QuotaBytes and QuotaCount set the container quotas.
	QuotaBytes int64 `h:"X-Container-Meta-Quota-Bytes"`
	QuotaCount int64 `h:"X-Container-Meta-Quota-Count"`
	// SyncTo and SyncKey configure container synchronisation.
	SyncTo  string `h:"X-Container-Sync-To"`
	SyncKey string `h:"X-Container-Sync-Key"`
}

// Validate refuses two versioning modes at once and a setting that is
// both set and removed; BuildHeaders calls it.
func (opts UpdateOpts) Validate() error {
	if err := checkVersioning("containers.UpdateOpts", opts.VersionsLocation, opts.HistoryLocation, opts.VersionsEnabled); err != nil {
		return err
	}
	for _, p := range []struct {
		set    bool
		remove bool
		name   string
	}{
		{opts.Read != "", opts.RemoveRead, "Read"},
		{opts.Write != "", opts.RemoveWrite, "Write"},
		{opts.VersionsLocation != "", opts.RemoveVersionsLocation, "VersionsLocation"},
		{opts.HistoryLocation != "", opts.RemoveHistoryLocation, "HistoryLocation"},
	} {
		if p.set && p.remove {
			return &gophercloud.ErrInvalidInput{Argument: "containers.UpdateOpts.Remove" + p.name, Value: true, Reason: "cannot be set together with " + p.name}
		}
	}
	return nil
}

// ToContainerUpdateHeaders builds the request headers of Update.
func (opts UpdateOpts) ToContainerUpdateHeaders() (map[string]string, error) {
	h, err := gophercloud.BuildHeaders(opts)
	if err != nil {
		return nil, err
	}
	if err := internal.AddRemoveMetadata(h, "Container", "containers.UpdateOpts.RemoveMetadata", opts.RemoveMetadata); err != nil {
		return nil, err
	}
	return h, nil
}

// Update changes a container's ACLs, metadata and versioning (POST).
// https://docs.openstack.org/api-ref/object-store/#create-update-or-delete-container-metadata
func Update(ctx context.Context, c *gophercloud.ServiceClient, name string, opts UpdateOpts) (r UpdateResult) {
	u, err := containerURL(c, name)
	if err != nil {
		r.Err = err
		return
	}
	h, err := opts.ToContainerUpdateHeaders()
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Do(ctx, http.MethodPost, u, &gophercloud.RequestOpts{MoreHeaders: h, OkCodes: []int{http.StatusNoContent}})
	return
}

// Delete deletes an empty container; one holding objects gives 409
// Conflict (errors.Is(err, gophercloud.ErrConflict)).
// https://docs.openstack.org/api-ref/object-store/#delete-container
func Delete(ctx context.Context, c *gophercloud.ServiceClient, name string) (r DeleteResult) {
	u, err := containerURL(c, name)
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Delete(ctx, u, &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})
	return
}

// BulkDelete deletes many (empty) containers, sending one bulk-delete
// request per batch of names (no batch exceeds the cluster's
// max_deletes_per_request), so it returns (report, error) rather than a
// result. Names that do not exist count as NumberNotFound,
// not as errors. The response is returned even with an error, which is a
// *BulkDeleteError when some containers were not deleted (409 Conflict for
// one that still holds objects). To delete objects, see objects.BulkDelete.
// https://docs.openstack.org/swift/latest/middleware.html#bulk-delete
func BulkDelete(ctx context.Context, c *gophercloud.ServiceClient, names []string) (*BulkDeleteResponse, error) {
	for _, n := range names {
		if err := internal.CheckContainer("containers.BulkDelete names", n); err != nil {
			return nil, err
		}
	}
	return internal.BulkDelete(ctx, c, names)
}
