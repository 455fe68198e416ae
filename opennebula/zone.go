package opennebula

import (
	"context"
	"encoding/xml"
)

// Zone is the ZONE document (zone.xsd). Its TEMPLATE holds ENDPOINT.
type Zone struct {
	XMLName    xml.Name       `xml:"ZONE"`
	ID         int            `xml:"ID"`
	Name       string         `xml:"NAME"`
	State      int            `xml:"STATE"`
	Template   *Template      `xml:"TEMPLATE"`
	ServerPool ZoneServerPool `xml:"SERVER_POOL"`
}

// ZoneServerPool is the SERVER_POOL element: the zone's HA servers.
type ZoneServerPool struct {
	Servers []ZoneServer `xml:"SERVER"`
}

// ZoneServer is one SERVER of a zone.
type ZoneServer struct {
	Endpoint string `xml:"ENDPOINT"`
	ID       int    `xml:"ID"`
	Name     string `xml:"NAME"`
}

// ZonePool is the ZONE_POOL document.
type ZonePool struct {
	XMLName xml.Name `xml:"ZONE_POOL"`
	Zones   []Zone   `xml:"ZONE"`
}

// ZonesController handles the zone pool.
type ZonesController struct {
	PoolOps[ZonePool]
	c *Controller
}

// Zones returns the controller of the zone pool.
func (c *Controller) Zones() *ZonesController {
	return &ZonesController{PoolOps: newPool[ZonePool](c, "one.zonepool.info", poolPlain), c: c}
}

// Create allocates a zone (NAME, ENDPOINT in tpl) and returns its ID.
func (p *ZonesController) Create(ctx context.Context, tpl TemplateString) (int, error) {
	return callInt(ctx, p.c.caller, "one.zone.allocate", tplString(tpl))
}

// ZoneController handles one zone.
type ZoneController struct {
	ID int
	InfoOps[Zone]
	DeleteOps
	UpdateOps
	RenameOps
	r *ref
}

// Zone returns the controller of zone id.
func (c *Controller) Zone(id int) *ZoneController {
	r := c.ref("one.zone", id)
	return &ZoneController{ID: id, InfoOps: InfoOps[Zone]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r}, RenameOps: RenameOps{r}, r: r}
}
