// Package occi is a client for OpenNebula's OCCI 3.2 REST service: XML
// pools (COMPUTE_COLLECTION …) and entries (COMPUTE, NETWORK, STORAGE,
// INSTANCE_TYPE) over HTTP with Basic auth. Creating answers 201, updates
// 202 (poll for the result: WaitForState), deletes 204.
//
// No real OpenNebula runs here (none is packaged in Debian); the client is
// proven against the fake in testhelper/fakeocci.
package occi

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// DefaultMaxBodyBytes caps a response body (16 MiB).
const DefaultMaxBodyBytes int64 = 16 << 20

// Sentinel errors for errors.Is.
var (
	ErrRequestBuild      = errors.New("occi: request could not be built")
	ErrNetwork           = errors.New("occi: network error")
	ErrUnauthorized      = errors.New("occi: unauthorized")       // 401
	ErrForbidden         = errors.New("occi: forbidden")          // 403
	ErrNotFound          = errors.New("occi: resource not found") // 404
	ErrNotImplemented    = errors.New("occi: not implemented")    // 501
	ErrServerError       = errors.New("occi: server error")       // 5xx
	ErrHTTPStatus        = errors.New("occi: unexpected HTTP status")
	ErrMalformedResponse = errors.New("occi: malformed response")
	ErrBodyTooLarge      = errors.New("occi: response body too large")
)

// ErrCode says what kind of failure a ClientError is.
type ErrCode int

// Error codes.
const (
	CodeReqBuild ErrCode = iota + 1
	CodeNetwork
	CodeHTTP
	CodeParse
	CodeTooLarge
)

// ClientError is any failure of a call: it carries the HTTP response when
// there was one. The password never appears in it.
type ClientError struct {
	Code         ErrCode
	Method, Path string
	StatusCode   int
	Msg          string
	HTTPResponse *http.Response
	Err          error
}

