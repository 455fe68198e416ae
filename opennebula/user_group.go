package opennebula

import (
	"context"
	"encoding/xml"
)

// User is the USER document (user.xsd).
type User struct {
	XMLName     xml.Name     `xml:"USER"`
	ID          int          `xml:"ID"`
	GID         int          `xml:"GID"`
	Groups      IDs          `xml:"GROUPS"`
	GName       string       `xml:"GNAME"`
	Name        string       `xml:"NAME"`
	Password    string       `xml:"PASSWORD"`
	AuthDriver  string       `xml:"AUTH_DRIVER"`
	Enabled     int          `xml:"ENABLED"`
	LoginTokens []LoginToken `xml:"LOGIN_TOKEN"`
	Template    *Template    `xml:"TEMPLATE"`
	Quotas
	DefaultUserQuotas Quotas `xml:"DEFAULT_USER_QUOTAS"`
}

// LoginToken is one LOGIN_TOKEN of a user.
type LoginToken struct {
	Token          string `xml:"TOKEN"`
	ExpirationTime int64  `xml:"EXPIRATION_TIME"`
	EGID           int    `xml:"EGID"`
}

// UserShort is a user as the pool lists it: no quotas (those come in the
// pool's QUOTAS elements).
type UserShort struct {
	ID          int          `xml:"ID"`
	GID         int          `xml:"GID"`
	Groups      IDs          `xml:"GROUPS"`
	GName       string       `xml:"GNAME"`
	Name        string       `xml:"NAME"`
	Password    string       `xml:"PASSWORD"`
	AuthDriver  string       `xml:"AUTH_DRIVER"`
	Enabled     int          `xml:"ENABLED"`
	LoginTokens []LoginToken `xml:"LOGIN_TOKEN"`
	Template    *Template    `xml:"TEMPLATE"`
}

// UserPool is the USER_POOL document.
type UserPool struct {
	XMLName           xml.Name     `xml:"USER_POOL"`
	Users             []UserShort  `xml:"USER"`
	Quotas            []PoolQuotas `xml:"QUOTAS"`
	DefaultUserQuotas Quotas       `xml:"DEFAULT_USER_QUOTAS"`
}

// UsersController handles the user pool.
type UsersController struct {
	PoolOps[UserPool]
	c *Controller
}

// Users returns the controller of the user pool.
func (c *Controller) Users() *UsersController {
	return &UsersController{PoolOps: newPool[UserPool](c, "one.userpool.info", poolPlain), c: c}
}

// Create allocates a user with the auth driver (empty: "core") and
// groups (empty: oned's default) and returns the user ID.
func (p *UsersController) Create(ctx context.Context, name, password, authDriver string, groupIDs []int) (int, error) {
	if groupIDs == nil {
		groupIDs = []int{}
	}
	return callInt(ctx, p.c.caller, "one.user.allocate", name, password, authDriver, groupIDs)
}

// UserController handles one user.
type UserController struct {
	ID int
	InfoOps[User]
	DeleteOps
	UpdateOps
	r *ref
}

// User returns the controller of user id.
func (c *Controller) User(id int) *UserController {
	r := c.ref("one.user", id)
	return &UserController{ID: id, InfoOps: InfoOps[User]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r}, r: r}
}

// Passwd changes the user's password.
func (uc *UserController) Passwd(ctx context.Context, password string) error {
	_, err := uc.r.callID(ctx, "passwd", password)
	return err
}

// Chauth changes the auth driver and, unless empty, the password.
func (uc *UserController) Chauth(ctx context.Context, driver, password string) error {
	_, err := uc.r.callID(ctx, "chauth", driver, password)
	return err
}

// Chgrp changes the user's primary group.
func (uc *UserController) Chgrp(ctx context.Context, gid int) error {
	_, err := uc.r.callID(ctx, "chgrp", gid)
	return err
}

// AddGroup adds the user to a secondary group.
func (uc *UserController) AddGroup(ctx context.Context, gid int) error {
	_, err := uc.r.callID(ctx, "addgroup", gid)
	return err
}

// DelGroup removes the user from a secondary group.
func (uc *UserController) DelGroup(ctx context.Context, gid int) error {
	_, err := uc.r.callID(ctx, "delgroup", gid)
	return err
}

