package blockstorage_test

import (
	"errors"
	"fmt"

	"github.com/cloudsdk/gophercloud/openstack/blockstorage"
)

// A WaitForStatus that ends in an error state returns an *ErrStatus with
// Cinder's reason; errors.As reads it whatever wraps it.
func Example() {
	var err error = fmt.Errorf("extending: %w", &blockstorage.ErrStatus{
		What: "volume 5aa119a8", Status: "error_extending", Want: "available",
		Reason: "extend volume failed: not enough space in the backend",
	})
	var st *blockstorage.ErrStatus
	if errors.As(err, &st) {
		fmt.Println(st.Status)
		fmt.Println(st.Reason)
	}
	// Output:
	// error_extending
	// extend volume failed: not enough space in the backend
}
