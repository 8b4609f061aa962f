"""The `sluice` command: `sluice run`, `sluice demo`, `sluice cluster status`, `sluice token`.

Each subcommand is registered by one function of COMMANDS, which adds its parser and sets
`handler` (a function of the parsed arguments returning the exit code); a new subcommand
is one more registration function appended to COMMANDS.
"""

from __future__ import annotations

import argparse
import logging
import os
import secrets
import shlex
import sys
from collections.abc import Callable, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from gateway.commands import admin_cli
from gateway.config import ConfigError, GatewayConfig, help_text, load_config
from gateway.logs import setup_logging

log = logging.getLogger("sluice")

# The settings `sluice demo` takes from the environment; the rest are the demo's own.
DEMO_SETTINGS = ("GATEWAY_LOG_LEVEL", "GATEWAY_LOG_FORMAT")

DEMO_BANNER = """\
Sluice demo: a 3-broker Kafka-protocol cluster (librdkafka mock, racks rack-a/b/c)
behind the gateway.

  bootstrap servers: {bootstrap}

Produce and consume through the gateway, in another terminal:

{python} - <<'PY'
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

or with kcat:

echo hi | kcat -b {bootstrap} -P -t demo && kcat -b {bootstrap} -C -t demo -e

The gateway cluster (nodes, workers, broker -> node mapping):

{status}

Ctrl-C stops the gateway and the cluster.
"""

Handler = Callable[[argparse.Namespace], int]
SubParsers = Any  # argparse's _SubParsersAction, which it does not export


def version() -> str:
    """The installed version of Sluice."""
    try:
        return metadata.version("sluice")
    except metadata.PackageNotFoundError:
        return "unknown"


def _load(environ: Mapping[str, str], config_file: str | None = None
          ) -> tuple[GatewayConfig, list[str]] | None:
    """The configuration and its warnings, or None after printing what is wrong."""
    warnings: list[str] = []
    try:
        config = load_config(environ, config_file, warnings)
    except ConfigError as exc:
        _config_error(exc)
        return None
    return config, warnings


def _config_error(exc: ConfigError) -> int:
    print(f"sluice: configuration error: {exc}", file=sys.stderr)
    return 2


def _run(args: argparse.Namespace) -> int:
    loaded = _load(os.environ, args.config)
    if loaded is None:
        return 2
    config, warnings = loaded
    setup_logging(config.gateway_log_level, "supervisor", config.gateway_log_format,
                  config.node_id)
    for warning in warnings:
        log.warning("%s", warning)
    from gateway.supervisor import run_node

    try:
        return run_node(config)
    except ConfigError as exc:
        return _config_error(exc)


def _cluster_status(args: argparse.Namespace) -> int:
    loaded = _load(os.environ, args.config)
    if loaded is None:
        return 2
    config, warnings = loaded
    for warning in warnings:
        print(f"sluice: warning: {warning}", file=sys.stderr)
    from gateway.commands.cluster_status import main_status

    return main_status(config, max(1, args.wait_ms))


def _command(*words: str) -> str:
    """A shell command running `sluice`, as installed next to this interpreter."""
    script = Path(sys.executable).with_name("sluice")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "gateway"]
    return shlex.join([*base, *words])


def demo_banner(bootstrap: str, backend: str) -> str:
    """What `sluice demo` prints once its ports are bound."""
    status = f"KAFKA_BOOTSTRAP_SERVERS={shlex.quote(backend)} {_command('cluster', 'status')}"
    return DEMO_BANNER.format(bootstrap=bootstrap, python=shlex.quote(sys.executable),
                              status=status)


