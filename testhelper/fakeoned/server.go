// Package fakeoned is a fake OpenNebula daemon for tests: an XML-RPC server
// on 127.0.0.1 (net/http/httptest) that keeps every resource in memory,
// so a test can allocate, read, act on and delete any resource kind the
// opennebula package knows, and get back XML documents shaped like oned's.
//
//	s := fakeoned.Setup(t) // closed by t.Cleanup
//	ctrl := opennebula.NewController(s.Client())
//	id, _ := ctrl.VMs().Create(ctx, opennebula.RawTemplate(`NAME="a"`), false)
//
// No real OpenNebula runs here (none is packaged in Debian). What the fake
// returns is checked instead against the XSDs OpenNebula publishes: every
// document type it produces validates with xmllint (see the package tests).
//
// The fake knows the session of its oneadmin user (User, Password) and of
// any user allocated through it; a wrong session is an AUTHENTICATION
// error. VMs follow oned's state machine for the actions it models
// (deploy, poweroff, suspend, stop, undeploy, resume, hold, release,
// reboot, terminate …); an action in the wrong state is an ACTION error. A
// locked resource refuses every call but info, lock and unlock with a
// LOCKED error. Fail makes the next call of a method answer with a raw
// HTTP status and body, to test error paths.
package fakeoned

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud/opennebula"
)

// Default credentials of the fake's oneadmin user.
const (
	DefaultUser     = "oneadmin"
	DefaultPassword = "opennebula"
)

// Server is a running fake oned.
type Server struct {
	srv *httptest.Server
	// User and Password are oneadmin's credentials.
	User, Password string

	mu      sync.Mutex
	kinds   map[string]handler // by method prefix, "one.vm"
	pools   map[string]handler // by pool method, "one.vmpool.info"
	fails   map[string]failure
	calls   []string
	acls    map[int]opennebula.ACL
	nextACL int
	now     func() int64

	vms        *kind[opennebula.VM]
	images     *kind[opennebula.Image]
	templates  *kind[opennebula.VMTemplate]
	vnets      *kind[opennebula.VirtualNetwork]
	users      *kind[opennebula.User]
	groups     *kind[opennebula.Group]
	hosts      *kind[opennebula.Host]
	datastores *kind[opennebula.Datastore]
	clusters   *kind[opennebula.Cluster]
	zones      *kind[opennebula.Zone]
}

type failure struct {
	status int
	body   string
}

// handler is one resource kind of the fake.
type handler interface {
	call(op string, args []any) (any, *oneErr)
	poolInfo(method string, args []any) (any, *oneErr)
}

type oneErr struct {
	code opennebula.OneErrCode
	msg  string
}

func errf(code opennebula.OneErrCode, format string, a ...any) *oneErr {
	return &oneErr{code: code, msg: fmt.Sprintf(format, a...)}
}

// NewServer starts a fake oned; the caller closes it.
func NewServer() *Server {
	s := &Server{User: DefaultUser, Password: DefaultPassword, fails: map[string]failure{},
		now: func() int64 { return time.Now().Unix() }}
	s.setup()
	s.srv = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	return s
}

// Setup starts a fake oned closed when t ends.
func Setup(t testing.TB) *Server {
	t.Helper()
	s := NewServer()
	t.Cleanup(s.Close)
	return s
}

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// URL is the server's base URL.
func (s *Server) URL() string { return s.srv.URL }

// Endpoint is the XML-RPC endpoint, as ONE_XMLRPC would hold it.
func (s *Server) Endpoint() string { return s.srv.URL + "/RPC2" }

// Client returns an opennebula client logged in as oneadmin.
func (s *Server) Client() *opennebula.Client {
	c, err := opennebula.NewClient(opennebula.Config{Endpoint: s.Endpoint(), User: s.User, Password: s.Password})
	if err != nil {
		panic(err) // the endpoint and user are always valid
	}
	return c
}

// Fail makes the next call of method answer with HTTP status and body
// as they are, instead of handling the call.
func (s *Server) Fail(method string, status int, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fails[method] = failure{status: status, body: body}
}

