package flavors

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Flavor is a hardware template for servers.
type Flavor struct {
	// ID is the flavor ID: a UUID or an operator-chosen string such as "1".
	ID string `json:"id"`
	// Name is the flavor's display name ("m1.small").
	Name string `json:"name"`
	// RAM is the memory size in MiB.
	RAM int `json:"ram"`
	// VCPUs is the number of virtual CPUs.
	VCPUs int `json:"vcpus"`
	// Disk is the root disk size in GiB; 0 means the image's size.
	Disk int `json:"disk"`
	// Swap is the swap size in MiB. Before microversion 2.75 Nova sends ""
	// for no swap; that reads as 0.
	Swap int `json:"swap"`
	// Ephemeral is the ephemeral disk size in GiB.
	Ephemeral int `json:"OS-FLV-EXT-DATA:ephemeral"`
	// IsPublic tells whether every project may use the flavor.
	IsPublic bool `json:"os-flavor-access:is_public"`
	// Disabled flavors cannot be used for new servers.
	Disabled bool `json:"OS-FLV-DISABLED:disabled"`
	// RxTxFactor scales the network bandwidth cap.
	RxTxFactor float64 `json:"rxtx_factor"`
	// Description is free text; sent from microversion 2.55.
	Description string `json:"description"`
	// ExtraSpecs are sent with the flavor from microversion 2.61 (to users
	// allowed to see them).
	ExtraSpecs map[string]string `json:"extra_specs"`
}

// UnmarshalJSON reads a flavor in one pass; only swap, which older
// microversions send as "" when there is none, needs its own decoder.
func (f *Flavor) UnmarshalJSON(b []byte) error {
	type plain Flavor
	var v struct {
		plain
		Swap swapMiB `json:"swap"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*f = Flavor(v.plain)
	f.Swap = int(v.Swap)
	return nil
}

// swapMiB is an integer that Nova may send as "" (no swap).
type swapMiB int

// UnmarshalJSON reads an integer, "" or null (both 0).
func (s *swapMiB) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == `""` || string(b) == "null" {
		*s = 0
		return nil
	}
	var n int
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("flavor swap %s is neither an integer nor \"\"", b)
	}
	*s = swapMiB(n)
	return nil
}

// FlavorAccess says that a project may use a private flavor.
type FlavorAccess struct {
	// FlavorID is the private flavor.
	FlavorID string `json:"flavor_id"`
	// TenantID is the project ID.
	TenantID string `json:"tenant_id"`
}

// ExtractFlavors returns the flavors of a page (or of AllPages).
func ExtractFlavors(p pagination.Page[Flavor]) ([]Flavor, error) { return p.Items, nil }

// ExtractAccesses returns the access entries of a page (or of AllPages).
func ExtractAccesses(p pagination.Page[FlavorAccess]) ([]FlavorAccess, error) { return p.Items, nil }

// ExtraSpecResult is the result of GetExtraSpec and UpdateExtraSpec: the
// body is {key: value}, so Extract checks that the key asked for is there.
type ExtraSpecResult struct {
	gophercloud.Result
	// Key is the extra spec the call named.
	Key string
}

// Extract returns the one-entry map {key: value}. A body without the key
// is gophercloud.ErrMalformedResponse.
func (r ExtraSpecResult) Extract() (map[string]string, error) {
	spec, err := gophercloud.Extract[map[string]string](r.Result, "")
	if err != nil {
		return nil, err
	}
	if _, ok := (*spec)[r.Key]; !ok {
		return nil, fmt.Errorf("%w: no %q extra spec in the response body", gophercloud.ErrMalformedResponse, r.Key)
	}
	return *spec, nil
}

// ExtractValue returns the extra spec's value.
func (r ExtraSpecResult) ExtractValue() (string, error) {
	spec, err := r.Extract()
	if err != nil {
		return "", err
	}
	return spec[r.Key], nil
}

// GetResult is the result of Get; Extract returns the *Flavor.
type GetResult = gophercloud.ItemResult[Flavor]

// CreateResult is the result of Create; Extract returns the new *Flavor.
type CreateResult = gophercloud.ItemResult[Flavor]

// UpdateResult is the result of Update; Extract returns the updated
// *Flavor.
type UpdateResult = gophercloud.ItemResult[Flavor]

// DeleteResult is the result of Delete and DeleteExtraSpec.
type DeleteResult = gophercloud.ErrResult

// AccessResult is the result of AddAccess and RemoveAccess; Extract
// returns the flavor's access list after the change.
type AccessResult = gophercloud.ValueResult[[]FlavorAccess]

// ExtraSpecsResult is the result of ListExtraSpecs and CreateExtraSpecs;
// Extract returns the specs as a map.
type ExtraSpecsResult = gophercloud.ValueResult[map[string]string]
