package schemas_test

// imageSchemaJSON is a trimmed image schema in the shape of the API
// reference's "Show image schema" response.
const imageSchemaJSON = `{
	"additionalProperties": {
		"type": "string"
	},
	"name": "image",
	"links": [
		{"href": "{self}", "rel": "self"},
		{"href": "{file}", "rel": "enclosure"},
		{"href": "{schema}", "rel": "describedby"}
	],
	"properties": {
		"id": {
			"type": "string",
			"readOnly": true,
			"description": "An identifier for the image",
			"pattern": "^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$"
		},
		"name": {
			"type": ["null", "string"],
			"description": "Descriptive name for the image",
			"maxLength": 255
		},
		"visibility": {
			"type": "string",
			"description": "Scope of image accessibility",
			"enum": ["community", "public", "private", "shared"]
		}
	}
}`

const imagesSchemaJSON = `{
	"name": "images",
	"links": [
		{"href": "{first}", "rel": "first"},
		{"href": "{next}", "rel": "next"},
		{"href": "{schema}", "rel": "describedby"}
	],
	"properties": {
		"first": {"type": "string"},
		"images": {"type": "array", "items": {"name": "image", "properties": {}}},
		"next": {"type": "string"},
		"schema": {"type": "string"}
	}
}`

const memberSchemaJSON = `{
	"name": "member",
	"properties": {
		"created_at": {"type": "string", "description": "Date and time of image member creation"},
		"image_id": {"type": "string", "description": "An identifier for the image"},
		"member_id": {"type": "string", "description": "An identifier for the image member (tenantId)"},
		"schema": {"type": "string", "readOnly": true},
		"status": {"type": "string", "description": "The status of this image member", "enum": ["pending", "accepted", "rejected"]},
		"updated_at": {"type": "string", "description": "Date and time of last modification of image member"}
	}
}`

const membersSchemaJSON = `{
	"name": "members",
	"links": [
		{"href": "{schema}", "rel": "describedby"}
	],
	"properties": {
		"members": {"type": "array", "items": {"name": "member", "properties": {}}},
		"schema": {"type": "string"}
	}
}`
