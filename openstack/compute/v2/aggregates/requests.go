package aggregates

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager (of one page) over the aggregates; it does no I/O,
// so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-aggregates
func List(c *gophercloud.ServiceClient) pagination.Pager[Aggregate] {
	return pagination.New(c, listURL(c), pagination.Single[Aggregate]{ItemsKey: "aggregates"}, nil)
}

// CreateOpts describes a new aggregate.
type CreateOpts struct {
	// Name is unique among aggregates, 1 to 255 characters.
	Name string `json:"name" required:"true"`
	// AvailabilityZone, when set, exposes the aggregate's hosts as this
	// availability zone.
	AvailabilityZone string `json:"availability_zone,omitempty"`
}

// Validate checks the lengths Nova allows.
func (opts CreateOpts) Validate() error {
	return checkLengths(opts.Name, opts.AvailabilityZone)
}

func checkLengths(name, zone string) error {
	if len(name) > 255 {
		return &gophercloud.ErrInvalidInput{Argument: "aggregates.Name", Value: name, Reason: "must be at most 255 characters"}
	}
	if len(zone) > 255 {
		return &gophercloud.ErrInvalidInput{Argument: "aggregates.AvailabilityZone", Value: zone, Reason: "must be at most 255 characters"}
	}
	return nil
}

// Create creates an aggregate.
// https://docs.openstack.org/api-ref/compute/#create-aggregate
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "aggregate")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateResult{Result: c.Post(ctx, listURL(c), b, &gophercloud.RequestOpts{OkCodes: []int{200}}), Key: "aggregate"}
}

// Get shows one aggregate.
// https://docs.openstack.org/api-ref/compute/#show-aggregate-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id int) GetResult {
	return GetResult{Result: c.Get(ctx, aggregateURL(c, id), nil), Key: "aggregate"}
}

// UpdateOpts renames an aggregate or moves it to another availability
// zone; at least one field must be set.
type UpdateOpts struct {
	// Name is the new name.
	Name string `json:"name,omitempty" or:"AvailabilityZone"`
	// AvailabilityZone is the new zone.
	AvailabilityZone string `json:"availability_zone,omitempty" or:"Name"`
}

// Validate checks the lengths Nova allows.
func (opts UpdateOpts) Validate() error {
	return checkLengths(opts.Name, opts.AvailabilityZone)
}

// Update changes an aggregate's name or zone.
// https://docs.openstack.org/api-ref/compute/#update-aggregate
func Update(ctx context.Context, c *gophercloud.ServiceClient, id int, opts UpdateOpts) UpdateResult {
	b, err := gophercloud.BuildRequestBody(opts, "aggregate")
	if err != nil {
		return UpdateResult{Result: gophercloud.Result{Err: err}}
	}
	return UpdateResult{Result: c.Put(ctx, aggregateURL(c, id), b, &gophercloud.RequestOpts{OkCodes: []int{200}}), Key: "aggregate"}
}

// Delete deletes an aggregate, which must hold no hosts.
// https://docs.openstack.org/api-ref/compute/#delete-aggregate
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id int) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, aggregateURL(c, id), &gophercloud.RequestOpts{OkCodes: []int{200, 204}})}
}

// action posts {name: arg} to the aggregate's action URL; Nova answers
// each with the aggregate.
func action(ctx context.Context, c *gophercloud.ServiceClient, id int, name string, arg any) ActionResult {
	return ActionResult{Result: c.Post(ctx, actionURL(c, id), map[string]any{name: arg}, &gophercloud.RequestOpts{OkCodes: []int{200}}), Key: "aggregate"}
}

// AddHost adds a compute host (its service host name) to the aggregate.
// https://docs.openstack.org/api-ref/compute/#add-host
func AddHost(ctx context.Context, c *gophercloud.ServiceClient, id int, host string) ActionResult {
	if host == "" {
		return ActionResult{Result: gophercloud.Result{Err: &gophercloud.ErrMissingInput{Argument: "aggregates.AddHost host"}}}
	}
	return action(ctx, c, id, "add_host", map[string]string{"host": host})
}

// RemoveHost removes a host from the aggregate.
// https://docs.openstack.org/api-ref/compute/#remove-host
func RemoveHost(ctx context.Context, c *gophercloud.ServiceClient, id int, host string) ActionResult {
	if host == "" {
		return ActionResult{Result: gophercloud.Result{Err: &gophercloud.ErrMissingInput{Argument: "aggregates.RemoveHost host"}}}
	}
	return action(ctx, c, id, "remove_host", map[string]string{"host": host})
}

// SetMetadataOpts adds, changes and removes metadata keys; keys it does
// not name are kept.
type SetMetadataOpts struct {
	// Metadata holds the keys to set.
	Metadata map[string]string
	// Delete names the keys to remove (sent as null).
	Delete []string
}

// Validate requires at least one key and refuses a key both set and
// deleted.
func (opts SetMetadataOpts) Validate() error {
	if len(opts.Metadata) == 0 && len(opts.Delete) == 0 {
		return &gophercloud.ErrMissingInput{Argument: "aggregates.SetMetadataOpts.Metadata or Delete"}
	}
	for _, k := range opts.Delete {
		if _, ok := opts.Metadata[k]; ok {
			return &gophercloud.ErrInvalidInput{Argument: "aggregates.SetMetadataOpts.Delete", Value: k, Reason: "the key is also in Metadata"}
		}
	}
	return nil
}

// SetMetadata changes the aggregate's metadata.
// https://docs.openstack.org/api-ref/compute/#create-or-update-aggregate-metadata
func SetMetadata(ctx context.Context, c *gophercloud.ServiceClient, id int, opts SetMetadataOpts) ActionResult {
	if err := opts.Validate(); err != nil {
		return ActionResult{Result: gophercloud.Result{Err: err}}
	}
	md := make(map[string]*string, len(opts.Metadata)+len(opts.Delete))
	for k, v := range opts.Metadata {
		md[k] = &v
	}
	for _, k := range opts.Delete {
		md[k] = nil
	}
	return action(ctx, c, id, "set_metadata", map[string]any{"metadata": md})
}
