package imagedata_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/cloudsdk/gophercloud/openstack/image/v2/imagedata"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	var stored string
	srv.Handle("PUT /images/{id}/file", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		stored = string(b)
		w.WriteHeader(http.StatusNoContent)
	})
	srv.Handle("GET /images/{id}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, imageJSON(stored))
	})
	srv.Handle("GET /images/{id}/file", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, stored)
	})
	ctx, client := context.Background(), srv.ServiceClient()

	err := imagedata.Upload(ctx, client, imageID, strings.NewReader("raw disk bytes"), imagedata.UploadOpts{}).ExtractErr()
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := imagedata.Download(ctx, client, imageID, imagedata.DownloadOpts{Verify: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer d.Body.Close()
	var out strings.Builder
	if _, err := io.Copy(&out, d.Body); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(out.String())
	// Output:
	// raw disk bytes
}
