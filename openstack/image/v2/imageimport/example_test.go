package imageimport_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/image/v2/imageimport"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /info/import", http.StatusOK, infoJSON)
	srv.Handle("POST /images/{id}/import", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })
	ctx, client := context.Background(), srv.ServiceClient()

	info, err := imageimport.GetInfo(ctx, client).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(info.ImportMethods.Value)
	// After imagedata.Stage, import the staged data.
	err = imageimport.Create(ctx, client, imageID, imageimport.CreateOpts{Name: imageimport.GlanceDirectMethod}).ExtractErr()
	fmt.Println("import accepted:", err == nil)
	// Output:
	// [glance-direct web-download copy-image]
	// import accepted: true
}
