#!/usr/bin/env python3
"""Misbehaving HTTP clients for the server tests and benchmark (loopback only).

Python 3 standard library only (asyncio): one thread holds thousands of
sockets, nothing to build, and python3 is on every Debian machine. The
ordinary load is measured by wrk (C), not here, so the interpreter's speed
does not enter the latency figures.

Modes (one per run):
  hold     --slow N --idle M --seconds S: N clients that send a request line
           and then one header byte every --interval seconds (a slowloris),
           and M keep-alive clients that send one complete request and then
           sit idle; each reconnects when the server closes it. The clients
           are spread over --addresses (loopback addresses such as
           127.0.0.2-127.0.0.9: each is its own client address to the
           server). Prints "ready" once all are connected, and at the end one
           line of JSON with what happened.
  cap      [--per-address K] --address A: opens K (default: the cap the
           server's /api/status names) keep-alive connections from
           A (each answered 200), then one more, which must be answered 503
           with Retry-After; meanwhile a request from 127.0.0.1 must be
           answered 200. Exit code 0 when all holds, 1 otherwise.
  memory   --idle M --pid P: the server's resident memory before and after
           M idle keep-alive connections; prints KB per connection.

Every mode stops by itself: hold after --seconds, cap and memory within 60 s.
"""
import argparse
import asyncio
import ipaddress
import json
import resource
import sys
import time
import urllib.request


def addresses(spec):
    """'127.0.0.2-127.0.0.9' or '127.0.0.2,127.0.0.3' -> list of addresses."""
    out = []
    for part in spec.split(","):
        if "-" in part:
            lo, hi = (ipaddress.IPv4Address(a) for a in part.split("-"))
            out += [str(ipaddress.IPv4Address(i)) for i in range(int(lo), int(hi) + 1)]
        else:
            out.append(part)
    for a in out:
        if not ipaddress.IPv4Address(a).is_loopback:
            sys.exit(f"slow_clients: {a} is not a loopback address")
    return out


def raise_fd_limit(need):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < need:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, need), hard))


async def read_response(reader, timeout):
    """Reads one response (head and Content-Length body); returns (status, headers)."""
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    n = int(headers.get("content-length", "0"))
    if n:
        await asyncio.wait_for(reader.readexactly(n), timeout)
    return status, headers


class Stats:
    def __init__(self):
        self.connected = 0      # connections opened, reconnections included
        self.open = 0           # open now
        self.closed_by_server = 0
        self.slow_cut_off = 0   # slow clients whose connection the server closed
        self.refused = 0        # answered 503 at once (a cap)
        self.connect_errors = 0


async def slow_client(port, addr, interval, stop, stats, ready):
    first = True
    while time.monotonic() < stop:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(addr, 0))
        except OSError:
            stats.connect_errors += 1
            await asyncio.sleep(interval)
            continue
        stats.connected += 1
        stats.open += 1
        if first:
            ready()
            first = False
        try:
            writer.write(b"GET /api/search?q=klynge HTTP/1.1\r\nHost: x\r\n")
            i = 0
            while time.monotonic() < stop:
                # One byte of an endless header line; the request never ends.
                writer.write(b"X-Slow: " if i == 0 else b"y")
                await writer.drain()
                i = (i + 1) % 40
                if i == 0:
                    writer.write(b"\r\n")
                try:
                    data = await asyncio.wait_for(reader.read(4096), interval)
                    if not data:
                        stats.closed_by_server += 1
                        stats.slow_cut_off += 1
                        break
                    if data.startswith(b"HTTP/1.1 503"):
                        stats.refused += 1
                except asyncio.TimeoutError:
                    pass
        except (ConnectionError, OSError):
            stats.closed_by_server += 1
            stats.slow_cut_off += 1
        finally:
            stats.open -= 1
            writer.close()


async def idle_client(port, addr, stop, stats, ready, path=b"/api/status"):
    first = True
    while time.monotonic() < stop:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(addr, 0))
        except OSError:
            stats.connect_errors += 1
            await asyncio.sleep(0.5)
            continue
        stats.connected += 1
        stats.open += 1
        try:
            writer.write(b"GET " + path + b" HTTP/1.1\r\nHost: x\r\n\r\n")
            status, _ = await read_response(reader, 10)
            if status == 503:
                stats.refused += 1
            if first:
                ready()
                first = False
            # Idle until the server closes the connection or the run ends.
            while time.monotonic() < stop:
                try:
                    data = await asyncio.wait_for(reader.read(4096), 0.5)
                    if not data:
                        stats.closed_by_server += 1
                        break
                except asyncio.TimeoutError:
                    pass
        except (ConnectionError, OSError, asyncio.IncompleteReadError, asyncio.TimeoutError):
            stats.closed_by_server += 1
        finally:
            stats.open -= 1
            writer.close()


