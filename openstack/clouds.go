package openstack

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cloudsdk/gophercloud"
	"github.com/go-viper/mapstructure/v2"
	"go.yaml.in/yaml/v3"
)

// ErrCloudNotFound reports that no clouds.yaml was found or that it does
// not define the requested cloud.
var ErrCloudNotFound = errors.New("cloud not found")

// Cloud is one cloud of clouds.yaml (merged with secure.yaml). Build
// clients from it with AuthOptions, EndpointOpts and HTTPClient, or let
// AuthenticatedClientFromCloud do all three.
type Cloud struct {
	// Name is the cloud's key under "clouds:".
	Name string `mapstructure:"-"`
	// File and SecureFile are the files the entry was read from
	// (SecureFile is empty when no secure.yaml was used).
	File       string `mapstructure:"-"`
	SecureFile string `mapstructure:"-"`

	// AuthType is the authentication plugin: password (the default),
	// v3password, v2password, token, v3token, v2token,
	// v3applicationcredential or v3totp. When empty it is inferred from
	// the auth section: an application credential, else a token without
	// a password, else a password (with a passcode: v3totp).
	AuthType string `mapstructure:"auth_type"`
	// Auth is the "auth:" section.
	Auth CloudAuth `mapstructure:"auth"`
	// IdentityAPIVersion "2" or "2.0" makes an unversioned auth_url use
	// Identity v2.0; otherwise the version is discovered (v3 preferred).
	IdentityAPIVersion string `mapstructure:"identity_api_version"`

	// RegionName selects the catalog region; when empty, the first entry
	// of "regions:" is used, if any.
	RegionName string `mapstructure:"region_name"`
	// Interface is public, internal or admin ("publicURL" style too);
	// the older key endpoint_type is read when interface is absent.
	Interface string `mapstructure:"interface"`

	// Verify false disables TLS certificate verification (then CACert is
	// not read). Absent means true.
	Verify *bool `mapstructure:"verify"`
	// CACert is a PEM bundle of the CAs to trust instead of the system's.
	CACert string `mapstructure:"cacert"`
	// Cert and Key are the client certificate and its key, PEM; Key may
	// be empty when Cert holds both.
	Cert string `mapstructure:"cert"`
	Key  string `mapstructure:"key"`
}

// CloudAuth is the "auth:" section of a cloud. Every value is read as
// the text written in the file, so a password such as 0123 or 1e3 stays
// exactly that.
type CloudAuth struct {
	// AuthURL is the Keystone URL, with or without a version.
	AuthURL string `mapstructure:"auth_url"`

	// Username or UserID identify the user; Password authenticates them.
	Username string `mapstructure:"username"`
	UserID   string `mapstructure:"user_id"`
	Password string `mapstructure:"password"`
	// Passcode is a TOTP code (auth_type v3totp).
	Passcode string `mapstructure:"passcode"`
	// Token is an existing token (auth_type token).
	Token string `mapstructure:"token"`

	// ProjectID/ProjectName scope the token; TenantID/TenantName are
	// their v2-era names, used when the project ones are empty.
	ProjectID   string `mapstructure:"project_id"`
	ProjectName string `mapstructure:"project_name"`
	TenantID    string `mapstructure:"tenant_id"`
	TenantName  string `mapstructure:"tenant_name"`

	// UserDomain* is the user's domain and ProjectDomain* the project's.
	// Domain* stands for either when the specific one is empty, and
	// alone (without a project) requests a domain-scoped token.
	// DefaultDomain* is the last fallback for both and never a scope.
	UserDomainID      string `mapstructure:"user_domain_id"`
	UserDomainName    string `mapstructure:"user_domain_name"`
	ProjectDomainID   string `mapstructure:"project_domain_id"`
	ProjectDomainName string `mapstructure:"project_domain_name"`
	DomainID          string `mapstructure:"domain_id"`
	DomainName        string `mapstructure:"domain_name"`
	DefaultDomainID   string `mapstructure:"default_domain_id"`
	DefaultDomainName string `mapstructure:"default_domain_name"`

	// SystemScope "all" requests a system-scoped token.
	SystemScope string `mapstructure:"system_scope"`

	// ApplicationCredentialID, or ApplicationCredentialName with the
	// user, and ApplicationCredentialSecret authenticate with an
	// application credential.
	ApplicationCredentialID     string `mapstructure:"application_credential_id"`
	ApplicationCredentialName   string `mapstructure:"application_credential_name"`
	ApplicationCredentialSecret string `mapstructure:"application_credential_secret"`
}

