// Package acceptance holds the tests that run against a real cloud. They
// are behind the "acceptance" build tag and configured only from OS_*
// variables, so `go test ./...` never touches a network:
//
//	scripts/devcloud up                     # a real OpenStack on 127.0.0.1
//	eval "$(scripts/devcloud env demo)"
//	go test -tags acceptance ./acceptance/...
//
// Tests skip with the reason when a variable or a service they need is
// missing, and remove everything they create with t.Cleanup, even when
// they fail. Admin-only tests also need OS_ADMIN_USERNAME /
// OS_ADMIN_PASSWORD / OS_ADMIN_PROJECT_NAME (devcloud exports them).
package acceptance
