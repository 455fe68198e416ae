package usage

import "github.com/cloudsdk/gophercloud"

// TenantUsage is one project's usage over the window.
type TenantUsage struct {
	// TenantID is the project's ID.
	TenantID string `json:"tenant_id"`
	// Start and Stop echo the window.
	Start gophercloud.JSONTime `json:"start"`
	Stop  gophercloud.JSONTime `json:"stop"`
	// TotalHours is the servers' running hours.
	TotalHours float64 `json:"total_hours"`
	// TotalVCPUsUsage is vCPU-hours.
	TotalVCPUsUsage float64 `json:"total_vcpus_usage"`
	// TotalMemoryMBUsage is MiB-hours of RAM.
	TotalMemoryMBUsage float64 `json:"total_memory_mb_usage"`
	// TotalLocalGBUsage is GiB-hours of local disk.
	TotalLocalGBUsage float64 `json:"total_local_gb_usage"`
	// ServerUsages are the servers behind the totals: always in Get,
	// with Detailed in List.
	ServerUsages []ServerUsage `json:"server_usages"`
}

// ServerUsage is one server's usage over the window.
type ServerUsage struct {
	// InstanceID and Name identify the server.
	InstanceID string `json:"instance_id"`
	Name       string `json:"name"`
	// TenantID is its project.
	TenantID string `json:"tenant_id"`
	// Flavor is its flavor's name.
	Flavor string `json:"flavor"`
	// State is its vm_state ("active", "terminated").
	State string `json:"state"`
	// Hours it ran within the window.
	Hours float64 `json:"hours"`
	// VCPUs, MemoryMB and LocalGB are its flavor's sizes.
	VCPUs    int `json:"vcpus"`
	MemoryMB int `json:"memory_mb"`
	LocalGB  int `json:"local_gb"`
	// StartedAt is when it was created; EndedAt when it was deleted (zero
	// while it exists).
	StartedAt gophercloud.JSONTime `json:"started_at"`
	EndedAt   gophercloud.JSONTime `json:"ended_at"`
	// Uptime is its age in seconds.
	Uptime int `json:"uptime"`
}