async def hold(args):
    addrs = addresses(args.addresses)
    stop = time.monotonic() + args.seconds
    stats = Stats()
    total = args.slow + args.idle
    pending = [total]

    def ready():
        pending[0] -= 1
        if pending[0] == 0:
            print("ready", flush=True)

    tasks = []
    for i in range(args.slow):
        tasks.append(slow_client(args.port, addrs[i % len(addrs)], args.interval, stop, stats, ready))
    for i in range(args.idle):
        tasks.append(idle_client(args.port, addrs[(args.slow + i) % len(addrs)], stop, stats, ready))
    await asyncio.gather(*tasks)
    print(json.dumps({"slow": args.slow, "idle": args.idle, "seconds": args.seconds,
                      "addresses": len(addrs), "connections_opened": stats.connected,
                      "closed_by_server": stats.closed_by_server,
                      "slow_cut_off": stats.slow_cut_off, "refused_503": stats.refused,
                      "connect_errors": stats.connect_errors}), flush=True)
    return 0


async def one_request(port, addr, path=b"/api/status"):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(addr, 0))
    writer.write(b"GET " + path + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    result = await read_response(reader, 10)
    return result, (reader, writer)


async def cap(args):
    if not args.per_address:  # the server says its cap
        with urllib.request.urlopen(f"http://127.0.0.1:{args.port}/api/status", timeout=10) as f:
            args.per_address = json.load(f)["server"]["limits"]["connections_per_address"]
    held = []
    ok = True
    try:
        for i in range(args.per_address):
            (status, _), conn = await one_request(args.port, args.address)
            held.append(conn)
            if status != 200:
                print(f"FAIL: connection {i + 1} of {args.per_address} from {args.address} got {status}")
                return 1
        try:
            (status, headers), conn = await one_request(args.port, args.address)
            held.append(conn)
        except (ConnectionError, asyncio.IncompleteReadError) as e:
            status, headers = 0, {}
            print(f"connection {args.per_address + 1} from {args.address}: {e!r}")
        if status != 503 or "retry-after" not in headers:
            print(f"FAIL: connection {args.per_address + 1} from {args.address} got {status} "
                  f"(Retry-After: {headers.get('retry-after')}), expected 503 with Retry-After")
            ok = False
        (other, _), conn = await one_request(args.port, "127.0.0.1", b"/api/search?q=klyngemidler")
        held.append(conn)
        if other != 200:
            print(f"FAIL: a search from 127.0.0.1 got {other} while {args.address} is at its cap")
            ok = False
        # The address's own connections still work.
        held[0][1].write(b"GET /api/status HTTP/1.1\r\nHost: x\r\n\r\n")
        mine, _ = await read_response(held[0][0], 10)
        if mine != 200:
            print(f"FAIL: a held connection from {args.address} got {mine}")
            ok = False
        if ok:
            print(f"cap: {args.per_address} connections from {args.address} answered 200, "
                  f"the next one 503 with Retry-After; 127.0.0.1 unaffected")
    finally:
        for _, w in held:
            w.close()
    return 0 if ok else 1


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


async def memory(args):
    addrs = addresses(args.addresses)
    before = rss_kb(args.pid)
    held = []

    async def connect(i):
        reader, writer = await asyncio.open_connection("127.0.0.1", args.port,
                                                       local_addr=(addrs[i % len(addrs)], 0))
        held.append((reader, writer))
        writer.write(b"GET /api/status HTTP/1.1\r\nHost: x\r\n\r\n")
        try:  # a server that queues the connection may never answer: still held
            await read_response(reader, 3)
        except (asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError):
            pass

    await asyncio.gather(*(connect(i) for i in range(args.idle)))
    await asyncio.sleep(1)
    after = rss_kb(args.pid)
    for _, w in held:
        w.close()
    print(json.dumps({"idle_connections": args.idle, "rss_before_kb": before, "rss_after_kb": after,
                      "kb_per_connection": round((after - before) / args.idle, 1)}), flush=True)
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("mode", choices=["hold", "cap", "memory"])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--slow", type=int, default=0)
    p.add_argument("--idle", type=int, default=0)
    p.add_argument("--seconds", type=float, default=10)
    p.add_argument("--interval", type=float, default=1.0, help="seconds between a slow client's bytes")
    p.add_argument("--addresses", default="127.0.0.2-127.0.0.9")
    p.add_argument("--address", default="127.0.0.100")
    p.add_argument("--per-address", type=int, default=0)
    p.add_argument("--pid", type=int, default=0)
    args = p.parse_args()
    raise_fd_limit(args.slow + args.idle + args.per_address + 256)
    run = {"hold": hold, "cap": cap, "memory": memory}[args.mode]
    try:
        return asyncio.run(asyncio.wait_for(run(args), args.seconds + 60))
    except asyncio.TimeoutError:
        print("FAIL: slow_clients did not finish in time")
        return 1


if __name__ == "__main__":
    sys.exit(main())
