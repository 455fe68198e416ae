package members

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// The statuses of a member.
const (
	StatusPending  = "pending"
	StatusAccepted = "accepted"
	StatusRejected = "rejected"
)

// List lists the members of an image (one page: Glance does not page
// members). Only the image owner sees them all; a member sees itself.
// https://docs.openstack.org/api-ref/image/v2/#list-image-members
func List(c *gophercloud.ServiceClient, imageID string) pagination.Pager[Member] {
	return pagination.New(c, listURL(c, imageID), pagination.Single[Member]{ItemsKey: "members"}, nil)
}

// Get shows the member memberID (a project ID) of an image.
// https://docs.openstack.org/api-ref/image/v2/#show-image-member-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, imageID, memberID string) GetResult {
	return GetResult{Result: c.Get(ctx, memberURL(c, imageID, memberID), nil)}
}

// createBody is the body of Create.
type createBody struct {
	Member string `json:"member" required:"true"`
}

// Create shares an image with the project projectID; the member starts
// pending until that project accepts.
// https://docs.openstack.org/api-ref/image/v2/#create-image-member
func Create(ctx context.Context, c *gophercloud.ServiceClient, imageID, projectID string) CreateResult {
	b, err := gophercloud.BuildRequestBody(createBody{Member: projectID}, "")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateResult{Result: c.Post(ctx, listURL(c, imageID), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}})}
}

// UpdateOpts changes the status of a member.
type UpdateOpts struct {
	// Status is StatusAccepted, StatusRejected or StatusPending.
	Status string `json:"status" required:"true"`
}

// Validate checks the status.
func (opts UpdateOpts) Validate() error {
	switch opts.Status {
	case StatusAccepted, StatusRejected, StatusPending:
		return nil
	}
	return &gophercloud.ErrInvalidInput{Argument: "Status", Value: opts.Status, Reason: "must be accepted, rejected or pending"}
}

// Update sets the status of the member memberID; the member project
// calls it to accept or reject a share.
// https://docs.openstack.org/api-ref/image/v2/#update-image-member
func Update(ctx context.Context, c *gophercloud.ServiceClient, imageID, memberID string, opts UpdateOpts) UpdateResult {
	b, err := gophercloud.BuildRequestBody(opts, "")
	if err != nil {
		return UpdateResult{Result: gophercloud.Result{Err: err}}
	}
	return UpdateResult{Result: c.Put(ctx, memberURL(c, imageID, memberID), b, nil)}
}

// Delete stops sharing an image with the member memberID.
// https://docs.openstack.org/api-ref/image/v2/#delete-image-member
func Delete(ctx context.Context, c *gophercloud.ServiceClient, imageID, memberID string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, memberURL(c, imageID, memberID), nil)}
}
