package objects_test

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// fakeSwift stores objects in memory, enough for the example: PUT, GET
// and a JSON listing with a delimiter.
func fakeSwift() *httptest.Server {
	var mu sync.Mutex
	store := map[string][]byte{}
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /v1/AUTH_demo/{container}/{name...}", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		sum := md5.Sum(b)
		mu.Lock()
		store[r.PathValue("name")] = b
		mu.Unlock()
		w.Header().Set("Etag", hex.EncodeToString(sum[:]))
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("GET /v1/AUTH_demo/{container}/{name...}", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		b, ok := store[r.PathValue("name")]
		mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		sum := md5.Sum(b)
		w.Header().Set("Etag", hex.EncodeToString(sum[:]))
		_, _ = w.Write(b)
	})
	mux.HandleFunc("GET /v1/AUTH_demo/{container}", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") != "" {
			testhelper.WriteJSON(w, http.StatusOK, `[]`)
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, `[{"subdir": "reports/"}, {"name": "readme.txt", "bytes": 13, "hash": "x", "content_type": "text/plain", "last_modified": "2024-06-01T10:00:00.000000"}]`)
	})
	return httptest.NewServer(mux)
}

// Upload a stream, list the container as directories, download the
// object back, and sign a temporary URL for it.
func Example() {
	srv := fakeSwift()
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	client := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/v1/AUTH_demo/", Type: "object-store"}
	ctx := context.Background()

	// Any io.Reader: the bytes are streamed and their MD5 checked.
	h, err := objects.Create(ctx, client, "docs", "reports/2024 Q2.txt", strings.NewReader("quarterly numbers"), objects.CreateOpts{
		ContentType: "text/plain",
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("stored, MD5 verified:", h.ETag == h.MD5)

	for o, err := range objects.List(client, "docs", objects.ListOpts{Delimiter: "/"}).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		if o.IsDir() {
			fmt.Println("dir: ", o.Subdir)
		} else {
			fmt.Println("file:", o.Name, o.Bytes)
		}
	}

	d, err := objects.Download(ctx, client, "docs", "reports/2024 Q2.txt", objects.DownloadOpts{VerifyChecksum: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer d.Close()
	content, err := io.ReadAll(d.Body)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("downloaded %q\n", content)

	u, err := objects.CreateTempURL(ctx, client, "docs", "reports/2024 Q2.txt", objects.TempURLOpts{
		Key:     "account-temp-url-key",
		Expires: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("temp URL:", strings.TrimPrefix(u, srv.URL))
	// Output:
	// stored, MD5 verified: true
	// dir:  reports/
	// file: readme.txt 13
	// downloaded "quarterly numbers"
	// temp URL: /v1/AUTH_demo/docs/reports/2024%20Q2.txt?temp_url_expires=1893456000&temp_url_sig=78d3ce14e1cbee830fd98490cb6b9f63d0b802816533b85d56098492ef8a4cf5
}
