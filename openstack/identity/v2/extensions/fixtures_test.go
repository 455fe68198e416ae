package extensions_test

// Bodies written from the Identity v2.0 extensions reference and what
// Keystone's v2.0 API served: the list wrapped in "values", and update
// times with a one-digit second as Keystone wrote them.

// keystoneListJSON is Keystone's GET /v2.0/extensions.
const keystoneListJSON = `{
  "extensions": {
    "values": [
      {
        "updated": "2013-07-11T17:14:00-00:00",
        "name": "OpenStack Keystone Admin",
        "links": [{"href": "https://github.com/openstack/identity-api", "type": "text/html", "rel": "describedby"}],
        "namespace": "http://docs.openstack.org/identity/api/ext/OS-KSADM/v1.0",
        "alias": "OS-KSADM",
        "description": "OpenStack extensions to Keystone v2.0 API enabling Administrative Operations."
      },
      {
        "updated": "2013-07-07T12:00:0-00:00",
        "name": "OpenStack S3 API",
        "links": [{"href": "https://github.com/openstack/identity-api", "type": "text/html", "rel": "describedby"}],
        "namespace": "http://docs.openstack.org/identity/api/ext/s3tokens/v1.0",
        "alias": "s3tokens",
        "description": "OpenStack S3 API."
      },
      {
        "updated": null,
        "name": "OpenStack Keystone Endpoint Filter API",
        "links": [],
        "namespace": "http://docs.openstack.org/identity/api/ext/OS-EP-FILTER/v1.0",
        "alias": "OS-EP-FILTER",
        "description": "OpenStack Keystone Endpoint Filter API."
      }
    ]
  }
}`

// flatListJSON is the plain-array form, as Rackspace Cloud Identity sends
// it (GET /v2.0/extensions).
const flatListJSON = `{
  "extensions": [
    {
      "name": "Rackspace API Key Authentication",
      "namespace": "http://docs.rackspace.com/identity/api/ext/RAX-KSKEY/v1.0",
      "alias": "RAX-KSKEY",
      "updated": "2011-01-22T13:25:27-06:00",
      "description": "Adds the capability to authenticate with an API key.",
      "links": []
    }
  ],
  "extensions_links": []
}`

// getJSON is GET /v2.0/extensions/OS-KSADM.
const getJSON = `{
  "extension": {
    "updated": "2013-07-11T17:14:00-00:00",
    "name": "OpenStack Keystone Admin",
    "links": [{"href": "https://github.com/openstack/identity-api", "type": "text/html", "rel": "describedby"}],
    "namespace": "http://docs.openstack.org/identity/api/ext/OS-KSADM/v1.0",
    "alias": "OS-KSADM",
    "description": "OpenStack extensions to Keystone v2.0 API enabling Administrative Operations."
  }
}`
