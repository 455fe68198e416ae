package opennebula

import (
	"context"
	"encoding/xml"
)

// ImageState is an image's STATE.
type ImageState int

// Image states.
const (
	ImageInit           ImageState = 0
	ImageReady          ImageState = 1
	ImageUsed           ImageState = 2
	ImageDisabled       ImageState = 3
	ImageLocked         ImageState = 4
	ImageError          ImageState = 5
	ImageClone          ImageState = 6
	ImageDelete         ImageState = 7
	ImageUsedPers       ImageState = 8
	ImageLockedUsed     ImageState = 9
	ImageLockedUsedPers ImageState = 10
)

// Image is the IMAGE document (image.xsd).
type Image struct {
	XMLName          xml.Name              `xml:"IMAGE"`
	ID               int                   `xml:"ID"`
	UID              int                   `xml:"UID"`
	GID              int                   `xml:"GID"`
	UName            string                `xml:"UNAME"`
	GName            string                `xml:"GNAME"`
	Name             string                `xml:"NAME"`
	Lock             *Lock                 `xml:"LOCK,omitempty"`
	Permissions      Permissions           `xml:"PERMISSIONS"`
	Type             int                   `xml:"TYPE"`
	DiskType         int                   `xml:"DISK_TYPE"`
	Persistent       int                   `xml:"PERSISTENT"`
	RegTime          int64                 `xml:"REGTIME"`
	ModTime          int64                 `xml:"MODTIME"`
	Source           string                `xml:"SOURCE"`
	Path             string                `xml:"PATH"`
	Format           string                `xml:"FORMAT"`
	FS               string                `xml:"FS"`
	Size             int64                 `xml:"SIZE"`
	State            ImageState            `xml:"STATE"`
	PrevState        ImageState            `xml:"PREV_STATE"`
	RunningVMs       int                   `xml:"RUNNING_VMS"`
	CloningOps       int                   `xml:"CLONING_OPS"`
	CloningID        int                   `xml:"CLONING_ID"`
	TargetSnapshot   int                   `xml:"TARGET_SNAPSHOT"`
	DatastoreID      int                   `xml:"DATASTORE_ID"`
	Datastore        string                `xml:"DATASTORE"`
	VMs              IDs                   `xml:"VMS"`
	Clones           IDs                   `xml:"CLONES"`
	AppClones        IDs                   `xml:"APP_CLONES"`
	Template         *Template             `xml:"TEMPLATE"`
	Snapshots        ImageSnapshots        `xml:"SNAPSHOTS"`
	BackupIncrements ImageBackupIncrements `xml:"BACKUP_INCREMENTS"`
	BackupDiskIDs    *IDs                  `xml:"BACKUP_DISK_IDS,omitempty"`
}

// ImageSnapshots is the image's SNAPSHOTS element.
type ImageSnapshots struct {
	AllowOrphans string              `xml:"ALLOW_ORPHANS"`
	CurrentBase  int                 `xml:"CURRENT_BASE"`
	NextSnapshot string              `xml:"NEXT_SNAPSHOT"`
	Snapshots    []ImageSnapshotItem `xml:"SNAPSHOT"`
}

// ImageSnapshotItem is one snapshot of an image.
type ImageSnapshotItem struct {
	Children string `xml:"CHILDREN,omitempty"`
	Active   string `xml:"ACTIVE,omitempty"`
	Date     int64  `xml:"DATE"`
	ID       int    `xml:"ID"`
	Name     string `xml:"NAME,omitempty"`
	Parent   int    `xml:"PARENT"`
	Size     int64  `xml:"SIZE"`
}

// ImageBackupIncrements is the BACKUP_INCREMENTS element of a backup image.
type ImageBackupIncrements struct {
	Increments []struct {
		Date     string `xml:"DATE"`
		ID       string `xml:"ID"`
		ParentID *int   `xml:"PARENT_ID,omitempty"`
		Size     string `xml:"SIZE"`
		Source   string `xml:"SOURCE"`
		Type     string `xml:"TYPE"`
	} `xml:"INCREMENT"`
}

// ImagePool is the IMAGE_POOL document.
type ImagePool struct {
	XMLName xml.Name `xml:"IMAGE_POOL"`
	Images  []Image  `xml:"IMAGE"`
}

// ImagesController handles the image pool.
type ImagesController struct {
	PoolOps[ImagePool]
	c *Controller
}

// Images returns the controller of the image pool.
func (c *Controller) Images() *ImagesController {
	return &ImagesController{PoolOps: newPool[ImagePool](c, "one.imagepool.info", poolRange), c: c}
}

// Create allocates an image from tpl in datastore dsID and returns its ID.
func (p *ImagesController) Create(ctx context.Context, tpl TemplateString, dsID int) (int, error) {
	return callInt(ctx, p.c.caller, "one.image.allocate", tplString(tpl), dsID)
}

// ImageController handles one image.
type ImageController struct {
	ID int
	InfoOps[Image]
	DeleteOps
	UpdateOps
	RenameOps
	OwnershipOps
	LockOps
	r *ref
}

// Image returns the controller of image id.
func (c *Controller) Image(id int) *ImageController {
	r := c.ref("one.image", id)
	return &ImageController{ID: id, InfoOps: InfoOps[Image]{r}, DeleteOps: DeleteOps{r}, UpdateOps: UpdateOps{r},
		RenameOps: RenameOps{r}, OwnershipOps: OwnershipOps{r}, LockOps: LockOps{r}, r: r}
}

// Clone copies the image to a new one named name in datastore dsID (-1:
// the same) and returns the new ID.
func (ic *ImageController) Clone(ctx context.Context, name string, dsID int) (int, error) {
	resp, err := ic.r.callID(ctx, "clone", name, dsID)
	if err != nil {
		return -1, err
	}
	return intResult("one.image.clone", resp)
}

// Enable enables or disables the image.
func (ic *ImageController) Enable(ctx context.Context, enable bool) error {
	_, err := ic.r.callID(ctx, "enable", enable)
	return err
}

// Persistent makes the image persistent or not.
func (ic *ImageController) Persistent(ctx context.Context, persistent bool) error {
	_, err := ic.r.callID(ctx, "persistent", persistent)
	return err
}

// Chtype changes the image type (OS, CDROM, DATABLOCK, KERNEL, RAMDISK,
// CONTEXT).
func (ic *ImageController) Chtype(ctx context.Context, imageType string) error {
	_, err := ic.r.callID(ctx, "chtype", imageType)
	return err
}

// SnapshotDelete deletes snapshot snapID.
func (ic *ImageController) SnapshotDelete(ctx context.Context, snapID int) error {
	_, err := ic.r.callID(ctx, "snapshotdelete", snapID)
	return err
}

// SnapshotRevert reverts the image to snapshot snapID.
func (ic *ImageController) SnapshotRevert(ctx context.Context, snapID int) error {
	_, err := ic.r.callID(ctx, "snapshotrevert", snapID)
	return err
}

// SnapshotFlatten makes snapshot snapID the image's content.
func (ic *ImageController) SnapshotFlatten(ctx context.Context, snapID int) error {
	_, err := ic.r.callID(ctx, "snapshotflatten", snapID)
	return err
}
