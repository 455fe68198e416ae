package subnetpools

import (
	"encoding/json"

	"github.com/cloudsdk/gophercloud"
)

// SubnetPool is a Neutron subnet pool.
type SubnetPool struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	ProjectID   string `json:"project_id"`
	// IPVersion (4 or 6) follows from the prefixes.
	IPVersion int      `json:"ip_version"`
	Prefixes  []string `json:"prefixes"`
	// DefaultPrefixLen, MinPrefixLen and MaxPrefixLen bound the subnets
	// taken from the pool.
	DefaultPrefixLen int    `json:"default_prefixlen"`
	MinPrefixLen     int    `json:"min_prefixlen"`
	MaxPrefixLen     int    `json:"max_prefixlen"`
	AddressScopeID   string `json:"address_scope_id"`
	Shared           bool   `json:"shared"`
	IsDefault        bool   `json:"is_default"`
	// DefaultQuota is 0 when no quota is set (null in the response).
	DefaultQuota   int                  `json:"default_quota"`
	Tags           []string             `json:"tags"`
	RevisionNumber int                  `json:"revision_number"`
	CreatedAt      gophercloud.JSONTime `json:"created_at"`
	UpdatedAt      gophercloud.JSONTime `json:"updated_at"`
}

// UnmarshalJSON reads the prefix lengths and quota both as JSON numbers
// (the API reference) and as strings (what Neutron sends), and null as 0.
func (p *SubnetPool) UnmarshalJSON(b []byte) error {
	type plain SubnetPool
	var s struct {
		plain
		DefaultPrefixLen gophercloud.LooseInt `json:"default_prefixlen"`
		MinPrefixLen     gophercloud.LooseInt `json:"min_prefixlen"`
		MaxPrefixLen     gophercloud.LooseInt `json:"max_prefixlen"`
		DefaultQuota     gophercloud.LooseInt `json:"default_quota"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*p = SubnetPool(s.plain)
	p.DefaultPrefixLen, p.MinPrefixLen, p.MaxPrefixLen, p.DefaultQuota = int(s.DefaultPrefixLen), int(s.MinPrefixLen), int(s.MaxPrefixLen), int(s.DefaultQuota)
	return nil
}

// GetResult is the result of Get; Extract returns the *SubnetPool.
type GetResult = gophercloud.ItemResult[SubnetPool]

// CreateResult is the result of Create.
type CreateResult = gophercloud.ItemResult[SubnetPool]

// UpdateResult is the result of Update.
type UpdateResult = gophercloud.ItemResult[SubnetPool]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
