package common_test

import (
	"fmt"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
)

// Query is embedded in every Neutron ListOpts; ListQuery encodes it, and
// Validate refuses what Neutron would answer with a 400.
func Example() {
	q := common.Query{Fields: []string{"id", "name"}, Tags: []string{"web", "prod"}, SortKeys: []string{"name"}, SortDirs: []string{common.SortAsc}, Limit: 100}
	s, err := common.ListQuery(q)
	fmt.Println(s, err)
	fmt.Println(common.Query{SortKeys: []string{"name", "id"}, SortDirs: []string{common.SortAsc}}.Validate() != nil)
	fmt.Println(common.IfMatch{RevisionNumber: 7}.UpdateHeaders())
	// Output:
	// ?fields=id&fields=name&limit=100&sort_dir=asc&sort_key=name&tags=web%2Cprod <nil>
	// true
	// map[If-Match:revision_number=7]
}