// Calls returns the methods called so far, in order.
func (s *Server) Calls() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.calls...)
}

func hashPassword(p string) string {
	h := sha256.Sum256([]byte(p))
	return hex.EncodeToString(h[:])
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "XML-RPC wants POST", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 16<<20))
	if err != nil {
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	method, args, err := decodeCall(body)
	if err != nil {
		writeFault(w, -32700, "parse error: "+err.Error())
		return
	}
	s.mu.Lock()
	s.calls = append(s.calls, method)
	if f, ok := s.fails[method]; ok {
		delete(s.fails, method)
		s.mu.Unlock()
		w.Header().Set("Content-Type", "text/xml")
		w.WriteHeader(f.status)
		io.WriteString(w, f.body)
		return
	}
	result, oerr := s.dispatch(method, args)
	s.mu.Unlock()
	if oerr != nil {
		writeResult(w, false, fmt.Sprintf("[%s] %s", method, oerr.msg), int(oerr.code))
		return
	}
	writeResult(w, true, result, 0)
}

func (s *Server) dispatch(method string, args []any) (any, *oneErr) {
	if len(args) == 0 {
		return nil, errf(opennebula.OneXMLRPCAPI, "missing session")
	}
	session, ok := args[0].(string)
	if !ok || !s.authenticate(session) {
		return nil, errf(opennebula.OneAuthentication, "User couldn't be authenticated, aborting call.")
	}
	args = args[1:]
	if h, ok := s.pools[method]; ok {
		return h.poolInfo(method, args)
	}
	switch method {
	case "one.acl.addrule", "one.acl.delrule", "one.acl.info":
		return s.acl(method, args)
	case "one.user.login":
		return s.login(args)
	case "one.vm.action":
		return s.vmAction(args)
	}
	i := strings.LastIndex(method, ".")
	if i < 0 {
		return nil, errf(opennebula.OneXMLRPCAPI, "unknown method")
	}
	h, ok := s.kinds[method[:i]]
	if !ok {
		return nil, errf(opennebula.OneXMLRPCAPI, "unknown method")
	}
	return h.call(method[i+1:], args)
}

func (s *Server) authenticate(session string) bool {
	user, pass, ok := strings.Cut(session, ":")
	if !ok {
		return false
	}
	if user == s.User && pass == s.Password {
		return true
	}
	for _, u := range s.users.objs {
		if u.Name == user && u.Enabled == 1 && (u.Password == hashPassword(pass) || s.validToken(u, pass)) {
			return true
		}
	}
	return false
}

func (s *Server) validToken(u *opennebula.User, tok string) bool {
	for _, t := range u.LoginTokens {
		if t.Token == tok && t.ExpirationTime > s.now() {
			return true
		}
	}
	return false
}

// ---- XML-RPC wire format ----

type xValue struct {
	Text    string   `xml:",chardata"`
	Int     *string  `xml:"int"`
	I4      *string  `xml:"i4"`
	I8      *string  `xml:"i8"`
	Boolean *string  `xml:"boolean"`
	String  *string  `xml:"string"`
	Double  *string  `xml:"double"`
	Array   *xArray  `xml:"array"`
	Struct  *xStruct `xml:"struct"`
}

type xArray struct {
	Values []xValue `xml:"data>value"`
}

type xStruct struct {
	Members []struct {
		Name  string `xml:"name"`
		Value xValue `xml:"value"`
	} `xml:"member"`
}

func (v xValue) decode() (any, error) {
	atoi := func(s string) (any, error) {
		var n int64
		_, err := fmt.Sscan(strings.TrimSpace(s), &n)
		return n, err
	}
	switch {
	case v.Int != nil:
		return atoi(*v.Int)
	case v.I4 != nil:
		return atoi(*v.I4)
	case v.I8 != nil:
		return atoi(*v.I8)
	case v.Boolean != nil:
		return strings.TrimSpace(*v.Boolean) == "1", nil
	case v.String != nil:
		return *v.String, nil
	case v.Double != nil:
		var f float64
		_, err := fmt.Sscan(strings.TrimSpace(*v.Double), &f)
		return f, err
	case v.Array != nil:
		out := []any{}
		for _, e := range v.Array.Values {
			x, err := e.decode()
			if err != nil {
				return nil, err
			}
			out = append(out, x)
		}
		return out, nil
	case v.Struct != nil:
		out := map[string]any{}
		for _, m := range v.Struct.Members {
			x, err := m.Value.decode()
			if err != nil {
				return nil, err
			}
			out[m.Name] = x
		}
		return out, nil
	}
	return v.Text, nil
}