def _demo(args: argparse.Namespace) -> int:
    from gateway.demo.mock_cluster import MockCluster

    settings = {k: os.environ[k] for k in DEMO_SETTINGS if k in os.environ}
    host = args.advertised_host
    loaded = _load({**settings, "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1"})
    if loaded is None:
        return 2
    setup_logging(loaded[0].gateway_log_level, "demo", loaded[0].gateway_log_format)
    from gateway.supervisor import run_node

    password = secrets.token_urlsafe(12)
    with MockCluster(3, racks=("rack-a", "rack-b", "rack-c")) as cluster:
        config = load_config({
            **settings,
            "KAFKA_BOOTSTRAP_SERVERS": cluster.bootstrap_servers,
            "GATEWAY_BIND_HOST": host,
            "GATEWAY_ADVERTISED_HOST": host,
            "GATEWAY_PORT_START": str(args.port),
            "GATEWAY_WORKERS": "1",
            "GATEWAY_SHUTDOWN_DELAY_BETWEEN_BROKERS_MS": "0",
            "GATEWAY_HTTP_PORT": str(args.http_port),
            "GATEWAY_ADMIN_API_USERS": admin_cli.demo_admin_users(password),
        })
        admin: list[Any] = []

        def banner(bound: GatewayConfig) -> None:
            bootstrap = f"{host}:{bound.gateway_port_start}"
            print(demo_banner(bootstrap, cluster.bootstrap_servers), flush=True)
            # The demo runs without its admin API when that port is taken (and says so).
            started = admin_cli.start_demo_admin_api(bound, password)
            if started is not None:
                admin.append(started)

        try:
            return run_node(config, on_listening=banner, admin_api=False,
                            port_remedy="choose another first port with `sluice demo --port N`")
        except ConfigError as exc:
            return _config_error(exc)
        finally:
            for api in admin:
                api.stop()


def _register_run(commands: SubParsers) -> None:
    run = commands.add_parser(
        "run",
        help="run the gateway in front of KAFKA_BOOTSTRAP_SERVERS",
        description="Run the gateway. Settings come from the environment and, optionally, "
        "a YAML file; the environment wins.",
        epilog=help_text(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("--config", metavar="FILE.yaml", help="YAML file with settings")
    run.set_defaults(handler=_run)


def _register_demo(commands: SubParsers) -> None:
    demo = commands.add_parser(
        "demo", help="run an embedded 3-broker cluster with the gateway in front of it"
    )
    demo.add_argument("--port", type=int, default=6969, help="first gateway port [6969]")
    demo.add_argument(
        "--advertised-host", default="127.0.0.1", help="host told to clients [127.0.0.1]"
    )
    demo.add_argument("--http-port", type=int, default=8888, help="admin API port [8888]")
    demo.set_defaults(handler=_demo)


def _register_cluster(commands: SubParsers) -> None:
    cluster = commands.add_parser("cluster", help="inspect the gateway cluster")
    cluster_commands = cluster.add_subparsers(dest="cluster_command", required=True)
    status = cluster_commands.add_parser(
        "status", help="live gateway nodes and the broker -> node mapping clients get now"
    )
    status.add_argument("--config", metavar="FILE.yaml", help="YAML file with settings")
    status.add_argument("--wait-ms", type=int, default=3000,
                        help="longest time spent reading heartbeats [3000]")
    status.set_defaults(handler=_cluster_status)


def _register_token(commands: SubParsers) -> None:
    from gateway.security import token_cli

    token = commands.add_parser("token", help="service-account tokens (SASL/PLAIN passwords)")
    token_cli.add_arguments(token)
    token.set_defaults(handler=token_cli.run)


def _register_admin(commands: SubParsers) -> None:
    admin_cli.add_commands(commands)  # apply, get, delete, admin: run by admin_cli


# One function per subcommand: it adds the subcommand's parser and sets its `handler`.
COMMANDS: list[Callable[[SubParsers], None]] = [_register_run, _register_demo,
                                                _register_cluster, _register_admin,
                                                _register_token]


def build_parser() -> argparse.ArgumentParser:
    """The `sluice` argument parser, with every registered subcommand."""
    parser = argparse.ArgumentParser(prog="sluice", description="Kafka-protocol gateway")
    parser.add_argument("--version", action="version", version=f"sluice {version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    for register in COMMANDS:
        register(commands)
    return parser


def _only_interrupts(exc: BaseException) -> bool:
    """Whether exc is a KeyboardInterrupt, possibly wrapped in exception groups by trio."""
    if isinstance(exc, BaseExceptionGroup):
        return exc.split(KeyboardInterrupt)[1] is None
    return isinstance(exc, KeyboardInterrupt)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `sluice` console script."""
    args = build_parser().parse_args(argv)
    handler: Handler = (admin_cli.run_command if args.command in admin_cli.COMMANDS
                        else args.handler)
    try:
        return handler(args)
    except BaseException as exc:
        if not _only_interrupts(exc):
            raise
        log.info("interrupted; stopped")
        return 0
