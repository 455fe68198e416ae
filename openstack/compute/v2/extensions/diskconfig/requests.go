package diskconfig

import (
	"fmt"

	"github.com/cloudsdk/gophercloud"
)

// DiskConfig is how Nova lays out a server's root disk.
type DiskConfig string

const (
	// Auto grows the root partition and file system to the flavor's disk
	// size; the image needs a single partition.
	Auto DiskConfig = "AUTO"
	// Manual keeps the image's partitions as they are; the rest of the
	// disk is left unpartitioned.
	Manual DiskConfig = "MANUAL"
)

// CreateOptsBuilder is what servers.Create accepts (servers.CreateOpts
// implements it); declared here so this package does not depend on servers.
type CreateOptsBuilder interface {
	ToServerCreateMap() (map[string]any, error)
}

// CreateOptsExt adds OS-DCF:diskConfig to a server's create options.
type CreateOptsExt struct {
	// CreateOptsBuilder holds the server's options, usually a
	// servers.CreateOpts.
	CreateOptsBuilder
	// DiskConfig is Auto or Manual; empty leaves the choice to Nova.
	DiskConfig DiskConfig
}

// ToServerCreateMap builds the wrapped options' body and adds
// "OS-DCF:diskConfig" to its "server" object.
func (opts CreateOptsExt) ToServerCreateMap() (map[string]any, error) {
	if opts.CreateOptsBuilder == nil {
		return nil, &gophercloud.ErrMissingInput{Argument: "diskconfig.CreateOptsExt.CreateOptsBuilder"}
	}
	switch opts.DiskConfig {
	case "", Auto, Manual:
	default:
		return nil, &gophercloud.ErrInvalidInput{Argument: "diskconfig.CreateOptsExt.DiskConfig", Value: string(opts.DiskConfig),
			Reason: `must be diskconfig.Auto ("AUTO") or diskconfig.Manual ("MANUAL")`}
	}
	body, err := opts.CreateOptsBuilder.ToServerCreateMap()
	if err != nil {
		return nil, err
	}
	if opts.DiskConfig == "" {
		return body, nil
	}
	server, ok := body["server"].(map[string]any)
	if !ok {
		return nil, &gophercloud.ErrInvalidInput{Argument: "diskconfig.CreateOptsExt.CreateOptsBuilder",
			Value: fmt.Sprintf("%T", opts.CreateOptsBuilder), Reason: `its body has no "server" object to extend`}
	}
	server["OS-DCF:diskConfig"] = string(opts.DiskConfig)
	return body, nil
}
