#!/bin/bash
# verify.sh - end-to-end checks (curl + openstack CLI) against the cloud started by
# scripts/devcloud up. Run it as `scripts/devcloud verify [section ...]`.
# sections: keystone swift tempurl glance neutron nova actions cinder quotas osc
# Prints one line per check (PASS/FAIL) and a summary; exit status = number of failures
# (capped at 100). Everything it creates it deletes again.
DIR=${DEVCLOUD_DIR:?run me through scripts/devcloud verify}
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
export PYTHONDONTWRITEBYTECODE=1
for _v in $(compgen -e); do case $_v in OS_*) unset "$_v";; esac; done
# shellcheck disable=SC1091
. "$DIR/env/fixtures.env"    # OS_IMAGE_ID, OS_NETWORK_ID, ... (plain KEY=VALUE lines)
export no_proxy=127.0.0.1,localhost; unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY
H=http://127.0.0.1
KS=$H:5000
R=$(date +%s)          # run id, makes names unique
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
PASS=0; FAIL=0
J='Content-Type: application/json'

ok()   { PASS=$((PASS+1)); echo "PASS  $*"; }
bad()  { FAIL=$((FAIL+1)); echo "FAIL  $*"; }
expect() { # expect DESC WANT GOT
  if [ "$2" = "$3" ]; then ok "$1 ($3)"; else bad "$1: want [$2] got [$3]"; fi
}
# token USER PASS PROJECT -> prints token, catalog in $T/cat-USER.json
token() {
  curl -s -D "$T/h" -o "$T/cat-$1.json" -H "$J" -d "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"$1\",\"domain\":{\"id\":\"default\"},\"password\":\"$2\"}}},\"scope\":{\"project\":{\"name\":\"$3\",\"domain\":{\"id\":\"default\"}}}}}" $KS/v3/auth/tokens
  grep -i '^x-subject-token' "$T/h" | awk '{print $2}' | tr -d '\r'
}
endpoint() { jq -r ".token.catalog[]|select(.type==\"$2\")|.endpoints[]|select(.interface==\"public\")|.url" "$T/cat-$1.json"; }
code() { curl -s -o "$T/body" -w '%{http_code}' "$@"; }   # body in $T/body

ADM=$(token admin secret admin)
DEMO=$(token demo demosecret demo)
AD="X-Auth-Token: $ADM"; AU="X-Auth-Token: $DEMO"

sec_keystone() {
  echo "== keystone"
  expect "GET / (version discovery: 300 Multiple Choices)" 300 "$(code $KS/)"
  expect "  versions offered" "v3.14" "$(jq -r '[.versions.values[].id]|join(",")' "$T/body")"
  expect "GET /v2.0 (v2.0 API removed since Queens)" 404 "$(code $KS/v2.0)"
  expect "POST /v2.0/tokens (removed)" 404 "$(code -H "$J" -d '{"auth":{"passwordCredentials":{"username":"admin","password":"secret"},"tenantName":"admin"}}' $KS/v2.0/tokens)"
  expect "POST /v3/auth/tokens admin (project scope)" 201 "$(code -H "$J" -d '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin","domain":{"name":"Default"},"password":"secret"}}},"scope":{"project":{"name":"admin","domain":{"name":"Default"}}}}}' $KS/v3/auth/tokens)"
  expect "  catalog service types" "block-storage,compute,identity,image,network,object-store,placement,volumev3" "$(jq -r '[.token.catalog[].type]|sort|join(",")' "$T/body")"
  expect "POST /v3/auth/tokens demo (non-admin)" 201 "$(code -H "$J" -d '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo","domain":{"id":"default"},"password":"demosecret"}}},"scope":{"project":{"name":"demo","domain":{"id":"default"}}}}}' $KS/v3/auth/tokens)"
  expect "  demo roles" "member,reader" "$(jq -r '[.token.roles[].name]|sort|join(",")' "$T/body")"
  expect "POST /v3/auth/tokens unscoped + token method rescope" 201 "$(code -H "$J" -d "{\"auth\":{\"identity\":{\"methods\":[\"token\"],\"token\":{\"id\":\"$DEMO\"}},\"scope\":{\"project\":{\"name\":\"demo\",\"domain\":{\"id\":\"default\"}}}}}" $KS/v3/auth/tokens)"
  expect "POST /v3/auth/tokens wrong password" 401 "$(code -H "$J" -d '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo","domain":{"id":"default"},"password":"nope"}}}}}' $KS/v3/auth/tokens)"
  expect "GET /v3/auth/tokens (validate demo token as admin)" 200 "$(code -H "$AD" -H "X-Subject-Token: $DEMO" $KS/v3/auth/tokens)"
  expect "GET /v3/users as admin" 200 "$(code -H "$AD" "$KS/v3/users?limit=2")"
  expect "GET /v3/users as demo (forbidden)" 403 "$(code -H "$AU" $KS/v3/users)"
  expect "GET /v3/projects as admin has admin,demo,demo2,service" "admin,demo,demo2,service" "$(curl -s -H "$AD" $KS/v3/projects | jq -r '[.projects[].name]|sort|join(",")')"
  expect "POST /v3/users (create) as admin" 201 "$(code -H "$AD" -H "$J" -d "{\"user\":{\"name\":\"u$R\",\"password\":\"p\"}}" $KS/v3/users)"
  local uid; uid=$(jq -r .user.id "$T/body")
  expect "DELETE /v3/users/{id}" 204 "$(code -X DELETE -H "$AD" $KS/v3/users/$uid)"
  expect "DELETE /v3/auth/tokens (revoke a fresh token)" 204 "$(code -X DELETE -H "$AD" -H "X-Subject-Token: $(token demo demosecret demo)" $KS/v3/auth/tokens)"
}

