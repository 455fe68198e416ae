package opennebula

import (
	"context"
	"encoding/xml"
)

// MarketPlaceApp is the MARKETPLACEAPP document (marketplaceapp.xsd).
type MarketPlaceApp struct {
	XMLName       xml.Name    `xml:"MARKETPLACEAPP"`
	ID            int         `xml:"ID"`
	UID           int         `xml:"UID"`
	GID           int         `xml:"GID"`
	UName         string      `xml:"UNAME"`
	GName         string      `xml:"GNAME"`
	Lock          *Lock       `xml:"LOCK,omitempty"`
	RegTime       int64       `xml:"REGTIME"`
	Name          string      `xml:"NAME"`
	ZoneID        string      `xml:"ZONE_ID"`
	OriginID      string      `xml:"ORIGIN_ID"`
	Source        string      `xml:"SOURCE"`
	MD5           string      `xml:"MD5"`
	Size          int64       `xml:"SIZE"`
	Description   string      `xml:"DESCRIPTION"`
	Version       string      `xml:"VERSION"`
	Format        string      `xml:"FORMAT"`
	AppTemplate64 string      `xml:"APPTEMPLATE64"`
	MarketPlaceID int         `xml:"MARKETPLACE_ID"`
	MarketPlace   string      `xml:"MARKETPLACE"`
	State         int         `xml:"STATE"`
	Type          int         `xml:"TYPE"`
	Permissions   Permissions `xml:"PERMISSIONS"`
	Template      *Template   `xml:"TEMPLATE"`
}

// MarketPlaceAppPool is the MARKETPLACEAPP_POOL document.
type MarketPlaceAppPool struct {
	XMLName xml.Name         `xml:"MARKETPLACEAPP_POOL"`
	Apps    []MarketPlaceApp `xml:"MARKETPLACEAPP"`
}

// MarketPlaceAppsController handles the marketplace app pool.
type MarketPlaceAppsController struct {
	PoolOps[MarketPlaceAppPool]
	c *Controller
}

// MarketPlaceApps returns the controller of the marketplace app pool.
func (c *Controller) MarketPlaceApps() *MarketPlaceAppsController {
	return &MarketPlaceAppsController{PoolOps: newPool[MarketPlaceAppPool](c, "one.marketapppool.info", poolRange), c: c}
}

// Create allocates an app in marketplace marketID and returns its ID.
func (p *MarketPlaceAppsController) Create(ctx context.Context, tpl TemplateString, marketID int) (int, error) {
	return callInt(ctx, p.c.caller, "one.marketapp.allocate", tplString(tpl), marketID)
}

// MarketPlaceAppController handles one marketplace app.
type MarketPlaceAppController struct {
	ID int
	InfoOps[MarketPlaceApp]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	LockOps
	r *ref
}

// MarketPlaceApp returns the controller of marketplace app id.
func (c *Controller) MarketPlaceApp(id int) *MarketPlaceAppController {
	r := c.ref("one.marketapp", id)
	return &MarketPlaceAppController{ID: id, InfoOps: InfoOps[MarketPlaceApp]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, LockOps: LockOps{r}, r: r}
}

// Enable enables or disables the app.
func (ac *MarketPlaceAppController) Enable(ctx context.Context, enable bool) error {
	_, err := ac.r.callID(ctx, "enable", enable)
	return err
}
