package servergroups

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ServerGroup is a server group as any microversion shows it.
type ServerGroup struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Policies holds the group's one policy before microversion 2.64.
	Policies []string `json:"policies"`
	// Policy is the group's policy from microversion 2.64.
	Policy string `json:"policy"`
	// Rules are the policy's rules from microversion 2.64 (nil before).
	Rules *Rules `json:"rules"`
	// Members are the IDs of the servers in the group.
	Members []string `json:"members"`
	// Metadata is always empty; sent before microversion 2.64.
	Metadata  map[string]string `json:"metadata"`
	ProjectID string            `json:"project_id"`
	// UserID is sent from microversion 2.13.
	UserID string `json:"user_id"`
}

// EffectivePolicy returns the group's policy whatever the microversion
// of the response: Policy, else the first of Policies.
func (g ServerGroup) EffectivePolicy() string {
	if g.Policy != "" || len(g.Policies) == 0 {
		return g.Policy
	}
	return g.Policies[0]
}

// Rules tune a policy (microversion 2.64).
type Rules struct {
	// MaxServerPerHost caps the group's servers on one host;
	// anti-affinity only. 0 leaves it unset (Nova's default is 1).
	MaxServerPerHost int `json:"max_server_per_host,omitempty"`
}

// GetResult is the result of Get; Extract returns the *ServerGroup.
type GetResult = gophercloud.ItemResult[ServerGroup]

// CreateResult is the result of Create; Extract returns the new
// *ServerGroup.
type CreateResult = gophercloud.ItemResult[ServerGroup]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// ExtractServerGroups returns the groups of a page (or of AllPages).
func ExtractServerGroups(p pagination.Page[ServerGroup]) ([]ServerGroup, error) { return p.Items, nil }