sec_swift() {
  echo "== swift (as demo)"
  local S; S=$(endpoint demo object-store); local c="c$R"
  expect "PUT container" 201 "$(code -X PUT -H "$AU" $S/$c)"
  local i; for i in 1 2 3 4 5; do echo "hello $i" > "$T/o$i"; done
  for i in 1 2 3 4 5; do code -X PUT -H "$AU" -T "$T/o$i" "$S/$c/obj$i" > "$T/put$i"; done
  expect "PUT 5 objects" "201 201 201 201 201" "$(cat "$T"/put{1,2,3,4,5} | sed 's/\(...\)/\1 /g;s/ $//')"
  expect "GET container ?limit=2" "obj1,obj2" "$(curl -s -H "$AU" "$S/$c?limit=2" | paste -sd,)"
  expect "GET container ?limit=2&marker=obj2" "obj3,obj4" "$(curl -s -H "$AU" "$S/$c?limit=2&marker=obj2" | paste -sd,)"
  expect "GET container ?format=json&marker=obj4" "obj5" "$(curl -s -H "$AU" "$S/$c?format=json&marker=obj4" | jq -r '[.[].name]|join(",")')"
  expect "GET container ?end_marker=obj3" "obj1,obj2" "$(curl -s -H "$AU" "$S/$c?end_marker=obj3" | paste -sd,)"
  expect "GET object (content)" "hello 3" "$(curl -s -H "$AU" $S/$c/obj3)"
  expect "POST object metadata" 202 "$(code -X POST -H "$AU" -H 'X-Object-Meta-Color: blue' $S/$c/obj3)"
  expect "HEAD object metadata" "blue" "$(curl -s -I -H "$AU" $S/$c/obj3 | awk -F': ' 'tolower($1)=="x-object-meta-color"{print $2}' | tr -d '\r')"
  expect "COPY object" 201 "$(code -X COPY -H "$AU" -H "Destination: $c/obj3copy" $S/$c/obj3)"
  expect "HEAD container object count" 6 "$(curl -s -I -H "$AU" $S/$c | awk -F': ' 'tolower($1)=="x-container-object-count"{print $2}' | tr -d '\r')"
  expect "GET account lists container" 1 "$(curl -s -H "$AU" "$S?prefix=$c" | grep -c "^$c\$")"
  expect "GET object without token (401)" 401 "$(code $S/$c/obj3)"
  for i in 1 2 3 4 5 3copy; do code -X DELETE -H "$AU" "$S/$c/obj$i" >> "$T/del"; done
  expect "DELETE 6 objects" "204204204204204204" "$(cat "$T/del")"
  expect "DELETE container" 204 "$(code -X DELETE -H "$AU" $S/$c)"
}

sec_glance() {
  echo "== glance (as demo)"
  local G; G=$(endpoint demo image); local n ids=()
  for n in a b c; do
    expect "POST /v2/images img$R-$n" 201 "$(code -H "$AU" -H "$J" -d "{\"name\":\"img$R-$n\",\"disk_format\":\"raw\",\"container_format\":\"bare\"}" $G/v2/images)"
    ids+=("$(jq -r .id "$T/body")")
  done
  head -c 65536 /dev/urandom > "$T/img"
  expect "PUT /v2/images/{id}/file (64 KiB)" 204 "$(code -X PUT -H "$AU" -H 'Content-Type: application/octet-stream' --data-binary @"$T/img" $G/v2/images/${ids[0]}/file)"
  expect "image status/size" "active 65536" "$(curl -s -H "$AU" $G/v2/images/${ids[0]} | jq -r '"\(.status) \(.size)"')"
  expect "GET /v2/images/{id}/file (md5 matches)" "$(md5sum < "$T/img" | cut -d' ' -f1)" "$(curl -s -H "$AU" $G/v2/images/${ids[0]}/file | md5sum | cut -d' ' -f1)"
  curl -s -H "$AU" "$G/v2/images?limit=2&sort=name:asc&name=in:img$R-a,img$R-b,img$R-c" > "$T/p1"
  expect "GET /v2/images?limit=2 page 1" "img$R-a,img$R-b" "$(jq -r '[.images[].name]|join(",")' "$T/p1")"
  expect "GET next page (next link)" "img$R-c" "$(curl -s -H "$AU" "$G$(jq -r .next "$T/p1")" | jq -r '[.images[].name]|join(",")')"
  expect "PATCH image (add property)" 200 "$(code -X PATCH -H "$AU" -H 'Content-Type: application/openstack-images-v2.1-json-patch' -d '[{"op":"add","path":"/color","value":"red"}]' $G/v2/images/${ids[1]})"
  for n in 0 1 2; do code -X DELETE -H "$AU" $G/v2/images/${ids[$n]} >> "$T/gdel"; done
  expect "DELETE 3 images" "204204204" "$(cat "$T/gdel")"
}

