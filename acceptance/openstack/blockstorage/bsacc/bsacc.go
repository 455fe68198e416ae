//go:build acceptance

// Package bsacc holds what the Block Storage acceptance tests of every API
// version share.
package bsacc

import (
	"errors"
	"testing"

	"github.com/cloudsdk/gophercloud"
)

// DeleteAndWait reports the error of a delete call (a 404 means already
// gone) and, when it was accepted, waits for the resource to go. what
// names it ("volume 5aa1…").
func DeleteAndWait(t testing.TB, what string, deleteErr error, wait func() error) {
	t.Helper()
	if deleteErr != nil && !errors.Is(deleteErr, gophercloud.ErrNotFound) {
		t.Errorf("deleting %s: %v", what, deleteErr)
		return
	}
	if err := wait(); err != nil {
		t.Errorf("waiting for %s to go: %v", what, err)
	}
}
