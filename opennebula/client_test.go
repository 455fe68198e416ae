package opennebula_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	one "github.com/cloudsdk/gophercloud/opennebula"
	"github.com/cloudsdk/gophercloud/testhelper/fakeoned"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func rawServer(t *testing.T, status int, body string) *one.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(status)
		w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	c, err := one.NewClient(one.Config{Endpoint: srv.URL + "/RPC2", User: "oneadmin", Password: "hunter22"})
	require.NoError(t, err)
	return c
}

func TestClientErrors(t *testing.T) {
	ok := `<methodResponse><params><param><value><array><data><value><boolean>1</boolean></value><value><string>x</string></value><value><i4>0</i4></value></data></array></value></param></params></methodResponse>`
	tests := []struct {
		name     string
		status   int
		body     string
		code     one.ClientErrCode
		sentinel error
	}{
		{"http 500", 500, "boom hunter22", one.ClientRespHTTP, one.ErrHTTPStatus},
		{"malformed xml", 200, "<methodResponse><params>", one.ClientRespXMLRPCParse, one.ErrMalformedResponse},
		{"not xml-rpc", 200, "<html></html>", one.ClientRespXMLRPCParse, one.ErrMalformedResponse},
		{"fault", 200, `<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>4</int></value></member><member><name>faultString</name><value>bad oneadmin:hunter22</value></member></struct></value></fault></methodResponse>`, one.ClientRespXMLRPCFault, one.ErrXMLRPCFault},
		{"wrong shape", 200, `<methodResponse><params><param><value><int>1</int></value></param></params></methodResponse>`, one.ClientRespONeParse, one.ErrMalformedResponse},
		{"too large", 200, ok + strings.Repeat(" ", 200), one.ClientRespTooLarge, one.ErrBodyTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := rawServer(t, tt.status, tt.body)
			if tt.code == one.ClientRespTooLarge {
				srvURL := c.Endpoint()
				var err error
				c, err = one.NewClient(one.Config{Endpoint: srvURL, User: "oneadmin", Password: "hunter22", MaxBodyBytes: int64(len(ok) + 10)})
				require.NoError(t, err)
			}
			_, err := one.NewController(c).VM(1).Info(context.Background(), false)
			var ce *one.ClientError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, tt.code, ce.Code)
			assert.ErrorIs(t, err, tt.sentinel)
			assert.NotNil(t, ce.HTTPResponse)
			assert.NotContains(t, err.Error(), "hunter22", "secret leaked")
			var re *one.ResponseError
			assert.False(t, errors.As(err, &re))
		})
	}
}

func TestResponseErrors(t *testing.T) {
	s := fakeoned.Setup(t)
	ctx := context.Background()
	ctrl := one.NewController(s.Client())
	tests := []struct {
		name     string
		call     func() error
		code     one.OneErrCode
		sentinel error
	}{
		{"no exists", func() error { _, err := ctrl.VM(999).Info(ctx, false); return err }, one.OneNoExists, one.ErrNoExists},
		{"action", func() error {
			id, err := ctrl.VMs().Create(ctx, one.RawTemplate(`NAME="a"`), false)
			require.NoError(t, err)
			return ctrl.VM(id).Poweroff(ctx)
		}, one.OneAction, one.ErrAction},
		{"allocate", func() error { _, err := ctrl.Images().Create(ctx, one.RawTemplate(`PATH="/x"`), 1); return err }, one.OneAllocate, one.ErrAllocate},
		{"xml-rpc api", func() error { _, err := s.Client().Call(ctx, "one.vm.info", "not-an-int"); return err }, one.OneXMLRPCAPI, one.ErrXMLRPCAPI},
		{"locked", func() error {
			id, err := ctrl.Templates().Create(ctx, one.RawTemplate(`NAME="t"`))
			require.NoError(t, err)
			require.NoError(t, ctrl.Template(id).Lock(ctx, one.LockAll))
			return ctrl.Template(id).Rename(ctx, "u")
		}, one.OneLocked, one.ErrLocked},
		{"authentication", func() error {
			c, err := one.NewClient(one.Config{Endpoint: s.Endpoint(), User: "oneadmin", Password: "wrong-pass"})
			require.NoError(t, err)
			_, err = one.NewController(c).VMs().Info(ctx)
			assert.NotContains(t, err.Error(), "wrong-pass")
			return err
		}, one.OneAuthentication, one.ErrAuthentication},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			var re *one.ResponseError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, tt.code, re.Code)
			assert.ErrorIs(t, err, tt.sentinel)
			assert.NotErrorIs(t, err, one.ErrInternal)
			var ce *one.ClientError
			assert.False(t, errors.As(err, &ce))
		})
	}
	assert.True(t, one.IsNotFound(tests[0].call()))
}

