// Package bstest runs the table-driven request tests the blockstorage
// packages share: one fake endpoint per call, the request body checked,
// the extracted value compared, and the failure paths checked with
// testhelper.CheckFailures.
package bstest

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Call is one request of a package under test.
type Call struct {
	// Name names the subtest.
	Name string
	// Pattern is the mux pattern the call must hit ("GET /types/{id}").
	Pattern string
	// Request is the JSON body the call must send; "" checks nothing.
	Request string
	// Response is the JSON answer; "" answers Status with no body.
	Response string
	// Status is the success status.
	Status int
	// Decodes tells CheckFailures to check malformed bodies too.
	Decodes bool
	// Do makes the call and returns what the test compares with Want.
	Do func(context.Context, *gophercloud.ServiceClient) (any, error)
	// Want is the expected value of Do.
	Want any
}

// Run runs each call as a subtest.
func Run(t *testing.T, calls []Call) {
	t.Helper()
	for _, tc := range calls {
		t.Run(tc.Name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle(tc.Pattern, func(w http.ResponseWriter, r *http.Request) {
				if tc.Request != "" {
					testhelper.TestJSONRequest(t, r, tc.Request)
				}
				if tc.Response == "" {
					w.WriteHeader(tc.Status)
					return
				}
				testhelper.WriteJSON(w, tc.Status, tc.Response)
			})
			got, err := tc.Do(t.Context(), th.ServiceClient())
			require.NoError(t, err)
			assert.Equal(t, tc.Want, got)
			testhelper.CheckFailures(t, tc.Pattern, tc.Status, tc.Decodes, func(ctx context.Context, c *gophercloud.ServiceClient) error {
				_, err := tc.Do(ctx, c)
				return err
			})
		})
	}
}

// Pick adapts an Extract's (*T, error) to Do's (any, error), keeping one
// field of T.
func Pick[T any](f func(*T) any) func(*T, error) (any, error) {
	return func(v *T, err error) (any, error) {
		if err != nil {
			return nil, err
		}
		return f(v), nil
	}
}

// Err adapts an ExtractErr to Do.
func Err(err error) (any, error) { return nil, err }
