package opennebula

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// DefaultEndpoint is where oned listens by default, and what the CLI uses
// when ONE_XMLRPC is unset.
const DefaultEndpoint = "http://localhost:2633/RPC2"

// DefaultMaxBodyBytes caps a response body (64 MiB). A pool of thousands of
// VMs is a few MiB; the cap only stops a runaway or hostile server.
const DefaultMaxBodyBytes int64 = 64 << 20

// RPCCaller makes one OpenNebula XML-RPC call. The Controller uses nothing
// else, so any type that implements it (a client with retries, a
// recording proxy, a test double) can replace *Client.
//
// Call prepends the session itself: args are the method's parameters
// after the session string. It returns a *ResponseError when OpenNebula
// reports a failure, and a *ClientError when no well-formed response was
// had. A Response with OK false and a nil error is also treated as a
// failure by the Controller.
type RPCCaller interface {
	Call(ctx context.Context, method string, args ...any) (*Response, error)
}

// Response is OpenNebula's answer to one call: the array
// [success bool, result string|int, error code int, …].
type Response struct {
	// OK is the first element: whether the call succeeded.
	OK bool
	// Body is the second element when it is a string: the XML document of
	// an info call, or the error message of a failure.
	Body string
	// ID is the second element when it is an integer: the ID of an
	// allocated resource, a snapshot ID …
	ID int
	// IsInt says whether the second element was an integer.
	IsInt bool
	// Code is the third element (OneSuccess on success).
	Code OneErrCode
	// Values holds every element of the array, decoded.
	Values []any
}

// Config says where oned is and who calls it.
type Config struct {
	// Endpoint is the XML-RPC URL; DefaultEndpoint when empty.
	Endpoint string
	// User and Password form the session string "user:password". For token
	// logins put the token in Password.
	User     string
	Password string
	// HTTPClient sends the requests; http.DefaultClient when nil.
	HTTPClient *http.Client
	// MaxBodyBytes caps each response body; DefaultMaxBodyBytes when 0.
	MaxBodyBytes int64
	// Logger, when set, gets one debug record per call (method, arguments
	// with the session redacted, duration, outcome).
	Logger *slog.Logger
}

// Client is the default RPCCaller: XML-RPC over HTTP with net/http and
// encoding/xml. It is safe for concurrent use.
type Client struct {
	endpoint     string
	session      string
	password     string
	httpClient   *http.Client
	maxBodyBytes int64
	logger       *slog.Logger
}

// NewClient returns a client for cfg. It fails only when the endpoint is
// not an http or https URL, or the user is empty.
func NewClient(cfg Config) (*Client, error) {
	if cfg.Endpoint == "" {
		cfg.Endpoint = DefaultEndpoint
	}
	u, err := url.Parse(cfg.Endpoint)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &ClientError{Code: ClientReqBuild, Msg: fmt.Sprintf("endpoint %q is not an http(s) URL", redactURL(cfg.Endpoint))}
	}
	if cfg.User == "" {
		return nil, &ClientError{Code: ClientReqBuild, Msg: "empty user"}
	}
	c := &Client{
		endpoint:     cfg.Endpoint,
		session:      cfg.User + ":" + cfg.Password,
		password:     cfg.Password,
		httpClient:   cfg.HTTPClient,
		maxBodyBytes: cfg.MaxBodyBytes,
		logger:       cfg.Logger,
	}
	if c.httpClient == nil {
		c.httpClient = http.DefaultClient
	}
	if c.maxBodyBytes <= 0 {
		c.maxBodyBytes = DefaultMaxBodyBytes
	}
	return c, nil
}

// EnvOption adjusts the Config NewClientFromEnv builds.
type EnvOption func(*Config)

// WithHTTPClient sets the HTTP client.
func WithHTTPClient(h *http.Client) EnvOption { return func(c *Config) { c.HTTPClient = h } }