func TestContextCancelled(t *testing.T) {
	s := fakeoned.Setup(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := one.NewController(s.Client()).VMs().Info(ctx)
	var ce *one.ClientError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, one.ClientNetwork, ce.Code)
	assert.ErrorIs(t, err, context.Canceled)
	assert.ErrorIs(t, err, one.ErrNetwork)
	// Straight through the client too, bypassing the controller's check.
	_, err = s.Client().Call(ctx, "one.vmpool.info", -2, -1, -1, -1)
	assert.ErrorIs(t, err, context.Canceled)
}

func TestNetworkError(t *testing.T) {
	c, err := one.NewClient(one.Config{Endpoint: "http://127.0.0.1:1/RPC2", User: "u", Password: "topsecret"})
	require.NoError(t, err)
	_, err = c.Call(context.Background(), "one.vm.info", 1)
	assert.ErrorIs(t, err, one.ErrNetwork)
	assert.NotContains(t, err.Error(), "topsecret")
}

type failingCaller struct{ err error }

func (f failingCaller) Call(context.Context, string, ...any) (*one.Response, error) {
	return nil, f.err
}

func TestCustomCaller(t *testing.T) {
	boom := errors.New("boom")
	_, err := one.NewController(failingCaller{boom}).VM(1).Info(context.Background(), false)
	var ce *one.ClientError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, one.ClientRPCCall, ce.Code)
	assert.ErrorIs(t, err, boom)
	assert.ErrorIs(t, err, one.ErrRPCCall)
}

func TestNewClientFromEnv(t *testing.T) {
	s := fakeoned.Setup(t)
	dir := t.TempDir()
	auth := filepath.Join(dir, "one_auth")
	require.NoError(t, os.WriteFile(auth, []byte("oneadmin:opennebula\n"), 0o600))
	t.Setenv("ONE_XMLRPC", s.Endpoint())
	t.Setenv("ONE_AUTH", auth)
	c, err := one.NewClientFromEnv()
	require.NoError(t, err)
	_, err = one.NewController(c).VMs().Info(context.Background())
	require.NoError(t, err)

	t.Run("missing ONE_AUTH file", func(t *testing.T) {
		t.Setenv("ONE_AUTH", filepath.Join(dir, "nope"))
		_, err := one.NewClientFromEnv()
		assert.ErrorIs(t, err, one.ErrRequestBuild)
		assert.ErrorIs(t, err, os.ErrNotExist)
	})
	t.Run("default path under HOME", func(t *testing.T) {
		t.Setenv("ONE_AUTH", "")
		t.Setenv("HOME", dir)
		_, err := one.NewClientFromEnv()
		assert.ErrorIs(t, err, os.ErrNotExist)
		require.NoError(t, os.MkdirAll(filepath.Join(dir, ".one"), 0o700))
		require.NoError(t, os.WriteFile(filepath.Join(dir, ".one", "one_auth"), []byte("oneadmin:opennebula"), 0o600))
		_, err = one.NewClientFromEnv()
		assert.NoError(t, err)
	})
	t.Run("malformed file", func(t *testing.T) {
		bad := filepath.Join(dir, "bad")
		require.NoError(t, os.WriteFile(bad, []byte("no-colon-secret"), 0o600))
		t.Setenv("ONE_AUTH", bad)
		_, err := one.NewClientFromEnv()
		assert.ErrorIs(t, err, one.ErrRequestBuild)
		assert.NotContains(t, err.Error(), "no-colon-secret")
	})
	t.Run("default endpoint", func(t *testing.T) {
		t.Setenv("ONE_XMLRPC", "")
		c, err := one.NewClientFromEnv()
		require.NoError(t, err)
		assert.Equal(t, one.DefaultEndpoint, c.Endpoint())
	})
}

