package occi_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud/opennebula/occi"
	"github.com/cloudsdk/gophercloud/testhelper/fakeocci"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestComputeLifecycle(t *testing.T) {
	s := fakeocci.Setup(t)
	c := s.Client()
	ctx := context.Background()
	cp, err := c.CreateCompute(ctx, &occi.Compute{Name: "web", InstanceType: &occi.InstanceRef{Name: "small"}})
	require.NoError(t, err)
	assert.Equal(t, "PENDING", cp.State)
	cp, err = c.WaitForState(ctx, cp.ID, "ACTIVE", occi.PollInterval(time.Millisecond))
	require.NoError(t, err)
	for _, step := range []struct{ req, want string }{{"SUSPENDED", "SUSPENDED"}, {"RESUME", "ACTIVE"}, {"STOPPED", "STOPPED"}, {"RESUME", "ACTIVE"}} {
		require.NoError(t, c.SetState(ctx, cp.ID, step.req))
		_, err = c.WaitForState(ctx, cp.ID, step.want, occi.PollInterval(time.Millisecond))
		require.NoError(t, err, step.req)
	}
	err = c.SetState(ctx, cp.ID, "RESUME")
	assert.ErrorIs(t, err, occi.ErrHTTPStatus, "resume while active")
	refs, err := c.ListComputes(ctx)
	require.NoError(t, err)
	require.Len(t, refs, 1)
	assert.Equal(t, cp.ID, refs[0].ID())
	require.NoError(t, c.DeleteCompute(ctx, cp.ID))
	_, err = c.GetCompute(ctx, cp.ID)
	assert.ErrorIs(t, err, occi.ErrNotFound)
}

func TestNetworksStorageTypes(t *testing.T) {
	s := fakeocci.Setup(t)
	c := s.Client()
	ctx := context.Background()
	n, err := c.CreateNetwork(ctx, &occi.Network{Name: "lan", Address: "192.168.0.1", Size: "C"})
	require.NoError(t, err)
	got, err := c.GetNetwork(ctx, n.ID)
	require.NoError(t, err)
	assert.Equal(t, "192.168.0.1", got.Address)
	require.NoError(t, c.UpdateNetwork(ctx, n.ID, got))
	st, err := c.CreateStorage(ctx, &occi.Storage{Name: "ubuntu", Type: "OS", Size: 2048})
	require.NoError(t, err)
	refs, err := c.ListStorage(ctx)
	require.NoError(t, err)
	assert.Equal(t, "ubuntu", refs[0].Name)
	require.NoError(t, c.UpdateStorage(ctx, st.ID, st))
	require.NoError(t, c.DeleteStorage(ctx, st.ID))
	require.NoError(t, c.DeleteNetwork(ctx, n.ID))
	nets, err := c.ListNetworks(ctx)
	require.NoError(t, err)
	assert.Empty(t, nets)
	_, err = c.CreateNetwork(ctx, &occi.Network{})
	assert.ErrorIs(t, err, occi.ErrHTTPStatus)
	types, err := c.ListInstanceTypes(ctx)
	require.NoError(t, err)
	require.Len(t, types, 3)
	assert.Equal(t, 8192, types[2].Memory)
}

func TestErrors(t *testing.T) {
	s := fakeocci.Setup(t)
	ctx := context.Background()
	bad := &occi.Client{Endpoint: s.URL(), User: "oneadmin", Password: "wrong-secret"}
	_, err := bad.ListComputes(ctx)
	var ce *occi.ClientError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, 401, ce.StatusCode)
	assert.ErrorIs(t, err, occi.ErrUnauthorized)
	assert.NotContains(t, err.Error(), "wrong-secret")

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/compute" {
			w.Write([]byte("<COMPUTE_COLLECTION>"))
			return
		}
		w.WriteHeader(500)
	}))
	t.Cleanup(srv.Close)
	c := &occi.Client{Endpoint: srv.URL, User: "u", Password: "p"}
	_, err = c.ListComputes(ctx)
	assert.ErrorIs(t, err, occi.ErrMalformedResponse)
	_, err = c.GetCompute(ctx, "1")
	assert.ErrorIs(t, err, occi.ErrServerError)
	require.ErrorAs(t, err, &ce)
	assert.NotNil(t, ce.HTTPResponse)

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = s.Client().ListComputes(cctx)
	assert.ErrorIs(t, err, context.Canceled)
	assert.ErrorIs(t, err, occi.ErrNetwork)

	// WaitForState gives up when ctx ends.
	s.PendingPolls = 1 << 30
	cp, err := s.Client().CreateCompute(ctx, &occi.Compute{Name: "slow"})
	require.NoError(t, err)
	tctx, cancel2 := context.WithTimeout(ctx, 30*time.Millisecond)
	defer cancel2()
	_, err = s.Client().WaitForState(tctx, cp.ID, "ACTIVE", occi.PollInterval(5*time.Millisecond))
	assert.ErrorIs(t, err, occi.ErrTimeout)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.False(t, errors.Is(err, occi.ErrNotFound))
}

func Example() {
	s := fakeocci.NewServer()
	defer s.Close()
	ctx := context.Background()
	c := s.Client()
	cp, _ := c.CreateCompute(ctx, &occi.Compute{Name: "web"})
	fmt.Println(cp.Name, cp.State)
	cp, _ = c.WaitForState(ctx, cp.ID, "ACTIVE", occi.PollInterval(time.Millisecond))
	fmt.Println(cp.Name, cp.State)
	// Output:
	// web PENDING
	// web ACTIVE
}
