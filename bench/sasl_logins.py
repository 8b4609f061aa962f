"""New authenticated connections per second on one gateway worker: SASL/PLAIN logins.

Each login is what a Kafka client does on a new connection: connect (and, with `--tls`,
the TLS handshake), ApiVersions v2, SaslHandshake v1 (PLAIN), SaslAuthenticate v2 with a
service-account token, then close. `--clients` tasks in this process run logins
back-to-back for `--seconds` against `sluice run` with one worker (`GATEWAY_WORKERS=1`) and
a SASL_PLAINTEXT (or, with `--tls`, SASL_SSL) listener in front of a mock cluster; the
broker is never contacted for a login (the gateway answers ApiVersions before
authentication). Printed and written as JSON: logins per second, and logins per second of
the worker's own CPU time (read from /proc), which is the figure that does not depend on how
much CPU this client process takes from the 2 cores. Target: >= 300 TLS+SASL logins/s per
worker. About 15-25 s.

    .venv/bin/python bench/sasl_logins.py [--tls] [--seconds 10] [--clients 16]
"""

from __future__ import annotations

import argparse
import json
import os
import ssl
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import trio

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.demo.mock_cluster import MockCluster  # noqa: E402
from gateway.protocol import codec  # noqa: E402
from gateway.protocol.frames import FrameReader  # noqa: E402
from tests.e2e.security.sasl_helpers import TOKENS, start_sasl_gateway  # noqa: E402
from tests.kafka_frames import request  # noqa: E402

TARGET = 300.0


def worker_pids(log: str) -> list[int]:
    import re

    return [int(p) for p in re.findall(r"worker \d+ started \(pid (\d+)\)", log)]


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def login(host: str, port: int, token: bytes, context: ssl.SSLContext | None) -> None:
    """One new connection's authentication, as a client does it."""
    stream: trio.abc.Stream = await trio.open_tcp_stream(host, port)
    if context is not None:
        tls = trio.SSLStream(stream, context, server_hostname="localhost")
        await tls.do_handshake()
        stream = tls
    reader = FrameReader()
    try:
        for cid, (key, version, fields) in enumerate([
                (18, 2, {}), (17, 1, {"Mechanism": "PLAIN"}),
                (36, 2, {"AuthBytes": b"\0bench\0" + token})], start=1):
            await stream.send_all(request(key, version, cid, client_id="bench", **fields))
            while (frame := reader.next_frame()) is None:
                data = await stream.receive_some(65536)
                if not data:
                    raise ConnectionError("closed by the gateway")
                reader.receive_data(data)
            body = codec.decode_response(frame, key, version).body
            if body.ErrorCode:
                raise ConnectionError(f"API key {key}: error {body.ErrorCode}")
    finally:
        await stream.aclose()


async def drive(host: str, port: int, clients: int, seconds: float, token: bytes,
                context: ssl.SSLContext | None) -> tuple[int, int, list[str]]:
    done = failed = 0
    errors: list[str] = []
    end = trio.current_time() + seconds

    async def client() -> None:
        nonlocal done, failed
        while trio.current_time() < end:
            try:
                await login(host, port, token, context)
                done += 1
            except (OSError, ConnectionError, trio.BrokenResourceError) as exc:
                failed += 1
                if len(errors) < 5:
                    errors.append(repr(exc))

    async with trio.open_nursery() as nursery:
        for _ in range(clients):
            nursery.start_soon(client)
    return done, failed, errors


def tls_files(directory: Path) -> tuple[dict[str, str], ssl.SSLContext]:
    from tests.unit.security.certs import issue, make_ca

    ca = make_ca()
    server = issue(ca, "localhost", dns=("localhost",))
    (directory / "server.pem").write_bytes(server.cert_pem())
    (directory / "server.key").write_bytes(server.key_pem())
    context = ssl.create_default_context(cadata=ca.cert_pem().decode())
    env = {"GATEWAY_SSL_CERT_LOCATION": str(directory / "server.pem"),
           "GATEWAY_SSL_KEY_LOCATION": str(directory / "server.key")}
    return env, context


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tls", action="store_true", help="SASL_SSL instead of SASL_PLAINTEXT")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--out", default=str(Path(__file__).parent / "results" /
                                             "sasl_logins.json"))
    args = parser.parse_args()
    seconds = min(args.seconds, 40.0)
    token = TOKENS.create("bench", 3600).encode()
    with tempfile.TemporaryDirectory() as tmp, MockCluster(3) as cluster:
        env: dict[str, str] = {"GATEWAY_WORKERS": "1", "GATEWAY_AUDIT_LOG_FILE": ""}
        context = None
        if args.tls:
            tls_env, context = tls_files(Path(tmp))
            env.update(tls_env)
        gateway = start_sasl_gateway(cluster, Path(tmp),
                                     "SASL_SSL" if args.tls else "SASL_PLAINTEXT", **env)
        try:
            [pid] = worker_pids(gateway.log_text()) or [gateway.process.pid]
            trio.run(drive, "127.0.0.1", gateway.port_start, 2, 1.0, token, context)  # warm-up
            cpu_before, wall_before = cpu_seconds(pid), time.monotonic()
            done, failed, errors = trio.run(drive, "127.0.0.1", gateway.port_start,
                                            args.clients, seconds, token, context)
            wall = time.monotonic() - wall_before
            cpu = cpu_seconds(pid) - cpu_before
        finally:
            gateway.stop()
    result: dict[str, Any] = {
        "listener": "SASL_SSL" if args.tls else "SASL_PLAINTEXT", "clients": args.clients,
        "seconds": round(wall, 2), "logins": done, "failed": failed, "errors": errors,
        "logins_per_s": round(done / wall, 1),
        "worker_cpu_s": round(cpu, 2),
        "logins_per_worker_cpu_s": round(done / cpu, 1) if cpu else None,
        "target_per_worker": TARGET,
    }
    print(f"{result['listener']}: {done} logins in {wall:.1f} s = {done / wall:.0f}/s "
          f"({failed} failed); the worker used {cpu:.1f} CPU-s = "
          f"{result['logins_per_worker_cpu_s']} logins per worker CPU-second "
          f"(target >= {TARGET:.0f}/s per worker)")
    if errors:
        print("errors:", *errors, sep="\n  ")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