// Quota sets the user's quotas from tpl.
func (uc *UserController) Quota(ctx context.Context, tpl TemplateString) error {
	_, err := uc.r.callID(ctx, "quota", tplString(tpl))
	return err
}

// Login creates a login token for user name valid for ttl seconds (egid:
// the effective group, -1 for all) and returns it. With an empty token
// oned generates one. The token is a secret: treat it as a password.
func (p *UsersController) Login(ctx context.Context, name, token string, ttl, egid int) (string, error) {
	resp, err := call(ctx, p.c.caller, "one.user.login", name, token, ttl, egid)
	if err != nil {
		return "", err
	}
	return resp.Body, nil
}

// Group is the GROUP document (group.xsd).
type Group struct {
	XMLName  xml.Name  `xml:"GROUP"`
	ID       int       `xml:"ID"`
	Name     string    `xml:"NAME"`
	Template *Template `xml:"TEMPLATE"`
	Users    IDs       `xml:"USERS"`
	Admins   IDs       `xml:"ADMINS"`
	Quotas
	VlanRules          GroupVlanRules `xml:"VLAN_RULES"`
	DefaultGroupQuotas Quotas         `xml:"DEFAULT_GROUP_QUOTAS"`
}

// GroupVlanRules is the VLAN_RULES element of a group.
type GroupVlanRules struct {
	ID    int `xml:"ID"`
	Rules []struct {
		ID         string `xml:"ID"`
		Scope      string `xml:"SCOPE"`
		VNTemplate string `xml:"VNTEMPLATE"`
	} `xml:"RULE"`
}

// GroupPool is the GROUP_POOL document. Pool entries carry only ID, NAME,
// TEMPLATE, USERS, ADMINS and quotas.
type GroupPool struct {
	XMLName            xml.Name         `xml:"GROUP_POOL"`
	Groups             []GroupShort     `xml:"GROUP"`
	Quotas             []PoolQuotas     `xml:"QUOTAS"`
	VlanRules          []GroupVlanRules `xml:"VLAN_RULES"`
	DefaultGroupQuotas Quotas           `xml:"DEFAULT_GROUP_QUOTAS"`
}

// GroupShort is a group as the pool lists it.
type GroupShort struct {
	ID       int       `xml:"ID"`
	Name     string    `xml:"NAME"`
	Template *Template `xml:"TEMPLATE"`
	Users    IDs       `xml:"USERS"`
	Admins   IDs       `xml:"ADMINS"`
}

// PoolQuotas is a QUOTAS element of the user or group pool: the quotas of
// the user or group ID.
type PoolQuotas struct {
	ID int `xml:"ID"`
	Quotas
}

// GroupsController handles the group pool.
type GroupsController struct {
	PoolOps[GroupPool]
	c *Controller
}

// Groups returns the controller of the group pool.
func (c *Controller) Groups() *GroupsController {
	return &GroupsController{PoolOps: newPool[GroupPool](c, "one.grouppool.info", poolPlain), c: c}
}

// Create allocates a group and returns its ID.
func (p *GroupsController) Create(ctx context.Context, name string) (int, error) {
	return callInt(ctx, p.c.caller, "one.group.allocate", name)
}

// GroupController handles one group.
type GroupController struct {
	ID int
	InfoOps[Group]
	DeleteOps
	UpdateOps
	r *ref
}

// Group returns the controller of group id.
func (c *Controller) Group(id int) *GroupController {
	r := c.ref("one.group", id)
	return &GroupController{ID: id, InfoOps: InfoOps[Group]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r}, r: r}
}

// AddAdmin makes user uid an administrator of the group.
func (gc *GroupController) AddAdmin(ctx context.Context, uid int) error {
	_, err := gc.r.callID(ctx, "addadmin", uid)
	return err
}

// DelAdmin removes user uid from the group's administrators.
func (gc *GroupController) DelAdmin(ctx context.Context, uid int) error {
	_, err := gc.r.callID(ctx, "deladmin", uid)
	return err
}

// Quota sets the group's quotas from tpl.
func (gc *GroupController) Quota(ctx context.Context, tpl TemplateString) error {
	_, err := gc.r.callID(ctx, "quota", tplString(tpl))
	return err
}
