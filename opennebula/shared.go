package opennebula

import "strconv"

// Permissions is the PERMISSIONS element: use/manage/admin bits for the
// owner, the group and others (1 allowed, 0 denied).
type Permissions struct {
	OwnerU int `xml:"OWNER_U"`
	OwnerM int `xml:"OWNER_M"`
	OwnerA int `xml:"OWNER_A"`
	GroupU int `xml:"GROUP_U"`
	GroupM int `xml:"GROUP_M"`
	GroupA int `xml:"GROUP_A"`
	OtherU int `xml:"OTHER_U"`
	OtherM int `xml:"OTHER_M"`
	OtherA int `xml:"OTHER_A"`
}

// Octal returns the permissions as the CLI's chmod writes them, e.g. "640".
func (p Permissions) Octal() string {
	d := func(u, m, a int) byte { return byte('0' + (u&1)<<2 | (m&1)<<1 | a&1) }
	return string([]byte{d(p.OwnerU, p.OwnerM, p.OwnerA), d(p.GroupU, p.GroupM, p.GroupA), d(p.OtherU, p.OtherM, p.OtherA)})
}

// PermissionsFromOctal parses "640"-style permissions. Anything that is not
// three octal digits yields ok false.
func PermissionsFromOctal(s string) (p Permissions, ok bool) {
	if len(s) != 3 {
		return p, false
	}
	var b [3]int
	for i := range 3 {
		if s[i] < '0' || s[i] > '7' {
			return p, false
		}
		b[i] = int(s[i] - '0')
	}
	bit := func(v, n int) int { return v >> n & 1 }
	return Permissions{
		OwnerU: bit(b[0], 2), OwnerM: bit(b[0], 1), OwnerA: bit(b[0], 0),
		GroupU: bit(b[1], 2), GroupM: bit(b[1], 1), GroupA: bit(b[1], 0),
		OtherU: bit(b[2], 2), OtherM: bit(b[2], 1), OtherA: bit(b[2], 0),
	}, true
}

// Unchanged is the permissions value for Chmod that leaves every bit as it
// is; set the fields to change to 0 or 1.
func Unchanged() Permissions {
	return Permissions{-1, -1, -1, -1, -1, -1, -1, -1, -1}
}

func (p Permissions) args() []any {
	return []any{p.OwnerU, p.OwnerM, p.OwnerA, p.GroupU, p.GroupM, p.GroupA, p.OtherU, p.OtherM, p.OtherA}
}

// Lock is the LOCK element of a locked resource.
type Lock struct {
	Locked LockLevel `xml:"LOCKED"`
	Owner  int       `xml:"OWNER"`
	Time   int64     `xml:"TIME"`
	ReqID  int       `xml:"REQ_ID"`
}

// LockLevel is what a lock blocks.
type LockLevel int

// Lock levels, from OpenNebula's lock documentation.
const (
	LockUse    LockLevel = 1 // blocks use, manage and admin actions
	LockManage LockLevel = 2 // blocks manage and admin actions
	LockAdmin  LockLevel = 3 // blocks admin actions
	LockAll    LockLevel = 4 // blocks every action
)

// IDs is a list of <ID> elements (HOSTS, VMS, CLUSTERS …).
type IDs struct {
	ID []int `xml:"ID"`
}

// Has reports whether id is in the list.
func (l IDs) Has(id int) bool {
	for _, x := range l.ID {
		if x == id {
			return true
		}
	}
	return false
}

// DatastoreQuota is the DATASTORE_QUOTA element.
type DatastoreQuota struct {
	Datastores []struct {
		ID         string `xml:"ID"`
		Images     string `xml:"IMAGES"`
		ImagesUsed string `xml:"IMAGES_USED"`
		Size       string `xml:"SIZE"`
		SizeUsed   string `xml:"SIZE_USED"`
	} `xml:"DATASTORE"`
}

// NetworkQuota is the NETWORK_QUOTA element.
type NetworkQuota struct {
	Networks []struct {
		ID         string `xml:"ID"`
		Leases     string `xml:"LEASES"`
		LeasesUsed string `xml:"LEASES_USED"`
	} `xml:"NETWORK"`
}

// VMQuotaEntry is one VM element of a VM_QUOTA.
type VMQuotaEntry struct {
	ClusterIDs         string `xml:"CLUSTER_IDS,omitempty"`
	CPU                string `xml:"CPU"`
	CPUUsed            string `xml:"CPU_USED"`
	Memory             string `xml:"MEMORY"`
	MemoryUsed         string `xml:"MEMORY_USED"`
	PCIDev             string `xml:"PCI_DEV"`
	PCIDevUsed         string `xml:"PCI_DEV_USED"`
	PCINic             string `xml:"PCI_NIC"`
	PCINicUsed         string `xml:"PCI_NIC_USED"`
	RunningCPU         string `xml:"RUNNING_CPU"`
	RunningCPUUsed     string `xml:"RUNNING_CPU_USED"`
	RunningMemory      string `xml:"RUNNING_MEMORY"`
	RunningMemoryUsed  string `xml:"RUNNING_MEMORY_USED"`
	RunningPCIDev      string `xml:"RUNNING_PCI_DEV"`
	RunningPCIDevUsed  string `xml:"RUNNING_PCI_DEV_USED"`
	RunningPCINic      string `xml:"RUNNING_PCI_NIC"`
	RunningPCINicUsed  string `xml:"RUNNING_PCI_NIC_USED"`
	RunningVMs         string `xml:"RUNNING_VMS"`
	RunningVMsUsed     string `xml:"RUNNING_VMS_USED"`
	SystemDiskSize     string `xml:"SYSTEM_DISK_SIZE"`
	SystemDiskSizeUsed string `xml:"SYSTEM_DISK_SIZE_USED"`
	VMs                string `xml:"VMS"`
	VMsUsed            string `xml:"VMS_USED"`
}

// VMQuota is the VM_QUOTA element.
type VMQuota struct {
	VMs []VMQuotaEntry `xml:"VM"`
}

// ImageQuota is the IMAGE_QUOTA element.
type ImageQuota struct {
	Images []struct {
		ID       string `xml:"ID"`
		RVMs     string `xml:"RVMS"`
		RVMsUsed string `xml:"RVMS_USED"`
	} `xml:"IMAGE"`
}

// Quotas are the four quota elements users and groups carry, each optional.
type Quotas struct {
	Datastore *DatastoreQuota `xml:"DATASTORE_QUOTA,omitempty"`
	Network   *NetworkQuota   `xml:"NETWORK_QUOTA,omitempty"`
	VM        *VMQuota        `xml:"VM_QUOTA,omitempty"`
	Image     *ImageQuota     `xml:"IMAGE_QUOTA,omitempty"`
}

func itoa(n int) string     { return fmtInt(int64(n)) }
func fmtInt(n int64) string { return strconv.FormatInt(n, 10) }