// Error reports the call and the cause.
func (e *ClientError) Error() string {
	s := fmt.Sprintf("occi: %s %s", e.Method, e.Path)
	if e.StatusCode != 0 {
		s += fmt.Sprintf(": HTTP %d", e.StatusCode)
	}
	if e.Msg != "" {
		s += ": " + e.Msg
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the cause (context.Canceled …).
func (e *ClientError) Unwrap() error { return e.Err }

// Is matches the sentinels by code and status.
func (e *ClientError) Is(target error) bool {
	switch target {
	case ErrRequestBuild:
		return e.Code == CodeReqBuild
	case ErrNetwork:
		return e.Code == CodeNetwork
	case ErrMalformedResponse:
		return e.Code == CodeParse
	case ErrBodyTooLarge:
		return e.Code == CodeTooLarge
	case ErrHTTPStatus:
		return e.Code == CodeHTTP
	case ErrUnauthorized:
		return e.StatusCode == 401
	case ErrForbidden:
		return e.StatusCode == 403
	case ErrNotFound:
		return e.StatusCode == 404
	case ErrNotImplemented:
		return e.StatusCode == 501
	case ErrServerError:
		return e.StatusCode >= 500
	}
	return false
}

// Ref is an entry of a pool, or a link from one entry to another.
type Ref struct {
	Href string `xml:"href,attr"`
	Name string `xml:"name,attr,omitempty"`
}

// ID returns the last path element of the href.
func (r Ref) ID() string { return r.Href[strings.LastIndex(r.Href, "/")+1:] }

// Compute is a COMPUTE entry: a VM.
type Compute struct {
	XMLName      xml.Name      `xml:"COMPUTE"`
	Href         string        `xml:"href,attr,omitempty"`
	ID           string        `xml:"ID,omitempty"`
	Name         string        `xml:"NAME"`
	InstanceType *InstanceRef  `xml:"INSTANCE_TYPE,omitempty"`
	State        string        `xml:"STATE,omitempty"`
	Disks        []ComputeDisk `xml:"DISK"`
	NICs         []ComputeNIC  `xml:"NIC"`
}

// InstanceRef links a compute to its instance type.
type InstanceRef struct {
	Href string `xml:"href,attr,omitempty"`
	Name string `xml:",chardata"`
}

// ComputeDisk is a DISK of a compute.
type ComputeDisk struct {
	Storage Ref    `xml:"STORAGE"`
	Type    string `xml:"TYPE,omitempty"`
	Target  string `xml:"TARGET,omitempty"`
}

// ComputeNIC is a NIC of a compute.
type ComputeNIC struct {
	Network Ref    `xml:"NETWORK"`
	MAC     string `xml:"MAC,omitempty"`
	IP      string `xml:"IP,omitempty"`
}

// Network is a NETWORK entry.
type Network struct {
	XMLName xml.Name `xml:"NETWORK"`
	Href    string   `xml:"href,attr,omitempty"`
	ID      string   `xml:"ID,omitempty"`
	Name    string   `xml:"NAME"`
	Address string   `xml:"ADDRESS,omitempty"`
	Size    string   `xml:"SIZE,omitempty"`
}

// Storage is a STORAGE entry: an image.
type Storage struct {
	XMLName     xml.Name `xml:"STORAGE"`
	Href        string   `xml:"href,attr,omitempty"`
	ID          string   `xml:"ID,omitempty"`
	Name        string   `xml:"NAME"`
	Description string   `xml:"DESCRIPTION,omitempty"`
	Type        string   `xml:"TYPE,omitempty"`
	Size        int      `xml:"SIZE,omitempty"`
	FSType      string   `xml:"FSTYPE,omitempty"`
}

// InstanceType is an INSTANCE_TYPE entry.
type InstanceType struct {
	Href   string `xml:"href,attr"`
	Name   string `xml:"NAME"`
	CPU    int    `xml:"CPU"`
	Memory int    `xml:"MEMORY"`
}

type collection struct {
	Entries []Ref `xml:",any"`
}

// Client calls one OCCI server. It is safe for concurrent use.
type Client struct {
	// Endpoint is the server's base URL, e.g. http://host:4567.
	Endpoint string
	User     string
	Password string
	// HTTPClient sends the requests; http.DefaultClient when nil.
	HTTPClient *http.Client
	// MaxBodyBytes caps a response body; DefaultMaxBodyBytes when 0.
	MaxBodyBytes int64
}

func (c *Client) do(ctx context.Context, method, path string, in any, ok []int, out any) (*http.Response, error) {
	fail := func(code ErrCode, resp *http.Response, msg string, err error) error {
		ce := &ClientError{Code: code, Method: method, Path: path, HTTPResponse: resp, Msg: msg, Err: err}
		if resp != nil {
			ce.StatusCode = resp.StatusCode
		}
		return ce
	}
	var body io.Reader
	if in != nil {
		b, err := xml.Marshal(in)
		if err != nil {
			return nil, fail(CodeReqBuild, nil, "", err)
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(c.Endpoint, "/")+path, body)
	if err != nil {
		return nil, fail(CodeReqBuild, nil, "", err)
	}
	req.SetBasicAuth(c.User, c.Password)
	req.Header.Set("Content-Type", "application/xml")
	hc := c.HTTPClient
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fail(CodeNetwork, nil, "", err)
	}
	defer resp.Body.Close()
	max := c.MaxBodyBytes
	if max <= 0 {
		max = DefaultMaxBodyBytes
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return resp, fail(CodeNetwork, resp, "reading body", err)
	}
	if int64(len(raw)) > max {
		return resp, fail(CodeTooLarge, resp, fmt.Sprintf("body exceeds %d bytes", max), nil)
	}
	good := false
	for _, k := range ok {
		good = good || resp.StatusCode == k
	}
	if !good {
		msg := strings.Join(strings.Fields(string(raw)), " ")
		if c.Password != "" {
			msg = strings.ReplaceAll(msg, c.Password, "***")
		}
		if len(msg) > 200 {
			msg = msg[:200]
		}
		return resp, fail(CodeHTTP, resp, msg, nil)
	}
	if out != nil {
		if err := xml.Unmarshal(raw, out); err != nil {
			return resp, fail(CodeParse, resp, "", err)
		}
	}
	return resp, nil
}

func list(ctx context.Context, c *Client, kind string) ([]Ref, error) {
	var col collection
	if _, err := c.do(ctx, http.MethodGet, "/"+kind, nil, []int{200}, &col); err != nil {
		return nil, err
	}
	return col.Entries, nil
}

func get[T any](ctx context.Context, c *Client, kind, id string) (*T, error) {
	v := new(T)
	if _, err := c.do(ctx, http.MethodGet, "/"+kind+"/"+id, nil, []int{200}, v); err != nil {
		return nil, err
	}
	return v, nil
}

func create[T any](ctx context.Context, c *Client, kind string, in *T) (*T, error) {
	v := new(T)
	if _, err := c.do(ctx, http.MethodPost, "/"+kind, in, []int{201, 200}, v); err != nil {
		return nil, err
	}
	return v, nil
}

func update[T any](ctx context.Context, c *Client, kind, id string, in *T) error {
	_, err := c.do(ctx, http.MethodPut, "/"+kind+"/"+id, in, []int{202, 200}, nil)
	return err
}

func del(ctx context.Context, c *Client, kind, id string) error {
	_, err := c.do(ctx, http.MethodDelete, "/"+kind+"/"+id, nil, []int{204, 200}, nil)
	return err
}

// ListComputes lists the COMPUTE_COLLECTION.
func (c *Client) ListComputes(ctx context.Context) ([]Ref, error) { return list(ctx, c, "compute") }

// GetCompute reads one compute.
func (c *Client) GetCompute(ctx context.Context, id string) (*Compute, error) {
	return get[Compute](ctx, c, "compute", id)
}

// CreateCompute creates a compute (201) and returns it with its ID.
func (c *Client) CreateCompute(ctx context.Context, in *Compute) (*Compute, error) {
	return create(ctx, c, "compute", in)
}

// UpdateCompute sends a compute update (202: poll to confirm).
func (c *Client) UpdateCompute(ctx context.Context, id string, in *Compute) error {
	return update(ctx, c, "compute", id, in)
}

// SetState asks for a state change (STOPPED, SUSPENDED, RESUME, DONE …).
func (c *Client) SetState(ctx context.Context, id, state string) error {
	return c.UpdateCompute(ctx, id, &Compute{ID: id, State: state})
}

// DeleteCompute deletes a compute (204).
func (c *Client) DeleteCompute(ctx context.Context, id string) error {
	return del(ctx, c, "compute", id)
}

// ListNetworks lists the NETWORK_COLLECTION.
func (c *Client) ListNetworks(ctx context.Context) ([]Ref, error) { return list(ctx, c, "network") }

// GetNetwork reads one network.
func (c *Client) GetNetwork(ctx context.Context, id string) (*Network, error) {
	return get[Network](ctx, c, "network", id)
}

// CreateNetwork creates a network.
func (c *Client) CreateNetwork(ctx context.Context, in *Network) (*Network, error) {
	return create(ctx, c, "network", in)
}

// UpdateNetwork updates a network (202).
func (c *Client) UpdateNetwork(ctx context.Context, id string, in *Network) error {
	return update(ctx, c, "network", id, in)
}

// DeleteNetwork deletes a network.
func (c *Client) DeleteNetwork(ctx context.Context, id string) error {
	return del(ctx, c, "network", id)
}

// ListStorage lists the STORAGE_COLLECTION.
func (c *Client) ListStorage(ctx context.Context) ([]Ref, error) { return list(ctx, c, "storage") }

// GetStorage reads one storage entry.
func (c *Client) GetStorage(ctx context.Context, id string) (*Storage, error) {
	return get[Storage](ctx, c, "storage", id)
}

// CreateStorage creates a storage entry.
func (c *Client) CreateStorage(ctx context.Context, in *Storage) (*Storage, error) {
	return create(ctx, c, "storage", in)
}

// UpdateStorage updates a storage entry (202).
func (c *Client) UpdateStorage(ctx context.Context, id string, in *Storage) error {
	return update(ctx, c, "storage", id, in)
}

// DeleteStorage deletes a storage entry.
func (c *Client) DeleteStorage(ctx context.Context, id string) error {
	return del(ctx, c, "storage", id)
}

// ListInstanceTypes lists the INSTANCE_TYPE_COLLECTION with details.
func (c *Client) ListInstanceTypes(ctx context.Context) ([]InstanceType, error) {
	var col struct {
		Types []InstanceType `xml:"INSTANCE_TYPE"`
	}
	if _, err := c.do(ctx, http.MethodGet, "/instance_type", nil, []int{200}, &col); err != nil {
		return nil, err
	}
	return col.Types, nil
}

// WaitOption adjusts WaitForState.
type WaitOption func(*time.Duration)

// PollInterval sets the time between polls (default 2s).
func PollInterval(d time.Duration) WaitOption { return func(p *time.Duration) { *p = d } }

// ErrTimeout is what WaitForState returns (wrapping the context's error)
// when ctx ends before the state is reached.
var ErrTimeout = errors.New("occi: timed out waiting for state")

// WaitForState polls compute id until its STATE is state, ctx ends, or a
// poll fails. It returns the compute in the wanted state.
func (c *Client) WaitForState(ctx context.Context, id, state string, opts ...WaitOption) (*Compute, error) {
	interval := 2 * time.Second
	for _, o := range opts {
		o(&interval)
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		cp, err := c.GetCompute(ctx, id)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("%w: compute %s: %w", ErrTimeout, id, err)
			}
			return nil, err
		}
		if strings.EqualFold(cp.State, state) {
			return cp, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%w: compute %s is %s, want %s: %w", ErrTimeout, id, cp.State, state, ctx.Err())
		case <-t.C:
		}
	}
}
