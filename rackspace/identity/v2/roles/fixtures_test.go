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
