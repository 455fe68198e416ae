package tokens_test

// Fixtures written from the Identity v3 API reference:
// https://docs.openstack.org/api-ref/identity/v3/#authentication-and-token-management

// subjectToken is the token ID Keystone returns in X-Subject-Token.
const subjectToken = "gAAAAABlc3RfdG9rZW5faXNzdWVkX2J5X2Zha2Vfa2V5c3RvbmUtMDAwMQ"

// projectTokenJSON answers a project-scoped password authentication: the
// catalog, the user, the project and the roles in it.
const projectTokenJSON = `{
  "token": {
    "methods": ["password"],
    "user": {
      "domain": {"id": "default", "name": "Default"},
      "id": "ee4dfb6e5540447cb3741905149d9b6e",
      "name": "demo",
      "password_expires_at": null
    },
    "audit_ids": ["3T2dc1CGQxyJsHdDu1xkcw"],
    "expires_at": "2026-11-22T23:04:08.000000Z",
    "issued_at": "2026-11-22T22:04:08.000000Z",
    "project": {
      "domain": {"id": "default", "name": "Default"},
      "id": "a6944d763bf64ee6a275f1263fae0352",
      "name": "demo"
    },
    "is_domain": false,
    "roles": [
      {"id": "51cc68287d524c759f47c811e6463340", "name": "member"},
      {"id": "0ad5e0f1cb8a4a4f9e6b7f0a7c0d9d11", "name": "reader"}
    ],
    "catalog": [
      {
        "endpoints": [
          {"id": "39dc322ce86c4111b4f06c2eeae0841b", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "http://127.0.0.1:8774/v2.1"},
          {"id": "4fe12b7e2c8f4e1c8a0b8fcbbf6f8a2e", "interface": "internal", "region": "RegionOne", "region_id": "RegionOne", "url": "http://10.0.0.10:8774/v2.1"},
          {"id": "e2a3b1c4d5e6f708192a3b4c5d6e7f80", "interface": "admin", "region": "RegionOne", "region_id": "RegionOne", "url": "http://10.0.0.10:8774/v2.1"}
        ],
        "id": "f6c3b1a8d2e94b37a1c0e3f7d5b8a9c1",
        "type": "compute",
        "name": "nova"
      },
      {
        "endpoints": [
          {"id": "7bd5d1f2e8e44c7a9b4b8c8c0a1d2e3f", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "http://127.0.0.1:5000/v3"}
        ],
        "id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "type": "identity",
        "name": "keystone"
      },
      {
        "endpoints": [
          {"id": "8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "http://127.0.0.1:9696"}
        ],
        "id": "1b2c3d4e5f60718293a4b5c6d7e8f90a",
        "type": "network",
        "name": "neutron"
      }
    ]
  }
}`

// domainTokenJSON answers a domain-scoped authentication: no project,
// a domain, no catalog entries for project-level services.
const domainTokenJSON = `{
  "token": {
    "methods": ["password"],
    "user": {
      "domain": {"id": "default", "name": "Default"},
      "id": "423f19a4ac1e4f48bbb4180756e6eb6c",
      "name": "admin",
      "password_expires_at": null
    },
    "audit_ids": ["Xpa6Uyn-T9S6mTREudUH3w"],
    "expires_at": "2026-11-23T01:42:57.527363Z",
    "issued_at": "2026-11-23T00:42:57.527404Z",
    "domain": {"id": "default", "name": "Default"},
    "roles": [{"id": "c703057be878458588961ce9a0ce686b", "name": "admin"}],
    "catalog": []
  }
}`

// systemTokenJSON answers a system-scoped authentication.
const systemTokenJSON = `{
  "token": {
    "methods": ["password"],
    "user": {
      "domain": {"id": "default", "name": "Default"},
      "id": "423f19a4ac1e4f48bbb4180756e6eb6c",
      "name": "admin",
      "password_expires_at": null
    },
    "audit_ids": ["yGk0uTdZQv2tbKXmU-tsaA"],
    "expires_at": "2026-11-23T01:42:57Z",
    "issued_at": "2026-11-23T00:42:57Z",
    "system": {"all": true},
    "roles": [{"id": "c703057be878458588961ce9a0ce686b", "name": "admin"}],
    "catalog": []
  }
}`

// unscopedTokenJSON answers an authentication without a scope: no roles,
// no catalog.
const unscopedTokenJSON = `{
  "token": {
    "methods": ["password"],
    "user": {
      "domain": {"id": "default", "name": "Default"},
      "id": "ee4dfb6e5540447cb3741905149d9b6e",
      "name": "demo",
      "password_expires_at": "2027-01-01T00:00:00.000000"
    },
    "audit_ids": ["mAjXQhiYRyKwkB4qygdLVg"],
    "expires_at": "2026-11-22T23:04:08.000000Z",
    "issued_at": "2026-11-22T22:04:08.000000Z"
  }
}`

