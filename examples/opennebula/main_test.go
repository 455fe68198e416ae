package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/cloudsdk/gophercloud/opennebula"
	"github.com/cloudsdk/gophercloud/testhelper/fakeoned"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunStartsFake(t *testing.T) {
	t.Setenv("ONE_XMLRPC", "")
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), nil, &out))
	assert.Contains(t, out.String(), "started a fake oned")
	assert.Contains(t, out.String(), "Shutting down web (state ACTIVE/3)")
	assert.Contains(t, out.String(), "is now POWEROFF")
}

func TestRunAgainstEndpoint(t *testing.T) {
	s := fakeoned.Setup(t)
	ctx := context.Background()
	id, err := seed(ctx, opennebula.NewController(s.Client()))
	require.NoError(t, err)
	auth := filepath.Join(t.TempDir(), "one_auth")
	require.NoError(t, os.WriteFile(auth, []byte(s.User+":"+s.Password), 0o600))
	t.Setenv("ONE_XMLRPC", s.Endpoint())
	t.Setenv("ONE_AUTH", auth)
	var out bytes.Buffer
	require.NoError(t, run(ctx, []string{"0"}, &out))
	assert.Contains(t, out.String(), "VM 0 is now POWEROFF")
	assert.Equal(t, 0, id)
	// Powering it off again is an ACTION error.
	err = run(ctx, []string{"0"}, &out)
	assert.ErrorIs(t, err, opennebula.ErrAction)
	assert.Error(t, run(ctx, []string{"x"}, &out))
}
