package snapshots

import ossnapshots "github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/snapshots"

// Snapshot is a Cloud Block Storage snapshot.
type Snapshot = ossnapshots.Snapshot

// Results, the same as OpenStack's.
type (
	// GetResult is the result of Get; Extract returns the *Snapshot.
	GetResult = ossnapshots.GetResult
	// CreateResult is the result of Create; Extract returns the *Snapshot.
	CreateResult = ossnapshots.CreateResult
	// UpdateResult is the result of Update; Extract returns the *Snapshot.
	UpdateResult = ossnapshots.UpdateResult
	// DeleteResult is the result of Delete.
	DeleteResult = ossnapshots.DeleteResult
)
