#!/usr/bin/python3
"""Idempotent fixtures for the SDK acceptance tests (run by scripts/devcloud up),
created as admin with openstacksdk; every step checks before it creates, so a rerun
after a partial failure completes the set:

- flavors m1.tiny (id 1, 64 MiB, 1 GiB) and m1.small (id 2, 128 MiB, 2 GiB)
- a public 1 KiB raw image "fake-image"
- an external flat network "public" (subnet 172.24.4.0/24, floating IP pool)
- a shared network "private" (subnet 10.1.0.0/24), router "router1" private -> public
- raised quotas for the admin, demo and demo2 projects (compute, volume, network)

Prints KEY=VALUE lines (OS_IMAGE_ID, OS_FLAVOR_ID, ...) for the env files.
usage: make-fixtures.py ADMIN_PASSWORD"""
import io
import sys
import time

import openstack

PW = sys.argv[1]
c = openstack.connect(auth_url="http://127.0.0.1:5000/v3", username="admin",
                      password=PW, project_name="admin",
                      user_domain_name="Default", project_domain_name="Default",
                      region_name="RegionOne", interface="public")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- flavors
for fid, name, ram, disk in (("1", "m1.tiny", 64, 1), ("2", "m1.small", 128, 2)):
    if not c.compute.find_flavor(fid, ignore_missing=True):
        c.compute.create_flavor(id=fid, name=name, ram=ram, vcpus=1, disk=disk,
                                is_public=True)
        log("created flavor %s (%s)" % (fid, name))

# ---------------------------------------------------------------- image
img = c.image.find_image("fake-image", ignore_missing=True)
if img is not None and c.image.get_image(img.id).status != "active":
    # left half-made by an interrupted run (no data): start over
    log("deleting fake-image %s in status %s" % (img.id, c.image.get_image(img.id).status))
    c.image.delete_image(img.id)
    img = None
if img is None:
    img = c.image.create_image(name="fake-image", disk_format="raw",
                               container_format="bare", visibility="public",
                               data=io.BytesIO(b"\0" * 1024))
    log("created image fake-image %s" % img.id)
    for _ in range(60):
        if c.image.get_image(img.id).status == "active":
            break
        time.sleep(1)
    else:
        raise SystemExit("fake-image did not become active")

# ---------------------------------------------------------------- networks
pub = c.network.find_network("public", ignore_missing=True)
if pub is None:
    pub = c.network.create_network(name="public", is_router_external=True,
                                   provider_network_type="flat",
                                   provider_physical_network="public")
    log("created network public %s" % pub.id)
pubsub = c.network.find_subnet("public-subnet", network_id=pub.id,
                               ignore_missing=True)
if pubsub is None:
    pubsub = c.network.create_subnet(network_id=pub.id, name="public-subnet",
                                     ip_version=4, cidr="172.24.4.0/24",
                                     gateway_ip="172.24.4.1",
                                     is_dhcp_enabled=False)
priv = c.network.find_network("private", ignore_missing=True)
if priv is None:
    priv = c.network.create_network(name="private", is_shared=True)
    log("created network private %s" % priv.id)
sub = c.network.find_subnet("private-subnet", network_id=priv.id,
                            ignore_missing=True)
if sub is None:
    sub = c.network.create_subnet(network_id=priv.id, name="private-subnet",
                                  ip_version=4, cidr="10.1.0.0/24")
r = c.network.find_router("router1", ignore_missing=True)
if r is None:
    r = c.network.create_router(name="router1",
                                external_gateway_info={"network_id": pub.id})
    log("created router router1 %s" % r.id)
if not list(c.network.ports(device_id=r.id, network_id=priv.id)):
    c.network.add_interface_to_router(r, subnet_id=sub.id)

# ---------------------------------------------------------------- quotas
# enough for acceptance tests that create ~30 servers and ~20 volumes at once
COMPUTE = dict(instances=100, cores=200, ram=512000, key_pairs=200,
               server_groups=50, server_group_members=50, metadata_items=256)
VOLUME = dict(volumes=100, gigabytes=2000, snapshots=100, backups=50,
              backup_gigabytes=2000)
NETWORK = dict(network=100, subnet=100, port=1000, router=50, floatingip=100,
               security_group=100, security_group_rule=1000)
for proj in ("admin", "demo", "demo2"):
    c.set_compute_quotas(proj, **COMPUTE)
    c.set_volume_quotas(proj, **VOLUME)
    c.set_network_quotas(proj, **NETWORK)
log("quotas set for admin, demo, demo2")

print("OS_IMAGE_ID=%s" % img.id)
print("OS_IMAGE_NAME=fake-image")
print("OS_FLAVOR_ID=1")
print("OS_FLAVOR_ID_RESIZE=2")
print("OS_FLAVOR_NAME=m1.tiny")
print("OS_FLAVOR_NAME_RESIZE=m1.small")
print("OS_NETWORK_NAME=private")
print("OS_NETWORK_ID=%s" % priv.id)
print("OS_SUBNET_ID=%s" % sub.id)
print("OS_EXTGW_ID=%s" % pub.id)
print("OS_POOL_NAME=public")
