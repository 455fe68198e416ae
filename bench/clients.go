package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	gc "github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	pgc "github.com/gophercloud/gophercloud/v2"
	popenstack "github.com/gophercloud/gophercloud/v2/openstack"
)

// How each variant authenticates and finds an endpoint.

func oursAuthOptions(c *Cloud, reauth bool) gc.AuthOptions {
	return gc.AuthOptions{
		IdentityEndpoint: c.AuthURL(),
		Username:         UserName, Password: Password, DomainName: DomainName,
		TenantName: ProjectName, AllowReauth: reauth,
	}
}

func peerAuthOptions(c *Cloud, reauth bool) pgc.AuthOptions {
	return pgc.AuthOptions{
		IdentityEndpoint: c.AuthURL(),
		Username:         UserName, Password: Password, DomainName: DomainName,
		TenantName: ProjectName, AllowReauth: reauth,
	}
}

// oursService authenticates with ours and returns a client for the
// service of the given type ("compute", "object-store").
func oursService(ctx context.Context, c *Cloud, typ string, reauth bool, hc *http.Client) (*gc.ServiceClient, error) {
	p, err := openstack.AuthenticatedClient(ctx, oursAuthOptions(c, reauth))
	if err != nil {
		return nil, err
	}
	if hc != nil {
		p.HTTPClient = hc
	}
	eo := gc.EndpointOpts{Region: Region}
	switch typ {
	case "compute":
		return openstack.NewComputeV2(p, eo)
	case "object-store":
		return openstack.NewObjectStorageV1(p, eo)
	}
	return nil, fmt.Errorf("no service %q", typ)
}

// peerService is oursService for the peer SDK.
func peerService(ctx context.Context, c *Cloud, typ string, reauth bool, hc *http.Client) (*pgc.ServiceClient, error) {
	p, err := popenstack.AuthenticatedClient(ctx, peerAuthOptions(c, reauth))
	if err != nil {
		return nil, err
	}
	if hc != nil {
		p.HTTPClient = *hc
	}
	eo := pgc.EndpointOpts{Region: Region}
	switch typ {
	case "compute":
		return popenstack.NewComputeV2(p, eo)
	case "object-store":
		return popenstack.NewObjectStorageV1(p, eo)
	}
	return nil, fmt.Errorf("no service %q", typ)
}

// The raw variants: what a careful programmer writes by hand with
// net/http and encoding/json.

type rawName struct {
	Name string `json:"name"`
}

type rawAuthRequest struct {
	Auth struct {
		Identity struct {
			Methods  []string `json:"methods"`
			Password struct {
				User struct {
					Name     string  `json:"name"`
					Domain   rawName `json:"domain"`
					Password string  `json:"password"`
				} `json:"user"`
			} `json:"password"`
		} `json:"identity"`
		Scope struct {
			Project struct {
				Name   string  `json:"name"`
				Domain rawName `json:"domain"`
			} `json:"project"`
		} `json:"scope"`
	} `json:"auth"`
}

type rawTokenResponse struct {
	Token struct {
		ExpiresAt string `json:"expires_at"`
		Catalog   []struct {
			Type      string `json:"type"`
			Name      string `json:"name"`
			Endpoints []struct {
				Interface string `json:"interface"`
				Region    string `json:"region"`
				RegionID  string `json:"region_id"`
				URL       string `json:"url"`
			} `json:"endpoints"`
		} `json:"catalog"`
	} `json:"token"`
}

// rawAuth posts a v3 password authentication, decodes the catalog into a
// minimal struct and returns the token and the public endpoint of typ in
// the region.
func rawAuth(ctx context.Context, hc *http.Client, authURL, typ string) (token, endpoint string, err error) {
	var ar rawAuthRequest
	ar.Auth.Identity.Methods = []string{"password"}
	u := &ar.Auth.Identity.Password.User
	u.Name, u.Domain.Name, u.Password = UserName, DomainName, Password
	ar.Auth.Scope.Project.Name, ar.Auth.Scope.Project.Domain.Name = ProjectName, DomainName
	body, err := json.Marshal(&ar)
	if err != nil {
		return "", "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, authURL+"/auth/tokens", bytes.NewReader(body))
	if err != nil {
		return "", "", err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return "", "", err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", "", err
	}
	if resp.StatusCode != http.StatusCreated {
		return "", "", fmt.Errorf("auth: %s", resp.Status)
	}
	var tr rawTokenResponse
	if err := json.Unmarshal(data, &tr); err != nil {
		return "", "", err
	}
	for _, s := range tr.Token.Catalog {
		if s.Type != typ {
			continue
		}
		for _, e := range s.Endpoints {
			if e.Interface == "public" && (e.RegionID == Region || e.Region == Region) {
				endpoint = e.URL
			}
		}
	}
	if endpoint == "" {
		return "", "", fmt.Errorf("no %s endpoint", typ)
	}
	return resp.Header.Get("X-Subject-Token"), endpoint, nil
}

// rawGetJSON GETs url with the token and decodes the body into v.
func rawGetJSON(ctx context.Context, hc *http.Client, url, token string, v any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("X-Auth-Token", token)
	req.Header.Set("Accept", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, resp.Body)
		return resp.StatusCode, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		return resp.StatusCode, err
	}
	_, _ = io.Copy(io.Discard, resp.Body) // let the connection be reused
	return resp.StatusCode, nil
}
