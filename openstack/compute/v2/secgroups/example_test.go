package secgroups_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/secgroups"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a group, admit SSH from a subnet, and list the groups.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /os-security-groups", http.StatusOK, getJSON)
	srv.HandleJSON("POST /os-security-group-rules", http.StatusOK, createRuleJSON)
	srv.HandleJSON("GET /os-security-groups", http.StatusOK, listJSON)
	ctx := context.Background()
	c := srv.ServiceClientOf("compute") // default microversion 2.1: the proxy needs <= 2.35

	g, err := secgroups.Create(ctx, c, secgroups.CreateOpts{Name: "default", Description: "default"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := secgroups.CreateRule(ctx, c, secgroups.CreateRuleOpts{
		ParentGroupID: g.ID, IPProtocol: "tcp", FromPort: 22, ToPort: 22, CIDR: "10.0.0.0/24",
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.IPProtocol, r.FromPort, r.ToPort, r.IPRange.CIDR)
	all, err := secgroups.List(c, secgroups.ListOpts{}).Collect(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range all {
		fmt.Println(g.Name, len(g.Rules))
	}
	// Output:
	// tcp 22 22 10.0.0.0/24
	// default 0
	// web 1
}
