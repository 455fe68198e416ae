package swift_test

import (
	"errors"
	"fmt"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
)

// Object names keep their slashes (pseudo-directories) while every part is
// escaped; container names that Swift cannot address are refused before
// any request.
func Example() {
	c := &gophercloud.ServiceClient{Endpoint: "https://swift.example.com/v1/AUTH_demo/"}
	u, err := swift.ObjectURL(c, "photos", "2026/trip #1/día 1.jpg")
	fmt.Println(u, err)
	fmt.Println(swift.EscapePath("a/../b"))
	_, err = swift.ContainerURL(c, "a/b")
	var invalid *gophercloud.ErrInvalidInput
	fmt.Println(errors.As(err, &invalid))
	// Output:
	// https://swift.example.com/v1/AUTH_demo/photos/2026/trip%20%231/d%C3%ADa%201.jpg <nil>
	// a/%2E%2E/b
	// true
}
