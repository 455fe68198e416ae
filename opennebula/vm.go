package opennebula

import (
	"context"
	"encoding/xml"
	"fmt"
)

// VMState is a VM's STATE.
type VMState int

// VM states.
const (
	VMInit           VMState = 0
	VMPending        VMState = 1
	VMHold           VMState = 2
	VMActive         VMState = 3
	VMStopped        VMState = 4
	VMSuspended      VMState = 5
	VMDone           VMState = 6
	VMFailed         VMState = 7 // no longer used by oned
	VMPoweroff       VMState = 8
	VMUndeployed     VMState = 9
	VMCloning        VMState = 10
	VMCloningFailure VMState = 11
	// VMAnyState lists VMs in any state, DONE included (pool filter only).
	VMAnyState VMState = -2
)

var vmStateNames = []string{"INIT", "PENDING", "HOLD", "ACTIVE", "STOPPED", "SUSPENDED", "DONE", "FAILED", "POWEROFF", "UNDEPLOYED", "CLONING", "CLONING_FAILURE"}

// String returns the state's name as oned spells it.
func (s VMState) String() string {
	if s >= 0 && int(s) < len(vmStateNames) {
		return vmStateNames[s]
	}
	return fmt.Sprintf("VMState(%d)", int(s))
}

// LCMState is a VM's LCM_STATE, meaningful while the VM is ACTIVE.
type LCMState int

// The LCM states a caller most often waits for.
const (
	LCMInit     LCMState = 0
	LCMProlog   LCMState = 1
	LCMBoot     LCMState = 2
	LCMRunning  LCMState = 3
	LCMMigrate  LCMState = 4
	LCMEpilog   LCMState = 11
	LCMShutdown LCMState = 12
	LCMUnknown  LCMState = 16
	LCMHotplug  LCMState = 17
)

// VM is the VM document one.vm.info returns (vm.xsd).
type VM struct {
	XMLName        xml.Name         `xml:"VM"`
	ID             int              `xml:"ID"`
	UID            int              `xml:"UID"`
	GID            int              `xml:"GID"`
	UName          string           `xml:"UNAME"`
	GName          string           `xml:"GNAME"`
	Name           string           `xml:"NAME"`
	Permissions    Permissions      `xml:"PERMISSIONS"`
	LastPoll       int64            `xml:"LAST_POLL"`
	State          VMState          `xml:"STATE"`
	LCMState       LCMState         `xml:"LCM_STATE"`
	PrevState      VMState          `xml:"PREV_STATE"`
	PrevLCMState   LCMState         `xml:"PREV_LCM_STATE"`
	Resched        int              `xml:"RESCHED"`
	STime          int64            `xml:"STIME"`
	ETime          int64            `xml:"ETIME"`
	DeployID       string           `xml:"DEPLOY_ID"`
	Lock           *Lock            `xml:"LOCK,omitempty"`
	Monitoring     VMMonitoring     `xml:"MONITORING"`
	SchedActions   IDs              `xml:"SCHED_ACTIONS"`
	Template       *Template        `xml:"TEMPLATE"`
	UserTemplate   *Template        `xml:"USER_TEMPLATE"`
	HistoryRecords VMHistoryRecords `xml:"HISTORY_RECORDS"`
	Snapshots      []DiskSnapshot   `xml:"SNAPSHOTS"`
	Backups        VMBackups        `xml:"BACKUPS"`
}

// StateString returns "STATE" or "STATE/LCM" for an active VM, as the CLI
// shows it.
func (vm *VM) StateString() string {
	if vm.State == VMActive {
		return fmt.Sprintf("%s/%d", vm.State, int(vm.LCMState))
	}
	return vm.State.String()
}

