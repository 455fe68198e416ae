package tags_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/tags"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Tag a server, check for the tag, then list every tag.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("PUT /servers/{id}/tags/{tag}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusCreated) })
	srv.Handle("GET /servers/{id}/tags/{tag}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	srv.HandleJSON("GET /servers/{id}/tags", http.StatusOK, `{"tags": ["db", "web"]}`)
	ctx := context.Background()
	compute := srv.ServiceClientOf("compute").WithMicroversion("2.26")

	if err := tags.Add(ctx, compute, serverID, "web").ExtractErr(); err != nil {
		fmt.Println(err)
		return
	}
	has, err := tags.Check(ctx, compute, serverID, "web").Extract()
	fmt.Println("has web:", has, err)
	all, err := tags.List(ctx, compute, serverID).Extract()
	fmt.Println(all, err)
	// Output:
	// has web: true <nil>
	// [db web] <nil>
}