// CloudOption changes how LoadCloud finds its files.
type CloudOption func(*cloudLoader)

type cloudLoader struct {
	path       string
	securePath string
}

// WithPath reads clouds.yaml from file instead of searching for it.
func WithPath(file string) CloudOption { return func(l *cloudLoader) { l.path = file } }

// WithSecurePath reads secure.yaml from file instead of searching for it.
func WithSecurePath(file string) CloudOption { return func(l *cloudLoader) { l.securePath = file } }

// LoadCloud reads the cloud called name from clouds.yaml (and
// secure.yaml), the configuration files of the OpenStack CLI and
// openstacksdk
// (https://docs.openstack.org/openstacksdk/latest/user/config/configuration.html).
// An empty name means $OS_CLOUD. It only reads files: no request is made.
// The error for an unknown name lists the clouds the file defines.
//
// Where the files are found, first match wins:
//
//	clouds.yaml   WithPath, else $OS_CLIENT_CONFIG_FILE, else the first of
//	              ./clouds.yaml, $XDG_CONFIG_HOME/openstack/clouds.yaml
//	              ($XDG_CONFIG_HOME defaults to ~/.config) and
//	              /etc/openstack/clouds.yaml (.yml and .json are accepted
//	              too, in that order, in each directory)
//	secure.yaml   WithSecurePath, else $OS_CLIENT_SECURE_FILE, else
//	              secure.yaml in the directory of the file given to
//	              WithPath, else the first secure.yaml in the same
//	              directories as clouds.yaml
//
// An explicitly named file (option or variable) that does not exist is an
// error; a missing secure.yaml in the searched directories is not. The
// cloud's entry in secure.yaml is deep-merged over its entry in
// clouds.yaml, so secrets can live apart from the rest. YAML anchors and
// << merge keys work; every value is kept as the text written.
//
// Vendor profiles ("profile:" or the older "cloud:" key) are not
// supported, since resolving them needs a network fetch of the vendor's
// description: LoadCloud returns an error naming the key. Write the
// vendor's settings into the entry instead.
func LoadCloud(name string, opts ...CloudOption) (*Cloud, error) {
	var l cloudLoader
	for _, o := range opts {
		o(&l)
	}
	path, err := l.cloudsFile()
	if err != nil {
		return nil, err
	}
	clouds, err := readCloudsFile(path)
	if err != nil {
		return nil, err
	}
	securePath, err := l.secureFile()
	if err != nil {
		return nil, err
	}
	if securePath != "" {
		secure, err := readCloudsFile(securePath)
		if err != nil {
			return nil, err
		}
		clouds = mergeMaps(clouds, secure)
	}

	names := make([]string, 0, len(clouds))
	for n := range clouds {
		names = append(names, n)
	}
	slices.Sort(names)
	if name == "" {
		name = os.Getenv("OS_CLOUD")
	}
	if name == "" {
		return nil, fmt.Errorf("%w (clouds in %s: %s)", &gophercloud.ErrMissingInput{Argument: "cloud name (or OS_CLOUD)"}, path, strings.Join(names, ", "))
	}
	raw, ok := clouds[name]
	if !ok {
		return nil, fmt.Errorf("%w: %q is not in %s (available: %s)", ErrCloudNotFound, name, path, strings.Join(names, ", "))
	}
	entry, ok := raw.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: clouds.%s must be a mapping", path, name)
	}
	return decodeCloud(name, path, securePath, entry)
}

