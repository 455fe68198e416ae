package limits

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"
)

var kind = crud.Kind[Limit]{Path: []string{"limits"}, Key: "limit", ListKey: "limits"}

func modelURL(c *gophercloud.ServiceClient) string { return kind.URL(c, "model") }
