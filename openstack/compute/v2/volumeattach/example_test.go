package volumeattach_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/volumeattach"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Attach a volume that is deleted with the server (microversion 2.79), then
// detach it.
func Example() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /servers/{server}/os-volume_attachments", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, attachmentJSON)
	})
	mux.HandleFunc("DELETE /servers/{server}/os-volume_attachments/{volume}", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	compute := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/", Type: "compute", Microversion: "2.79"}
	ctx := context.Background()

	a, err := volumeattach.Create(ctx, compute, serverID, volumeattach.CreateOpts{
		VolumeID:            volumeID,
		DeleteOnTermination: true,
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("attached as", a.Device, "delete on termination:", a.DeleteOnTermination)

	err = volumeattach.Delete(ctx, compute, serverID, a.VolumeID).ExtractErr()
	fmt.Println("detach requested:", err == nil)
	// Output:
	// attached as /dev/sdb delete on termination: true
	// detach requested: true
}
