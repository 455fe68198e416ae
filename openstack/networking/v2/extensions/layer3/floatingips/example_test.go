package floatingips_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/layer3/floatingips"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Allocate a floating IP and associate it with a port.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /floatingips", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, fipUnassociatedJSON)
	})
	srv.Handle("PUT /floatingips/2f245a7b-796b-4f26-9cf9-9e82d248fda7", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, fipJSON)
	})
	c := srv.ServiceClientOf("network")
	ctx := context.Background()
	fip, err := floatingips.Create(ctx, c, floatingips.CreateOpts{FloatingNetworkID: "376da547-b977-4cfe-9cba-275c80debf57"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fip.FloatingIP, fip.Status)
	fip, err = floatingips.Associate(ctx, c, fip.ID, "ce705c24-c1ef-408a-bda3-7bbd946164ab", "").Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fip.FloatingIP, "->", fip.FixedIP)
	// Output:
	// 172.24.4.228 DOWN
	// 172.24.4.228 -> 10.0.0.3
}
