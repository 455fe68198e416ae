package internal

import (
	"github.com/cloudsdk/gophercloud"
)

// removeHeaders lets BuildHeaders check that every key to remove makes a
// valid header name.
type removeHeaders struct {
	Keys map[string]string `h:"X-Remove-"`
}

// AddRemoveMetadata adds an "X-Remove-<kind>-Meta-<key>: x" header to h for
// each key (kind is "Account" or "Container"). Swift removes metadata on
// such a header; an empty value would do the same, but net/http cannot
// send one. argument names the option in errors.
func AddRemoveMetadata(h map[string]string, kind, argument string, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	rm := removeHeaders{Keys: make(map[string]string, len(keys))}
	for _, k := range keys {
		if k == "" {
			return &gophercloud.ErrInvalidInput{Argument: argument, Value: keys, Reason: "holds an empty key"}
		}
		rm.Keys[kind+"-Meta-"+k] = "x"
	}
	more, err := gophercloud.BuildHeaders(rm)
	if err != nil {
		return &gophercloud.ErrInvalidInput{Argument: argument, Value: keys, Reason: err.Error()}
	}
	for k, v := range more {
		h[k] = v
	}
	return nil
}
