package virtualinterfaces

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager (of one page) over a server's virtual interfaces;
// it does no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient, serverID string) pagination.Pager[VirtualInterface] {
	return pagination.New(c, listURL(c, serverID), pagination.Single[VirtualInterface]{ItemsKey: "virtual_interfaces"}, nil)
}

// CreateOpts names the network to attach the server to.
type CreateOpts struct {
	// NetworkID is the Cloud Network's ID (networks.Network.ID).
	NetworkID string `json:"network_id" required:"true"`
}

// Create attaches the server to a network with a new virtual interface.
func Create(ctx context.Context, c *gophercloud.ServiceClient, serverID string, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "virtual_interface")
	if err != nil {
		return CreateResult{gophercloud.Result{Err: err}}
	}
	return CreateResult{c.Post(ctx, listURL(c, serverID), b, nil)}
}

// Delete detaches the server from a network by removing the interface.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, serverID, id string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, interfaceURL(c, serverID, id), &gophercloud.RequestOpts{
		OkCodes: []int{http.StatusOK, http.StatusAccepted, http.StatusNoContent},
	})}
}
