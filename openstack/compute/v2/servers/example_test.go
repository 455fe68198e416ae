package servers_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Boot a server, wait until it is ACTIVE, list servers, delete it and
// wait until it is gone.
func Example() {
	// In a program: c, err := openstack.NewComputeV2(provider, gophercloud.EndpointOpts{})
	c, stop := fakeNova()
	defer stop()

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	created, err := servers.Create(ctx, c, servers.CreateOpts{
		Name:      "web-1",
		ImageRef:  "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b",
		FlavorRef: "2",
		Networks:  []servers.Network{{UUID: "b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e"}},
	}).Extract()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created", created.ID)

	s, err := servers.WaitForStatus(ctx, c, created.ID, servers.StatusActive, gophercloud.WaitOpts{Interval: 10 * time.Millisecond})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.Name, "is", s.Status, "at", s.Addresses["private"][0].Addr)

	for s, err := range servers.List(c, servers.ListOpts{Status: servers.StatusActive}).All(ctx) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("listed", s.Name, s.Status)
	}

	if err := servers.Delete(ctx, c, created.ID).ExtractErr(); err != nil {
		log.Fatal(err)
	}
	if _, err := servers.WaitForStatus(ctx, c, created.ID, servers.StatusDeleted, gophercloud.WaitOpts{Interval: 10 * time.Millisecond}); err != nil {
		log.Fatal(err)
	}
	fmt.Println("deleted")
	// Output:
	// created 8a6f1c2e-0b3d-4e5f-9a7b-1c2d3e4f5a6b
	// web-1 is ACTIVE at 10.1.0.5
	// listed web-1 ACTIVE
	// deleted
}

// fakeNova is a tiny stateful Nova for the example: a created server shows
// BUILD on its first GET and ACTIVE afterwards; a deleted one is gone.
func fakeNova() (*gophercloud.ServiceClient, func()) {
	const id = "8a6f1c2e-0b3d-4e5f-9a7b-1c2d3e4f5a6b"
	type server struct {
		ID        string                       `json:"id"`
		Name      string                       `json:"name"`
		Status    string                       `json:"status"`
		Addresses map[string][]servers.Address `json:"addresses"`
	}
	var mu sync.Mutex
	all := map[string]*server{}
	reply := func(w http.ResponseWriter, status int, v any) {
		b, _ := json.Marshal(v)
		testhelper.WriteJSON(w, status, string(b))
	}

	mux := http.NewServeMux()
	mux.HandleFunc("POST /servers", func(w http.ResponseWriter, r *http.Request) {
		var body struct{ Server struct{ Name string } }
		_ = json.NewDecoder(r.Body).Decode(&body)
		mu.Lock()
		defer mu.Unlock()
		all[id] = &server{ID: id, Name: body.Server.Name, Status: "BUILD", Addresses: map[string][]servers.Address{}}
		reply(w, http.StatusAccepted, map[string]any{"server": map[string]any{"id": id, "adminPass": "Vq7xPz3kLm9R"}})
	})
	mux.HandleFunc("GET /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		s, ok := all[r.PathValue("id")]
		if !ok {
			testhelper.WriteJSON(w, http.StatusNotFound, testhelper.Fault("itemNotFound", 404, "Instance could not be found."))
			return
		}
		reply(w, http.StatusOK, map[string]any{"server": *s})
		if s.Status == "BUILD" { // booted by the next poll
			s.Status = "ACTIVE"
			s.Addresses["private"] = []servers.Address{{Addr: "10.1.0.5", Version: 4}}
		}
	})
	mux.HandleFunc("GET /servers/detail", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		list := []server{}
		for _, s := range all {
			if st := r.URL.Query().Get("status"); st == "" || st == s.Status {
				list = append(list, *s)
			}
		}
		sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
		reply(w, http.StatusOK, map[string]any{"servers": list})
	})
	mux.HandleFunc("DELETE /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		delete(all, r.PathValue("id"))
		w.WriteHeader(http.StatusNoContent)
	})

	srv := httptest.NewServer(mux)
	p := gophercloud.NewProviderClient()
	p.SetToken(testhelper.TokenID)
	p.HTTPClient = srv.Client()
	return &gophercloud.ServiceClient{ProviderClient: p, Endpoint: srv.URL + "/", Type: "compute"}, srv.Close
}
