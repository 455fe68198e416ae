package members_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/image/v2/members"
	"github.com/cloudsdk/gophercloud/testhelper"
)

func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.HandleJSON("POST /images/{id}/members", http.StatusOK, memberJSON)
	srv.HandleJSON("PUT /images/{id}/members/{member}", http.StatusOK, acceptedJSON)
	ctx, client := context.Background(), srv.ServiceClient()

	// The owner shares the image.
	m, err := members.Create(ctx, client, imageID, projectID).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.MemberID, m.Status)
	// The member project accepts it.
	m, err = members.Update(ctx, client, imageID, projectID, members.UpdateOpts{Status: members.StatusAccepted}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.MemberID, m.Status)
	// Output:
	// 8989447062e04a818baf9e073fd04fa7 pending
	// 8989447062e04a818baf9e073fd04fa7 accepted
}
