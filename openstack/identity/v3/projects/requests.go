package projects

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every project the caller
// may see.
type ListOpts struct {
	// DomainID, Name and ParentID match those fields exactly.
	DomainID string `q:"domain_id"`
	Name     string `q:"name"`
	ParentID string `q:"parent_id"`
	// Enabled and IsDomain, when set, match those flags.
	Enabled  *bool `q:"enabled"`
	IsDomain *bool `q:"is_domain"`
	// Tags lists projects with all of these tags; TagsAny with any of
	// them; NotTags and NotTagsAny exclude.
	Tags       gophercloud.CommaList `q:"tags"`
	TagsAny    gophercloud.CommaList `q:"tags-any"`
	NotTags    gophercloud.CommaList `q:"not-tags"`
	NotTagsAny gophercloud.CommaList `q:"not-tags-any"`
}

// List returns a Pager over the projects; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-projects
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Project] {
	return kind.List(c, opts)
}

// ListAvailable returns a Pager over the projects the caller's token may
// be scoped to (GET /v3/auth/projects).
// https://docs.openstack.org/api-ref/identity/v3/#get-available-project-scopes
func ListAvailable(c *gophercloud.ServiceClient) pagination.Pager[Project] {
	return kind.Under("auth").List(c, nil)
}

// GetOpts asks Get for the project's place in the hierarchy; the zero
// value asks for nothing extra.
type GetOpts struct {
	// ParentsAsList / ParentsAsIDs return the ancestors as project
	// objects or as nested IDs; SubtreeAsList / SubtreeAsIDs the
	// descendants.
	ParentsAsList bool `q:"parents_as_list"`
	ParentsAsIDs  bool `q:"parents_as_ids"`
	SubtreeAsList bool `q:"subtree_as_list"`
	SubtreeAsIDs  bool `q:"subtree_as_ids"`
}

// Validate refuses asking for both shapes of the same tree.
func (opts GetOpts) Validate() error {
	if opts.ParentsAsList && opts.ParentsAsIDs {
		return &gophercloud.ErrInvalidInput{Argument: "projects.GetOpts.ParentsAsList", Reason: "set ParentsAsList or ParentsAsIDs, not both"}
	}
	if opts.SubtreeAsList && opts.SubtreeAsIDs {
		return &gophercloud.ErrInvalidInput{Argument: "projects.GetOpts.SubtreeAsList", Reason: "set SubtreeAsList or SubtreeAsIDs, not both"}
	}
	return nil
}

// Get shows one project.
// https://docs.openstack.org/api-ref/identity/v3/#show-project-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string, opts GetOpts) GetResult {
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return GetResult{Result: gophercloud.Result{Err: err}}
	}
	return GetResult{Result: c.Get(ctx, kind.URL(c, id)+q.String(), nil), Key: "project"}
}

// CreateOpts describes a new project.
type CreateOpts struct {
	// Name must be unique in the domain; the other fields are optional
	// (ParentID nests it below another project; Enabled defaults to true).
	Name        string   `json:"name" required:"true"`
	DomainID    string   `json:"domain_id,omitempty"`
	ParentID    string   `json:"parent_id,omitempty"`
	IsDomain    bool     `json:"is_domain,omitempty"`
	Description string   `json:"description,omitempty"`
	Enabled     *bool    `json:"enabled,omitempty"`
	Tags        []string `json:"tags,omitempty"`
}

// Create creates a project.
// https://docs.openstack.org/api-ref/identity/v3/#create-project
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return kind.Create(ctx, c, opts)
}

// UpdateOpts changes a project; unset fields stay as they are.
type UpdateOpts struct {
	// Name renames; Description, Enabled and Tags replace when set.
	Name        string   `json:"name,omitempty"`
	Description *string  `json:"description,omitempty"`
	Enabled     *bool    `json:"enabled,omitempty"`
	Tags        []string `json:"tags,omitempty"`
}

// Update changes a project.
// https://docs.openstack.org/api-ref/identity/v3/#update-project
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes a project.
// https://docs.openstack.org/api-ref/identity/v3/#delete-project
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}

// ListTags returns the project's tags.
// https://docs.openstack.org/api-ref/identity/v3/#list-tags-for-a-project
func ListTags(ctx context.Context, c *gophercloud.ServiceClient, id string) TagsResult {
	return projectTags.List(ctx, c, id)
}

// ReplaceTags makes tags the project's whole set (at most MaxTags of at
// most MaxTagLength characters, without "/" or ",") and returns it; an
// empty tags removes them all.
// https://docs.openstack.org/api-ref/identity/v3/#modify-tag-list-for-a-project
func ReplaceTags(ctx context.Context, c *gophercloud.ServiceClient, id string, tags []string) TagsResult {
	return projectTags.ReplaceAll(ctx, c, id, tags)
}

// DeleteTags removes every tag of the project.
// https://docs.openstack.org/api-ref/identity/v3/#remove-all-tags-from-a-project
func DeleteTags(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return projectTags.DeleteAll(ctx, c, id)
}

// CheckTag asks whether the project has tag; Extract is false for
// Keystone's 404.
// https://docs.openstack.org/api-ref/identity/v3/#check-if-project-contains-tag
func CheckTag(ctx context.Context, c *gophercloud.ServiceClient, id, tag string) CheckTagResult {
	return projectTags.Check(ctx, c, id, tag)
}

// AddTag adds one tag to the project.
// https://docs.openstack.org/api-ref/identity/v3/#add-single-tag-to-a-project
func AddTag(ctx context.Context, c *gophercloud.ServiceClient, id, tag string) AddTagResult {
	return projectTags.Add(ctx, c, id, tag)
}

// DeleteTag removes one tag from the project; a tag it does not have is a
// 404 (gophercloud.ErrNotFound).
// https://docs.openstack.org/api-ref/identity/v3/#delete-single-tag-from-project
func DeleteTag(ctx context.Context, c *gophercloud.ServiceClient, id, tag string) DeleteResult {
	return projectTags.Delete(ctx, c, id, tag)
}
