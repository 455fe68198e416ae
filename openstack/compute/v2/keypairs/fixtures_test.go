package keypairs_test

// Fixtures written from the Compute API reference (keypairs).

const publicKey = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDx8nkQv/zgGgB4rMYmIf+6A4l6Rr+o/6lHBQdW5aYd44bd8JttDCE/F/pNRr0lRE+PiqSPO8nDPHw0010JeMH9gYgnnFlyY3/OcJ02RhIPyyxYpv9FhY+2YiUkpwFOcLImyrxEsYXpD/0d3ac30bNH6Sw9JD9UZHYcpSxsIbECHw== Generated-by-Nova"

// listJSON is GET /os-keypairs at microversion 2.35 with limit=1: each item
// wrapped in {"keypair": …}, and a next link (%s is the server URL).
const listPage1JSON = `{
  "keypairs": [
    {
      "keypair": {
        "fingerprint": "7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd",
        "name": "keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3",
        "type": "ssh",
        "public_key": "` + publicKey + `\n"
      }
    }
  ],
  "keypairs_links": [
    {"href": "%sos-keypairs?limit=1&marker=keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3", "rel": "next"}
  ]
}`

// listPage2JSON is the last page (no keypairs_links).
const listPage2JSON = `{
  "keypairs": [
    {
      "keypair": {
        "fingerprint": "1e:2c:9b:56:79:4b:45:77:f9:ca:7a:98:2c:b0:d5:3c",
        "name": "x509-key",
        "type": "x509",
        "public_key": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
      }
    }
  ]
}`

// getJSON is GET /os-keypairs/{name} at microversion 2.10.
const getJSON = `{
  "keypair": {
    "fingerprint": "44:fe:29:6e:23:14:b9:53:5b:65:82:58:1c:fe:5a:c3",
    "name": "keypair-6638abdb-c4e8-407c-ba88-c8dd7cc3c4f1",
    "type": "ssh",
    "public_key": "` + publicKey + `\n",
    "user_id": "fake",
    "deleted": false,
    "created_at": "2014-05-07T12:06:13.681238",
    "updated_at": null,
    "deleted_at": null,
    "id": 1
  }
}`

// createGeneratedJSON is POST /os-keypairs without public_key, at 2.10:
// Nova returns the private key.
const createGeneratedJSON = `{
  "keypair": {
    "fingerprint": "7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd",
    "name": "keypair-ab9ff2e6-a6d7-4915-a241-044c369c07f9",
    "type": "ssh",
    "private_key": "-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQC9mC3WZN9UGLxgPBpP7H5jZMc6pKwOoSgre8yun6REFktn/Kz7\n-----END RSA PRIVATE KEY-----\n",
    "public_key": "` + publicKey + `\n",
    "user_id": "fake"
  }
}`

// createImportedJSON is POST /os-keypairs with public_key: no private key.
const createImportedJSON = `{
  "keypair": {
    "fingerprint": "1e:2c:9b:56:79:4b:45:77:f9:ca:7a:98:2c:b0:d5:3c",
    "name": "keypair-803a1926-af78-4b05-902a-1d6f7a8d9d3e",
    "type": "ssh",
    "public_key": "` + publicKey + `",
    "user_id": "fake"
  }
}`
