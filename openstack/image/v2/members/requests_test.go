package members_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/members"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /images/{id}/members", http.StatusOK, listJSON)
	all, err := members.List(th.ServiceClient(), imageID).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, projectID, all[0].MemberID)
	assert.Equal(t, imageID, all[0].ImageID)
	assert.Equal(t, members.StatusPending, all[0].Status)
	assert.Equal(t, members.StatusRejected, all[1].Status)
	assert.Equal(t, time.Date(2013, 10, 9, 10, 0, 0, 0, time.UTC), all[1].UpdatedAt.Time)
	testhelper.CheckFailures(t, "GET /images/{id}/members", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := members.List(c, imageID).Collect(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /images/{id}/members/{member}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, imageID, r.PathValue("id"))
		assert.Equal(t, projectID, r.PathValue("member"))
		testhelper.WriteJSON(w, http.StatusOK, memberJSON)
	})
	m, err := members.Get(t.Context(), th.ServiceClient(), imageID, projectID).Extract()
	require.NoError(t, err)
	assert.Equal(t, members.Member{
		MemberID:  projectID,
		ImageID:   imageID,
		Status:    members.StatusPending,
		CreatedAt: gophercloud.JSONTime{Time: time.Date(2013, 10, 7, 17, 58, 3, 0, time.UTC)},
		UpdatedAt: gophercloud.JSONTime{Time: time.Date(2013, 10, 7, 17, 58, 3, 0, time.UTC)},
		Schema:    "/v2/schemas/member",
	}, *m)
	testhelper.CheckFailures(t, "GET /images/{id}/members/{member}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := members.Get(ctx, c, imageID, projectID).Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /images/{id}/members", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"member": "8989447062e04a818baf9e073fd04fa7"}`)
		testhelper.WriteJSON(w, http.StatusOK, memberJSON)
	})
	m, err := members.Create(t.Context(), th.ServiceClient(), imageID, projectID).Extract()
	require.NoError(t, err)
	assert.Equal(t, members.StatusPending, m.Status)
	testhelper.CheckFailures(t, "POST /images/{id}/members", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := members.Create(ctx, c, imageID, projectID).Extract()
		return err
	})
}

func TestCreateNeedsProject(t *testing.T) {
	th := testhelper.Setup(t)
	_, err := members.Create(t.Context(), th.ServiceClient(), imageID, "").Extract()
	var missing *gophercloud.ErrMissingInput
	require.ErrorAs(t, err, &missing)
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /images/{id}/members/{member}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"status": "accepted"}`)
		testhelper.WriteJSON(w, http.StatusOK, acceptedJSON)
	})
	m, err := members.Update(t.Context(), th.ServiceClient(), imageID, projectID, members.UpdateOpts{Status: members.StatusAccepted}).Extract()
	require.NoError(t, err)
	assert.Equal(t, members.StatusAccepted, m.Status)
	testhelper.CheckFailures(t, "PUT /images/{id}/members/{member}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := members.Update(ctx, c, imageID, projectID, members.UpdateOpts{Status: members.StatusRejected}).Extract()
		return err
	})
}

func TestUpdateRejectsBadStatus(t *testing.T) {
	th := testhelper.Setup(t)
	for _, status := range []string{"", "ACCEPTED", "maybe"} {
		_, err := members.Update(t.Context(), th.ServiceClient(), imageID, projectID, members.UpdateOpts{Status: status}).Extract()
		require.Error(t, err, status)
	}
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /images/{id}/members/{member}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, projectID, r.PathValue("member"))
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, members.Delete(t.Context(), th.ServiceClient(), imageID, projectID).ExtractErr())
	testhelper.CheckFailures(t, "DELETE /images/{id}/members/{member}", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return members.Delete(ctx, c, imageID, projectID).ExtractErr()
	})
}