// VMMonitoring is the VM's MONITORING element (the attributes oned always
// reports; every one is optional).
type VMMonitoring struct {
	CPU         float64      `xml:"CPU,omitempty"`
	DiskRdBytes float64      `xml:"DISKRDBYTES,omitempty"`
	DiskRdIOPS  float64      `xml:"DISKRDIOPS,omitempty"`
	DiskWrBytes float64      `xml:"DISKWRBYTES,omitempty"`
	DiskWrIOPS  float64      `xml:"DISKWRIOPS,omitempty"`
	DiskSize    []VMDiskSize `xml:"DISK_SIZE"`
	ID          int          `xml:"ID,omitempty"`
	Memory      float64      `xml:"MEMORY,omitempty"`
	NetRX       float64      `xml:"NETRX,omitempty"`
	NetTX       float64      `xml:"NETTX,omitempty"`
	Timestamp   int64        `xml:"TIMESTAMP,omitempty"`
}

// VMDiskSize is a DISK_SIZE element of the monitoring data.
type VMDiskSize struct {
	ID   int   `xml:"ID"`
	Size int64 `xml:"SIZE"`
}

// VMHistoryRecords is the HISTORY_RECORDS element.
type VMHistoryRecords struct {
	History []VMHistory `xml:"HISTORY"`
}

// VMShortHistoryRecords is the HISTORY_RECORDS element of a pool listing.
type VMShortHistoryRecords struct {
	History []VMShortHist `xml:"HISTORY"`
}

// VMHistory is one HISTORY record: a stay of the VM on a host.
type VMHistory struct {
	OID      int    `xml:"OID"`
	Seq      int    `xml:"SEQ"`
	Hostname string `xml:"HOSTNAME"`
	HID      int    `xml:"HID"`
	CID      int    `xml:"CID"`
	STime    int64  `xml:"STIME"`
	ETime    int64  `xml:"ETIME"`
	VMMad    string `xml:"VM_MAD"`
	TMMad    string `xml:"TM_MAD"`
	DSID     int    `xml:"DS_ID"`
	PlanID   int    `xml:"PLAN_ID"`
	ActionID int    `xml:"ACTION_ID"`
	PSTime   int64  `xml:"PSTIME"`
	PETime   int64  `xml:"PETIME"`
	RSTime   int64  `xml:"RSTIME"`
	RETime   int64  `xml:"RETIME"`
	ESTime   int64  `xml:"ESTIME"`
	EETime   int64  `xml:"EETIME"`
	Action   int    `xml:"ACTION"`
	UID      int    `xml:"UID"`
	GID      int    `xml:"GID"`
	ReqID    string `xml:"REQUEST_ID"`
}

// DiskSnapshot is a SNAPSHOTS element: the snapshots of one disk.
type DiskSnapshot struct {
	AllowOrphans string             `xml:"ALLOW_ORPHANS"`
	CurrentBase  int                `xml:"CURRENT_BASE"`
	DiskID       int                `xml:"DISK_ID"`
	NextSnapshot int                `xml:"NEXT_SNAPSHOT"`
	Snapshots    []DiskSnapshotItem `xml:"SNAPSHOT"`
}

// DiskSnapshotItem is one snapshot of a disk.
type DiskSnapshotItem struct {
	Active   string `xml:"ACTIVE,omitempty"`
	Children string `xml:"CHILDREN,omitempty"`
	Date     int64  `xml:"DATE"`
	ID       int    `xml:"ID"`
	Name     string `xml:"NAME,omitempty"`
	Parent   int    `xml:"PARENT"`
	Size     int64  `xml:"SIZE"`
}

// VMBackups is the BACKUPS element.
type VMBackups struct {
	Config    VMBackupConfig `xml:"BACKUP_CONFIG"`
	BackupIDs IDs            `xml:"BACKUP_IDS"`
}

// VMBackupConfig is the BACKUP_CONFIG element; every field is optional.
type VMBackupConfig struct {
	BackupJobID    string `xml:"BACKUP_JOB_ID,omitempty"`
	BackupVolatile string `xml:"BACKUP_VOLATILE,omitempty"`
	FSFreeze       string `xml:"FS_FREEZE,omitempty"`
	KeepLast       string `xml:"KEEP_LAST,omitempty"`
	Mode           string `xml:"MODE,omitempty"`
}

