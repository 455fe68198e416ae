package images

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Visibilities of an image.
const (
	Public    = "public"
	Private   = "private"
	Shared    = "shared"
	Community = "community"
)

// ListOpts filters, sorts and pages List; the zero value lists what the
// caller can see, in Glance's page size.
type ListOpts struct {
	Name       string `q:"name"`
	Visibility string `q:"visibility"`
	// MemberStatus filters shared images by the caller's membership
	// ("accepted", "pending", "rejected", "all").
	MemberStatus    string `q:"member_status"`
	Owner           string `q:"owner"`
	Status          string `q:"status"`
	ContainerFormat string `q:"container_format"`
	DiskFormat      string `q:"disk_format"`
	SizeMin         int64  `q:"size_min"`
	SizeMax         int64  `q:"size_max"`
	// Tags lists images having every one of these tags (tag=a&tag=b).
	Tags      []string `q:"tag"`
	Protected *bool    `q:"protected"`
	Hidden    *bool    `q:"os_hidden"`
	// CreatedAt and UpdatedAt compare times: "gte:2026-01-01T00:00:00Z"
	// (operators gt, gte, eq, neq, lt, lte).
	CreatedAt string `q:"created_at"`
	UpdatedAt string `q:"updated_at"`
	// Sort is "key[:asc|desc][,key…]" ("name:asc,created_at:desc"); the
	// older SortKey/SortDir pair may be used instead.
	Sort    string `q:"sort"`
	SortKey string `q:"sort_key"`
	SortDir string `q:"sort_dir"`
	// Limit is the page size; the pager follows "next".
	Limit  int    `q:"limit"`
	Marker string `q:"marker"`
}

// Validate implements gophercloud.Validator.
func (opts ListOpts) Validate() error {
	if opts.Sort != "" && (opts.SortKey != "" || opts.SortDir != "") {
		return &gophercloud.ErrInvalidInput{Argument: "images.ListOpts.Sort", Value: opts.Sort, Reason: "Glance refuses Sort together with SortKey or SortDir"}
	}
	if opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "images.ListOpts.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	return nil
}

// List returns a Pager over the images; it follows Glance's "next" link.
// https://docs.openstack.org/api-ref/image/v2/#list-images
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Image] {
	return pagination.NewWithQuery(c, listURL(c), opts, pagination.Linked[Image]{ItemsKey: "images", NextKey: "next"})
}

// Get shows one image.
// https://docs.openstack.org/api-ref/image/v2/#show-image
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return GetResult{Result: c.Get(ctx, imageURL(c, id), nil)}
}

// CreateOpts describes a new image record; its data comes later
// (imagedata.Upload or imageimport.Import).
type CreateOpts struct {
	Name string `json:"name,omitempty"`
	// ID picks the image's UUID; empty lets Glance choose.
	ID              string   `json:"id,omitempty"`
	Visibility      string   `json:"visibility,omitempty"`
	Tags            []string `json:"tags,omitempty"`
	ContainerFormat string   `json:"container_format,omitempty"`
	DiskFormat      string   `json:"disk_format,omitempty"`
	MinDisk         int      `json:"min_disk,omitempty"`
	MinRAM          int      `json:"min_ram,omitempty"`
	Protected       *bool    `json:"protected,omitempty"`
	Hidden          *bool    `json:"os_hidden,omitempty"`
	// Properties are custom attributes, sent next to the others.
	Properties map[string]string `json:"-"`
}

// Validate implements gophercloud.Validator.
func (opts CreateOpts) Validate() error {
	switch opts.Visibility {
	case "", Public, Private, Shared, Community:
	default:
		return &gophercloud.ErrInvalidInput{Argument: "images.CreateOpts.Visibility", Value: opts.Visibility, Reason: "must be public, private, shared or community"}
	}
	known := knownKeys()
	for k := range opts.Properties {
		if known[k] {
			return &gophercloud.ErrInvalidInput{Argument: "images.CreateOpts.Properties", Value: k, Reason: "is an image attribute: set its own field"}
		}
	}
	return nil
}

// Create creates an image record ("queued" until it has data).
// https://docs.openstack.org/api-ref/image/v2/#create-image
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	for k, v := range opts.Properties {
		b[k] = v
	}
	return CreateResult{Result: c.Post(ctx, listURL(c), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusCreated}})}
}

// Patch operations.
const (
	OpAdd     = "add"
	OpReplace = "replace"
	OpRemove  = "remove"
)

// Patch is one operation of a JSON patch (RFC 6902) on an image.
type Patch struct {
	// Op is OpAdd, OpReplace or OpRemove.
	Op string
	// Path is a JSON pointer: "/name", "/tags", "/my_property".
	Path string
	// Value is the new value (not sent for OpRemove).
	Value any
}

// MarshalJSON writes {"op", "path", "value"}, without value for remove.
func (p Patch) MarshalJSON() ([]byte, error) {
	if p.Op == OpRemove {
		return json.Marshal(struct {
			Op   string `json:"op"`
			Path string `json:"path"`
		}{p.Op, p.Path})
	}
	return json.Marshal(struct {
		Op    string `json:"op"`
		Path  string `json:"path"`
		Value any    `json:"value"`
	}{p.Op, p.Path, p.Value})
}

