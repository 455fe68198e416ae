package fakeocci_test

import (
	"context"
	"fmt"

	"github.com/cloudsdk/gophercloud/opennebula/occi"
	"github.com/cloudsdk/gophercloud/testhelper/fakeocci"
)

func Example() {
	s := fakeocci.NewServer() // in a test: fakeocci.Setup(t)
	defer s.Close()
	c := s.Client()
	_, _ = c.CreateStorage(context.Background(), &occi.Storage{Name: "ubuntu", Type: "OS", Size: 2048})
	refs, _ := c.ListStorage(context.Background())
	fmt.Println(len(refs), refs[0].Name)
	// Output: 1 ubuntu
}
