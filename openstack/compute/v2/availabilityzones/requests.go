package availabilityzones

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

var zonePage = pagination.Single[AvailabilityZone]{ItemsKey: "availabilityZoneInfo"}

// List returns a Pager (of one page) over the availability zones usable
// for new servers; Hosts is nil in its items.
// https://docs.openstack.org/api-ref/compute/#get-availability-zone-information
func List(c *gophercloud.ServiceClient) pagination.Pager[AvailabilityZone] {
	return pagination.New(c, listURL(c), zonePage, nil)
}

// ListDetail returns a Pager (of one page) over every availability zone with
// its hosts and their Nova services; admin only by default.
// https://docs.openstack.org/api-ref/compute/#get-detailed-availability-zone-information
func ListDetail(c *gophercloud.ServiceClient) pagination.Pager[AvailabilityZone] {
	return pagination.New(c, listDetailURL(c), zonePage, nil)
}
