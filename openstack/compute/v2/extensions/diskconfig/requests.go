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
	return extend("diskconfig.CreateOptsExt", "server", opts.DiskConfig, opts.CreateOptsBuilder, opts.CreateOptsBuilder.ToServerCreateMap)
}

// RebuildOptsBuilder is what servers.Rebuild accepts (servers.RebuildOpts
// implements it).
type RebuildOptsBuilder interface {
	ToServerRebuildMap() (map[string]any, error)
}

// RebuildOptsExt adds OS-DCF:diskConfig to a server's rebuild options.
type RebuildOptsExt struct {
	// RebuildOptsBuilder holds the rebuild options, usually a
	// servers.RebuildOpts.
	RebuildOptsBuilder
	// DiskConfig is Auto or Manual; empty leaves the choice to Nova.
	DiskConfig DiskConfig
}

// ToServerRebuildMap builds the wrapped options' body and adds
// "OS-DCF:diskConfig" to its "rebuild" object.
func (opts RebuildOptsExt) ToServerRebuildMap() (map[string]any, error) {
	if opts.RebuildOptsBuilder == nil {
		return nil, &gophercloud.ErrMissingInput{Argument: "diskconfig.RebuildOptsExt.RebuildOptsBuilder"}
	}
	return extend("diskconfig.RebuildOptsExt", "rebuild", opts.DiskConfig, opts.RebuildOptsBuilder, opts.RebuildOptsBuilder.ToServerRebuildMap)
}

// ResizeOptsBuilder is what servers.Resize accepts (servers.ResizeOpts
// implements it).
type ResizeOptsBuilder interface {
	ToServerResizeMap() (map[string]any, error)
}

// ResizeOptsExt adds OS-DCF:diskConfig to a server's resize options.
type ResizeOptsExt struct {
	// ResizeOptsBuilder holds the resize options, usually a
	// servers.ResizeOpts.
	ResizeOptsBuilder
	// DiskConfig is Auto or Manual; empty leaves the choice to Nova.
	DiskConfig DiskConfig
}

// ToServerResizeMap builds the wrapped options' body and adds
// "OS-DCF:diskConfig" to its "resize" object.
func (opts ResizeOptsExt) ToServerResizeMap() (map[string]any, error) {
	if opts.ResizeOptsBuilder == nil {
		return nil, &gophercloud.ErrMissingInput{Argument: "diskconfig.ResizeOptsExt.ResizeOptsBuilder"}
	}
	return extend("diskconfig.ResizeOptsExt", "resize", opts.DiskConfig, opts.ResizeOptsBuilder, opts.ResizeOptsBuilder.ToServerResizeMap)
}

// extend checks dc, builds the wrapped body and sets "OS-DCF:diskConfig"
// in its key object. name is the wrapper's type, for errors.
func extend(name, key string, dc DiskConfig, wrapped any, build func() (map[string]any, error)) (map[string]any, error) {
	switch dc {
	case "", Auto, Manual:
	default:
		return nil, &gophercloud.ErrInvalidInput{Argument: name + ".DiskConfig", Value: string(dc),
			Reason: `must be diskconfig.Auto ("AUTO") or diskconfig.Manual ("MANUAL")`}
	}
	body, err := build()
	if err != nil {
		return nil, err
	}
	if dc == "" {
		return body, nil
	}
	inner, ok := body[key].(map[string]any)
	if !ok {
		return nil, &gophercloud.ErrInvalidInput{Argument: name, Value: fmt.Sprintf("%T", wrapped),
			Reason: fmt.Sprintf("its body has no %q object to extend", key)}
	}
	inner["OS-DCF:diskConfig"] = string(dc)
	return body, nil
}
