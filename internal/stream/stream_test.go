package stream_test

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/internal/stream"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCounterAndProgress(t *testing.T) {
	var calls [][2]int64
	p := stream.NewProgress(func(done, total int64) { calls = append(calls, [2]int64{done, total}) }, 10)
	h := sha256.New()
	c := stream.NewCounter(strings.NewReader("0123456789"), p, h)
	b := make([]byte, 4)
	_, err := io.ReadFull(c, b)
	require.NoError(t, err)
	assert.Equal(t, int64(4), c.N())
	c.Reset()
	assert.Equal(t, int64(0), c.N())
	assert.Equal(t, [][2]int64{{4, 10}, {0, 10}}, calls, "a reset takes the progress back")
	assert.Equal(t, fmt.Sprintf("%x", sha256.Sum256(nil)), fmt.Sprintf("%x", h.Sum(nil)), "a reset empties the hash")

	assert.Nil(t, stream.NewProgress(nil, 10), "no callback, no counter")
	var none *stream.Progress
	none.Add(5) // a nil Progress does nothing
	rest, err := io.ReadAll(stream.NewCounter(strings.NewReader("abc"), nil))
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
	expect := func(want string) stream.Expect {
		return stream.Expect{Name: "sha512", Hash: sha512.New(), Want: want, Source: "the record"}
	}
	t.Run("match", func(t *testing.T) {
		body := &closeCounter{Reader: strings.NewReader(data)}
		var done int64
		v := stream.NewVerifier(body, stream.NewProgress(func(d, _ int64) { done = d }, -1), "image x", expect(strings.ToUpper(sum)))
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
		v := stream.NewVerifier(io.NopCloser(strings.NewReader(data+"!")), nil, "image x", expect(sum))
		got, err := io.ReadAll(v)
		assert.Equal(t, data+"!", string(got), "the bytes still pass through")
		require.ErrorIs(t, err, gophercloud.ErrChecksumMismatch)
		assert.Contains(t, err.Error(), "image x")
		assert.Contains(t, err.Error(), sum)
		_, again := v.Read(make([]byte, 1))
		assert.True(t, errors.Is(again, gophercloud.ErrChecksumMismatch), "the mismatch sticks")
	})
	t.Run("read error passes through", func(t *testing.T) {
		v := stream.NewVerifier(io.NopCloser(io.MultiReader(strings.NewReader("abc"), errReader{})), nil, "image x", expect(sum))
		_, err := io.ReadAll(v)
		require.ErrorIs(t, err, io.ErrUnexpectedEOF)
		assert.False(t, errors.Is(err, gophercloud.ErrChecksumMismatch))
	})
	t.Run("nothing to check", func(t *testing.T) {
		got, err := io.ReadAll(stream.NewVerifier(io.NopCloser(strings.NewReader(data)), nil, "image x"))
		require.NoError(t, err)
		assert.Equal(t, data, string(got))
	})
}

// onlyWriter hides any ReaderFrom, so io.Copy must take the Verifier's
// WriteTo; failAfter makes it fail once it holds that many bytes.
type onlyWriter struct {
	buf       bytes.Buffer
	failAfter int
}

func (w *onlyWriter) Write(b []byte) (int, error) {
	if w.failAfter > 0 && w.buf.Len()+len(b) > w.failAfter {
		return 0, errors.New("disk full")
	}
	return w.buf.Write(b)
}

func TestVerifierWriteTo(t *testing.T) {
	data := strings.Repeat("0123456789abcdef", 20000) // 320 KB: several 64 KiB reads
	sum := fmt.Sprintf("%x", sha512.Sum512([]byte(data)))
	expect := func(want string) stream.Expect {
		return stream.Expect{Name: "sha512", Hash: sha512.New(), Want: want, Source: "the record"}
	}
	var done int64
	v := stream.NewVerifier(io.NopCloser(strings.NewReader(data)), stream.NewProgress(func(d, _ int64) { done = d }, -1), "image x", expect(sum))
	var w onlyWriter
	n, err := io.Copy(&w, v)
	require.NoError(t, err)
	assert.Equal(t, int64(len(data)), n)
	assert.Equal(t, data, w.buf.String())
	assert.Equal(t, int64(len(data)), done)

	v = stream.NewVerifier(io.NopCloser(strings.NewReader(data+"!")), nil, "image x", expect(sum))
	n, err = io.Copy(io.Discard, v)
	require.ErrorIs(t, err, gophercloud.ErrChecksumMismatch)
	assert.Equal(t, int64(len(data)+1), n, "every byte was passed on before the mismatch was known")

	v = stream.NewVerifier(io.NopCloser(strings.NewReader(data)), nil, "image x", expect(sum))
	_, err = io.Copy(&onlyWriter{failAfter: 100000}, v)
	assert.EqualError(t, err, "disk full")
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }

// seekOnly is an io.Seeker with no Len and no Stat.
type seekOnly struct{ *bytes.Reader }

func (s seekOnly) Len() {} // hides bytes.Reader's Len: not the Len() int SizeOf looks for

func TestSizeOf(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f")
	require.NoError(t, os.WriteFile(p, []byte("0123456789"), 0o600))
	f, err := os.Open(p)
	require.NoError(t, err)
	defer f.Close()
	_, err = f.Seek(3, io.SeekStart)
	require.NoError(t, err)
	pr, pw := io.Pipe()
	defer pw.Close()
	partly := bytes.NewReader([]byte("abcdef"))
	_, _ = partly.Seek(2, io.SeekStart)
	cases := []struct {
		name string
		r    io.Reader
		n    int64
		ok   bool
	}{
		{"strings.Reader", strings.NewReader("abc"), 3, true},
		{"bytes.Buffer", bytes.NewBufferString("abcd"), 4, true},
		{"file from offset 3", f, 7, true},
		{"seeker", seekOnly{partly}, 4, true},
		{"pipe", pr, -1, false},
		{"directory", mustOpen(t, dir), -1, false},
	}
	for _, tc := range cases {
		n, ok := stream.SizeOf(tc.r)
		assert.Equal(t, tc.ok, ok, tc.name)
		assert.Equal(t, tc.n, n, tc.name)
	}
	pos, _ := f.Seek(0, io.SeekCurrent)
	assert.Equal(t, int64(3), pos, "SizeOf leaves the file where it was")
	pos, _ = partly.Seek(0, io.SeekCurrent)
	assert.Equal(t, int64(2), pos, "and the seeker too")
}

func mustOpen(t *testing.T, p string) *os.File {
	f, err := os.Open(p)
	require.NoError(t, err)
	t.Cleanup(func() { _ = f.Close() })
	return f
}