sec_neutron() {
  echo "== neutron (as demo)"
  local N; N=$(endpoint demo network)/v2.0
  local n nets=()
  for n in 1 2 3; do
    expect "POST network net$R-$n" 201 "$(code -H "$AU" -H "$J" -d "{\"network\":{\"name\":\"net$R-$n\"}}" $N/networks)"
    nets+=("$(jq -r .network.id "$T/body")")
  done
  expect "POST subnet 10.0.0.0/24" 201 "$(code -H "$AU" -H "$J" -d "{\"subnet\":{\"network_id\":\"${nets[0]}\",\"cidr\":\"10.0.0.0/24\",\"ip_version\":4,\"name\":\"sub$R\"}}" $N/subnets)"
  local sub; sub=$(jq -r .subnet.id "$T/body")
  expect "POST subnet IPv6" 201 "$(code -H "$AU" -H "$J" -d "{\"subnet\":{\"network_id\":\"${nets[1]}\",\"cidr\":\"fd00:1::/64\",\"ip_version\":6}}" $N/subnets)"
  expect "POST port" 201 "$(code -H "$AU" -H "$J" -d "{\"port\":{\"network_id\":\"${nets[0]}\",\"name\":\"port$R\"}}" $N/ports)"
  local port; port=$(jq -r .port.id "$T/body")
  expect "  port got a fixed IP in 10.0.0.0/24" "10.0.0" "$(jq -r '.port.fixed_ips[0].ip_address' "$T/body" | cut -d. -f1-3)"
  expect "PUT port (rename)" 200 "$(code -X PUT -H "$AU" -H "$J" -d '{"port":{"name":"renamed"}}' $N/ports/$port)"
  expect "POST router" 201 "$(code -H "$AU" -H "$J" -d "{\"router\":{\"name\":\"r$R\"}}" $N/routers)"
  local rt; rt=$(jq -r .router.id "$T/body")
  expect "PUT router add_router_interface" 200 "$(code -X PUT -H "$AU" -H "$J" -d "{\"subnet_id\":\"$sub\"}" $N/routers/$rt/add_router_interface)"
  expect "POST security group" 201 "$(code -H "$AU" -H "$J" -d "{\"security_group\":{\"name\":\"sg$R\"}}" $N/security-groups)"
  local sg; sg=$(jq -r .security_group.id "$T/body")
  expect "POST security group rule" 201 "$(code -H "$AU" -H "$J" -d "{\"security_group_rule\":{\"security_group_id\":\"$sg\",\"direction\":\"ingress\",\"protocol\":\"tcp\",\"port_range_min\":22,\"port_range_max\":22}}" $N/security-group-rules)"
  curl -s -H "$AU" "$N/networks?limit=2&sort_key=name&sort_dir=asc&name=net$R-1&name=net$R-2&name=net$R-3" > "$T/p1"
  expect "GET networks?limit=2 page 1" "net$R-1,net$R-2" "$(jq -r '[.networks[].name]|join(",")' "$T/p1")"
  expect "GET networks next link (marker)" "net$R-3" "$(curl -s -H "$AU" "$(jq -r '.networks_links[]|select(.rel=="next")|.href' "$T/p1")" | jq -r '[.networks[].name]|join(",")')"
  expect "POST network as admin with provider:network_type vlan" 201 "$(code -H "$AD" -H "$J" -d "{\"network\":{\"name\":\"pnet$R\",\"provider:network_type\":\"vlan\",\"provider:physical_network\":\"physnet1\",\"provider:segmentation_id\":150}}" $N/networks)"
  local pnet; pnet=$(jq -r .network.id "$T/body")
  expect "POST floatingip-less: router_interface remove" 200 "$(code -X PUT -H "$AU" -H "$J" -d "{\"subnet_id\":\"$sub\"}" $N/routers/$rt/remove_router_interface)"
  local d=""
  d+=$(code -X DELETE -H "$AU" $N/routers/$rt); d+=$(code -X DELETE -H "$AU" $N/ports/$port)
  d+=$(code -X DELETE -H "$AU" $N/security-groups/$sg)
  for n in 0 1 2; do d+=$(code -X DELETE -H "$AU" $N/networks/${nets[$n]}); done
  d+=$(code -X DELETE -H "$AD" $N/networks/$pnet)
  expect "DELETE router, port, sg, 4 networks" "204204204204204204204" "$d"
}

wait_server() { # wait_server URL STATUS TIMEOUT -> prints final status
  local i s
  for i in $(seq 1 "$3"); do
    s=$(curl -s -H "$AU" -H "$MVC" "$1" | jq -r '.server.status // "GONE"')
    [ "$s" = "$2" ] || [ "$s" = ERROR ] && break
    sleep 1
  done; echo "$s"
}

