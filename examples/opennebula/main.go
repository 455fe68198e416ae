// Command opennebula powers off a VM, as in the GOCA overview. With
// ONE_XMLRPC set it talks to that oned (credentials from ONE_AUTH);
// without it, it starts the fake oned from testhelper/fakeoned, creates a
// host and a running VM there, and powers that VM off.
//
//	go run ./examples/opennebula [vm-id]
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/cloudsdk/gophercloud/opennebula"
	"github.com/cloudsdk/gophercloud/testhelper/fakeoned"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	var client opennebula.RPCCaller
	vmID := -1
	if len(args) > 0 {
		id, err := strconv.Atoi(args[0])
		if err != nil {
			return fmt.Errorf("VM ID %q is not a number", args[0])
		}
		vmID = id
	}
	if os.Getenv("ONE_XMLRPC") != "" {
		c, err := opennebula.NewClientFromEnv()
		if err != nil {
			return err
		}
		client = c
		fmt.Fprintln(out, "using", c.Endpoint())
	} else {
		s := fakeoned.NewServer()
		defer s.Close()
		client = s.Client()
		fmt.Fprintln(out, "ONE_XMLRPC is unset: started a fake oned")
		if vmID < 0 {
			id, err := seed(ctx, opennebula.NewController(client))
			if err != nil {
				return err
			}
			vmID = id
			fmt.Fprintf(out, "created and deployed VM %d\n", id)
		}
	}
	if vmID < 0 {
		return fmt.Errorf("usage: opennebula <vm-id>")
	}
	ctrl := opennebula.NewController(client)
	vm, err := ctrl.VM(vmID).Info(ctx, false)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Shutting down %s (state %s)\n", vm.Name, vm.StateString())
	if err := ctrl.VM(vmID).Poweroff(ctx); err != nil {
		return err
	}
	vm, err = ctrl.VM(vmID).Info(ctx, false)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "VM %d is now %s\n", vmID, vm.StateString())
	return nil
}

func seed(ctx context.Context, ctrl *opennebula.Controller) (int, error) {
	host, err := ctrl.Hosts().Create(ctx, "node1", "kvm", "kvm", -1)
	if err != nil {
		return -1, err
	}
	id, err := ctrl.VMs().Create(ctx, opennebula.RawTemplate("NAME=\"web\"\nCPU=1\nMEMORY=512"), false)
	if err != nil {
		return -1, err
	}
	return id, ctrl.VM(id).Deploy(ctx, host, false, -1)
}
