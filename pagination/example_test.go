package pagination_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

// A fake service with two linked pages; ranging over All fetches the second
// page only when the loop reaches it.
func Example() {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("GET /volumes", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Query().Get("marker") == "" {
			fmt.Fprintf(w, `{"volumes": [{"id": "v1"}, {"id": "v2"}], "volumes_links": [{"rel": "next", "href": "%s/volumes?marker=v2"}]}`, srv.URL)
			return
		}
		fmt.Fprint(w, `{"volumes": [{"id": "v3"}]}`)
	})
	client := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: srv.URL + "/"}

	type volume struct {
		ID string `json:"id"`
	}
	pager := pagination.New[volume](client, client.ServiceURL("volumes"),
		pagination.Linked[volume]{ItemsKey: "volumes", LinksKey: "volumes_links"}, nil)
	for v, err := range pager.All(context.Background()) {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Println(v.ID)
	}
	// Output:
	// v1
	// v2
	// v3
}
