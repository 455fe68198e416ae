// Package volumeattach attaches Block Storage (Cinder) volumes to servers
// and lists, shows and detaches them (/servers/{id}/os-volume_attachments).
//
// Attaching is asynchronous: Create returns as soon as Nova accepted the
// request; the volume's status in the Block Storage API turns "in-use" when
// the attachment is done, and "available" again after Delete.
//
//	a, err := volumeattach.Create(ctx, compute, serverID, volumeattach.CreateOpts{
//		VolumeID: volumeID,
//	}).Extract()
//	fmt.Println(a.Device) // "/dev/vdb"
//
// Microversions: Tag needs 2.49 (and is shown from 2.70);
// DeleteOnTermination needs 2.79; AttachmentID and BDMUUID are shown from
// 2.89, which also stops sending ID. From 2.101 Create is asynchronous:
// Nova answers 202 with no body, Create's Err is nil and Extract returns
// gophercloud.ErrNoBody. Pass a client made with c.WithMicroversion("2.79")
// for the fields of a microversion.
//
// API reference: https://docs.openstack.org/api-ref/compute/#servers-with-volume-attachments-servers-os-volume-attachments
package volumeattach
