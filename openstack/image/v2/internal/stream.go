// Package internal holds what the image packages share beyond the
// module's internal/stream: the hashes Glance records, by their names.
package internal

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"
	"strings"

	"github.com/cloudsdk/gophercloud"
)

// NewHash returns the hash Glance names algo (its hashlib name: "sha512",
// "sha256", "sha3_512", "md5", …), case-insensitively.
func NewHash(algo string) (hash.Hash, error) {
	switch strings.ToLower(algo) {
	case "sha512":
		return sha512.New(), nil
	case "sha384":
		return sha512.New384(), nil
	case "sha256":
		return sha256.New(), nil
	case "sha224":
		return sha256.New224(), nil
	case "sha1":
		return sha1.New(), nil
	case "sha3_512":
		return sha3.New512(), nil
	case "sha3_384":
		return sha3.New384(), nil
	case "sha3_256":
		return sha3.New256(), nil
	case "sha3_224":
		return sha3.New224(), nil
	case "md5":
		return md5.New(), nil
	}
	return nil, &gophercloud.ErrInvalidInput{Argument: "hash algorithm", Value: algo, Reason: "supported: sha512, sha384, sha256, sha224, sha1, sha3_512, sha3_384, sha3_256, sha3_224, md5"}
}
