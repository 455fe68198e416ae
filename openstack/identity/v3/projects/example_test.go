package projects_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// List the projects the current token may be scoped to.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("GET /auth/projects", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"projects": [{"id": "p1", "name": "demo", "domain_id": "default", "enabled": true}],
		  "links": {"next": null}}`)
	})
	for p, err := range projects.ListAvailable(srv.ServiceClient()).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(p.Name, p.DomainID)
	}
	// Output:
	// demo default
}
