package tokens_test

// Fixtures written from the Identity v2.0 API reference:
// https://docs.openstack.org/api-ref/identity/v2/#authenticate

const tokenID = "aaaaa-bbbbb-ccccc-dddd-0001"

// accessJSON is a tenant-scoped access document with a two-service
// catalog, the user and its roles.
const accessJSON = `{
  "access": {
    "token": {
      "issued_at": "2026-01-30T15:30:58.819584",
      "expires": "2026-01-31T15:30:58Z",
      "id": "aaaaa-bbbbb-ccccc-dddd-0001",
      "tenant": {
        "description": null,
        "enabled": true,
        "id": "fc394f2ab2df4114bde39905f800dc57",
        "name": "demo"
      },
      "audit_ids": ["ZzZwkUflQfygX7pdYDBCQQ"]
    },
    "serviceCatalog": [
      {
        "endpoints": [
          {
            "adminURL": "http://10.0.0.10:8774/v2/fc394f2ab2df4114bde39905f800dc57",
            "region": "RegionOne",
            "internalURL": "http://10.0.0.10:8774/v2/fc394f2ab2df4114bde39905f800dc57",
            "id": "2dad48f09e2a447a9bf852bcd93548ef",
            "publicURL": "http://127.0.0.1:8774/v2/fc394f2ab2df4114bde39905f800dc57"
          }
        ],
        "endpoints_links": [],
        "type": "compute",
        "name": "nova"
      },
      {
        "endpoints": [
          {
            "adminURL": "http://10.0.0.10:35357/v2.0",
            "region": "RegionOne",
            "internalURL": "http://10.0.0.10:5000/v2.0",
            "id": "02850c5d1d094887bdc46e81e1e15dc7",
            "publicURL": "http://127.0.0.1:5000/v2.0"
          }
        ],
        "endpoints_links": [],
        "type": "identity",
        "name": "keystone"
      }
    ],
    "user": {
      "username": "demo",
      "roles_links": [],
      "id": "9a6590b2ab024747bc2167c4e064d00d",
      "roles": [{"name": "Member"}, {"name": "anotherrole"}],
      "name": "demo"
    },
    "metadata": {
      "is_admin": 0,
      "roles": ["7598ac3c634d4c3da4b9126a5f67ca2b", "f95c0ab82d6045d9805033ee1fbc80d4"]
    }
  }
}`

// validateJSON is the admin API's answer to GET /v2.0/tokens/{id}: the
// token and its user with roles, no catalog.
const validateJSON = `{
  "access": {
    "token": {
      "id": "aaaaa-bbbbb-ccccc-dddd-0001",
      "expires": "2026-01-31T15:30:58Z",
      "issued_at": "2026-01-30T15:30:58.819584",
      "tenant": {"id": "fc394f2ab2df4114bde39905f800dc57", "name": "demo", "enabled": true, "description": null}
    },
    "user": {
      "id": "9a6590b2ab024747bc2167c4e064d00d",
      "name": "demo",
      "username": "demo",
      "roles": [{"id": "9fe2ff9ee4384b1894a90878d3e92bab", "name": "_member_"}],
      "roles_links": []
    },
    "metadata": {"is_admin": 0, "roles": ["9fe2ff9ee4384b1894a90878d3e92bab"]}
  }
}`

// endpointsJSON is GET /v2.0/tokens/{id}/endpoints, first page.
const endpointsJSON = `{
  "endpoints": [
    {
      "id": "2dad48f09e2a447a9bf852bcd93548ef",
      "name": "nova",
      "type": "compute",
      "region": "RegionOne",
      "publicURL": "http://127.0.0.1:8774/v2/fc394f2ab2df4114bde39905f800dc57",
      "internalURL": "http://10.0.0.10:8774/v2/fc394f2ab2df4114bde39905f800dc57",
      "adminURL": "http://10.0.0.10:8774/v2/fc394f2ab2df4114bde39905f800dc57"
    }
  ],
  "endpoints_links": [{"rel": "next", "href": "endpoints?marker=2dad48f09e2a447a9bf852bcd93548ef"}]
}`

// endpointsLastJSON is the second and last page.
const endpointsLastJSON = `{
  "endpoints": [
    {
      "id": "02850c5d1d094887bdc46e81e1e15dc7",
      "name": "keystone",
      "type": "identity",
      "region": "RegionOne",
      "publicURL": "http://127.0.0.1:5000/v2.0",
      "internalURL": "http://10.0.0.10:5000/v2.0",
      "adminURL": "http://10.0.0.10:35357/v2.0"
    }
  ],
  "endpoints_links": []
}`
