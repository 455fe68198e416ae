package schemas_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/image/v2/schemas"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("GET /schemas/image", http.StatusOK, imageSchemaJSON)
	ctx, client := context.Background(), srv.ServiceClient()

	s, err := schemas.GetImage(ctx, client).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name, len(s.Properties), "properties")
	// Decode one property's schema into the shape needed.
	var name struct {
		MaxLength int `json:"maxLength"`
	}
	if err := json.Unmarshal(s.Properties["name"], &name); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("name up to", name.MaxLength, "characters")
	// Output:
	// image 3 properties
	// name up to 255 characters
}