// pointer makes an attribute name a JSON pointer ("a/b" -> "/a~1b").
func pointer(attr string) string {
	return "/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(attr)
}

// Replace sets an existing attribute: Replace("name", "new").
func Replace(attr string, value any) Patch {
	return Patch{Op: OpReplace, Path: pointer(attr), Value: value}
}

// Add sets an attribute, creating a custom property if needed.
func Add(attr string, value any) Patch { return Patch{Op: OpAdd, Path: pointer(attr), Value: value} }

// Remove deletes a custom property (or clears an optional attribute).
func Remove(attr string) Patch { return Patch{Op: OpRemove, Path: pointer(attr)} }

// UpdateOpts is the list of patch operations Update applies, in order.
type UpdateOpts []Patch

// Validate implements gophercloud.Validator.
func (opts UpdateOpts) Validate() error {
	if len(opts) == 0 {
		return &gophercloud.ErrMissingInput{Argument: "images.UpdateOpts"}
	}
	for i, p := range opts {
		switch p.Op {
		case OpAdd, OpReplace, OpRemove:
		default:
			return &gophercloud.ErrInvalidInput{Argument: "images.UpdateOpts[" + strconv.Itoa(i) + "].Op", Value: p.Op, Reason: "must be add, replace or remove"}
		}
		if len(p.Path) < 2 || p.Path[0] != '/' {
			return &gophercloud.ErrInvalidInput{Argument: "images.UpdateOpts[" + strconv.Itoa(i) + "].Path", Value: p.Path, Reason: `must be a JSON pointer such as "/name"`}
		}
	}
	return nil
}

// PatchContentType is the media type of Update's body.
const PatchContentType = "application/openstack-images-v2.1-json-patch"

// Update applies a JSON patch to an image and returns the new record.
// https://docs.openstack.org/api-ref/image/v2/#update-image
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	if err := opts.Validate(); err != nil {
		return UpdateResult{Result: gophercloud.Result{Err: err}}
	}
	return UpdateResult{Result: c.Patch(ctx, imageURL(c, id), []Patch(opts), &gophercloud.RequestOpts{
		MoreHeaders: map[string]string{"Content-Type": PatchContentType},
		OkCodes:     []int{http.StatusOK},
	})}
}

// Delete deletes an image and its data.
// https://docs.openstack.org/api-ref/image/v2/#delete-image
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, imageURL(c, id), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// AddTag adds a tag to an image.
// https://docs.openstack.org/api-ref/image/v2/#add-image-tag
func AddTag(ctx context.Context, c *gophercloud.ServiceClient, id, tag string) TagResult {
	return TagResult{Result: c.Put(ctx, imageURL(c, id, "tags", tag), nil, &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// DeleteTag removes a tag from an image.
// https://docs.openstack.org/api-ref/image/v2/#delete-image-tag
func DeleteTag(ctx context.Context, c *gophercloud.ServiceClient, id, tag string) TagResult {
	return TagResult{Result: c.Delete(ctx, imageURL(c, id, "tags", tag), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// Deactivate makes an active image's data unavailable to non-admins;
// admin only.
// https://docs.openstack.org/api-ref/image/v2/#deactivate-image
func Deactivate(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: c.Post(ctx, imageURL(c, id, "actions", "deactivate"), nil, &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// Reactivate undoes Deactivate; admin only.
// https://docs.openstack.org/api-ref/image/v2/#reactivate-image
func Reactivate(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: c.Post(ctx, imageURL(c, id, "actions", "reactivate"), nil, &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// WaitForStatus polls the image every opts.Interval (default one second)
// until its status is status, it is "killed" (a failed upload or import;
// the error carries Glance's os_glance_import_* state if any), or ctx ends.
func WaitForStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string, opts gophercloud.WaitOpts) error {
	return gophercloud.WaitFor(ctx, opts.Interval, func(ctx context.Context) (bool, error) {
		img, err := Get(ctx, c, id).Extract()
		if err != nil {
			return false, err
		}
		if img.Status == status {
			return true, nil
		}
		if img.Status == "killed" || img.Status == "deleted" {
			return false, &ErrStatus{ID: id, Status: img.Status, Want: status, FailedImport: img.Properties["os_glance_failed_import"]}
		}
		return false, nil
	})
}

// ErrStatus is returned by WaitForStatus when the image went to "killed"
// or "deleted" instead of the awaited status.
type ErrStatus struct {
	ID, Status, Want string
	// FailedImport lists the stores an import failed for, when Glance
	// says (os_glance_failed_import).
	FailedImport string
}

// Error implements error.
func (e *ErrStatus) Error() string {
	s := fmt.Sprintf("image %s went to status %q while waiting for %q", e.ID, e.Status, e.Want)
	if e.FailedImport != "" {
		s += "; import failed for stores " + e.FailedImport
	}
	return s
}
