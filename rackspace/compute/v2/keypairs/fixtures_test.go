package keypairs_test

const publicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFx0d4L1i8mB5rQ9p1W7n3c8D2mTzq0bJ3oKzH1aQ7eJ deploy@example"

// Bodies shaped as the Cloud Servers reference shows key pairs.
const listJSON = `{
  "keypairs": [
    {"keypair": {"fingerprint": "a5:2e:94:5c:1f:25:2f:71:32:b3:fb:59:f0:34:e6:ad", "name": "deploy", "public_key": "` + publicKey + `"}}
  ]
}`

const getJSON = `{"keypair": {"fingerprint": "a5:2e:94:5c:1f:25:2f:71:32:b3:fb:59:f0:34:e6:ad", "name": "deploy", "public_key": "` + publicKey + `", "user_id": "10040551"}}`

const createGeneratedJSON = `{
  "keypair": {
    "fingerprint": "35:9d:d0:c3:4a:80:d3:c8:4c:52:8b:35:4b:02:cc:1e",
    "name": "generated",
    "private_key": "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA(fake key for tests)\n-----END RSA PRIVATE KEY-----\n",
    "public_key": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ(fake) Generated-by-Nova",
    "user_id": "10040551"
  }
}`
