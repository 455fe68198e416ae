package roles_test

// Bodies shaped as Rackspace's Cloud Identity roles reference shows them.
const listJSON = `{
  "roles": [
    {
      "id": "6",
      "name": "compute:default",
      "description": "A Role that allows a user access to keystone Service methods",
      "serviceId": "0000000000000000000000000000000000000001",
      "RAX-AUTH:propagate": false,
      "RAX-AUTH:Weight": 1000,
      "RAX-AUTH:assignment": "BOTH"
    },
    {
      "id": "3",
      "name": "identity:user-admin",
      "description": "User Admin Role.",
      "serviceId": "bde1268ebabeeabb70a0e702a4626977c331d5c4",
      "RAX-AUTH:propagate": false,
      "RAX-AUTH:Weight": 750,
      "RAX-AUTH:assignment": "GLOBAL"
    }
  ],
  "roles_links": []
}`

// Rackspace has also answered with the RAX-AUTH properties quoted (a
// list captured from the service in 2013 showed "RAX-AUTH:Weight":
// "1000", "RAX-AUTH:propagate": "false"); no roles_links here.
const quotedListJSON = `{
  "roles": [
    {"id": "10000150", "name": "checkmate", "description": "Checkmate Access role",
     "serviceId": "bde1268ebabeeabb70a0e702a4626977c331d5c4", "RAX-AUTH:propagate": "true", "RAX-AUTH:Weight": "500"},
    {"id": "5", "name": "object-store:default", "RAX-AUTH:propagate": "false", "RAX-AUTH:Weight": "1000"},
    {"id": "2", "name": "identity:default", "RAX-AUTH:propagate": "", "RAX-AUTH:Weight": null}
  ]
}`
