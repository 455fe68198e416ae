package projects

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"
)

var kind = crud.Kind[Project]{Path: []string{"projects"}, Key: "project", ListKey: "projects"}

// MaxTagLength and MaxTags are Keystone's limits on project tags.
const (
	MaxTagLength = 255
	MaxTags      = 80
)

// projectTags is a project's tag set, at /v3/projects/{id}/tags.
var projectTags = gophercloud.TagSet{Collection: []string{"projects"}, MaxLength: MaxTagLength, MaxTags: MaxTags}