sec_nova() {
  echo "== nova (flavor as admin, servers as demo)"
  local C; C=$(endpoint demo compute); MVC="OpenStack-API-Version: compute 2.79"
  local G; G=$(endpoint demo image); local N; N=$(endpoint demo network)/v2.0
  local fl; fl=$(curl -s -H "$AD" "$C/flavors?minRam=0" | jq -r '.flavors[]|select(.name=="m1.tiny")|.id')
  if [ -z "$fl" ]; then
    expect "POST flavor m1.tiny (admin)" 200 "$(code -H "$AD" -H "$J" -d '{"flavor":{"name":"m1.tiny","ram":64,"vcpus":1,"disk":1,"id":"1"}}' $C/flavors)"
    fl=1
  else ok "flavor m1.tiny exists"; fi
  code -H "$AU" -H "$J" -d "{\"name\":\"cirros$R\",\"disk_format\":\"qcow2\",\"container_format\":\"bare\"}" $G/v2/images >/dev/null
  local img; img=$(jq -r .id "$T/body"); head -c 1024 /dev/zero > "$T/fake.img"
  code -X PUT -H "$AU" -H 'Content-Type: application/octet-stream' --data-binary @"$T/fake.img" $G/v2/images/$img/file >/dev/null
  local i ids=()
  for i in 1 2 3; do
    expect "POST server vm$R-$i (networks: none, mv 2.79)" 202 "$(code -H "$AU" -H "$J" -H "$MVC" -d "{\"server\":{\"name\":\"vm$R-$i\",\"imageRef\":\"$img\",\"flavorRef\":\"$fl\",\"networks\":\"none\"}}" $C/servers)"
    ids+=("$(jq -r .server.id "$T/body")")
  done
  local t0=$SECONDS
  for i in 0 1 2; do expect "server vm$R-$((i+1)) reaches ACTIVE" ACTIVE "$(wait_server $C/servers/${ids[$i]} ACTIVE 60)"; done
  echo "      (3 servers ACTIVE after $((SECONDS-t0)) s)"
  curl -s -H "$AU" -H "$MVC" "$C/servers?limit=2&name=vm$R-" > "$T/p1"
  expect "GET servers?limit=2 page 1 has 2" 2 "$(jq '.servers|length' "$T/p1")"
  expect "GET servers next link page 2 has 1" 1 "$(curl -s -H "$AU" -H "$MVC" "$(jq -r '.servers_links[0].href' "$T/p1")" | jq '.servers|length')"
  expect "GET servers/detail?limit=1" 1 "$(curl -s -H "$AU" -H "$MVC" "$C/servers/detail?limit=1" | jq '.servers|length')"
  expect "POST server action reboot" 202 "$(code -H "$AU" -H "$J" -H "$MVC" -d '{"reboot":{"type":"SOFT"}}' $C/servers/${ids[0]}/action)"
  expect "  back to ACTIVE after reboot" ACTIVE "$(sleep 1; wait_server $C/servers/${ids[0]} ACTIVE 30)"
  expect "PUT server metadata" 200 "$(code -X PUT -H "$AU" -H "$J" -H "$MVC" -d '{"metadata":{"k":"v"}}' $C/servers/${ids[0]}/metadata)"
  # server on a neutron network (port bound by the 'loopback' ML2 driver)
  code -H "$AU" -H "$J" -d "{\"network\":{\"name\":\"vmnet$R\"}}" $N/networks >/dev/null; local net; net=$(jq -r .network.id "$T/body")
  code -H "$AU" -H "$J" -d "{\"subnet\":{\"network_id\":\"$net\",\"cidr\":\"192.168.77.0/24\",\"ip_version\":4}}" $N/subnets >/dev/null
  expect "POST server on neutron network" 202 "$(code -H "$AU" -H "$J" -H "$MVC" -d "{\"server\":{\"name\":\"vmnet$R\",\"imageRef\":\"$img\",\"flavorRef\":\"$fl\",\"networks\":[{\"uuid\":\"$net\"}]}}" $C/servers)"
  local nid; nid=$(jq -r .server.id "$T/body")
  expect "  neutron-networked server reaches ACTIVE" ACTIVE "$(wait_server $C/servers/$nid ACTIVE 60)"
  expect "  server has an address on vmnet" "192.168.77" "$(curl -s -H "$AU" -H "$MVC" $C/servers/$nid | jq -r ".server.addresses[\"vmnet$R\"][0].addr" | cut -d. -f1-3)"
  expect "  its port is ACTIVE, vif_type ovs" "ACTIVE ovs" "$(curl -s -H "$AD" "$N/ports?device_id=$nid" | jq -r '.ports[0]|"\(.status) \(.["binding:vif_type"])"')"
  ids+=("$nid")
  if [ "${WITH_CINDER_ATTACH:-1}" = 1 ] && [ -n "$(endpoint demo volumev3)" ]; then
    local V; V=$(endpoint demo volumev3)
    code -H "$AU" -H "$J" -d "{\"volume\":{\"name\":\"attvol$R\",\"size\":1}}" $V/volumes >/dev/null; local vid; vid=$(jq -r .volume.id "$T/body")
    for i in $(seq 30); do [ "$(curl -s -H "$AU" $V/volumes/$vid | jq -r .volume.status)" = available ] && break; sleep 1; done
    expect "POST os-volume_attachments (cinder fake volume)" 200 "$(code -H "$AU" -H "$J" -H "$MVC" -d "{\"volumeAttachment\":{\"volumeId\":\"$vid\"}}" $C/servers/${ids[0]}/os-volume_attachments)"
    local st; for i in $(seq 30); do st=$(curl -s -H "$AU" $V/volumes/$vid | jq -r .volume.status); [ "$st" = in-use ] && break; sleep 1; done
    expect "  volume becomes in-use" in-use "$st"
    expect "DELETE os-volume_attachments" 202 "$(code -X DELETE -H "$AU" -H "$MVC" $C/servers/${ids[0]}/os-volume_attachments/$vid)"
    for i in $(seq 30); do st=$(curl -s -H "$AU" $V/volumes/$vid | jq -r .volume.status); [ "$st" = available ] && break; sleep 1; done
    expect "  volume back to available" available "$st"
    code -X DELETE -H "$AU" $V/volumes/$vid >/dev/null
  fi
  local d=""; for i in "${ids[@]}"; do d+=$(code -X DELETE -H "$AU" -H "$MVC" $C/servers/$i); done
  expect "DELETE 4 servers" "204204204204" "$d"
  for i in "${ids[@]}"; do expect "  server $i gone" GONE "$(wait_server $C/servers/$i GONE 60)"; done
  code -X DELETE -H "$AU" $N/networks/$net >/dev/null; code -X DELETE -H "$AU" $G/v2/images/$img >/dev/null
}

