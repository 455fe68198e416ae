package groups_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/security/groups"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a security group; Neutron adds the default egress rules.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /security-groups", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, groupJSON)
	})
	g, err := groups.Create(context.Background(), srv.ServiceClientOf("network"), groups.CreateOpts{Name: "default"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Name, len(g.Rules), "rule:", g.Rules[0].Direction, g.Rules[0].EtherType)
	// Output: default 1 rule: egress IPv6
}
