package internal_test

import (
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"fmt"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/internal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewHash(t *testing.T) {
	data := []byte("image bytes")
	cases := map[string]string{
		"sha512":   fmt.Sprintf("%x", sha512.Sum512(data)),
		"SHA512":   fmt.Sprintf("%x", sha512.Sum512(data)),
		"sha256":   fmt.Sprintf("%x", sha256.Sum256(data)),
		"sha3_512": fmt.Sprintf("%x", sha3.Sum512(data)),
		"md5":      "",
		"sha1":     "",
		"sha384":   "",
		"sha224":   "",
		"sha3_256": "",
	}
	for algo, want := range cases {
		h, err := internal.NewHash(algo)
		require.NoError(t, err, algo)
		h.Write(data)
		if want != "" {
			assert.Equal(t, want, fmt.Sprintf("%x", h.Sum(nil)), algo)
		}
	}
	_, err := internal.NewHash("blake3")
	var invalid *gophercloud.ErrInvalidInput
	require.ErrorAs(t, err, &invalid)
}