// VMShort is a VM as the pool listing (one.vmpool.info) shows it: fewer
// elements than VM (vm_pool.xsd).
type VMShort struct {
	XMLName        xml.Name              `xml:"VM"`
	ID             int                   `xml:"ID"`
	UID            int                   `xml:"UID"`
	GID            int                   `xml:"GID"`
	UName          string                `xml:"UNAME"`
	GName          string                `xml:"GNAME"`
	Name           string                `xml:"NAME"`
	LastPoll       int64                 `xml:"LAST_POLL"`
	State          VMState               `xml:"STATE"`
	LCMState       LCMState              `xml:"LCM_STATE"`
	Resched        int                   `xml:"RESCHED"`
	STime          int64                 `xml:"STIME"`
	ETime          int64                 `xml:"ETIME"`
	DeployID       string                `xml:"DEPLOY_ID"`
	Lock           *Lock                 `xml:"LOCK,omitempty"`
	Template       *Template             `xml:"TEMPLATE"`
	Monitoring     *Template             `xml:"MONITORING,omitempty"`
	UserTemplate   *Template             `xml:"USER_TEMPLATE"`
	HistoryRecords VMShortHistoryRecords `xml:"HISTORY_RECORDS"`
}

// VMShortHist is the reduced HISTORY record of a pool listing.
type VMShortHist struct {
	OID      int    `xml:"OID"`
	Seq      int    `xml:"SEQ"`
	Hostname string `xml:"HOSTNAME"`
	HID      int    `xml:"HID"`
	CID      int    `xml:"CID"`
	DSID     int    `xml:"DS_ID"`
	VMMad    string `xml:"VM_MAD"`
	TMMad    string `xml:"TM_MAD"`
	Action   int    `xml:"ACTION"`
}

// VMPool is what one.vmpool.info returns.
type VMPool struct {
	XMLName xml.Name  `xml:"VM_POOL"`
	VMs     []VMShort `xml:"VM"`
}

// VMPoolExtended is what one.vmpool.infoextended returns: full VMs.
type VMPoolExtended struct {
	XMLName xml.Name `xml:"VM_POOL"`
	VMs     []VM     `xml:"VM"`
}

// VMsController handles the VM pool.
type VMsController struct {
	PoolOps[VMPool]
	c *Controller
}

// VMs returns the controller of the VM pool.
func (c *Controller) VMs() *VMsController {
	return &VMsController{PoolOps: newPool[VMPool](c, "one.vmpool.info", poolVM), c: c}
}

// InfoExtended lists the pool with every VM in full.
func (p *VMsController) InfoExtended(ctx context.Context, opts ...PoolOption) (*VMPoolExtended, error) {
	ext := newPool[VMPoolExtended](p.c, "one.vmpool.infoextended", poolVM)
	return ext.Info(ctx, opts...)
}

// Create allocates a VM from tpl; hold leaves it in HOLD instead of
// PENDING. It returns the new VM's ID.
func (p *VMsController) Create(ctx context.Context, tpl TemplateString, hold bool) (int, error) {
	return callInt(ctx, p.c.caller, "one.vm.allocate", tplString(tpl), hold)
}

// VMController handles one VM.
type VMController struct {
	ID int
	InfoOps[VM]
	UpdateOps
	RenameOps
	OwnershipOps
	LockOps
	r *ref
}

// VM returns the controller of VM id.
func (c *Controller) VM(id int) *VMController {
	r := c.ref("one.vm", id)
	return &VMController{ID: id, InfoOps: InfoOps[VM]{r}, UpdateOps: UpdateOps{r}, RenameOps: RenameOps{r},
		OwnershipOps: OwnershipOps{r}, LockOps: LockOps{r}, r: r}
}

// Action runs one.vm.action with the action's name, e.g. "poweroff-hard".
// The named methods below are shorthands.
func (vc *VMController) Action(ctx context.Context, action string) error {
	_, err := vc.r.call(ctx, "action", action, vc.ID)
	return err
}

// Terminate shuts the VM down gracefully and removes it.
func (vc *VMController) Terminate(ctx context.Context) error { return vc.Action(ctx, "terminate") }