// appCredTokenJSON answers an application-credential authentication: the
// token is scoped to the credential's project and names the credential.
const appCredTokenJSON = `{
  "token": {
    "methods": ["application_credential"],
    "user": {
      "domain": {"id": "default", "name": "Default"},
      "id": "ee4dfb6e5540447cb3741905149d9b6e",
      "name": "demo",
      "password_expires_at": null
    },
    "audit_ids": ["4P7fk1y0QzOWqjJ1aS5vFg"],
    "expires_at": "2026-11-22T23:04:08.000000Z",
    "issued_at": "2026-11-22T22:04:08.000000Z",
    "project": {
      "domain": {"id": "default", "name": "Default"},
      "id": "a6944d763bf64ee6a275f1263fae0352",
      "name": "demo"
    },
    "roles": [{"id": "51cc68287d524c759f47c811e6463340", "name": "member"}],
    "application_credential": {
      "id": "423f19a4ac1e4f48bbb4180756e6eb6c",
      "name": "monitoring",
      "restricted": true
    },
    "catalog": []
  }
}`

// catalogJSON answers GET /v3/auth/catalog: the catalog alone, with the
// collection's links.
const catalogJSON = `{
  "catalog": [
    {
      "endpoints": [
        {"id": "39dc322ce86c4111b4f06c2eeae0841b", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "http://127.0.0.1:8774/v2.1"}
      ],
      "id": "f6c3b1a8d2e94b37a1c0e3f7d5b8a9c1",
      "type": "compute",
      "name": "nova"
    },
    {
      "endpoints": [
        {"id": "7bd5d1f2e8e44c7a9b4b8c8c0a1d2e3f", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "http://127.0.0.1:5000/v3"},
        {"id": "a3c1e0d2b4f64e5a8c7d9b0e1f2a3b4c", "interface": "admin", "region": "RegionOne", "region_id": "RegionOne", "url": "http://127.0.0.1:5000/v3"}
      ],
      "id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
      "type": "identity",
      "name": "keystone"
    }
  ],
  "links": {"self": "http://127.0.0.1:5000/v3/auth/catalog", "previous": null, "next": null}
}`

// receiptID is the receipt Keystone returns in Openstack-Auth-Receipt.
const receiptID = "gAAAAABrZWNlaXB0X2lzc3VlZF9ieV9mYWtlX2tleXN0b25lLTAwMDE"

// receiptJSON is the body of the 401 that asks for a second factor: the
// methods that passed, and the user's rules.
const receiptJSON = `{
  "receipt": {
    "methods": ["password"],
    "user": {
      "domain": {"id": "default", "name": "Default"},
      "id": "9a1c4e7f3b2d4c5e8f0a1b2c3d4e5f60",
      "name": "mfa-user",
      "password_expires_at": null
    },
    "expires_at": "2026-12-03T14:05:00.000000Z",
    "issued_at": "2026-12-03T14:00:00.000000Z"
  },
  "required_auth_methods": [["password", "totp"], ["password", "application_credential", "totp"]]
}`

// federatedTokenJSON answers a federated (mapped) authentication: an
// unscoped token whose user came from an identity provider.
const federatedTokenJSON = `{
  "token": {
    "methods": ["mapped"],
    "user": {
      "domain": {"id": "Federated", "name": "Federated"},
      "id": "2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e",
      "name": "alice@idp.example.org",
      "OS-FEDERATION": {
        "identity_provider": {"id": "acme-idp"},
        "protocol": {"id": "saml2"},
        "groups": [{"id": "a4b5c6d7e8f90a1b2c3d4e5f60718293"}, {"id": "b5c6d7e8f90a1b2c3d4e5f6071829304"}]
      }
    },
    "audit_ids": ["Yx6cL9bJQxO0n3xR1sT2uA"],
    "expires_at": "2026-12-03T15:00:00.000000Z",
    "issued_at": "2026-12-03T14:00:00.000000Z"
  }
}`

// restrictedAppCredTokenJSON answers an application-credential
// authentication whose credential carries access rules.
const restrictedAppCredTokenJSON = `{
  "token": {
    "methods": ["application_credential"],
    "user": {"domain": {"id": "default", "name": "Default"}, "id": "ee4dfb6e5540447cb3741905149d9b6e", "name": "demo"},
    "expires_at": "2026-11-22T23:04:08.000000Z",
    "issued_at": "2026-11-22T22:04:08.000000Z",
    "project": {"domain": {"id": "default", "name": "Default"}, "id": "a6944d763bf64ee6a275f1263fae0352", "name": "demo"},
    "roles": [{"id": "0ad5e0f1cb8a4a4f9e6b7f0a7c0d9d11", "name": "reader"}],
    "application_credential": {
      "id": "58d61ff8e6e34accb35874016d1dba8b",
      "name": "list-servers",
      "restricted": true,
      "access_rules": [
        {"id": "abcdef", "service": "compute", "method": "GET", "path": "/v2.1/servers"},
        {"id": "fedcba", "service": "compute", "method": "GET", "path": "/v2.1/servers/*"}
      ]
    },
    "catalog": []
  }
}`
