package rules_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/security/rules"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Allow HTTP in from the members of another group.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /security-group-rules", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, ruleJSON)
	})
	r, err := rules.Create(context.Background(), srv.ServiceClientOf("network"), rules.CreateOpts{
		SecGroupID: "a7734e61-b545-452d-a3cd-0189cbd9747a", Direction: rules.DirIngress, EtherType: rules.EtherType4,
		Protocol: rules.ProtocolTCP, PortRangeMin: 80, PortRangeMax: 80, RemoteGroupID: "85cc3048-abc3-43cc-89b3-377341426ac5",
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Direction, r.Protocol, r.PortRangeMin, "from group", r.RemoteGroupID[:8])
	// Output: ingress tcp 80 from group 85cc3048
}
