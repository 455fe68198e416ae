package flavors

import (
	"fmt"

	"github.com/cloudsdk/gophercloud"
	osflavors "github.com/cloudsdk/gophercloud/openstack/compute/v2/flavors"
)

// Flavor is a Cloud Servers flavor.
type Flavor = osflavors.Flavor

// GetResult is the result of Get; Extract returns the *Flavor.
type GetResult = osflavors.GetResult

// ExtraSpecs are Rackspace's flavor properties. The API sends the numbers
// as strings; they are decoded as numbers.
type ExtraSpecs struct {
	// Class is the flavor family: "general1", "compute1", "memory1",
	// "io1", "onmetal", "standard1", "performance1", …
	Class string `json:"class"`
	// PolicyClass and ResizePolicyClass name the placement and resize
	// policies ("general_flavor", …).
	PolicyClass       string `json:"policy_class"`
	ResizePolicyClass string `json:"resize_policy_class"`
	// NumberOfDataDisks is how many data disks come with the flavor.
	NumberOfDataDisks int `json:"number_of_data_disks,string"`
	// DiskIOIndex ranks the flavor's disk throughput.
	DiskIOIndex int `json:"disk_io_index,string"`
}

type flavorSpecs struct {
	Specs *ExtraSpecs `json:"OS-FLV-WITH-EXT-SPECS:extra_specs"`
}

// ExtractExtraSpecs decodes the Rackspace extra specs of a Get result
// (pass its Result). A flavor without them is an ErrMalformedResponse.
func ExtractExtraSpecs(r gophercloud.Result) (*ExtraSpecs, error) {
	f, err := gophercloud.Extract[flavorSpecs](r, "flavor")
	if err != nil {
		return nil, err
	}
	if f.Specs == nil {
		return nil, fmt.Errorf("%w: flavor without OS-FLV-WITH-EXT-SPECS:extra_specs", gophercloud.ErrMalformedResponse)
	}
	return f.Specs, nil
}
