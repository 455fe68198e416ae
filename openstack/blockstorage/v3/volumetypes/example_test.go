package volumetypes_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/volumetypes"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /types", http.StatusOK, `{"volume_type": `+typeJSON+`}`)

	vt, err := volumetypes.Create(context.Background(), srv.ServiceClient(), volumetypes.CreateOpts{
		Name: "vol-type-001", ExtraSpecs: map[string]string{"capabilities": "gpu"},
	}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(vt.Name, vt.ExtraSpecs["capabilities"])
	// Output: vol-type-001 gpu
}
