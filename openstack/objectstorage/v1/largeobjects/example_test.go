package largeobjects_test

import (
	"bytes"
	"context"
	"crypto/md5"
	"fmt"
	"io"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal/swifttest"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/largeobjects"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Upload a 10 MiB stream as a static large object in 4 MiB segments, two
// at a time, read it back whole, then delete it with its segments.
func Example() {
	_, srv := newExampleSwift(swifttest.InfoJSON)
	defer srv.Close()
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	client := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/v1/AUTH_demo/", Type: "object-store"}
	ctx := context.Background()

	content := bytes.Repeat([]byte("0123456789abcdef"), 10<<20/16)
	res, err := largeobjects.Upload(ctx, client, "backups", "db.dump", io.MultiReader(bytes.NewReader(content)), largeobjects.UploadOpts{
		SegmentSize: 4 << 20,
		Workers:     2,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("segments:", len(res.Segments), "in", res.SegmentContainer)
	for _, s := range res.Segments {
		fmt.Println(" ", s.Size, "bytes")
	}

	d, err := objects.Download(ctx, client, "backups", "db.dump", objects.DownloadOpts{})
	if err != nil {
		fmt.Println(err)
		return
	}
	h := md5.New()
	n, err := io.Copy(h, d.Body)
	d.Close()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("read back:", n, "bytes, same content:", bytes.Equal(h.Sum(nil), md5sum(content)))

	rep, err := largeobjects.Delete(ctx, client, "backups", "db.dump")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("deleted:", rep.NumberDeleted)
	// Output:
	// segments: 3 in backups_segments
	//   4194304 bytes
	//   4194304 bytes
	//   2097152 bytes
	// read back: 10485760 bytes, same content: true
	// deleted: 4
}

func md5sum(b []byte) []byte {
	s := md5.Sum(b)
	return s[:]
}
