package networks_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a network, then list the networks.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /networks", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"network": {"id": "4e8e5957", "name": "web", "status": "ACTIVE", "revision_number": 1}}`)
	})
	srv.Handle("GET /networks", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"networks": [{"id": "4e8e5957", "name": "web"}, {"id": "71c1e68c", "name": "public"}]}`)
	})
	c := srv.ServiceClientOf("network")
	ctx := context.Background()

	n, err := networks.Create(ctx, c, networks.CreateOpts{Name: "web"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("created", n.Name, n.Status, "revision", n.RevisionNumber)
	for n, err := range networks.List(c, networks.ListOpts{}).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(n.ID, n.Name)
	}
	// Output:
	// created web ACTIVE revision 1
	// 4e8e5957 web
	// 71c1e68c public
}