func TestLoggerRedactsSession(t *testing.T) {
	s := fakeoned.Setup(t)
	var buf bytes.Buffer
	c, err := one.NewClient(one.Config{Endpoint: s.Endpoint(), User: s.User, Password: "S3cr3tPass",
		Logger: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	require.NoError(t, err)
	// The secret as an argument too: the log must hide it wherever it is.
	_, err = c.Call(context.Background(), "one.user.passwd", 0, "S3cr3tPass")
	require.Error(t, err)
	assert.Contains(t, buf.String(), "one.user.passwd")
	assert.NotContains(t, buf.String(), "S3cr3tPass")
}

func TestFakeFail(t *testing.T) {
	s := fakeoned.Setup(t)
	s.Fail("one.vmpool.info", 500, "internal")
	_, err := one.NewController(s.Client()).VMs().Info(context.Background())
	var ce *one.ClientError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, 500, ce.HTTPResponse.StatusCode)
	s.Fail("one.vmpool.info", 200, "<VM_POOL>")
	_, err = one.NewController(s.Client()).VMs().Info(context.Background())
	assert.ErrorIs(t, err, one.ErrMalformedResponse)
	_, err = one.NewController(s.Client()).VMs().Info(context.Background())
	assert.NoError(t, err)
}

func TestEncodeRequest(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, one.EncodeRequest(&b, "m", 1, int64(1)<<40, true, "a<b", 1.5, []int{1, 2}, map[string]any{"k": "v"}, []byte("hi")))
	s := b.String()
	for _, want := range []string{"<int>1</int>", "<i8>1099511627776</i8>", "<boolean>1</boolean>", "<string>a&lt;b</string>",
		"<double>1.5</double>", "<array><data><value><int>1</int></value><value><int>2</int></value></data></array>",
		"<struct><member><name>k</name><value><string>v</string></value></member></struct>", "<base64>aGk=</base64>"} {
		assert.Contains(t, s, want)
	}
	assert.Error(t, one.EncodeRequest(&b, "m", struct{}{}))
	assert.Error(t, one.EncodeRequest(&b, "m", nil))
	// The round trip through the decoder gives the values back.
	resp := `<methodResponse><params><param><value><array><data><value><boolean>0</boolean></value><value>msg</value><value><i4>1024</i4></value><value><double>2.5</double></value><value><struct><member><name>a</name><value><i8>7</i8></value></member></struct></value></data></array></value></param></params></methodResponse>`
	params, fault, err := one.DecodeResponse(strings.NewReader(resp))
	require.NoError(t, err)
	assert.Nil(t, fault)
	r, err := one.ParseResponse(params)
	require.NoError(t, err)
	assert.False(t, r.OK)
	assert.Equal(t, "msg", r.Body)
	assert.Equal(t, one.OneNoExists, r.Code)
	assert.Equal(t, 2.5, r.Values[3])
	assert.Equal(t, map[string]any{"a": int64(7)}, r.Values[4])
}

func TestTemplate(t *testing.T) {
	src := "# comment\nNAME = \"web \\\"one\\\"\"\nCPU = 1\nDISK = [ IMAGE_ID = \"3\",\n SIZE = 1024 ]\nDISK=[IMAGE_ID=4]\n"
	tpl, err := one.ParseTemplate(src)
	require.NoError(t, err)
	name, _ := tpl.Get("name")
	assert.Equal(t, `web "one"`, name)
	n, err := tpl.GetInt("CPU")
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	require.Len(t, tpl.Vectors("DISK"), 2)
	sz, _ := tpl.Vector("DISK").Get("SIZE")
	assert.Equal(t, "1024", sz)
	again, err := one.ParseTemplate(tpl.String())
	require.NoError(t, err)
	assert.Equal(t, tpl, again)
	_, err = one.ParseTemplate("NAME = [ A = \"b\"")
	assert.Error(t, err)
	_, err = one.ParseTemplate("= 3")
	assert.Error(t, err)

	tpl.Merge(one.NewTemplate().Set("CPU", "2"))
	v, _ := tpl.Get("CPU")
	assert.Equal(t, "2", v)
	tpl.Del("DISK")
	assert.Empty(t, tpl.Vectors("DISK"))
}

func TestPermissionsOctal(t *testing.T) {
	p, ok := one.PermissionsFromOctal("640")
	require.True(t, ok)
	assert.Equal(t, one.Permissions{OwnerU: 1, OwnerM: 1, GroupU: 1}, p)
	assert.Equal(t, "640", p.Octal())
	_, ok = one.PermissionsFromOctal("9x")
	assert.False(t, ok)
}