// TerminateHard destroys the VM and removes it.
func (vc *VMController) TerminateHard(ctx context.Context) error {
	return vc.Action(ctx, "terminate-hard")
}

// Undeploy shuts the VM down and frees its host, keeping its disks.
func (vc *VMController) Undeploy(ctx context.Context) error { return vc.Action(ctx, "undeploy") }

// UndeployHard destroys the running VM and frees its host.
func (vc *VMController) UndeployHard(ctx context.Context) error {
	return vc.Action(ctx, "undeploy-hard")
}

// Poweroff shuts the VM down gracefully, keeping it on its host.
func (vc *VMController) Poweroff(ctx context.Context) error { return vc.Action(ctx, "poweroff") }

// PoweroffHard powers the VM off at once.
func (vc *VMController) PoweroffHard(ctx context.Context) error {
	return vc.Action(ctx, "poweroff-hard")
}

// Reboot reboots the guest gracefully.
func (vc *VMController) Reboot(ctx context.Context) error { return vc.Action(ctx, "reboot") }

// RebootHard resets the VM.
func (vc *VMController) RebootHard(ctx context.Context) error { return vc.Action(ctx, "reboot-hard") }

// Hold keeps a PENDING VM from being deployed.
func (vc *VMController) Hold(ctx context.Context) error { return vc.Action(ctx, "hold") }

// Release lets a HOLD VM be deployed.
func (vc *VMController) Release(ctx context.Context) error { return vc.Action(ctx, "release") }

// Stop saves the VM's state and frees its host.
func (vc *VMController) Stop(ctx context.Context) error { return vc.Action(ctx, "stop") }

// Suspend saves the VM's state, keeping it on its host.
func (vc *VMController) Suspend(ctx context.Context) error { return vc.Action(ctx, "suspend") }

// Resume starts a stopped, suspended, undeployed or powered-off VM.
func (vc *VMController) Resume(ctx context.Context) error { return vc.Action(ctx, "resume") }

// Resched marks the VM for rescheduling to another host.
func (vc *VMController) Resched(ctx context.Context) error { return vc.Action(ctx, "resched") }

// Unresched clears the rescheduling mark.
func (vc *VMController) Unresched(ctx context.Context) error { return vc.Action(ctx, "unresched") }

// Deploy places a PENDING or HOLD VM on host hostID; enforce checks the
// host's capacity; dsID picks the system datastore (-1: the default).
func (vc *VMController) Deploy(ctx context.Context, hostID int, enforce bool, dsID int) error {
	_, err := vc.r.callID(ctx, "deploy", hostID, enforce, dsID)
	return err
}

// Migrate moves the VM to host hostID; live keeps it running; dsID picks
// the target system datastore (-1: the current one); migrationType is 0
// (save), 1 (poweroff) or 2 (poweroff-hard).
func (vc *VMController) Migrate(ctx context.Context, hostID int, live, enforce bool, dsID, migrationType int) error {
	_, err := vc.r.callID(ctx, "migrate", hostID, live, enforce, dsID, migrationType)
	return err
}

// DiskAttach attaches the disk described by disk (DISK=[IMAGE_ID=…]).
func (vc *VMController) DiskAttach(ctx context.Context, disk TemplateString) error {
	_, err := vc.r.callID(ctx, "attach", tplString(disk))
	return err
}

// DiskDetach detaches disk diskID.
func (vc *VMController) DiskDetach(ctx context.Context, diskID int) error {
	_, err := vc.r.callID(ctx, "detach", diskID)
	return err
}

// DiskResize grows disk diskID to size MiB.
func (vc *VMController) DiskResize(ctx context.Context, diskID int, sizeMiB int64) error {
	_, err := vc.r.callID(ctx, "diskresize", diskID, fmt.Sprint(sizeMiB))
	return err
}

// DiskSaveAs copies disk diskID (or its snapshot snapID, -1 for none) to a
// new image named name and returns the image ID.
func (vc *VMController) DiskSaveAs(ctx context.Context, diskID int, name, imageType string, snapID int) (int, error) {
	resp, err := vc.r.callID(ctx, "disksaveas", diskID, name, imageType, snapID)
	if err != nil {
		return -1, err
	}
	return intResult("one.vm.disksaveas", resp)
}