func decodeCall(body []byte) (string, []any, error) {
	var mc struct {
		XMLName xml.Name `xml:"methodCall"`
		Method  string   `xml:"methodName"`
		Params  []xValue `xml:"params>param>value"`
	}
	if err := xml.Unmarshal(body, &mc); err != nil {
		return "", nil, err
	}
	args := make([]any, 0, len(mc.Params))
	for _, p := range mc.Params {
		v, err := p.decode()
		if err != nil {
			return "", nil, err
		}
		args = append(args, v)
	}
	return strings.TrimSpace(mc.Method), args, nil
}

func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func writeResult(w http.ResponseWriter, ok bool, result any, code int) {
	okv := "0"
	if ok {
		okv = "1"
	}
	var res string
	switch r := result.(type) {
	case int:
		res = fmt.Sprintf("<i4>%d</i4>", r)
	case string:
		res = "<string>" + escape(r) + "</string>"
	case nil:
		res = "<string></string>"
	default:
		res = "<string>" + escape(fmt.Sprint(r)) + "</string>"
	}
	w.Header().Set("Content-Type", "text/xml")
	fmt.Fprintf(w, `<?xml version="1.0"?><methodResponse><params><param><value><array><data>`+
		`<value><boolean>%s</boolean></value><value>%s</value><value><i4>%d</i4></value>`+
		`</data></array></value></param></params></methodResponse>`, okv, res, code)
}

func writeFault(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/xml")
	fmt.Fprintf(w, `<?xml version="1.0"?><methodResponse><fault><value><struct>`+
		`<member><name>faultCode</name><value><int>%d</int></value></member>`+
		`<member><name>faultString</name><value><string>%s</string></value></member>`+
		`</struct></value></fault></methodResponse>`, code, escape(msg))
}

// ---- argument helpers ----

func argInt(args []any, i int) (int, *oneErr) {
	if i >= len(args) {
		return 0, errf(opennebula.OneXMLRPCAPI, "missing parameter %d", i+2)
	}
	switch v := args[i].(type) {
	case int64:
		return int(v), nil
	}
	return 0, errf(opennebula.OneXMLRPCAPI, "parameter %d is %T, want an integer", i+2, args[i])
}

func argIntOr(args []any, i, def int) (int, *oneErr) {
	if i >= len(args) {
		return def, nil
	}
	return argInt(args, i)
}

func argStr(args []any, i int) (string, *oneErr) {
	if i >= len(args) {
		return "", errf(opennebula.OneXMLRPCAPI, "missing parameter %d", i+2)
	}
	if v, ok := args[i].(string); ok {
		return v, nil
	}
	return "", errf(opennebula.OneXMLRPCAPI, "parameter %d is %T, want a string", i+2, args[i])
}

func argBool(args []any, i int, def bool) (bool, *oneErr) {
	if i >= len(args) {
		return def, nil
	}
	if v, ok := args[i].(bool); ok {
		return v, nil
	}
	return false, errf(opennebula.OneXMLRPCAPI, "parameter %d is %T, want a boolean", i+2, args[i])
}

func argTemplate(args []any, i int) (*opennebula.Template, *oneErr) {
	s, e := argStr(args, i)
	if e != nil {
		return nil, e
	}
	t, err := opennebula.ParseTemplate(s)
	if err != nil {
		return nil, errf(opennebula.OneXMLRPCAPI, "parse error: %v", err)
	}
	return t, nil
}

func marshal(v any) (string, *oneErr) {
	b, err := xml.Marshal(v)
	if err != nil {
		return "", errf(opennebula.OneInternal, "cannot render XML: %v", err)
	}
	return string(b), nil
}
