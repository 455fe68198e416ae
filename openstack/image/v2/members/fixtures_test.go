package members_test

const (
	imageID   = "d67d1de4-6c3f-4f62-9d1c-f7a6fc8c4e4b"
	projectID = "8989447062e04a818baf9e073fd04fa7"
)

const memberJSON = `{
	"created_at": "2013-10-07T17:58:03Z",
	"image_id": "d67d1de4-6c3f-4f62-9d1c-f7a6fc8c4e4b",
	"member_id": "8989447062e04a818baf9e073fd04fa7",
	"schema": "/v2/schemas/member",
	"status": "pending",
	"updated_at": "2013-10-07T17:58:03Z"
}`

const acceptedJSON = `{
	"created_at": "2013-10-07T17:58:03Z",
	"image_id": "d67d1de4-6c3f-4f62-9d1c-f7a6fc8c4e4b",
	"member_id": "8989447062e04a818baf9e073fd04fa7",
	"schema": "/v2/schemas/member",
	"status": "accepted",
	"updated_at": "2013-10-08T12:08:55Z"
}`

const listJSON = `{
	"members": [
		{
			"created_at": "2013-10-07T17:58:03Z",
			"image_id": "d67d1de4-6c3f-4f62-9d1c-f7a6fc8c4e4b",
			"member_id": "8989447062e04a818baf9e073fd04fa7",
			"schema": "/v2/schemas/member",
			"status": "pending",
			"updated_at": "2013-10-07T17:58:03Z"
		},
		{
			"created_at": "2013-10-07T17:58:55Z",
			"image_id": "d67d1de4-6c3f-4f62-9d1c-f7a6fc8c4e4b",
			"member_id": "a2a1b4e5c6d7480f9aab2c3d4e5f6071",
			"schema": "/v2/schemas/member",
			"status": "rejected",
			"updated_at": "2013-10-09T10:00:00Z"
		}
	],
	"schema": "/v2/schemas/members"
}`
