// Package thinlayers holds acceptance tests (build tag acceptance) that run
// the thin Rackspace layers against the OpenStack services of the
// devcloud (scripts/devcloud): Rackspace's Cloud Servers and Cloud Files
// speak Nova's and Swift's APIs, so the wrappers must work unchanged on
// them. Rackspace-only APIs (Cloud Networks, the CDN, Rackspace identity)
// are covered by the unit tests against testhelper/fakerackspace.
//
//	eval "$(scripts/devcloud env demo)"
//	go test -tags acceptance -count=1 ./acceptance/rackspace/...
package thinlayers
