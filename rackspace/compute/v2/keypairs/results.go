package keypairs

import oskeypairs "github.com/cloudsdk/gophercloud/openstack/compute/v2/keypairs"

// KeyPair is an SSH key pair; PrivateKey is set only when Create generated
// it.
type KeyPair = oskeypairs.KeyPair

// GetResult is the result of Get; Extract returns the *KeyPair.
type GetResult = oskeypairs.GetResult

// CreateResult is the result of Create; Extract returns the *KeyPair.
type CreateResult = oskeypairs.CreateResult

// DeleteResult is the result of Delete.
type DeleteResult = oskeypairs.DeleteResult
