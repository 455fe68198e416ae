package testhelper_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// A fake Nova for a runnable Example: NewServer needs no *testing.T, and
// Handle rejects requests without the test token, as a real cloud would.
func ExampleNewServer() {
	fake := testhelper.NewServer()
	defer fake.Close()
	fake.Handle("GET /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"server": {"id": "`+r.PathValue("id")+`", "status": "ACTIVE"}}`)
	})

	type server struct{ ID, Status string }
	client := fake.ServiceClientOf("compute")
	s, err := gophercloud.Extract[server](client.Get(context.Background(), client.ServiceURL("servers", "s1"), nil), "server")
	fmt.Println(s.ID, s.Status, err)
	// Output: s1 ACTIVE <nil>
}
