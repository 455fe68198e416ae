package tags_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/tags"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Replace a network's tags, then add one more.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("PUT /networks/4e8e5957/tags", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"tags": ["prod", "web"]}`)
	})
	srv.Handle("PUT /networks/4e8e5957/tags/eu", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
	})
	c := srv.ServiceClientOf("network")
	ctx := context.Background()
	all, err := tags.ReplaceAll(ctx, c, "networks", "4e8e5957", []string{"prod", "web"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(all)
	fmt.Println(tags.Add(ctx, c, "networks", "4e8e5957", "eu").ExtractErr())
	// Output:
	// [prod web]
	// <nil>
}