sec_cinder() {
  echo "== cinder (fake driver, as demo)"
  local V; V=$(endpoint demo volumev3); local MV="OpenStack-API-Version: volume 3.59" i ids=()
  for i in 1 2 3; do
    expect "POST volume vol$R-$i" 202 "$(code -H "$AU" -H "$J" -H "$MV" -d "{\"volume\":{\"name\":\"vol$R-$i\",\"size\":1,\"metadata\":{\"run\":\"$R\"}}}" $V/volumes)"
    ids+=("$(jq -r .volume.id "$T/body")")
  done
  local st
  for i in 0 1 2; do
    for _ in $(seq 30); do st=$(curl -s -H "$AU" $V/volumes/${ids[$i]} | jq -r .volume.status); [ "$st" = available ] || [ "$st" = error ] && break; sleep 1; done
    expect "volume vol$R-$((i+1)) available" available "$st"
  done
  curl -s -H "$AU" -H "$MV" "$V/volumes?limit=2&sort=name:asc&metadata=%7B%22run%22:%22$R%22%7D" > "$T/p1"
  expect "GET volumes?limit=2 page 1" "vol$R-1,vol$R-2" "$(jq -r '[.volumes[].name]|join(",")' "$T/p1")"
  expect "GET volumes next link" "vol$R-3" "$(curl -s -H "$AU" -H "$MV" "$(jq -r '.volumes_links[0].href' "$T/p1")" | jq -r '[.volumes[].name]|join(",")')"
  expect "POST snapshot" 202 "$(code -H "$AU" -H "$J" -H "$MV" -d "{\"snapshot\":{\"volume_id\":\"${ids[0]}\",\"name\":\"snap$R\"}}" $V/snapshots)"
  local sn; sn=$(jq -r .snapshot.id "$T/body")
  for _ in $(seq 30); do st=$(curl -s -H "$AU" $V/snapshots/$sn | jq -r .snapshot.status); [ "$st" = available ] && break; sleep 1; done
  expect "  snapshot available" available "$st"
  expect "POST volume extend to 2 GiB" 202 "$(code -H "$AU" -H "$J" -H "$MV" -d '{"os-extend":{"new_size":2}}' $V/volumes/${ids[1]}/action)"
  for _ in $(seq 30); do st=$(curl -s -H "$AU" $V/volumes/${ids[1]} | jq -r '"\(.volume.status) \(.volume.size)"'); [ "$st" = "available 2" ] && break; sleep 1; done
  expect "  volume extended (status size)" "available 2" "$st"
  expect "DELETE snapshot" 202 "$(code -X DELETE -H "$AU" $V/snapshots/$sn)"
  for _ in $(seq 30); do [ "$(code -H "$AU" $V/snapshots/$sn)" = 404 ] && break; sleep 1; done
  local d=""; for i in 0 1 2; do d+=$(code -X DELETE -H "$AU" $V/volumes/${ids[$i]}); done
  expect "DELETE 3 volumes" "202202202" "$d"
  expect "GET /v3/{project}/types as admin" 200 "$(code -H "$AD" "$(endpoint admin volumev3)/types")"
}

sec_osc() {
  echo "== python3-openstackclient (openstack CLI) as demo"
  ( . "$DIR/env/demo-openrc.sh"
    local t0=$SECONDS
    openstack server list -f value >/dev/null 2>"$T/osc.err" && ok "openstack server list ($((SECONDS-t0)) s)" || bad "openstack server list: $(tail -1 "$T/osc.err")"
    t0=$SECONDS; openstack container create "osc$R" -f value >/dev/null 2>"$T/osc.err" && ok "openstack container create ($((SECONDS-t0)) s)" || bad "container create: $(tail -1 "$T/osc.err")"
    echo data > "$T/oscobj"
    t0=$SECONDS; (cd "$T" && openstack object create "osc$R" oscobj -f value >/dev/null 2>"$T/osc.err") && ok "openstack object create ($((SECONDS-t0)) s)" || bad "object create: $(tail -1 "$T/osc.err")"
    t0=$SECONDS; expect "openstack object list ($((SECONDS-t0)) s)" oscobj "$(openstack object list "osc$R" -f value -c Name 2>"$T/osc.err")"
    openstack object delete "osc$R" oscobj && openstack container delete "osc$R" && ok "openstack object/container delete" || bad "osc delete"
    t0=$SECONDS; openstack image list -f value >/dev/null 2>"$T/osc.err" && ok "openstack image list ($((SECONDS-t0)) s)" || bad "image list: $(tail -1 "$T/osc.err")"
    t0=$SECONDS; openstack network list -f value >/dev/null 2>"$T/osc.err" && ok "openstack network list ($((SECONDS-t0)) s)" || bad "network list: $(tail -1 "$T/osc.err")"
    t0=$SECONDS; openstack volume list -f value >/dev/null 2>"$T/osc.err" && ok "openstack volume list ($((SECONDS-t0)) s)" || bad "volume list: $(tail -1 "$T/osc.err")"
    t0=$SECONDS
    if openstack server create --flavor 1 --image fake-image --network private --wait "osc$R" -f value -c status >"$T/osc.out" 2>"$T/osc.err"; then
      expect "openstack server create --wait on 'private' ($((SECONDS-t0)) s)" ACTIVE "$(tail -1 "$T/osc.out")"
    else bad "server create: $(tail -1 "$T/osc.err")"; fi
    t0=$SECONDS; openstack server delete --wait "osc$R" 2>"$T/osc.err" && ok "openstack server delete --wait ($((SECONDS-t0)) s)" || bad "server delete: $(tail -1 "$T/osc.err")"
    echo "$PASS $FAIL" > "$T/osc.counts"
  )
  read -r PASS FAIL < "$T/osc.counts"
}

