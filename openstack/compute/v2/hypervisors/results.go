package hypervisors

import (
	"bytes"
	"encoding/json"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/services"
)

// Hypervisor is one compute node. List fills ID, HypervisorHostname,
// State and Status; the rest come with ListDetail and Get.
type Hypervisor struct {
	// ID addresses the hypervisor: an integer before 2.53, a UUID from
	// then on, in string form.
	ID services.ID `json:"id"`
	// HypervisorHostname is the node's name.
	HypervisorHostname string `json:"hypervisor_hostname"`
	// State is "up" or "down"; Status "enabled" or "disabled" (those of
	// its nova-compute service).
	State  string `json:"state"`
	Status string `json:"status"`
	// HypervisorType ("QEMU", "fake") and HypervisorVersion (encoded as
	// an integer, 2012000 for 2.12.0).
	HypervisorType    string `json:"hypervisor_type"`
	HypervisorVersion int    `json:"hypervisor_version"`
	// HostIP is the node's management IP.
	HostIP string `json:"host_ip"`
	// Service is its nova-compute service.
	Service Service `json:"service"`
	// Servers are its servers, with ListOpts/GetOpts WithServers;
	// microversion 2.53.
	Servers []Server `json:"servers"`
	// Uptime is the host's "uptime" output: from GetUptime, and from Get
	// at 2.88.
	Uptime string `json:"uptime"`

	// The resource fields below are gone from microversion 2.88.

	// CPUInfo describes the host CPU.
	CPUInfo CPUInfo `json:"cpu_info"`
	// Resources are its capacity and usage.
	Resources
}

// Service is the nova-compute service of a hypervisor.
type Service struct {
	// ID is the service's ID (see services.ID).
	ID services.ID `json:"id"`
	// Host is the service's host.
	Host string `json:"host"`
	// DisabledReason says why the service is disabled.
	DisabledReason string `json:"disabled_reason"`
}

// Server is a server on a hypervisor.
type Server struct {
	// UUID is the server's ID.
	UUID string `json:"uuid"`
	// Name is its instance name ("instance-00000001").
	Name string `json:"name"`
}

// CPUInfo describes a hypervisor's CPU. Nova sends it as a JSON string
// before microversion 2.28 and as an object from then on; both decode.
// Raw keeps what the driver reported when it is not a JSON object (some
// drivers, the fake one among them, send free text).
type CPUInfo struct {
	// Arch, Model and Vendor name the CPU ("x86_64", "Nehalem", "Intel").
	Arch   string `json:"arch"`
	Model  string `json:"model"`
	Vendor string `json:"vendor"`
	// Features are its flags ("pge", "clflush", …).
	Features []string `json:"features"`
	// Topology is its layout.
	Topology Topology `json:"topology"`
	// Raw is the driver's text when it is not a JSON object.
	Raw string `json:"-"`
}

// Topology is a CPU's layout.
type Topology struct {
	Sockets int `json:"sockets"`
	Cores   int `json:"cores"`
	Threads int `json:"threads"`
}

// UnmarshalJSON decodes an object, a string holding one, or free text
// (kept in Raw).
func (ci *CPUInfo) UnmarshalJSON(b []byte) error {
	type plain CPUInfo
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		var p plain
		if json.Unmarshal([]byte(s), &p) != nil {
			*ci = CPUInfo{Raw: s}
			return nil
		}
		*ci = CPUInfo(p)
		return nil
	}
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*ci = CPUInfo(p)
	return nil
}

// Resources are a hypervisor's capacity and usage (gone from
// microversion 2.88), or their sums in Statistics.
type Resources struct {
	// VCPUs and VCPUsUsed count virtual CPUs.
	VCPUs     int `json:"vcpus"`
	VCPUsUsed int `json:"vcpus_used"`
	// MemoryMB, MemoryMBUsed and FreeRAMMB are in MiB.
	MemoryMB     int `json:"memory_mb"`
	MemoryMBUsed int `json:"memory_mb_used"`
	FreeRAMMB    int `json:"free_ram_mb"`
	// LocalGB, LocalGBUsed, FreeDiskGB and DiskAvailableLeast are in GiB.
	LocalGB            int `json:"local_gb"`
	LocalGBUsed        int `json:"local_gb_used"`
	FreeDiskGB         int `json:"free_disk_gb"`
	DiskAvailableLeast int `json:"disk_available_least"`
	// RunningVMs counts its servers; CurrentWorkload its tasks in
	// progress.
	RunningVMs      int `json:"running_vms"`
	CurrentWorkload int `json:"current_workload"`
}

// Statistics sums every hypervisor's capacity and usage.
type Statistics struct {
	// Count is the number of hypervisors.
	Count int `json:"count"`
	// Resources are the sums.
	Resources
}

// GetResult is the result of Get and GetUptime; Extract returns the
// *Hypervisor.
type GetResult = gophercloud.ItemResult[Hypervisor]

// StatisticsResult is the result of GetStatistics; Extract returns the
// *Statistics.
type StatisticsResult = gophercloud.ItemResult[Statistics]
