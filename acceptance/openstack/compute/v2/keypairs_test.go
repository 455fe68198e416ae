//go:build acceptance

package compute_test

import (
	"crypto/ed25519"
	"crypto/md5"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/keypairs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rcSSHPublicKey returns a fresh ed25519 public key in OpenSSH format
// ("ssh-ed25519 <base64 of the wire format> comment") and the MD5
// fingerprint Nova computes for it ("aa:bb:…").
func rcSSHPublicKey(t *testing.T, comment string) (authorizedKey, fingerprint string) {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	// RFC 8709 wire format: string "ssh-ed25519", string key; each string
	// is a uint32 length followed by its bytes.
	var blob []byte
	for _, part := range [][]byte{[]byte("ssh-ed25519"), pub} {
		blob = binary.BigEndian.AppendUint32(blob, uint32(len(part)))
		blob = append(blob, part...)
	}
	sum := md5.Sum(blob)
	hexed := hex.EncodeToString(sum[:])
	var fp []string
	for i := 0; i < len(hexed); i += 2 {
		fp = append(fp, hexed[i:i+2])
	}
	return "ssh-ed25519 " + base64.StdEncoding.EncodeToString(blob) + " " + comment, strings.Join(fp, ":")
}

// rcKeyPair creates a key pair and deletes it when the test ends.
func rcKeyPair(t *testing.T, c *gophercloud.ServiceClient, opts keypairs.CreateOpts) *keypairs.KeyPair {
	t.Helper()
	kp, err := keypairs.Create(clients.Context(t, time.Minute), c, opts).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		err := keypairs.Delete(clients.Context(t, time.Minute), c, kp.Name, keypairs.DeleteOpts{}).ExtractErr()
		if err != nil && !gophercloud.ResponseCodeIs(err, 404) {
			t.Errorf("deleting key pair %s: %v", kp.Name, err)
		}
	})
	return kp
}

func TestKeypairsGenerated(t *testing.T) {
	c := rcCompute(t, "2.10") // Nova generates key pairs up to 2.91
	ctx := clients.Context(t, time.Minute)
	name := clients.RandomName("kp")
	kp := rcKeyPair(t, c, keypairs.CreateOpts{Name: name})
	assert.Equal(t, name, kp.Name)
	assert.Contains(t, kp.PrivateKey, "PRIVATE KEY", "Nova returns the generated private key once")
	assert.True(t, strings.HasPrefix(kp.PublicKey, "ssh-"), kp.PublicKey)
	assert.NotEmpty(t, kp.Fingerprint)
	assert.Equal(t, keypairs.TypeSSH, kp.Type)

	got, err := keypairs.Get(ctx, c, name, keypairs.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Empty(t, got.PrivateKey, "never returned again")
	assert.Equal(t, kp.Fingerprint, got.Fingerprint)
	assert.NotEmpty(t, got.UserID)
	assert.False(t, got.CreatedAt.Time.IsZero())
}

func TestKeypairsImport(t *testing.T) {
	c := rcCompute(t, "2.92") // public_key required from 2.92
	ctx := clients.Context(t, 2*time.Minute)
	pub, fingerprint := rcSSHPublicKey(t, "acceptance@cloudsdk")
	name := clients.RandomName("kp")
	kp := rcKeyPair(t, c, keypairs.CreateOpts{Name: name, PublicKey: pub, Type: keypairs.TypeSSH})
	assert.Equal(t, name, kp.Name)
	assert.Empty(t, kp.PrivateKey)
	assert.Equal(t, pub, strings.TrimSpace(kp.PublicKey))
	assert.Equal(t, fingerprint, kp.Fingerprint)

	got, err := keypairs.Get(ctx, c, name, keypairs.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Equal(t, fingerprint, got.Fingerprint)
	assert.Equal(t, keypairs.TypeSSH, got.Type)

	// A second key, then list both a page at a time (keypairs_links, 2.35).
	pub2, _ := rcSSHPublicKey(t, "second@cloudsdk")
	second := rcKeyPair(t, c, keypairs.CreateOpts{Name: clients.RandomName("kp"), PublicKey: pub2})
	var names []string
	for k, err := range keypairs.List(c, keypairs.ListOpts{Limit: 1}).All(ctx) {
		require.NoError(t, err)
		names = append(names, k.Name)
	}
	assert.Contains(t, names, second.Name)
	rcAssertPaged(t, names, name, 2)
	all, err := keypairs.List(c, keypairs.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	i := slices.IndexFunc(all, func(k keypairs.KeyPair) bool { return k.Name == name })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, fingerprint, all[i].Fingerprint)

	// Without a public key 2.92 refuses; the SDK passes Nova's message on.
	_, err = keypairs.Create(ctx, c, keypairs.CreateOpts{Name: clients.RandomName("kp")}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrBadRequest)

	require.NoError(t, keypairs.Delete(ctx, c, name, keypairs.DeleteOpts{}).ExtractErr())
	_, err = keypairs.Get(ctx, c, name, keypairs.GetOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
}