// WithMaxBodyBytes sets the response body cap.
func WithMaxBodyBytes(n int64) EnvOption { return func(c *Config) { c.MaxBodyBytes = n } }

// WithLogger sets the debug logger.
func WithLogger(l *slog.Logger) EnvOption { return func(c *Config) { c.Logger = l } }

// NewClientFromEnv configures a client the way the OpenNebula CLI does:
// the endpoint from ONE_XMLRPC (DefaultEndpoint when unset), the
// credentials from the file ONE_AUTH names (~/.one/one_auth when unset),
// whose first line is "user:password".
func NewClientFromEnv(opts ...EnvOption) (*Client, error) {
	cfg := Config{Endpoint: os.Getenv("ONE_XMLRPC")}
	path := os.Getenv("ONE_AUTH")
	if path == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil, &ClientError{Code: ClientReqBuild, Msg: "ONE_AUTH is unset and the home directory is unknown", Err: err}
		}
		path = filepath.Join(home, ".one", "one_auth")
	}
	user, pass, err := ReadAuthFile(path)
	if err != nil {
		return nil, err
	}
	cfg.User, cfg.Password = user, pass
	for _, o := range opts {
		o(&cfg)
	}
	return NewClient(cfg)
}

// ReadAuthFile reads a one_auth file: its first non-empty line is
// "user:password". Errors name the file, never its content.
func ReadAuthFile(path string) (user, password string, err error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", "", &ClientError{Code: ClientReqBuild, Msg: "cannot read the auth file", Err: err}
	}
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		u, p, ok := strings.Cut(line, ":")
		if !ok || u == "" {
			return "", "", &ClientError{Code: ClientReqBuild, Msg: fmt.Sprintf("auth file %s: want user:password", path)}
		}
		return u, p, nil
	}
	return "", "", &ClientError{Code: ClientReqBuild, Msg: fmt.Sprintf("auth file %s is empty", path)}
}

// Endpoint returns the XML-RPC URL the client calls (credentials in it
// redacted).
func (c *Client) Endpoint() string { return redactURL(c.endpoint) }

// Call sends method with the session and args, and decodes OpenNebula's
// response array. See RPCCaller.
func (c *Client) Call(ctx context.Context, method string, args ...any) (*Response, error) {
	start := time.Now()
	resp, err := c.call(ctx, method, args)
	if c.logger != nil && c.logger.Enabled(ctx, slog.LevelDebug) {
		attrs := []any{
			slog.String("method", method),
			slog.String("endpoint", c.Endpoint()),
			slog.String("args", c.redact(fmt.Sprintf("%v", args))),
			slog.Duration("duration", time.Since(start)),
		}
		if err != nil {
			attrs = append(attrs, slog.String("error", err.Error()))
		}
		c.logger.DebugContext(ctx, "opennebula call", attrs...)
	}
	return resp, err
}

