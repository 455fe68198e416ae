package services_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/services"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Disable every enabled nova-compute for maintenance.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /os-services", http.StatusOK, listJSON)
	srv.HandleJSON("PUT /os-services/{id}", http.StatusOK, updateJSON)
	ctx := context.Background()
	admin := srv.ServiceClientOf("compute").WithMicroversion("2.53")

	all, err := services.List(admin, services.ListOpts{Binary: "nova-compute"}).Collect(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range all {
		if s.Binary != "nova-compute" || s.Status != services.StatusEnabled {
			continue
		}
		u, err := services.Update(ctx, admin, string(s.ID), services.UpdateOpts{
			Status: services.StatusDisabled, DisabledReason: "maintenance",
		}).Extract()
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(u.Host, u.Binary, u.Status, u.DisabledReason)
	}
	// Output:
	// host1 nova-compute disabled maintenance
}
