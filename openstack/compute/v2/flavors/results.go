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

type commonResult struct{ gophercloud.Result }

// Extract decodes the flavor of a Get, Create or Update.
func (r commonResult) Extract() (*Flavor, error) {
	return gophercloud.Extract[Flavor](r.Result, "flavor")
}

// GetResult is the result of Get.
type GetResult struct{ commonResult }

// CreateResult is the result of Create.
type CreateResult struct{ commonResult }

// UpdateResult is the result of Update.
type UpdateResult struct{ commonResult }

// DeleteResult is the result of Delete and DeleteExtraSpec.
type DeleteResult struct{ gophercloud.ErrResult }

// ExtractFlavors returns the flavors of a page (or of AllPages).
func ExtractFlavors(p pagination.Page[Flavor]) ([]Flavor, error) { return p.Items, nil }

// ExtractAccesses returns the access entries of a ListAccesses page.
func ExtractAccesses(p pagination.Page[FlavorAccess]) ([]FlavorAccess, error) { return p.Items, nil }

// AccessResult is the result of AddAccess and RemoveAccess.
type AccessResult struct{ gophercloud.Result }

// Extract returns the flavor's access list after the change.
func (r AccessResult) Extract() ([]FlavorAccess, error) {
	return gophercloud.ExtractSlice[FlavorAccess](r.Result, "flavor_access")
}

// ListExtraSpecsResult is the result of ListExtraSpecs and CreateExtraSpecs.
type ListExtraSpecsResult struct{ gophercloud.Result }

// Extract returns the extra specs, key to value.
func (r ListExtraSpecsResult) Extract() (map[string]string, error) {
	specs, err := gophercloud.Extract[map[string]string](r.Result, "extra_specs")
	if err != nil {
		return nil, err
	}
	return *specs, nil
}

// ExtraSpecResult is the result of GetExtraSpec and UpdateExtraSpec: a
// body of one key, the spec asked for.
type ExtraSpecResult struct {
	gophercloud.Result
	key string
}

// Extract returns the extra spec as a one-entry map, key to value.
func (r ExtraSpecResult) Extract() (map[string]string, error) {
	spec, err := gophercloud.Extract[map[string]string](r.Result, "")
	if err != nil {
		return nil, err
	}
	if _, ok := (*spec)[r.key]; !ok {
		return nil, fmt.Errorf("%w: no %q extra spec in the response body", gophercloud.ErrMalformedResponse, r.key)
	}
	return *spec, nil
}

// ExtractValue returns the value of the extra spec.
func (r ExtraSpecResult) ExtractValue() (string, error) {
	spec, err := r.Extract()
	if err != nil {
		return "", err
	}
	return spec[r.key], nil
}
