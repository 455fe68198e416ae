//go:build acceptance

package v2

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/imagedata"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/images"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/members"
)

// The demo project shares an image with demo2, demo2 accepts it and then
// sees it in its image list.
func TestMembersShareAndAccept(t *testing.T) {
	owner := imageClient(t)
	altOpts := altAuthOptions(t)
	altProvider := clients.Provider(t, altOpts)
	alt, err := openstack.NewImageV2(altProvider, openstack.EndpointOptsFromEnv())
	if err != nil {
		t.Skipf("no image service for the alt user: %v", err)
	}
	ctx := clients.Context(t, 2*time.Minute)

	identity, err := openstack.NewIdentityV3(altProvider, openstack.EndpointOptsFromEnv())
	if err != nil {
		t.Fatalf("identity client: %v", err)
	}
	available, err := projects.ListAvailable(identity).Collect(ctx)
	if err != nil {
		t.Fatalf("alt user's projects: %v", err)
	}
	i := slices.IndexFunc(available, func(p projects.Project) bool { return p.Name == altOpts.TenantName })
	if i < 0 {
		t.Fatalf("project %s not among the alt user's projects", altOpts.TenantName)
	}
	altProject := available[i].ID

	img := createImage(t, ctx, owner, images.CreateOpts{Visibility: "shared"})
	if err := imagedata.Upload(ctx, owner, img.ID, strings.NewReader("shared image bytes"), imagedata.UploadOpts{}).ExtractErr(); err != nil {
		t.Fatalf("upload: %v", err)
	}
	if err := images.WaitForStatus(ctx, owner, img.ID, "active", gophercloud.WaitOpts{}); err != nil {
		t.Fatalf("wait for active: %v", err)
	}

	m, err := members.Create(ctx, owner, img.ID, altProject).Extract()
	if err != nil {
		t.Fatalf("share with %s: %v", altProject, err)
	}
	t.Cleanup(func() {
		ctx := clients.Context(t, 30*time.Second)
		_ = members.Delete(ctx, owner, img.ID, altProject).ExtractErr() // gone with the image anyway
	})
	if m.MemberID != altProject || m.ImageID != img.ID || m.Status != members.StatusPending {
		t.Fatalf("new member %+v", m)
	}

	list, err := members.List(owner, img.ID).Collect(ctx)
	if err != nil {
		t.Fatalf("list members: %v", err)
	}
	if len(list) != 1 || list[0].MemberID != altProject {
		t.Fatalf("members %+v, want just %s", list, altProject)
	}

	// Not accepted yet: not in demo2's accepted shared images.
	if hasImage(t, alt, images.ListOpts{Visibility: "shared", MemberStatus: members.StatusAccepted}, img.ID) {
		t.Fatal("image listed as accepted before demo2 accepted it")
	}

	m, err = members.Update(ctx, alt, img.ID, altProject, members.UpdateOpts{Status: members.StatusAccepted}).Extract()
	if err != nil {
		t.Fatalf("accept as %s: %v", altOpts.Username, err)
	}
	if m.Status != members.StatusAccepted {
		t.Fatalf("status after accept: %s", m.Status)
	}
	m, err = members.Get(ctx, owner, img.ID, altProject).Extract()
	if err != nil || m.Status != members.StatusAccepted {
		t.Fatalf("owner sees member %+v, %v", m, err)
	}
	if !hasImage(t, alt, images.ListOpts{Visibility: "shared", MemberStatus: members.StatusAccepted}, img.ID) {
		t.Fatal("accepted image not in demo2's shared images")
	}

	// Rejecting hides it again; removing the member ends the share.
	if _, err := members.Update(ctx, alt, img.ID, altProject, members.UpdateOpts{Status: members.StatusRejected}).Extract(); err != nil {
		t.Fatalf("reject: %v", err)
	}
	if hasImage(t, alt, images.ListOpts{Visibility: "shared", MemberStatus: members.StatusAccepted}, img.ID) {
		t.Fatal("rejected image still listed as accepted")
	}
	if err := members.Delete(ctx, owner, img.ID, altProject).ExtractErr(); err != nil {
		t.Fatalf("delete member: %v", err)
	}
	if list, err := members.List(owner, img.ID).Collect(ctx); err != nil || len(list) != 0 {
		t.Fatalf("members after delete: %+v, %v", list, err)
	}
}

func hasImage(t *testing.T, c *gophercloud.ServiceClient, opts images.ListOpts, id string) bool {
	t.Helper()
	all, err := images.List(c, opts).Collect(clients.Context(t, time.Minute))
	if err != nil {
		t.Fatalf("list images: %v", err)
	}
	return slices.ContainsFunc(all, func(img images.Image) bool { return img.ID == id })
}