# tempurl KEY METHOD PATH [DIGEST] -> query string "temp_url_sig=..&temp_url_expires=.."
tempurl_qs() {
  /usr/bin/python3 - "$@" <<'PY'
import hashlib, hmac, sys, time
key, method, path = sys.argv[1:4]
digest = sys.argv[4] if len(sys.argv) > 4 else "sha1"
exp = int(time.time()) + 300
sig = hmac.new(key.encode(), ("%s\n%d\n%s" % (method, exp, path)).encode(),
               getattr(hashlib, digest)).hexdigest()
print("temp_url_sig=%s&temp_url_expires=%d" % (sig, exp))
PY
}

sec_tempurl() {
  echo "== swift middlewares: tempurl, slo, dlo, bulk (as demo)"
  local S; S=$(endpoint demo object-store); local c="tu$R"
  local P; P=$(echo "$S" | sed 's#^https\?://[^/]*##')     # /v1/AUTH_<project>
  # (dlo registers no /info entry; it is exercised below)
  expect "GET /info lists tempurl slo bulk_delete bulk_upload" "true" \
    "$(curl -s $H:8080/info | jq -r 'has("tempurl") and has("slo") and has("bulk_delete") and has("bulk_upload")')"
  expect "  tempurl methods" "DELETE,GET,HEAD,POST,PUT" "$(curl -s $H:8080/info | jq -r '.tempurl.methods|sort|join(",")')"
  code -X PUT -H "$AU" $S/$c >/dev/null
  echo "tempurl data" > "$T/tu"
  code -X PUT -H "$AU" -T "$T/tu" $S/$c/obj >/dev/null
  expect "POST account X-Account-Meta-Temp-URL-Key (demo is operator)" 204 "$(code -X POST -H "$AU" -H "X-Account-Meta-Temp-URL-Key: akey$R" $S)"
  expect "  HEAD account shows the key" "akey$R" "$(curl -s -I -H "$AU" $S | awk -F': ' 'tolower($1)=="x-account-meta-temp-url-key"{print $2}' | tr -d '\r')"
  local qs; qs=$(tempurl_qs "akey$R" GET "$P/$c/obj")
  expect "GET temp URL (account key, sha1, no token)" "tempurl data" "$(curl -s "$S/$c/obj?$qs")"
  qs=$(tempurl_qs "akey$R" HEAD "$P/$c/obj")
  expect "HEAD temp URL (account key)" 200 "$(code -I "$S/$c/obj?$qs")"
  qs=$(tempurl_qs "akey$R" GET "$P/$c/obj" sha256)
  expect "GET temp URL (account key, sha256)" 200 "$(code "$S/$c/obj?$qs")"
  qs=$(tempurl_qs "akey$R" PUT "$P/$c/viatemp")
  expect "PUT temp URL (account key)" 201 "$(code -X PUT -T "$T/tu" "$S/$c/viatemp?$qs")"
  qs=$(tempurl_qs "wrongkey" GET "$P/$c/obj")
  expect "GET temp URL with a wrong key" 401 "$(code "$S/$c/obj?$qs")"
  expect "POST container X-Container-Meta-Temp-URL-Key" 204 "$(code -X POST -H "$AU" -H "X-Container-Meta-Temp-URL-Key: ckey$R" $S/$c)"
  qs=$(tempurl_qs "ckey$R" GET "$P/$c/viatemp")
  expect "GET temp URL (container key)" "tempurl data" "$(curl -s "$S/$c/viatemp?$qs")"
  code -X POST -H "$AU" -H "X-Remove-Account-Meta-Temp-URL-Key: x" $S >/dev/null
  qs=$(tempurl_qs "akey$R" GET "$P/$c/obj")
  expect "  account key removed: old temp URL refused" 401 "$(code "$S/$c/obj?$qs")"
  # static and dynamic large objects
  printf 'AAAA' > "$T/s1"; printf 'BBBB' > "$T/s2"
  code -X PUT -H "$AU" -T "$T/s1" $S/$c/seg/1 >/dev/null; code -X PUT -H "$AU" -T "$T/s2" $S/$c/seg/2 >/dev/null
  local e1 e2; e1=$(md5sum < "$T/s1" | cut -d' ' -f1); e2=$(md5sum < "$T/s2" | cut -d' ' -f1)
  expect "PUT SLO manifest (multipart-manifest=put)" 201 "$(code -X PUT -H "$AU" -H "$J" -d "[{\"path\":\"$c/seg/1\",\"etag\":\"$e1\"},{\"path\":\"$c/seg/2\",\"etag\":\"$e2\"}]" "$S/$c/slo?multipart-manifest=put")"
  expect "  GET SLO (concatenated)" AAAABBBB "$(curl -s -H "$AU" $S/$c/slo)"
  expect "PUT DLO manifest (X-Object-Manifest)" 201 "$(code -X PUT -H "$AU" -H "X-Object-Manifest: $c/seg/" --data-binary '' $S/$c/dlo)"
  expect "  GET DLO (concatenated)" AAAABBBB "$(curl -s -H "$AU" $S/$c/dlo)"
  expect "DELETE SLO with its segments (multipart-manifest=delete)" 200 "$(code -X DELETE -H "$AU" "$S/$c/slo?multipart-manifest=delete")"
  printf '%s\n' "$c/dlo" "$c/obj" "$c/viatemp" "$c" > "$T/bulk"
  expect "POST ?bulk-delete (3 objects + container)" 4 "$(curl -s -X POST -H "$AU" -H 'Content-Type: text/plain' -H 'Accept: application/json' --data-binary @"$T/bulk" "$S?bulk-delete" | jq -r '."Number Deleted"')"
}

# wait_srv URL STATUS TIMEOUT -> final "status" once no task is pending (or ERROR/GONE)
wait_srv() {
  local i s
  for i in $(seq 1 "$3"); do
    s=$(curl -s -H "$AU" -H "$MVC" "$1" | jq -r '(.server.status // "GONE") + " " + (.server["OS-EXT-STS:task_state"] // "-")')
    case $s in "$2 -"|ERROR*|GONE*) break;; esac
    sleep 1
  done
  echo "${s% *}"
}

