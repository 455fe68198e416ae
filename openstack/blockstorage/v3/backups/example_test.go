package backups_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/backups"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /backups/{id}", http.StatusOK, `{"backup": `+backupJSON+`}`)

	b, err := backups.Get(context.Background(), srv.ServiceClient(), "6ff3d470-d9ae-4e0e-9a7a-1a7b5bd6d4c5").Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Name, b.Status, b.Container)
	// Output: backup001 available volumebackups
}
