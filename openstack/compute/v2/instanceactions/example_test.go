package instanceactions_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/instanceactions"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// List a server's actions, then show the events of the newest.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /servers/{id}/os-instance-actions", http.StatusOK, listPage2JSON)
	srv.HandleJSON("GET /servers/{id}/os-instance-actions/{req}", http.StatusOK, getJSON)
	ctx := context.Background()
	compute := srv.ServiceClientOf("compute")

	actions, err := instanceactions.List(compute, serverID, instanceactions.ListOpts{}).Collect(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range actions {
		fmt.Println(a.Action, a.RequestID, a.StartTime.Format("2006-01-02 15:04"))
	}
	a, err := instanceactions.Get(ctx, compute, serverID, "req-f04d4b92-6241-42da-b82d-2cedb225c58d").Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range a.Events {
		fmt.Println(a.Action, e.Event, e.Result)
	}
	// Output:
	// create req-0d819d5c-1527-4669-bdf0-ffad31b5105b 2018-04-25 01:26
	// stop compute_stop_instance Success
}
