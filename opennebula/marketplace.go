package opennebula

import (
	"context"
	"encoding/xml"
)

// MarketPlace is the MARKETPLACE document (marketplace.xsd).
type MarketPlace struct {
	XMLName         xml.Name    `xml:"MARKETPLACE"`
	ID              int         `xml:"ID"`
	UID             int         `xml:"UID"`
	GID             int         `xml:"GID"`
	UName           string      `xml:"UNAME"`
	GName           string      `xml:"GNAME"`
	Name            string      `xml:"NAME"`
	State           int         `xml:"STATE"`
	MarketMad       string      `xml:"MARKET_MAD"`
	ZoneID          string      `xml:"ZONE_ID"`
	TotalMB         int64       `xml:"TOTAL_MB"`
	FreeMB          int64       `xml:"FREE_MB"`
	UsedMB          int64       `xml:"USED_MB"`
	MarketPlaceApps IDs         `xml:"MARKETPLACEAPPS"`
	Permissions     Permissions `xml:"PERMISSIONS"`
	Template        *Template   `xml:"TEMPLATE"`
}

// MarketPlacePool is the MARKETPLACE_POOL document.
type MarketPlacePool struct {
	XMLName      xml.Name      `xml:"MARKETPLACE_POOL"`
	MarketPlaces []MarketPlace `xml:"MARKETPLACE"`
}

// MarketPlacesController handles the marketplace pool.
type MarketPlacesController struct {
	PoolOps[MarketPlacePool]
	c *Controller
}

// MarketPlaces returns the controller of the marketplace pool.
func (c *Controller) MarketPlaces() *MarketPlacesController {
	return &MarketPlacesController{PoolOps: newPool[MarketPlacePool](c, "one.marketpool.info", poolPlain), c: c}
}

// Create allocates a marketplace and returns its ID.
func (p *MarketPlacesController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.market.allocate", tplString(tpl))
}

// MarketPlaceController handles one marketplace.
type MarketPlaceController struct {
	ID int
	InfoOps[MarketPlace]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	r *ref
}

// MarketPlace returns the controller of marketplace id.
func (c *Controller) MarketPlace(id int) *MarketPlaceController {
	r := c.ref("one.market", id)
	return &MarketPlaceController{ID: id, InfoOps: InfoOps[MarketPlace]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, r: r}
}

// Enable enables or disables the marketplace.
func (mc *MarketPlaceController) Enable(ctx context.Context, enable bool) error {
	_, err := mc.r.callID(ctx, "enable", enable)
	return err
}
