package quotasets

import (
	"context"

	"github.com/cloudsdk/gophercloud"
)

// GetOpts selects whose quotas Get, GetDetail and Delete address; the zero
// value means the project's.
type GetOpts struct {
	// UserID addresses one user's quotas within the project.
	UserID string `q:"user_id"`
}

// withQuery joins the query of opts (GetOpts or UpdateOpts) to u.
func withQuery(u string, opts any) (string, error) {
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return "", err
	}
	return u + q.String(), nil
}

// Get shows the project's quotas.
// https://docs.openstack.org/api-ref/compute/#show-a-quota
func Get(ctx context.Context, c *gophercloud.ServiceClient, projectID string, opts GetOpts) GetResult {
	u, err := withQuery(quotaURL(c, projectID), opts)
	if err != nil {
		return GetResult{Result: gophercloud.Result{Err: err}}
	}
	return GetResult{Result: c.Get(ctx, u, nil), Key: "quota_set"}
}

// GetDetail shows, for each of the project's quotas, its limit, usage and
// reservations.
// https://docs.openstack.org/api-ref/compute/#show-the-detail-of-quota
func GetDetail(ctx context.Context, c *gophercloud.ServiceClient, projectID string, opts GetOpts) GetDetailResult {
	u, err := withQuery(quotaURL(c, projectID, "detail"), opts)
	if err != nil {
		return GetDetailResult{Result: gophercloud.Result{Err: err}}
	}
	return GetDetailResult{Result: c.Get(ctx, u, nil), Key: "quota_set"}
}

// GetDefaults shows the default quotas, which apply to every project that
// has none of its own; the project ID only has to be a valid one.
// https://docs.openstack.org/api-ref/compute/#list-default-quotas-for-tenant
func GetDefaults(ctx context.Context, c *gophercloud.ServiceClient, projectID string) GetResult {
	return GetResult{Result: c.Get(ctx, quotaURL(c, projectID, "defaults"), nil), Key: "quota_set"}
}

// UpdateOpts holds the quotas to change; nil fields are left as they are.
// -1 means unlimited.
type UpdateOpts struct {
	// UserID changes one user's quotas within the project (sent in the
	// query).
	UserID string `json:"-" q:"user_id"`
	// Force sets a limit even below what is already in use.
	Force *bool `json:"force,omitempty"`

	Cores              *int `json:"cores,omitempty"`
	Instances          *int `json:"instances,omitempty"`
	RAM                *int `json:"ram,omitempty"`
	KeyPairs           *int `json:"key_pairs,omitempty"`
	MetadataItems      *int `json:"metadata_items,omitempty"`
	ServerGroups       *int `json:"server_groups,omitempty"`
	ServerGroupMembers *int `json:"server_group_members,omitempty"`

	// Before microversion 2.57 only.
	InjectedFiles            *int `json:"injected_files,omitempty"`
	InjectedFileContentBytes *int `json:"injected_file_content_bytes,omitempty"`
	InjectedFilePathBytes    *int `json:"injected_file_path_bytes,omitempty"`

	// Before microversion 2.36 only (nova-network).
	FixedIPs           *int `json:"fixed_ips,omitempty"`
	FloatingIPs        *int `json:"floating_ips,omitempty"`
	Networks           *int `json:"networks,omitempty"`
	SecurityGroups     *int `json:"security_groups,omitempty"`
	SecurityGroupRules *int `json:"security_group_rules,omitempty"`
}

// Validate refuses limits below -1 (unlimited).
func (opts UpdateOpts) Validate() error {
	for _, f := range []struct {
		name string
		v    *int
	}{
		{"Cores", opts.Cores}, {"Instances", opts.Instances}, {"RAM", opts.RAM}, {"KeyPairs", opts.KeyPairs},
		{"MetadataItems", opts.MetadataItems}, {"ServerGroups", opts.ServerGroups}, {"ServerGroupMembers", opts.ServerGroupMembers},
		{"InjectedFiles", opts.InjectedFiles}, {"InjectedFileContentBytes", opts.InjectedFileContentBytes},
		{"InjectedFilePathBytes", opts.InjectedFilePathBytes}, {"FixedIPs", opts.FixedIPs}, {"FloatingIPs", opts.FloatingIPs},
		{"Networks", opts.Networks}, {"SecurityGroups", opts.SecurityGroups}, {"SecurityGroupRules", opts.SecurityGroupRules},
	} {
		if f.v != nil && *f.v < -1 {
			return &gophercloud.ErrInvalidInput{Argument: "quotasets.UpdateOpts." + f.name, Value: *f.v, Reason: "must be -1 (unlimited) or more"}
		}
	}
	return nil
}

// Update changes the project's quotas and returns them all.
// https://docs.openstack.org/api-ref/compute/#update-quotas
func Update(ctx context.Context, c *gophercloud.ServiceClient, projectID string, opts UpdateOpts) UpdateResult {
	b, err := gophercloud.BuildRequestBody(opts, "quota_set")
	if err != nil {
		return UpdateResult{Result: gophercloud.Result{Err: err}}
	}
	u, err := withQuery(quotaURL(c, projectID), opts)
	if err != nil {
		return UpdateResult{Result: gophercloud.Result{Err: err}}
	}
	return UpdateResult{Result: c.Put(ctx, u, b, nil), Key: "quota_set"}
}

// Delete removes the project's (or, with opts.UserID, the user's) own
// quotas, so the defaults apply again.
// https://docs.openstack.org/api-ref/compute/#revert-quotas-to-defaults
func Delete(ctx context.Context, c *gophercloud.ServiceClient, projectID string, opts GetOpts) DeleteResult {
	u, err := withQuery(quotaURL(c, projectID), opts)
	if err != nil {
		return DeleteResult{Result: gophercloud.Result{Err: err}}
	}
	return DeleteResult{Result: c.Delete(ctx, u, nil)}
}
