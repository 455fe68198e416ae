// Package crudtest runs the same table of checks on every call of a
// Keystone resource package: the request it sends, the value it decodes,
// and its failure paths through testhelper.CheckFailures.
package crudtest

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/require"
)

// Case is one call to check.
type Case struct {
	// Name names the subtest.
	Name string
	// Pattern is the mux pattern the call must hit ("GET /domains/{id}").
	Pattern string
	// Status and Response are the fake's answer.
	Status   int
	Response string
	// Request, when set, is the JSON body the call must send.
	Request string
	// Query, when set, is the query string the call must send.
	Query url.Values
	// Call makes the call and returns what it decoded (nil for none).
	Call func(context.Context, *gophercloud.ServiceClient) (any, error)
	// Check asserts the decoded value.
	Check func(t *testing.T, v any)
}

// Run checks each case, then its failures: 500 always, malformed and
// wrong-shaped bodies when the call decodes a Response.
func Run(t *testing.T, cases []Case) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle(tc.Pattern, func(w http.ResponseWriter, r *http.Request) {
				if tc.Request != "" {
					testhelper.TestJSONRequest(t, r, tc.Request)
				}
				if tc.Query != nil {
					testhelper.TestQuery(t, r, tc.Query)
				}
				if tc.Response == "" {
					w.WriteHeader(tc.Status)
					return
				}
				testhelper.WriteJSON(w, tc.Status, tc.Response)
			})
			v, err := tc.Call(t.Context(), th.ServiceClient())
			require.NoError(t, err)
			if tc.Check != nil {
				tc.Check(t, v)
			}
			testhelper.CheckFailures(t, tc.Pattern, tc.Status, tc.Response != "", func(ctx context.Context, c *gophercloud.ServiceClient) error {
				_, err := tc.Call(ctx, c)
				return err
			})
		})
	}
}

// Err adapts a call that returns only an error.
func Err(err error) (any, error) { return nil, err }
