package remoteconsoles_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/cloudsdk/gophercloud/openstack/compute/v2/remoteconsoles"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Ask for a noVNC console and print where it is served.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /servers/{id}/remote-consoles", http.StatusOK, createJSON)
	compute := srv.ServiceClientOf("compute").WithMicroversion("2.6")

	console, err := remoteconsoles.Create(context.Background(), compute, serverID, remoteconsoles.CreateOpts{
		Protocol: remoteconsoles.ProtocolVNC,
		Type:     remoteconsoles.TypeNoVNC,
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	u, err := url.Parse(console.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(console.Type, u.Host, u.Path)
	// Output:
	// novnc example.com:6080 /vnc_auto.html
}