sec_actions() {
  echo "== nova server actions with the fake driver (as demo, network private, flavor $OS_FLAVOR_ID)"
  local C; C=$(endpoint demo compute); MVC="OpenStack-API-Version: compute 2.79"
  local G; G=$(endpoint demo image)
  expect "POST server on the shared network 'private'" 202 "$(code -H "$AU" -H "$J" -H "$MVC" -d "{\"server\":{\"name\":\"act$R\",\"imageRef\":\"$OS_IMAGE_ID\",\"flavorRef\":\"$OS_FLAVOR_ID\",\"networks\":[{\"uuid\":\"$OS_NETWORK_ID\"}]}}" $C/servers)"
  local id; id=$(jq -r .server.id "$T/body"); local U=$C/servers/$id A=$C/servers/$id/action
  expect "  ACTIVE" ACTIVE "$(wait_srv $U ACTIVE 90)"
  expect "  has an address on private" "10.1.0" "$(curl -s -H "$AU" -H "$MVC" $U | jq -r '.server.addresses.private[0].addr' | cut -d. -f1-3)"
  act() { code -H "$AU" -H "$J" -H "$MVC" -d "$1" $A; }
  expect "reboot SOFT" 202 "$(act '{"reboot":{"type":"SOFT"}}')";  expect "  ACTIVE" ACTIVE "$(wait_srv $U ACTIVE 60)"
  expect "reboot HARD" 202 "$(act '{"reboot":{"type":"HARD"}}')";  expect "  ACTIVE" ACTIVE "$(wait_srv $U ACTIVE 60)"
  expect "os-stop" 202 "$(act '{"os-stop":null}')";                expect "  SHUTOFF" SHUTOFF "$(wait_srv $U SHUTOFF 60)"
  expect "os-start" 202 "$(act '{"os-start":null}')";              expect "  ACTIVE" ACTIVE "$(wait_srv $U ACTIVE 60)"
  expect "pause" 202 "$(act '{"pause":null}')";                    expect "  PAUSED" PAUSED "$(wait_srv $U PAUSED 60)"
  expect "unpause" 202 "$(act '{"unpause":null}')";                expect "  ACTIVE" ACTIVE "$(wait_srv $U ACTIVE 60)"
  expect "suspend" 202 "$(act '{"suspend":null}')";                expect "  SUSPENDED" SUSPENDED "$(wait_srv $U SUSPENDED 60)"
  expect "resume" 202 "$(act '{"resume":null}')";                  expect "  ACTIVE" ACTIVE "$(wait_srv $U ACTIVE 60)"
  expect "lock" 202 "$(act '{"lock":null}')"
  expect "  locked" true "$(curl -s -H "$AU" -H "$MVC" $U | jq -r .server.locked)"
  expect "unlock" 202 "$(act '{"unlock":null}')"
  expect "  unlocked" false "$(curl -s -H "$AU" -H "$MVC" $U | jq -r .server.locked)"
  expect "rescue" 200 "$(act '{"rescue":{}}')";                    expect "  RESCUE" RESCUE "$(wait_srv $U RESCUE 60)"
  expect "unrescue" 202 "$(act '{"unrescue":null}')";              expect "  ACTIVE" ACTIVE "$(wait_srv $U ACTIVE 60)"
  expect "resize to flavor $OS_FLAVOR_ID_RESIZE" 202 "$(act "{\"resize\":{\"flavorRef\":\"$OS_FLAVOR_ID_RESIZE\"}}")"
  expect "  VERIFY_RESIZE" VERIFY_RESIZE "$(wait_srv $U VERIFY_RESIZE 90)"
  expect "confirmResize" 204 "$(act '{"confirmResize":null}')";    expect "  ACTIVE" ACTIVE "$(wait_srv $U ACTIVE 60)"
  expect "  flavor is now $OS_FLAVOR_NAME_RESIZE" "$OS_FLAVOR_NAME_RESIZE" "$(curl -s -H "$AU" -H "$MVC" $U | jq -r .server.flavor.original_name)"
  expect "resize back + revertResize" 202 "$(act "{\"resize\":{\"flavorRef\":\"$OS_FLAVOR_ID\"}}")"
  expect "  VERIFY_RESIZE" VERIFY_RESIZE "$(wait_srv $U VERIFY_RESIZE 90)"
  expect "revertResize" 202 "$(act '{"revertResize":null}')";      expect "  ACTIVE" ACTIVE "$(wait_srv $U ACTIVE 60)"
  expect "rebuild" 202 "$(act "{\"rebuild\":{\"imageRef\":\"$OS_IMAGE_ID\",\"name\":\"act$R-rebuilt\"}}")"
  expect "  ACTIVE" ACTIVE "$(sleep 1; wait_srv $U ACTIVE 60)"
  expect "createImage" 202 "$(act "{\"createImage\":{\"name\":\"snap$R\"}}")"
  local img st i; img=$(jq -r .image_id "$T/body")
  for i in $(seq 60); do st=$(curl -s -H "$AU" $G/v2/images/$img | jq -r .status); [ "$st" = active ] && break; sleep 1; done
  expect "  snapshot image becomes active" active "$st"
  expect "  server back to ACTIVE" ACTIVE "$(wait_srv $U ACTIVE 60)"
  expect "shelve" 202 "$(act '{"shelve":null}')";                  expect "  SHELVED_OFFLOADED" SHELVED_OFFLOADED "$(wait_srv $U SHELVED_OFFLOADED 90)"
  expect "unshelve" 202 "$(act '{"unshelve":null}')";              expect "  ACTIVE" ACTIVE "$(wait_srv $U ACTIVE 90)"
  expect "DELETE server" 204 "$(code -X DELETE -H "$AU" -H "$MVC" $U)"
  expect "  gone" GONE "$(wait_srv $U GONE 60)"
  expect "DELETE snapshot image" 204 "$(code -X DELETE -H "$AU" $G/v2/images/$img)"
}

