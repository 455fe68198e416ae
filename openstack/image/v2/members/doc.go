// Package members shares Image v2 (Glance) images between projects. The
// owner of an image with visibility "shared" adds another project as a
// member; that project accepts (or rejects) the share, after which the
// image shows in its image list (filter member_status=accepted).
//
//	m, err := members.Create(ctx, owner, imageID, projectID).Extract()
//	m, err = members.Update(ctx, consumer, imageID, projectID, members.UpdateOpts{Status: members.StatusAccepted}).Extract()
//
// Only the owner lists, adds and removes members; only the member changes
// its own status. Sharing needs Image API 2.1 (member status since 2.0);
// an image created with the default visibility ("shared" since Image API
// 2.5) can be shared as is.
//
// API reference: https://docs.openstack.org/api-ref/image/v2/#sharing
package members