func (c *Client) call(ctx context.Context, method string, args []any) (*Response, error) {
	var body bytes.Buffer
	full := append([]any{c.session}, args...)
	if err := EncodeRequest(&body, method, full...); err != nil {
		return nil, &ClientError{Code: ClientReqBuild, Method: method, Err: c.redactErr(err)}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint, &body)
	if err != nil {
		return nil, &ClientError{Code: ClientReqBuild, Method: method, Err: c.redactErr(err)}
	}
	req.Header.Set("Content-Type", "text/xml")
	req.Header.Set("User-Agent", "cloudsdk-opennebula")
	hresp, err := c.httpClient.Do(req)
	if err != nil {
		return nil, &ClientError{Code: ClientNetwork, Method: method, Err: c.redactErr(err)}
	}
	defer hresp.Body.Close()
	// Read at most the cap plus one byte: a body that reaches it is too
	// large. The buffer grows with what arrives, never from Content-Length.
	raw, err := io.ReadAll(io.LimitReader(hresp.Body, c.maxBodyBytes+1))
	if err != nil {
		return nil, &ClientError{Code: ClientNetwork, Method: method, HTTPResponse: hresp, Msg: "reading the response body", Err: c.redactErr(err)}
	}
	if int64(len(raw)) > c.maxBodyBytes {
		return nil, &ClientError{Code: ClientRespTooLarge, Method: method, HTTPResponse: hresp,
			Msg: fmt.Sprintf("body exceeds %d bytes", c.maxBodyBytes)}
	}
	if hresp.StatusCode != http.StatusOK {
		return nil, &ClientError{Code: ClientRespHTTP, Method: method, HTTPResponse: hresp,
			Msg: c.redact(excerpt(raw))}
	}
	params, fault, err := DecodeResponse(bytes.NewReader(raw))
	if err != nil {
		return nil, &ClientError{Code: ClientRespXMLRPCParse, Method: method, HTTPResponse: hresp, Err: c.redactErr(err)}
	}
	if fault != nil {
		return nil, &ClientError{Code: ClientRespXMLRPCFault, Method: method, HTTPResponse: hresp,
			Msg: c.redact(fmt.Sprintf("fault %d: %s", fault.Code, fault.Message))}
	}
	r, err := ParseResponse(params)
	if err != nil {
		var ce *ClientError
		if errors.As(err, &ce) {
			ce.Method, ce.HTTPResponse = method, hresp
		}
		return nil, err
	}
	if !r.OK {
		r.Body = c.redact(r.Body)
		return r, &ResponseError{Code: r.Code, Method: method, Msg: r.Body}
	}
	return r, nil
}

// ParseResponse turns decoded XML-RPC params into a Response. OpenNebula
// sends one param: an array whose first element is a boolean, whose second
// is a string or an integer, and whose third (when present) is the error
// code. It is exported for RPCCaller implementations.
func ParseResponse(params []any) (*Response, error) {
	bad := func(msg string) error { return &ClientError{Code: ClientRespONeParse, Msg: msg} }
	if len(params) != 1 {
		return nil, bad(fmt.Sprintf("want one param, got %d", len(params)))
	}
	arr, ok := params[0].([]any)
	if !ok {
		return nil, bad(fmt.Sprintf("param is %T, want an array", params[0]))
	}
	if len(arr) < 2 {
		return nil, bad(fmt.Sprintf("response array has %d elements, want at least 2", len(arr)))
	}
	r := &Response{Values: arr}
	if r.OK, ok = arr[0].(bool); !ok {
		return nil, bad(fmt.Sprintf("first element is %T, want a boolean", arr[0]))
	}
	switch v := arr[1].(type) {
	case string:
		r.Body = v
	case int64:
		r.ID, r.IsInt = int(v), true
	case bool:
		// Some methods answer a boolean result; keep it as 0/1.
		if v {
			r.ID = 1
		}
		r.IsInt = true
	default:
		return nil, bad(fmt.Sprintf("second element is %T, want a string or an integer", arr[1]))
	}
	if len(arr) >= 3 {
		c, ok := arr[2].(int64)
		if !ok {
			return nil, bad(fmt.Sprintf("third element is %T, want an integer", arr[2]))
		}
		r.Code = OneErrCode(c)
	}
	if !r.OK && r.Code == OneSuccess {
		// A failure must carry a code; call it internal rather than success.
		r.Code = OneInternal
	}
	return r, nil
}

// redact removes the session string and the password from s.
func (c *Client) redact(s string) string {
	if c.session != "" {
		s = strings.ReplaceAll(s, c.session, "***")
	}
	if len(c.password) >= 3 {
		s = strings.ReplaceAll(s, c.password, "***")
	}
	return s
}

type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// redactErr keeps err's chain (for errors.Is on context.Canceled and the
// like) while its message loses the secrets.
func (c *Client) redactErr(err error) error {
	msg := err.Error()
	if r := c.redact(msg); r != msg {
		return &redactedError{msg: r, err: err}
	}
	return err
}

func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}

func excerpt(b []byte) string {
	s := strings.Join(strings.Fields(string(b)), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
