// Package opennebula is a client for OpenNebula's XML-RPC API (oned), in
// the shape of the Go OpenNebula Cloud API (GOCA): a Controller hands out
// one controller per resource, and every call takes a context first.
//
//	client, err := opennebula.NewClientFromEnv() // ONE_XMLRPC, ONE_AUTH
//	ctrl := opennebula.NewController(client)
//	vm, err := ctrl.VM(42).Info(ctx, false)
//	err = ctrl.VM(42).Poweroff(ctx)
//	pool, err := ctrl.VMs().Info(ctx, opennebula.Owner(opennebula.WhoMine))
//
// # Transport
//
// Client speaks XML-RPC over net/http with encoding/xml and no other
// dependency. The session string is "user:password"; NewClientFromEnv
// reads the endpoint from ONE_XMLRPC (default DefaultEndpoint) and the
// credentials from the file ONE_AUTH names (default ~/.one/one_auth), as
// the CLI does. Response bodies are read up to Config.MaxBodyBytes
// (default DefaultMaxBodyBytes, 64 MiB); the buffer grows with the bytes
// that arrive and is never sized from Content-Length. The session secret
// never appears in an error or a log record. Anything implementing
// RPCCaller can replace *Client.
//
// # Errors
//
// A *ClientError means no well-formed OpenNebula response was had (request
// building, network, HTTP status, size, malformed XML); it carries the
// *http.Response when there was one. A *ResponseError is a well-formed
// response reporting an OpenNebula failure, with its OneErrCode. Both
// match sentinels with errors.Is:
//
//	if errors.Is(err, opennebula.ErrNoExists) { … }
//	var re *opennebula.ResponseError
//	if errors.As(err, &re) && re.Code == opennebula.OneAction { … }
//
// # Resources
//
// ACLs, clusters, datastores, documents, groups, hooks, hosts, images,
// marketplaces and their apps, VM templates, security groups, users, VDCs,
// virtual networks, virtual routers, VMs, VM groups, virtual network
// templates and zones each have a pool controller (ctrl.Images()) and an
// object controller (ctrl.Image(id)). The calls every resource shares
// (Info, Delete, Update, Rename, Chown/Chmod, Lock/Unlock, pool Info) are
// written once as generic building blocks (InfoOps[T], PoolOps[P] …) that
// the resource controllers embed; a resource file holds only its XML
// structs and its own calls. The structs follow the XSDs OpenNebula
// publishes, field for field and in schema order; TEMPLATE and
// USER_TEMPLATE are open content and decode into the dynamic Template.
//
// Services and service templates belong to OneFlow, a separate REST
// server, in a real deployment. OneFlow stores them as documents of type
// 100 and 101, and this package models them over the documents API
// (Services, ServiceTemplates): listing, reading, creating, updating and
// deleting them works against oned directly, but instantiating a service
// template only records the service document; it does not deploy the
// roles' VMs as OneFlow would.
//
// # Testing
//
// No real OpenNebula runs here (none is packaged in Debian): everything
// in this package is proven against the fake oned in
// testhelper/fakeoned, and every XML document that fake returns is
// validated against the official XSDs with xmllint.
package opennebula
