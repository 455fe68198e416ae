package tags

import "github.com/cloudsdk/gophercloud"

// serverTags is Nova's tag set of a server, at /servers/{id}/tags.
var serverTags = gophercloud.TagSet{Collection: []string{"servers"}, MaxLength: MaxLength, MaxTags: MaxTags}
