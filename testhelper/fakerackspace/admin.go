package fakerackspace

import (
	"net/http"
	"slices"
	"strconv"
)

// User is a user of the fake account, as Rackspace's /v2.0/users API
// shows it.
type User struct {
	ID            string `json:"id"`
	Username      string `json:"username"`
	Email         string `json:"email"`
	Enabled       bool   `json:"enabled"`
	DefaultRegion string `json:"RAX-AUTH:defaultRegion,omitempty"`
	DomainID      string `json:"RAX-AUTH:domainId,omitempty"`
}

// Role is a role the fake knows; TenantID is set for tenant-bound roles.
type Role struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	ServiceID   string `json:"serviceId,omitempty"`
	TenantID    string `json:"tenantId,omitempty"`
}

type user struct {
	User
	apiKey   string
	password string
	roles    []string // role IDs
}

func (u *user) hasRole(id string) bool { return slices.Contains(u.roles, id) }

// userByName finds a user; s.mu is held.
func (s *Server) userByName(name string) *user {
	for _, u := range s.users {
		if u.Username == name {
			return u
		}
	}
	return nil
}

// rolesOf lists u's roles; s.mu is held.
func (s *Server) rolesOf(u *user) []Role {
	out := []Role{}
	for _, r := range s.roles {
		if u.hasRole(r.ID) {
			out = append(out, r)
		}
	}
	return out
}

// Users returns a copy of the account's users.
func (s *Server) Users() []User {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]User, 0, len(s.users))
	for _, u := range s.users {
		out = append(out, u.User)
	}
	slices.SortFunc(out, func(a, b User) int { return cmpIDs(a.ID, b.ID) })
	return out
}

func cmpIDs(a, b string) int {
	x, _ := strconv.Atoi(a)
	y, _ := strconv.Atoi(b)
	return x - y
}

func (s *Server) identityAdminRoutes() {
	m := s.Mux
	m.HandleFunc("GET /v2.0/users", s.admin(s.listUsers))
	m.HandleFunc("POST /v2.0/users", s.admin(s.createUser))
	m.HandleFunc("GET /v2.0/users/{id}", s.admin(s.withUser(s.getUser)))
	m.HandleFunc("POST /v2.0/users/{id}", s.admin(s.withUser(s.updateUser)))
	m.HandleFunc("DELETE /v2.0/users/{id}", s.admin(s.withUser(s.deleteUser)))
	m.HandleFunc("GET /v2.0/users/{id}/OS-KSADM/credentials/RAX-KSKEY:apiKeyCredentials", s.admin(s.withUser(s.getAPIKey)))
	m.HandleFunc("POST /v2.0/users/{id}/OS-KSADM/credentials/RAX-KSKEY:apiKeyCredentials/RAX-AUTH/reset", s.admin(s.withUser(s.resetAPIKey)))
	m.HandleFunc("GET /v2.0/OS-KSADM/roles", s.admin(s.listRoles))
	m.HandleFunc("GET /v2.0/users/{id}/roles", s.admin(s.withUser(s.listUserRoles)))
	m.HandleFunc("PUT /v2.0/users/{id}/roles/OS-KSADM/{role}", s.admin(s.withUser(s.addUserRole)))
	m.HandleFunc("DELETE /v2.0/users/{id}/roles/OS-KSADM/{role}", s.admin(s.withUser(s.deleteUserRole)))
}

// withUser looks up {id} and holds s.mu while h runs.
func (s *Server) withUser(h func(http.ResponseWriter, *http.Request, *user)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		u := s.users[r.PathValue("id")]
		if u == nil {
			writeFault(w, http.StatusNotFound, "itemNotFound", "User not found: "+r.PathValue("id"))
			return
		}
		h(w, r, u)
	}
}

func (s *Server) listUsers(w http.ResponseWriter, r *http.Request) {
	if name := r.URL.Query().Get("name"); name != "" {
		s.mu.Lock()
		u := s.userByName(name)
		s.mu.Unlock()
		if u == nil {
			writeFault(w, http.StatusNotFound, "itemNotFound", "User not found: "+name)
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"user": u.User})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"users": s.Users()})
}

type userRequest struct {
	User struct {
		Username      *string `json:"username"`
		Email         *string `json:"email"`
		Enabled       *bool   `json:"enabled"`
		Password      *string `json:"OS-KSADM:password"`
		DefaultRegion *string `json:"RAX-AUTH:defaultRegion"`
	} `json:"user"`
}

