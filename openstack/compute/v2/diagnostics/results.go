package diagnostics

import (
	"fmt"

	"github.com/cloudsdk/gophercloud"
)

// Diagnostics is the standard format of microversion 2.48. A counter the
// driver cannot measure is zero.
type Diagnostics struct {
	// State is the power state ("running", "paused", "shutdown", …).
	State string `json:"state"`
	// Driver is the virt driver ("libvirt", "fake", …).
	Driver string `json:"driver"`
	// Hypervisor and HypervisorOS name the hypervisor ("kvm", "ubuntu").
	Hypervisor   string `json:"hypervisor"`
	HypervisorOS string `json:"hypervisor_os"`
	// Uptime is the server's uptime in seconds.
	Uptime int64 `json:"uptime"`
	// ConfigDrive says whether it has a config drive.
	ConfigDrive bool `json:"config_drive"`
	// NumCPUs, NumDisks and NumNICs count its devices.
	NumCPUs  int `json:"num_cpus"`
	NumDisks int `json:"num_disks"`
	NumNICs  int `json:"num_nics"`
	// MemoryDetails is its memory, in MiB.
	MemoryDetails MemoryDetails `json:"memory_details"`
	// CPUDetails, DiskDetails and NICDetails are per device.
	CPUDetails  []CPUDetails  `json:"cpu_details"`
	DiskDetails []DiskDetails `json:"disk_details"`
	NICDetails  []NICDetails  `json:"nic_details"`
}

// MemoryDetails is a server's memory, in MiB.
type MemoryDetails struct {
	Maximum int64 `json:"maximum"`
	Used    int64 `json:"used"`
}

// CPUDetails is one virtual CPU.
type CPUDetails struct {
	// ID is the CPU's number.
	ID int `json:"id"`
	// Time is CPU time in nanoseconds.
	Time int64 `json:"time"`
	// Utilisation is in percent.
	Utilisation int `json:"utilisation"`
}

// DiskDetails is one disk's counters.
type DiskDetails struct {
	ReadBytes     int64 `json:"read_bytes"`
	ReadRequests  int64 `json:"read_requests"`
	WriteBytes    int64 `json:"write_bytes"`
	WriteRequests int64 `json:"write_requests"`
	ErrorsCount   int64 `json:"errors_count"`
}

// NICDetails is one NIC's counters.
type NICDetails struct {
	MACAddress string `json:"mac_address"`
	RxOctets   int64  `json:"rx_octets"`
	RxErrors   int64  `json:"rx_errors"`
	RxDrop     int64  `json:"rx_drop"`
	RxPackets  int64  `json:"rx_packets"`
	RxRate     int64  `json:"rx_rate"`
	TxOctets   int64  `json:"tx_octets"`
	TxErrors   int64  `json:"tx_errors"`
	TxDrop     int64  `json:"tx_drop"`
	TxPackets  int64  `json:"tx_packets"`
	TxRate     int64  `json:"tx_rate"`
}

// GetResult is the result of Get. The body has no envelope, so Extract
// checks that it is the standard format.
type GetResult struct{ gophercloud.Result }

// Extract decodes the 2.48 format. A body without "state" and "driver"
// (one from before 2.48, or something else) is ErrMalformedResponse: use
// ExtractInto for the drivers' own formats.
func (r GetResult) Extract() (*Diagnostics, error) {
	d, err := gophercloud.Extract[Diagnostics](r.Result, "")
	if err != nil {
		return nil, err
	}
	if d.State == "" && d.Driver == "" {
		return nil, fmt.Errorf(`%w: no "state" or "driver" in the diagnostics: is the client at microversion 2.48?`, gophercloud.ErrMalformedResponse)
	}
	return d, nil
}
