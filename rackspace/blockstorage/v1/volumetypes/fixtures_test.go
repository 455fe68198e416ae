package volumetypes_test

// Bodies shaped as the Cloud Block Storage reference shows volume types.
const (
	listJSON = `{"volume_types": [{"extra_specs": {}, "id": "1", "name": "SATA"}, {"extra_specs": {}, "id": "2", "name": "SSD"}]}`
	getJSON  = `{"volume_type": {"extra_specs": {}, "id": "2", "name": "SSD"}}`
)
