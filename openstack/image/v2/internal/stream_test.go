package internal_test

import (
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"errors"
	"fmt"
	"io"
	"strings"
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

func TestCounterAndProgress(t *testing.T) {
	var calls [][2]int64
	p := internal.NewProgress(func(done, total int64) { calls = append(calls, [2]int64{done, total}) }, 10)
	h := sha256.New()
	c := internal.NewCounter(strings.NewReader("0123456789"), p, h)
	b := make([]byte, 4)
	_, err := io.ReadFull(c, b)
	require.NoError(t, err)
	assert.Equal(t, int64(4), c.N())
	c.Reset()
	assert.Equal(t, int64(0), c.N())
	assert.Equal(t, [][2]int64{{4, 10}, {0, 10}}, calls, "a reset takes the progress back")
	assert.Equal(t, fmt.Sprintf("%x", sha256.Sum256(nil)), fmt.Sprintf("%x", h.Sum(nil)), "a reset empties the hash")

	assert.Nil(t, internal.NewProgress(nil, 10), "no callback, no counter")
	var none *internal.Progress
	none.Add(5) // a nil Progress does nothing
	rest, err := io.ReadAll(internal.NewCounter(strings.NewReader("abc"), nil))
	require.NoError(t, err)
	assert.Equal(t, "abc", string(rest))
}

type closeCounter struct {
	io.Reader
	closed int
}

func (c *closeCounter) Close() error { c.closed++; return nil }

func TestVerifier(t *testing.T) {
	data := "the image data"
	sum := fmt.Sprintf("%x", sha512.Sum512([]byte(data)))
	expect := func(want string) internal.Expect {
		h, err := internal.NewHash("sha512")
		require.NoError(t, err)
		return internal.Expect{Name: "sha512", Hash: h, Want: want}
	}
	t.Run("match", func(t *testing.T) {
		body := &closeCounter{Reader: strings.NewReader(data)}
		var done int64
		v := internal.NewVerifier(body, internal.NewProgress(func(d, _ int64) { done = d }, -1), "image x", expect(strings.ToUpper(sum)))
		got, err := io.ReadAll(v)
		require.NoError(t, err)
		assert.Equal(t, data, string(got))
		assert.Equal(t, int64(len(data)), done)
		n, err := v.Read(make([]byte, 1))
		assert.Equal(t, 0, n)
		assert.Equal(t, io.EOF, err)
		require.NoError(t, v.Close())
		assert.Equal(t, 1, body.closed)
	})
	t.Run("mismatch", func(t *testing.T) {
		v := internal.NewVerifier(io.NopCloser(strings.NewReader(data+"!")), nil, "image x", expect(sum))
		got, err := io.ReadAll(v)
		assert.Equal(t, data+"!", string(got), "the bytes still pass through")
		require.ErrorIs(t, err, gophercloud.ErrChecksumMismatch)
		assert.Contains(t, err.Error(), "image x")
		assert.Contains(t, err.Error(), sum)
		_, again := v.Read(make([]byte, 1))
		assert.True(t, errors.Is(again, gophercloud.ErrChecksumMismatch), "the mismatch sticks")
	})
	t.Run("read error passes through", func(t *testing.T) {
		v := internal.NewVerifier(io.NopCloser(io.MultiReader(strings.NewReader("abc"), errReader{})), nil, "image x", expect(sum))
		_, err := io.ReadAll(v)
		require.ErrorIs(t, err, io.ErrUnexpectedEOF)
		assert.False(t, errors.Is(err, gophercloud.ErrChecksumMismatch))
	})
	t.Run("nothing to check", func(t *testing.T) {
		got, err := io.ReadAll(internal.NewVerifier(io.NopCloser(strings.NewReader(data)), nil, "image x"))
		require.NoError(t, err)
		assert.Equal(t, data, string(got))
	})
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }
