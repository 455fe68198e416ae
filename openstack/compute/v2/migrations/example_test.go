package migrations_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/migrations"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Show how far a server's live migration has got, then abort it.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /servers/{id}/migrations", http.StatusOK, serverListJSON)
	srv.HandleJSON("GET /servers/{id}/migrations/1", http.StatusOK, serverMigrationJSON)
	srv.Handle("DELETE /servers/{id}/migrations/1", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })
	ctx := context.Background()
	admin := srv.ServiceClientOf("compute").WithMicroversion("2.24")

	live, err := migrations.ListServer(admin, serverID).Collect(ctx)
	if err != nil || len(live) == 0 {
		fmt.Println("no live migration", err)
		return
	}
	m, err := migrations.GetServer(ctx, admin, serverID, live[0].ID).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s -> %s: %d%% of memory copied\n", m.SourceCompute, m.DestCompute, 100*m.MemoryProcessedBytes/m.MemoryTotalBytes)
	fmt.Println("abort:", migrations.Abort(ctx, admin, serverID, m.ID).ExtractErr())
	// Output:
	// compute1 -> compute2: 9% of memory copied
	// abort: <nil>
}
