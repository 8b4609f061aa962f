"""The `sluice` command: `sluice run` and `sluice demo`."""

from __future__ import annotations

import argparse
import logging
import os
import secrets
import sys
from collections.abc import Sequence

import trio

from gateway.admin_cli import (
    COMMANDS,
    add_commands,
    demo_admin_users,
    run_command,
    start_demo_admin_api,
)
from gateway.config import ConfigError, GatewayConfig, help_text, load_config
from gateway.proxy.server import serve

log = logging.getLogger("sluice")

DEMO_EXAMPLE = """\
Sluice demo: a 3-broker Kafka-protocol cluster (librdkafka mock, racks rack-a/b/c)
behind the gateway.

  bootstrap servers: {bootstrap}

Produce and consume through the gateway, in another terminal:

  python - <<'PY'
from confluent_kafka import Producer, Consumer
p = Producer({{"bootstrap.servers": "{bootstrap}"}})
for i in range(10):
    p.produce("demo", f"hello {{i}}".encode())
p.flush()
c = Consumer({{"bootstrap.servers": "{bootstrap}", "group.id": "demo",
              "auto.offset.reset": "earliest"}})
c.subscribe(["demo"])
seen = 0
while seen < 10:
    m = c.poll(10)
    if m is not None and not m.error():
        print(m.value().decode()); seen += 1
c.close()
PY

  or with kcat:  echo hi | kcat -b {bootstrap} -P -t demo && kcat -b {bootstrap} -C -t demo -e

Ctrl-C stops the gateway and the cluster.
"""


def setup_logging(level: str, process: str = "supervisor") -> None:
    """Log lines to stderr, each naming the process (supervisor or worker-N)."""
    logging.basicConfig(
        level=getattr(logging, level),
        format=f"%(asctime)s %(levelname)s [{process}] %(name)s: %(message)s",
        stream=sys.stderr,
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sluice", description="Kafka-protocol gateway")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run",
        help="run the gateway in front of KAFKA_BOOTSTRAP_SERVERS",
        description="Run the gateway. Settings come from the environment and, optionally, "
        "a YAML file; the environment wins.",
        epilog=help_text(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("--config", metavar="FILE.yaml", help="YAML file with settings")
    demo = commands.add_parser(
        "demo", help="run an embedded 3-broker cluster with the gateway in front of it"
    )
    demo.add_argument("--port", type=int, default=6969, help="first gateway port [6969]")
    demo.add_argument(
        "--advertised-host", default="127.0.0.1", help="host told to clients [127.0.0.1]"
    )
    cluster = commands.add_parser("cluster", help="inspect the gateway cluster")
    cluster_commands = cluster.add_subparsers(dest="cluster_command", required=True)
    status = cluster_commands.add_parser(
        "status", help="live gateway nodes and the broker -> node mapping clients get now"
    )
    status.add_argument("--config", metavar="FILE.yaml", help="YAML file with settings")
    status.add_argument("--wait-ms", type=int, default=3000,
                        help="longest time spent reading heartbeats [3000]")
    demo.add_argument("--http-port", type=int, default=8888, help="admin API port [8888]")
    add_commands(commands)
    return parser


def run_gateway(config: GatewayConfig) -> None:
    """Run one gateway process until interrupted."""
    try:
        trio.run(serve, config)
    except KeyboardInterrupt:
        log.info("interrupted; Sluice stopped")


def _load(args: argparse.Namespace) -> GatewayConfig | None:
    """The configuration, or None after printing what is wrong with it."""
    try:
        return load_config(os.environ, args.config)
    except ConfigError as exc:
        print(f"sluice: configuration error: {exc}", file=sys.stderr)
        return None


def _run(args: argparse.Namespace) -> int:
    config = _load(args)
    if config is None:
        return 2
    setup_logging(config.gateway_log_level)
    from gateway.supervisor import run_node

    try:
        return run_node(config)
    except KeyboardInterrupt:
        return 0


def _cluster_status(args: argparse.Namespace) -> int:
    config = _load(args)
    if config is None:
        return 2
    from gateway.cluster_status import main_status

    return main_status(config, max(1, args.wait_ms))


def _demo(args: argparse.Namespace) -> int:
    from gateway.mock_cluster import MockCluster

    setup_logging(os.environ.get("GATEWAY_LOG_LEVEL", "INFO"), "demo")
    with MockCluster(3, racks=("rack-a", "rack-b", "rack-c")) as cluster:
        config = GatewayConfig(
            kafka_bootstrap_servers=cluster.bootstrap_servers,
            gateway_bind_host=args.advertised_host,
            gateway_advertised_host=args.advertised_host,
            gateway_port_start=args.port,
            gateway_http_port=args.http_port,
            gateway_admin_api_users=demo_admin_users(password := secrets.token_urlsafe(12)),
        )
        print(DEMO_EXAMPLE.format(bootstrap=f"{args.advertised_host}:{args.port}"), flush=True)
        admin = start_demo_admin_api(config, password)
        try:
            run_gateway(config)
        except OSError as exc:
            log.error("%s", exc)
            return 1
        finally:
            if admin is not None:
                admin.stop()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `sluice` console script."""
    args = _parser().parse_args(argv)
    if args.command == "run":
        return _run(args)
    if args.command == "cluster":
        return _cluster_status(args)
    if args.command in COMMANDS:
        return run_command(args)
    return _demo(args)
