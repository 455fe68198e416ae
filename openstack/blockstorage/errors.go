// Package blockstorage holds what the Block Storage (Cinder) packages of
// every API version share: the error a WaitForStatus returns when a
// resource fails. The resources themselves are in v1/, v2/ and v3/.
//
// API reference: https://docs.openstack.org/api-ref/block-storage/
package blockstorage

import "fmt"

// ErrStatus is returned by the WaitForStatus functions of the blockstorage
// packages when the resource went to an error state ("error",
// "error_extending", "error_deleting", …) instead of the awaited one.
// Use errors.As to get it.
type ErrStatus struct {
	// What names the resource ("volume 5aa1…").
	What string
	// Status is the error state reached.
	Status string
	// Want is the status the caller waited for.
	Want string
	// Reason is why, from the resource or Cinder's user messages, when
	// known.
	Reason string
}

// Error implements error.
func (e *ErrStatus) Error() string {
	return fmt.Sprintf("%s went to status %q while waiting for %q: %s", e.What, e.Status, e.Want, e.Reason)
}
