package trusts_test

const trustJSON = `{"trust": {"id": "1ff900", "trustor_user_id": "a0fdfd", "trustee_user_id": "86c0d5",
  "project_id": "0f1233", "impersonation": false, "expires_at": "2027-02-27T18:30:59.000000Z",
  "remaining_uses": 5, "allow_redelegation": false, "redelegation_count": 0,
  "roles": [{"id": "ed7b78", "name": "member", "domain_id": null,
    "links": {"self": "http://example.com/identity/v3/roles/ed7b78"}}],
  "roles_links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/OS-TRUST/trusts/1ff900/roles"},
  "links": {"self": "http://example.com/identity/v3/OS-TRUST/trusts/1ff900"}}}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/OS-TRUST/trusts"},
 "trusts": [{"id": "1ff900", "trustor_user_id": "a0fdfd", "trustee_user_id": "86c0d5", "project_id": "0f1233",
   "impersonation": false, "expires_at": null, "remaining_uses": null,
   "links": {"self": "http://example.com/identity/v3/OS-TRUST/trusts/1ff900"}}]}`

const rolesJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/OS-TRUST/trusts/1ff900/roles"},
 "roles": [{"id": "ed7b78", "name": "member", "domain_id": null, "links": {"self": "http://example.com/identity/v3/roles/ed7b78"}}]}`

const roleJSON = `{"role": {"id": "ed7b78", "name": "member", "domain_id": null, "links": {"self": "http://example.com/identity/v3/roles/ed7b78"}}}`
