package opennebula_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/cloudsdk/gophercloud/opennebula"
	"github.com/cloudsdk/gophercloud/testhelper/fakeoned"
)

// Power off a VM, as in the GOCA overview, against the fake oned.
func Example() {
	s := fakeoned.NewServer()
	defer s.Close()
	ctx := context.Background()
	ctrl := opennebula.NewController(s.Client())

	host, _ := ctrl.Hosts().Create(ctx, "node1", "kvm", "kvm", -1)
	id, _ := ctrl.VMs().Create(ctx, opennebula.RawTemplate(`NAME="web"
CPU=1
MEMORY=512`), false)
	_ = ctrl.VM(id).Deploy(ctx, host, false, -1)

	vm, err := ctrl.VM(id).Info(ctx, false)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("Shutting down %s\n", vm.Name)
	if err := ctrl.VM(id).Poweroff(ctx); err != nil {
		fmt.Println(err)
		return
	}
	vm, _ = ctrl.VM(id).Info(ctx, false)
	fmt.Println("state:", vm.State)

	_, err = ctrl.VM(99).Info(ctx, false)
	fmt.Println("missing VM is NO_EXISTS:", errors.Is(err, opennebula.ErrNoExists))
	// Output:
	// Shutting down web
	// state: POWEROFF
	// missing VM is NO_EXISTS: true
}
