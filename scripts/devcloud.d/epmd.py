#!/usr/bin/python3
"""A minimal Erlang port mapper daemon (epmd) for RabbitMQ, listening on one IPv4
address only (scripts/devcloud runs it on 127.0.0.1:4369).

Why: the real epmd always adds the IPv6 loopback [::1] to its listen addresses,
even with -address 127.0.0.1, and devcloud must not listen outside 127.0.0.0/8.
A RabbitMQ node only needs a few requests of the protocol
(https://www.erlang.org/doc/apps/erts/erl_dist_protocol.html#epmd-protocol):
ALIVE2_REQ (register; valid while the connection stays open), PORT_PLEASE2_REQ,
NAMES_REQ and DUMP_REQ. Other requests (e.g. `epmd -kill`) are refused by closing
the connection. A second `erl` that tries to start its own epmd finds the port
taken and leaves it alone.

usage: epmd.py ADDRESS PORT"""
import asyncio
import random
import struct
import sys

ALIVE2_REQ, ALIVE2_RESP, ALIVE2_X_RESP = 120, 121, 118
PORT_PLEASE2_REQ, PORT2_RESP = 122, 119
NAMES_REQ, DUMP_REQ = 110, 100

HOST, PORT = sys.argv[1], int(sys.argv[2])
nodes = {}  # name -> dict(port, type, proto, high, low, extra)
_creation = random.randint(4, 0x7FFFFFFF)


def log(msg):
    print("epmd: " + msg, flush=True)


def next_creation():
    global _creation
    _creation = _creation + 1 if _creation < 0x7FFFFFFF else 4
    return _creation


async def alive2(req, reader, writer):
    port, ntype, proto, high, low, nlen = struct.unpack(">HBBHHH", req[1:11])
    name = req[11:11 + nlen].decode("utf-8", "replace")
    (elen,) = struct.unpack(">H", req[11 + nlen:13 + nlen])
    extra = req[13 + nlen:13 + nlen + elen]
    ok = name not in nodes
    if ok:
        creation = next_creation()
        nodes[name] = dict(port=port, type=ntype, proto=proto, high=high,
                           low=low, extra=extra)
    else:
        creation = 0
    if high >= 6:  # OTP 23+: 32-bit creation
        writer.write(struct.pack(">BBI", ALIVE2_X_RESP, 0 if ok else 1, creation))
    else:
        writer.write(struct.pack(">BBH", ALIVE2_RESP, 0 if ok else 1,
                                 creation % 3 + 1))
    await writer.drain()
    if not ok:
        log("refused duplicate registration of %s" % name)
        return
    log("registered %s at port %d" % (name, port))
    try:
        await reader.read(1)  # the registration lasts while the node keeps it open
    finally:
        nodes.pop(name, None)
        log("unregistered %s" % name)


def port2(req):
    name = req[1:].rstrip(b"\0").decode("utf-8", "replace")
    n = nodes.get(name)
    if n is None:
        return struct.pack(">BB", PORT2_RESP, 1)
    bname = name.encode()
    return (struct.pack(">BBHBBHHH", PORT2_RESP, 0, n["port"], n["type"],
                        n["proto"], n["high"], n["low"], len(bname))
            + bname + struct.pack(">H", len(n["extra"])) + n["extra"])


def names(dump):
    out = struct.pack(">I", PORT)
    for name, n in nodes.items():
        if dump:
            out += ("active name     <%s> at port %d, fd = 0\n\0" % (name, n["port"])).encode()
        else:
            out += ("name %s at port %d\n" % (name, n["port"])).encode()
    return out


async def handle(reader, writer):
    try:
        (size,) = struct.unpack(">H", await reader.readexactly(2))
        req = await reader.readexactly(size) if size else b""
        if req[:1] == bytes([ALIVE2_REQ]) and len(req) > 13:
            await alive2(req, reader, writer)
        elif req[:1] == bytes([PORT_PLEASE2_REQ]):
            writer.write(port2(req))
        elif req[:1] == bytes([NAMES_REQ]):
            writer.write(names(False))
        elif req[:1] == bytes([DUMP_REQ]):
            writer.write(names(True))
        await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, struct.error):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle, HOST, PORT, reuse_address=True)
    log("listening on %s:%d" % (HOST, PORT))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
