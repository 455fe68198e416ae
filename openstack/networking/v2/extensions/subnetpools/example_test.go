package subnetpools_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/subnetpools"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a pool that hands out /24s of 10.10.0.0/16.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /subnetpools", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"subnetpool": {"id": "f49a1319", "name": "pool", "ip_version": 4, "prefixes": ["10.10.0.0/16"], "default_prefixlen": 24}}`)
	})
	p, err := subnetpools.Create(context.Background(), srv.ServiceClientOf("network"), subnetpools.CreateOpts{
		Name: "pool", Prefixes: []string{"10.10.0.0/16"}, DefaultPrefixLen: 24,
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.ID, p.IPVersion, p.Prefixes, p.DefaultPrefixLen)
	// Output: f49a1319 4 [10.10.0.0/16] 24
}