func (s *Server) createUser(w http.ResponseWriter, r *http.Request) {
	var req userRequest
	if !decodeBody(w, r, &req) {
		return
	}
	in := req.User
	if in.Username == nil || *in.Username == "" || in.Email == nil || *in.Email == "" {
		writeFault(w, http.StatusBadRequest, "badRequest", "Expecting username and email")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.userByName(*in.Username) != nil {
		writeFault(w, http.StatusConflict, "userNameConflict", "Username "+*in.Username+" already exists")
		return
	}
	s.nextID++
	u := &user{User: User{ID: strconv.Itoa(s.nextID), Username: *in.Username, Email: *in.Email, Enabled: true, DefaultRegion: "DFW", DomainID: DomainID},
		roles: []string{"2", "6", "5"}}
	if in.Enabled != nil {
		u.Enabled = *in.Enabled
	}
	if in.DefaultRegion != nil {
		if !slices.Contains(Regions, *in.DefaultRegion) {
			writeFault(w, http.StatusBadRequest, "badRequest", "Invalid defaultRegion value, accepted values are: DFW, ORD, IAD, LON.")
			return
		}
		u.DefaultRegion = *in.DefaultRegion
	}
	generated := in.Password == nil
	if generated {
		u.password = "Gen-" + newSecret(8)
	} else {
		u.password = *in.Password
	}
	s.users[u.ID] = u
	body := map[string]any{"id": u.ID, "username": u.Username, "email": u.Email, "enabled": u.Enabled,
		"RAX-AUTH:defaultRegion": u.DefaultRegion, "RAX-AUTH:domainId": u.DomainID}
	if generated {
		body["OS-KSADM:password"] = u.password
	}
	w.Header().Set("Location", s.IdentityEndpoint()+"users/"+u.ID)
	writeJSON(w, http.StatusCreated, map[string]any{"user": body})
}

func (s *Server) getUser(w http.ResponseWriter, r *http.Request, u *user) {
	writeJSON(w, http.StatusOK, map[string]any{"user": u.User})
}

func (s *Server) updateUser(w http.ResponseWriter, r *http.Request, u *user) {
	var req userRequest
	if !decodeBody(w, r, &req) {
		return
	}
	in := req.User
	if in.Username != nil && *in.Username != u.Username {
		if s.userByName(*in.Username) != nil {
			writeFault(w, http.StatusConflict, "userNameConflict", "Username "+*in.Username+" already exists")
			return
		}
		u.Username = *in.Username
	}
	if in.Email != nil {
		u.Email = *in.Email
	}
	if in.Enabled != nil {
		u.Enabled = *in.Enabled
	}
	if in.DefaultRegion != nil {
		u.DefaultRegion = *in.DefaultRegion
	}
	if in.Password != nil {
		u.password = *in.Password
	}
	writeJSON(w, http.StatusOK, map[string]any{"user": u.User})
}

func (s *Server) deleteUser(w http.ResponseWriter, r *http.Request, u *user) {
	if u.ID == UserID {
		writeFault(w, http.StatusForbidden, "forbidden", "Not Authorized to delete the account owner")
		return
	}
	delete(s.users, u.ID)
	for id, t := range s.tokens {
		if t.userID == u.ID {
			delete(s.tokens, id)
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

func apiKeyBody(u *user) map[string]any {
	return map[string]any{"RAX-KSKEY:apiKeyCredentials": map[string]string{"username": u.Username, "apiKey": u.apiKey}}
}

func (s *Server) getAPIKey(w http.ResponseWriter, r *http.Request, u *user) {
	if u.apiKey == "" {
		writeFault(w, http.StatusNotFound, "itemNotFound", "User "+u.ID+" has no API key")
		return
	}
	writeJSON(w, http.StatusOK, apiKeyBody(u))
}

func (s *Server) resetAPIKey(w http.ResponseWriter, r *http.Request, u *user) {
	u.apiKey = newSecret(16)
	writeJSON(w, http.StatusOK, apiKeyBody(u))
}

func (s *Server) listRoles(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"roles": s.roles, "roles_links": []any{}})
}

func (s *Server) listUserRoles(w http.ResponseWriter, r *http.Request, u *user) {
	writeJSON(w, http.StatusOK, map[string]any{"roles": s.rolesOf(u), "roles_links": []any{}})
}

func (s *Server) roleExists(id string) bool {
	return slices.ContainsFunc(s.roles, func(r Role) bool { return r.ID == id })
}

func (s *Server) addUserRole(w http.ResponseWriter, r *http.Request, u *user) {
	id := r.PathValue("role")
	if !s.roleExists(id) {
		writeFault(w, http.StatusNotFound, "itemNotFound", "Role with id "+id+" not found")
		return
	}
	if u.hasRole(id) {
		writeFault(w, http.StatusConflict, "roleConflict", "User already has global role "+id)
		return
	}
	u.roles = append(u.roles, id)
	w.WriteHeader(http.StatusOK)
}

func (s *Server) deleteUserRole(w http.ResponseWriter, r *http.Request, u *user) {
	id := r.PathValue("role")
	if !u.hasRole(id) {
		writeFault(w, http.StatusNotFound, "itemNotFound", "Role "+id+" not found for user "+u.ID)
		return
	}
	u.roles = slices.DeleteFunc(u.roles, func(x string) bool { return x == id })
	w.WriteHeader(http.StatusNoContent)
}