// NICAttach attaches the NIC described by nic (NIC=[NETWORK_ID=…]).
func (vc *VMController) NICAttach(ctx context.Context, nic TemplateString) error {
	_, err := vc.r.callID(ctx, "attachnic", tplString(nic))
	return err
}

// NICDetach detaches NIC nicID.
func (vc *VMController) NICDetach(ctx context.Context, nicID int) error {
	_, err := vc.r.callID(ctx, "detachnic", nicID)
	return err
}

// SnapshotCreate takes a system snapshot and returns its ID.
func (vc *VMController) SnapshotCreate(ctx context.Context, name string) (int, error) {
	resp, err := vc.r.callID(ctx, "snapshotcreate", name)
	if err != nil {
		return -1, err
	}
	return intResult("one.vm.snapshotcreate", resp)
}

// SnapshotRevert reverts the VM to system snapshot snapID.
func (vc *VMController) SnapshotRevert(ctx context.Context, snapID int) error {
	_, err := vc.r.callID(ctx, "snapshotrevert", snapID)
	return err
}

// SnapshotDelete deletes system snapshot snapID.
func (vc *VMController) SnapshotDelete(ctx context.Context, snapID int) error {
	_, err := vc.r.callID(ctx, "snapshotdelete", snapID)
	return err
}

// DiskSnapshotCreate snapshots disk diskID and returns the snapshot ID.
func (vc *VMController) DiskSnapshotCreate(ctx context.Context, diskID int, name string) (int, error) {
	resp, err := vc.r.callID(ctx, "disksnapshotcreate", diskID, name)
	if err != nil {
		return -1, err
	}
	return intResult("one.vm.disksnapshotcreate", resp)
}

// DiskSnapshotRevert reverts disk diskID to snapshot snapID.
func (vc *VMController) DiskSnapshotRevert(ctx context.Context, diskID, snapID int) error {
	_, err := vc.r.callID(ctx, "disksnapshotrevert", diskID, snapID)
	return err
}

// DiskSnapshotDelete deletes snapshot snapID of disk diskID.
func (vc *VMController) DiskSnapshotDelete(ctx context.Context, diskID, snapID int) error {
	_, err := vc.r.callID(ctx, "disksnapshotdelete", diskID, snapID)
	return err
}

// DiskSnapshotRename renames snapshot snapID of disk diskID.
func (vc *VMController) DiskSnapshotRename(ctx context.Context, diskID, snapID int, name string) error {
	_, err := vc.r.callID(ctx, "disksnapshotrename", diskID, snapID, name)
	return err
}

// Resize changes the VM's capacity (CPU, VCPU, MEMORY in tpl); enforce
// checks the host's capacity.
func (vc *VMController) Resize(ctx context.Context, tpl TemplateString, enforce bool) error {
	_, err := vc.r.callID(ctx, "resize", tplString(tpl), enforce)
	return err
}

// UpdateConf changes the VM's configuration attributes (OS, FEATURES,
// INPUT, GRAPHICS, RAW, CONTEXT) in its TEMPLATE.
func (vc *VMController) UpdateConf(ctx context.Context, tpl TemplateString, mode UpdateType) error {
	_, err := vc.r.callID(ctx, "updateconf", tplString(tpl), int(mode))
	return err
}

// RecoverOp is what Recover does with a VM stuck in a transient state.
type RecoverOp int

// Recover operations.
const (
	RecoverFailure  RecoverOp = 0
	RecoverSuccess  RecoverOp = 1
	RecoverRetry    RecoverOp = 2
	RecoverDelete   RecoverOp = 3
	RecoverRecreate RecoverOp = 4
	RecoverDeleteDB RecoverOp = 5
)

// Recover forces a VM out of a stuck state.
func (vc *VMController) Recover(ctx context.Context, op RecoverOp) error {
	_, err := vc.r.callID(ctx, "recover", int(op))
	return err
}