func decodeCloud(name, path, securePath string, entry map[string]any) (*Cloud, error) {
	field := "clouds." + name
	for _, k := range []string{"profile", "cloud"} {
		if v, ok := entry[k]; ok && v != nil && v != "" {
			return nil, fmt.Errorf("%s: %w", path, &gophercloud.ErrInvalidInput{
				Argument: field + "." + k, Value: v,
				Reason: "vendor profiles are not supported (they need a network fetch); copy the vendor's settings into the cloud entry",
			})
		}
	}
	if _, ok := entry["interface"]; !ok {
		if v, ok := entry["endpoint_type"]; ok {
			entry["interface"] = v
		}
	}
	c := &Cloud{}
	dec, err := mapstructure.NewDecoder(&mapstructure.DecoderConfig{Result: c, WeaklyTypedInput: true})
	if err != nil {
		return nil, err
	}
	if err := dec.Decode(entry); err != nil {
		return nil, fmt.Errorf("%s: %s: %w", path, field, err)
	}
	c.Name, c.File, c.SecureFile = name, path, securePath
	if c.RegionName == "" {
		c.RegionName = firstRegion(entry["regions"])
	}
	if _, err := c.authKind(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// firstRegion reads the first entry of "regions:", a list of names or of
// mappings with a name.
func firstRegion(v any) string {
	list, ok := v.([]any)
	if !ok || len(list) == 0 {
		return ""
	}
	switch r := list[0].(type) {
	case string:
		return r
	case map[string]any:
		if n, ok := r["name"].(string); ok {
			return n
		}
	}
	return ""
}

type authKind int

const (
	authPassword authKind = iota
	authToken
	authAppCred
	authTOTP
)

// authKind resolves auth_type, inferring it when empty.
func (c *Cloud) authKind() (authKind, error) {
	a := c.Auth
	switch strings.ToLower(c.AuthType) {
	case "":
		switch {
		case a.ApplicationCredentialID != "" || a.ApplicationCredentialName != "":
			return authAppCred, nil
		case a.Token != "" && a.Password == "":
			return authToken, nil
		case a.Passcode != "":
			return authTOTP, nil
		}
		return authPassword, nil
	case "password", "v3password", "v2password":
		return authPassword, nil
	case "token", "v3token", "v2token":
		return authToken, nil
	case "v3applicationcredential", "applicationcredential", "application_credential":
		return authAppCred, nil
	case "v3totp":
		return authTOTP, nil
	}
	return 0, &gophercloud.ErrInvalidInput{
		Argument: "clouds." + c.Name + ".auth_type", Value: c.AuthType,
		Reason: "supported: password, v3password, v2password, token, v3token, v2token, v3applicationcredential, v3totp",
	}
}

// usesV2 reports whether the entry asks for Identity v2.0.
func (c *Cloud) usesV2() bool {
	switch strings.ToLower(c.AuthType) {
	case "v2password", "v2token":
		return true
	}
	switch c.IdentityAPIVersion {
	case "2", "2.0", "v2", "v2.0":
		return true
	}
	return false
}

// AuthOptions returns the options to authenticate with, following
// AuthType: a password (with the passcode for v3totp), a token or an
// application credential (whose scope is fixed, so project settings are
// ignored). AllowReauth is left false; set it to keep the options for
// re-authentication.
func (c *Cloud) AuthOptions() (gophercloud.AuthOptions, error) {
	field := "clouds." + c.Name + ".auth."
	a := c.Auth
	kind, err := c.authKind()
	if err != nil {
		return gophercloud.AuthOptions{}, err
	}
	if a.AuthURL == "" {
		return gophercloud.AuthOptions{}, &gophercloud.ErrMissingInput{Argument: field + "auth_url"}
	}
	opts := gophercloud.AuthOptions{IdentityEndpoint: a.AuthURL}
	if c.usesV2() && !versionSuffix.MatchString(a.AuthURL) {
		opts.IdentityEndpoint = gophercloud.NormalizeURL(a.AuthURL) + "v2.0/"
	}
	userDomID, userDomName := firstDomain(a.UserDomainID, a.UserDomainName, a.DomainID, a.DomainName, a.DefaultDomainID, a.DefaultDomainName)
	setUser := func() {
		opts.Username, opts.UserID = a.Username, a.UserID
		if a.UserID == "" {
			opts.DomainID, opts.DomainName = userDomID, userDomName
		}
	}

	switch kind {
	case authAppCred:
		opts.ApplicationCredentialID = a.ApplicationCredentialID
		opts.ApplicationCredentialSecret = a.ApplicationCredentialSecret
		if a.ApplicationCredentialID == "" {
			opts.ApplicationCredentialName = a.ApplicationCredentialName
			setUser()
		}
		if opts.ApplicationCredentialSecret == "" {
			return opts, &gophercloud.ErrMissingInput{Argument: field + "application_credential_secret"}
		}
		return opts, nil // its scope is fixed
	case authToken:
		if a.Token == "" {
			return opts, &gophercloud.ErrMissingInput{Argument: field + "token"}
		}
		opts.TokenID = a.Token
	case authTOTP:
		if a.Passcode == "" {
			return opts, &gophercloud.ErrMissingInput{Argument: field + "passcode"}
		}
		if a.Password == "" {
			return opts, &gophercloud.ErrInvalidInput{Argument: field + "password", Reason: "v3totp is sent with the password (password + TOTP); a TOTP-only login is not supported"}
		}
		opts.Passcode = a.Passcode
		fallthrough
	default:
		setUser()
		opts.Password = a.Password
	}

	projectID, projectName := first(a.ProjectID, a.TenantID), first(a.ProjectName, a.TenantName)
	switch {
	case a.SystemScope != "":
		if a.SystemScope != "all" {
			return opts, &gophercloud.ErrInvalidInput{Argument: field + "system_scope", Value: a.SystemScope, Reason: `the only system scope is "all"`}
		}
		opts.Scope = &gophercloud.AuthScope{System: true}
	case projectID != "":
		opts.TenantID = projectID
		opts.Scope = &gophercloud.AuthScope{ProjectID: projectID}
	case projectName != "":
		id, name := firstDomain(a.ProjectDomainID, a.ProjectDomainName, a.DomainID, a.DomainName, a.DefaultDomainID, a.DefaultDomainName)
		if id == "" && name == "" {
			id, name = userDomID, userDomName
		}
		opts.TenantName = projectName
		opts.Scope = &gophercloud.AuthScope{ProjectName: projectName, DomainID: id, DomainName: name}
	case a.DomainID != "" || a.DomainName != "":
		id, name := firstDomain(a.DomainID, a.DomainName)
		opts.Scope = &gophercloud.AuthScope{DomainID: id, DomainName: name}
	}
	return opts, nil
}

// firstDomain takes (id, name) pairs in order of precedence and returns
// the first pair that is set, with the ID winning over the name.
func firstDomain(pairs ...string) (id, name string) {
	for i := 0; i+1 < len(pairs); i += 2 {
		switch {
		case pairs[i] != "":
			return pairs[i], ""
		case pairs[i+1] != "":
			return "", pairs[i+1]
		}
	}
	return "", ""
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// EndpointOpts returns the region and interface to find endpoints with.
func (c *Cloud) EndpointOpts() gophercloud.EndpointOpts {
	return gophercloud.EndpointOpts{Region: c.RegionName, Availability: parseInterface(c.Interface)}
}

// TLSConfig builds the TLS settings of the entry: the CAs of CACert
// (instead of the system's), no verification when Verify is false, and
// the client certificate of Cert and Key. An unreadable or empty file is
// an error naming the setting and the file.
func (c *Cloud) TLSConfig() (*tls.Config, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	field := "clouds." + c.Name + "."
	if c.Verify != nil && !*c.Verify {
		cfg.InsecureSkipVerify = true //nolint:gosec // the user asked for it with verify: false
	} else if c.CACert != "" {
		pem, err := os.ReadFile(c.CACert)
		if err != nil {
			return nil, fmt.Errorf("%scacert: %w", field, err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("%scacert: no PEM certificate in %s", field, c.CACert)
		}
		cfg.RootCAs = pool
	}
	switch {
	case c.Cert != "":
		key := c.Key
		if key == "" {
			key = c.Cert
		}
		pair, err := tls.LoadX509KeyPair(c.Cert, key)
		if err != nil {
			return nil, fmt.Errorf("%scert/key (%s, %s): %w", field, c.Cert, key, err)
		}
		cfg.Certificates = []tls.Certificate{pair}
	case c.Key != "":
		return nil, &gophercloud.ErrMissingInput{Argument: field + "cert (a key is set without its certificate)"}
	}
	return cfg, nil
}

// HTTPClient returns a client built by gophercloud.NewHTTPClient that uses
// TLSConfig.
func (c *Cloud) HTTPClient() (*http.Client, error) {
	cfg, err := c.TLSConfig()
	if err != nil {
		return nil, err
	}
	hc := gophercloud.NewHTTPClient()
	t, ok := hc.Transport.(*http.Transport)
	if !ok {
		return nil, fmt.Errorf("openstack: gophercloud.NewHTTPClient returned a %T transport; cannot set TLS", hc.Transport)
	}
	t.TLSClientConfig = cfg
	return hc, nil
}

// AuthenticatedClientFromCloud loads the cloud called name (empty:
// $OS_CLOUD) and returns a client authenticated with it, using its TLS
// settings. AllowReauth is set, so the client renews its token by itself.
func AuthenticatedClientFromCloud(ctx context.Context, name string, opts ...CloudOption) (*gophercloud.ProviderClient, *Cloud, error) {
	cloud, err := LoadCloud(name, opts...)
	if err != nil {
		return nil, nil, err
	}
	ao, err := cloud.AuthOptions()
	if err != nil {
		return nil, cloud, err
	}
	ao.AllowReauth = true
	hc, err := cloud.HTTPClient()
	if err != nil {
		return nil, cloud, err
	}
	p, err := NewClient(ao.IdentityEndpoint)
	if err != nil {
		return nil, cloud, err
	}
	p.HTTPClient = hc
	if err := Authenticate(ctx, p, ao); err != nil {
		return nil, cloud, err
	}
	return p, cloud, nil
}

var configExts = []string{".yaml", ".yml", ".json"}

// searchDirs are the directories searched for clouds.yaml and secure.yaml.
func searchDirs() []string {
	dirs := []string{"."}
	if wd, err := os.Getwd(); err == nil {
		dirs[0] = wd
	}
	config := os.Getenv("XDG_CONFIG_HOME")
	if config == "" {
		if home, err := os.UserHomeDir(); err == nil {
			config = filepath.Join(home, ".config")
		}
	}
	if config != "" {
		dirs = append(dirs, filepath.Join(config, "openstack"))
	}
	return append(dirs, "/etc/openstack")
}

// findIn returns the first base+ext file of dirs that exists.
func findIn(dirs []string, base string) (string, error) {
	for _, d := range dirs {
		for _, ext := range configExts {
			p := filepath.Join(d, base+ext)
			st, err := os.Stat(p)
			if err == nil && !st.IsDir() {
				return p, nil
			}
			if err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, fs.ErrPermission) {
				return "", fmt.Errorf("looking for %s: %w", p, err)
			}
		}
	}
	return "", nil
}

// mustExist checks a file named explicitly (by option or variable).
func mustExist(path, from string) (string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("%s=%s: %w", from, path, err)
	}
	if st.IsDir() {
		return "", fmt.Errorf("%s=%s: is a directory", from, path)
	}
	return path, nil
}

func (l *cloudLoader) cloudsFile() (string, error) {
	if l.path != "" {
		return mustExist(l.path, "WithPath")
	}
	if p := os.Getenv("OS_CLIENT_CONFIG_FILE"); p != "" {
		return mustExist(p, "OS_CLIENT_CONFIG_FILE")
	}
	dirs := searchDirs()
	p, err := findIn(dirs, "clouds")
	if err != nil {
		return "", err
	}
	if p == "" {
		return "", fmt.Errorf("%w: no clouds.yaml in %s (set OS_CLIENT_CONFIG_FILE or use WithPath)", ErrCloudNotFound, strings.Join(dirs, ", "))
	}
	return p, nil
}

func (l *cloudLoader) secureFile() (string, error) {
	if l.securePath != "" {
		return mustExist(l.securePath, "WithSecurePath")
	}
	if p := os.Getenv("OS_CLIENT_SECURE_FILE"); p != "" {
		return mustExist(p, "OS_CLIENT_SECURE_FILE")
	}
	if l.path != "" {
		return findIn([]string{filepath.Dir(l.path)}, "secure")
	}
	return findIn(searchDirs(), "secure")
}

// readCloudsFile returns the "clouds:" mapping of a clouds.yaml or
// secure.yaml file.
func readCloudsFile(path string) (map[string]any, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	conv := yamlConverter{budget: maxYAMLNodes}
	v, err := conv.value(&doc, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if v == nil {
		return nil, fmt.Errorf("%s: empty file (want a clouds: mapping)", path)
	}
	top, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: the document must be a mapping with a clouds: key", path)
	}
	raw, ok := top["clouds"]
	if !ok {
		return nil, fmt.Errorf("%s: no clouds: key", path)
	}
	if raw == nil {
		return map[string]any{}, nil
	}
	clouds, ok := raw.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: clouds: must be a mapping of cloud names", path)
	}
	return clouds, nil
}

// maxYAMLNodes bounds the work of reading one file, so anchors that
// expand exponentially (a "billion laughs" file) fail fast.
const maxYAMLNodes = 100_000

// yamlConverter turns a YAML tree into maps, slices and strings. Every
// scalar stays the text that was written (a password 0123 is "0123", not
// 83 or 123); null is nil. Aliases and << merge keys are resolved.
type yamlConverter struct{ budget int }

func (c *yamlConverter) value(n *yaml.Node, depth int) (any, error) {
	c.budget--
	if c.budget < 0 {
		return nil, errors.New("too many YAML nodes (anchors expanding without bound?)")
	}
	if depth > 100 {
		return nil, fmt.Errorf("line %d: YAML nested too deeply", n.Line)
	}
	switch n.Kind {
	case 0: // an empty document
		return nil, nil
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return c.value(n.Content[0], depth+1)
	case yaml.AliasNode:
		if n.Alias == nil {
			return nil, fmt.Errorf("line %d: unknown alias", n.Line)
		}
		return c.value(n.Alias, depth+1)
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			return nil, nil
		}
		return n.Value, nil
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, e := range n.Content {
			v, err := c.value(e, depth+1)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.MappingNode:
		out := make(map[string]any, len(n.Content)/2)
		// Merged keys first: explicit keys override them.
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i]; k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
				if err := c.merge(out, n.Content[i+1], depth+1); err != nil {
					return nil, err
				}
			}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
				continue
			}
			if k.Kind != yaml.ScalarNode {
				return nil, fmt.Errorf("line %d: a mapping key must be a plain value", k.Line)
			}
			v, err := c.value(n.Content[i+1], depth+1)
			if err != nil {
				return nil, err
			}
			out[k.Value] = v
		}
		return out, nil
	}
	return nil, fmt.Errorf("line %d: unsupported YAML node", n.Line)
}

// merge applies a << merge key: a mapping, or a list of mappings of which
// the earlier win, never overriding keys already in out.
func (c *yamlConverter) merge(out map[string]any, n *yaml.Node, depth int) error {
	srcs := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		srcs = n.Content
	}
	for _, s := range srcs {
		v, err := c.value(s, depth+1)
		if err != nil {
			return err
		}
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("line %d: << must merge a mapping", s.Line)
		}
		for k, x := range m {
			if _, exists := out[k]; !exists {
				out[k] = x
			}
		}
	}
	return nil
}

// mergeMaps deep-merges over into base: mappings merge key by key, any
// other value of over replaces base's.
func mergeMaps(base, over map[string]any) map[string]any {
	out := make(map[string]any, len(base)+len(over))
	for k, v := range base {
		out[k] = v
	}
	for k, v := range over {
		bm, ok1 := out[k].(map[string]any)
		om, ok2 := v.(map[string]any)
		if ok1 && ok2 {
			out[k] = mergeMaps(bm, om)
			continue
		}
		out[k] = v
	}
	return out
}
