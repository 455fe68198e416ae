#!/usr/bin/python3
"""Idempotent keystone setup after `keystone-manage bootstrap` (run by scripts/devcloud):
service project, demo/demo2 projects and users (roles member+reader), service users,
services and endpoints (all on 127.0.0.1).
usage: keystone-setup.py ADMIN_AND_SERVICE_PASSWORD DEMO_PASSWORD"""
import sys
from keystoneauth1.identity import v3
from keystoneauth1 import session
from keystoneclient.v3 import client

PW, DEMO_PW = sys.argv[1], sys.argv[2]
H = "http://127.0.0.1"
auth = v3.Password(auth_url=H + ":5000/v3", username="admin", password=PW,
                   project_name="admin", user_domain_id="default",
                   project_domain_id="default")
ks = client.Client(session=session.Session(auth=auth), interface="public")
dom = ks.domains.get("default")


def project(name, desc):
    for p in ks.projects.list(domain=dom, name=name):
        return p
    return ks.projects.create(name=name, domain=dom, description=desc)


def role(name):
    for r in ks.roles.list(name=name):
        return r
    return ks.roles.create(name=name)


def user(name, pw, proj, roles):
    u = None
    for u in ks.users.list(domain=dom, name=name):
        break
    if u is None:
        u = ks.users.create(name=name, domain=dom, password=pw,
                            default_project=proj)
    for r in roles:
        ks.roles.grant(role(r), user=u, project=proj)
    return u


service = project("service", "service users")
demo = project("demo", "non-admin demo project")
alt = project("demo2", "second non-admin project (alt)")
for r in ("member", "reader", "ResellerAdmin", "service"):
    role(r)
user("demo", DEMO_PW, demo, ["member", "reader"])
user("demo2", DEMO_PW, alt, ["member", "reader"])
for svc in ("swift", "glance", "neutron", "nova", "placement", "cinder"):
    user(svc, PW, service, ["admin", "service"])

SERVICES = [
    ("swift", "object-store", H + ":8080/v1/AUTH_%(project_id)s"),
    ("glance", "image", H + ":9292"),
    ("neutron", "network", H + ":9696"),
    ("nova", "compute", H + ":8774/v2.1"),
    ("placement", "placement", H + ":8778"),
    ("cinderv3", "volumev3", H + ":8776/v3/%(project_id)s"),
    ("cinder", "block-storage", H + ":8776/v3/%(project_id)s"),
]
for name, stype, url in SERVICES:
    svcs = [s for s in ks.services.list(type=stype) if s.name == name]
    s = svcs[0] if svcs else ks.services.create(name=name, type=stype,
                                                 description=name)
    have = {e.interface for e in ks.endpoints.list(service=s)}
    for iface in ("public", "internal", "admin"):
        if iface not in have:
            ks.endpoints.create(service=s, url=url, interface=iface,
                                region="RegionOne")
print("keystone setup done")
