package projects

import (
	"encoding/json"

	"github.com/cloudsdk/gophercloud"
)

// Project is a Keystone project.
type Project struct {
	// ID is the project's ID.
	ID string `json:"id"`
	// Name is unique within its domain.
	Name string `json:"name"`
	// DomainID is the owning domain.
	DomainID string `json:"domain_id"`
	// ParentID is the parent project, or the domain for a top-level one.
	ParentID string `json:"parent_id"`
	// IsDomain is true for the project that acts as a domain.
	IsDomain bool `json:"is_domain"`
	// Description is free text.
	Description string `json:"description"`
	// Enabled is false for a disabled project.
	Enabled bool `json:"enabled"`
	// Tags label the project.
	Tags []string `json:"tags"`
	// Parents and Subtree are the nested ID trees Get returns with
	// GetOpts.ParentsAsIDs / SubtreeAsIDs ({"id": {"id": null}}), or the
	// lists with ParentsAsList / SubtreeAsList; raw so either shape fits.
	Parents json.RawMessage `json:"parents,omitempty"`
	Subtree json.RawMessage `json:"subtree,omitempty"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the *Project.
type GetResult = gophercloud.ItemResult[Project]

// CreateResult is the result of Create; Extract returns the *Project.
type CreateResult = gophercloud.ItemResult[Project]

// UpdateResult is the result of Update; Extract returns the *Project.
type UpdateResult = gophercloud.ItemResult[Project]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// TagsResult is the result of ListTags and ReplaceTags; Extract returns
// the tags.
type TagsResult = gophercloud.ValueResult[[]string]

// CheckTagResult is the result of CheckTag; Extract reports whether the
// project has the tag.
type CheckTagResult = gophercloud.ExistsResult

// AddTagResult is the result of AddTag.
type AddTagResult = gophercloud.ErrResult
