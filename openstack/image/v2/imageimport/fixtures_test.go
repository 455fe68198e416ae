package imageimport_test

const imageID = "b2173dd3-7ad6-4362-baa6-a68bce3565cb"

const infoJSON = `{
	"import-methods": {
		"description": "Import methods available.",
		"type": "array",
		"value": [
			"glance-direct",
			"web-download",
			"copy-image"
		]
	}
}`