sec_quotas() {
  echo "== fixtures and raised quotas (as demo)"
  local C; C=$(endpoint demo compute); local V; V=$(endpoint demo volumev3); local N; N=$(endpoint demo network)
  local P; P=$(jq -r .token.project.id "$T/cat-demo.json")
  expect "image fake-image active and public" "active public" "$(curl -s -H "$AU" "$(endpoint demo image)/v2/images/$OS_IMAGE_ID" | jq -r '"\(.status) \(.visibility)"')"
  expect "flavors $OS_FLAVOR_ID and $OS_FLAVOR_ID_RESIZE" "$OS_FLAVOR_NAME $OS_FLAVOR_NAME_RESIZE" "$(curl -s -H "$AU" $C/flavors/$OS_FLAVOR_ID | jq -r .flavor.name) $(curl -s -H "$AU" $C/flavors/$OS_FLAVOR_ID_RESIZE | jq -r .flavor.name)"
  expect "network private is shared" "private true" "$(curl -s -H "$AU" $N/v2.0/networks/$OS_NETWORK_ID | jq -r '"\(.network.name) \(.network.shared)"')"
  expect "network public is external" "public true" "$(curl -s -H "$AU" $N/v2.0/networks/$OS_EXTGW_ID | jq -r '"\(.network.name) \(.network["router:external"])"')"
  expect "nova quotas (instances cores ram key_pairs)" "100 200 512000 200" "$(curl -s -H "$AU" $C/os-quota-sets/$P | jq -r '.quota_set|"\(.instances) \(.cores) \(.ram) \(.key_pairs)"')"
  expect "cinder quotas (volumes gigabytes snapshots)" "100 2000 100" "$(curl -s -H "$AU" $V/os-quota-sets/$P | jq -r '.quota_set|"\(.volumes) \(.gigabytes) \(.snapshots)"')"
  expect "neutron quotas (port network router)" "1000 100 50" "$(curl -s -H "$AU" $N/v2.0/quotas/$P | jq -r '.quota|"\(.port) \(.network) \(.router)"')"
}

SECTIONS="${*:-keystone swift tempurl glance neutron nova actions cinder quotas osc}"
for s in $SECTIONS; do
  declare -F "sec_$s" >/dev/null || { bad "unknown section $s"; continue; }
  t0=$SECONDS; "sec_$s"; echo "      (section $s: $((SECONDS-t0)) s)"
done
echo "== summary: $PASS passed, $FAIL failed"
[ $FAIL -le 100 ] || FAIL=100
exit $FAIL
