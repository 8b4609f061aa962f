"""Gateway configuration: environment variables and an optional YAML file.

Every setting has one name, the environment variable (Conduktor Gateway's name where
the concept is the same). A YAML file holds the same settings as a flat mapping, keyed
by the variable's name in upper or lower case. The environment overrides the file.
Values are decoded into a frozen msgspec Struct; an error names where the bad value
came from (the variable, or file:line) and the field.
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import msgspec
import yaml

Port = Annotated[int, msgspec.Meta(ge=1, le=65535)]
PositiveInt = Annotated[int, msgspec.Meta(ge=1)]
NonNegativeInt = Annotated[int, msgspec.Meta(ge=0)]


class GatewayConfig(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The validated settings of one gateway node."""

    kafka_bootstrap_servers: Annotated[str, msgspec.Meta(min_length=1)]
    kafka_security_protocol: Literal["PLAINTEXT"] = "PLAINTEXT"
    gateway_bind_host: str = "0.0.0.0"
    gateway_advertised_host: str = ""
    gateway_port_start: Port = 6969
    gateway_port_count: PositiveInt | None = None
    gateway_min_brokerid: NonNegativeInt | None = None
    gateway_cluster_id: Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9._-]{1,100}$")] = (
        "gateway"
    )
    gateway_rack_id: str | None = None
    gateway_feature_flags_internal_load_balancing: bool = True
    gateway_max_frame_bytes: Annotated[int, msgspec.Meta(ge=1024)] = 100 * 1024 * 1024
    gateway_max_inflight_requests: Annotated[int, msgspec.Meta(ge=1, le=100_000)] = 500
    gateway_upstream_connect_timeout_ms: PositiveInt = 10_000
    gateway_metadata_refresh_interval_ms: PositiveInt = 30_000
    gateway_log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    gateway_node_id: str = ""
    gateway_feature_flags_haproxy_protocol: bool = False
    gateway_haproxy_header_timeout_ms: PositiveInt = 3000
    gateway_haproxy_trusted_cidrs: str = ""
    gateway_audit_log_file: str | None = None
    gateway_audit_log_kafka: bool = False
    gateway_audit_log_topic: str | None = None
    gateway_audit_api_keys: str = ""
    gateway_workers: Annotated[int, msgspec.Meta(ge=0, le=256)] = 0
    gateway_shutdown_delay_between_brokers_ms: NonNegativeInt = 1000
    gateway_shutdown_timeout_ms: PositiveInt = 30_000
    gateway_worker_max_restarts: PositiveInt = 5
    gateway_worker_restart_window_ms: PositiveInt = 60_000
    gateway_heartbeat_interval_ms: PositiveInt = 1000
    gateway_heartbeat_timeout_ms: PositiveInt = 10_000
    # admin API
    gateway_http_port: Port = 8888
    gateway_http_bind_host: str | None = None
    gateway_http_max_body_bytes: PositiveInt = 1024 * 1024
    gateway_http_max_header_bytes: Annotated[int, msgspec.Meta(ge=1024)] = 16 * 1024
    gateway_http_request_timeout_ms: PositiveInt = 10_000
    gateway_http_idle_timeout_ms: PositiveInt = 30_000
    gateway_http_max_connections: PositiveInt = 4096
    gateway_admin_api_users: str = ""
    gateway_secured_metrics: bool = True
    gateway_https_cert_location: str | None = None
    gateway_https_key_location: str | None = None

    # hostile clients: memory, time and connection budgets
    gateway_max_queued_request_bytes: PositiveInt = 256 * 1024 * 1024
    gateway_request_timeout_ms: PositiveInt = 30_000
    gateway_connections_max_idle_ms: PositiveInt = 600_000

    # internal topics and signed membership
    gateway_cluster_secret: str | None = None
    gateway_heartbeat_max_skew_ms: NonNegativeInt = 5000

    # metrics
    gateway_metrics_enabled: bool = True
    gateway_metrics_dir: str | None = None

    def __repr__(self) -> str:
        """The settings, with secrets redacted."""
        shown = (
            f"{name}={'<redacted>' if name in SECRET_FIELDS and value else repr(value)}"
            for name in self.__struct_fields__
            for value in [getattr(self, name)]
        )
        return f"GatewayConfig({', '.join(shown)})"

    def __post_init__(self) -> None:
        self.trusted_networks()  # raises on a malformed CIDR
        self.audit_api_keys()
        self.admin_api_users()
        if self.gateway_port_count is not None and (
            self.gateway_port_start + self.gateway_port_count - 1 > 65535
        ):
            raise ValueError(
                "GATEWAY_PORT_START + GATEWAY_PORT_COUNT - 1 must not exceed 65535"
            )
        for server in self.bootstrap_servers():
            if server[1] <= 0:
                raise ValueError(f"KAFKA_BOOTSTRAP_SERVERS: bad port in {server}")

    @property
    def workers(self) -> int:
        """Worker processes per node (0 means one per CPU)."""
        return self.gateway_workers or os.cpu_count() or 1

    @property
    def node_id(self) -> str:
        """This node's name in the gateway cluster and the audit log."""
        return self.gateway_node_id or (
            f"{socket.gethostname()}:{self.gateway_bind_host}:{self.gateway_port_start}"
        )

    @property
    def audit_topic(self) -> str:
        """The Kafka topic of the audit log."""
        return self.gateway_audit_log_topic or f"_sluice_{self.gateway_cluster_id}_audit"

    def trusted_networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        """GATEWAY_HAPROXY_TRUSTED_CIDRS as networks."""
        networks = []
        for item in self.gateway_haproxy_trusted_cidrs.split(","):
            if item.strip():
                try:
                    networks.append(ipaddress.ip_network(item.strip(), strict=False))
                except ValueError as exc:
                    raise ValueError(f"GATEWAY_HAPROXY_TRUSTED_CIDRS: {exc}") from exc
        return networks

    def audit_api_keys(self) -> frozenset[int]:
        """GATEWAY_AUDIT_API_KEYS as API keys."""
        from gateway.audit import parse_api_key_names

        try:
            return parse_api_key_names(self.gateway_audit_api_keys.split(","))
        except ValueError as exc:
            raise ValueError(f"GATEWAY_AUDIT_API_KEYS: {exc}") from exc

    @property
    def advertised_host(self) -> str:
        """The host clients are told to connect to."""
        return self.gateway_advertised_host or socket.gethostname()

    def bootstrap_servers(self) -> list[tuple[str, int]]:
        """KAFKA_BOOTSTRAP_SERVERS as (host, port) pairs."""
        servers = []
        for item in self.kafka_bootstrap_servers.split(","):
            item = item.strip()
            if not item:
                continue
            host, sep, port = item.rpartition(":")
            if not sep or not port.isdigit():
                raise ValueError(f"KAFKA_BOOTSTRAP_SERVERS: expected host:port, got {item!r}")
            servers.append((host.strip("[]"), int(port)))
        if not servers:
            raise ValueError("KAFKA_BOOTSTRAP_SERVERS is empty")
        return servers

    def admin_api_users(self) -> list[Any]:
        """GATEWAY_ADMIN_API_USERS as admin API users (admin_api.auth.ApiUser)."""
        from admin_api.auth import parse_users

        return parse_users(self.gateway_admin_api_users)

    @property
    def http_bind_host(self) -> str:
        """The address the admin API listens on (GATEWAY_BIND_HOST unless set)."""
        return self.gateway_http_bind_host or self.gateway_bind_host


# (variable, help) for `sluice run --help`; the order is the order of the table.
SETTINGS: dict[str, str] = {
    "KAFKA_BOOTSTRAP_SERVERS": "backend brokers, host:port[,host:port...] (required)",
    "KAFKA_SECURITY_PROTOCOL": "how Sluice reaches the backend; PLAINTEXT (TLS/SASL: not yet)",
    "GATEWAY_BIND_HOST": "address the proxy ports listen on [0.0.0.0]",
    "GATEWAY_ADVERTISED_HOST": "host returned to clients in Metadata [this machine's hostname]",
    "GATEWAY_PORT_START": "first proxy port; broker b is served on "
    "GATEWAY_PORT_START + (b - GATEWAY_MIN_BROKERID) [6969]",
    "GATEWAY_PORT_COUNT": "number of proxy ports [brokers seen at startup + 2]",
    "GATEWAY_MIN_BROKERID": "broker id served on GATEWAY_PORT_START [lowest id seen at startup]",
    "GATEWAY_CLUSTER_ID": "gateway cluster name; names internal topics and groups [gateway]",
    "GATEWAY_RACK_ID": "this node's rack, for rack-aware routing [none]",
    "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "spread clients over gateway nodes [true]",
    "GATEWAY_MAX_FRAME_BYTES": "largest request/response accepted, in bytes [104857600]",
    "GATEWAY_MAX_INFLIGHT_REQUESTS": "requests a client may pipeline per connection [500]",
    "GATEWAY_UPSTREAM_CONNECT_TIMEOUT_MS": "timeout connecting to a broker [10000]",
    "GATEWAY_METADATA_REFRESH_INTERVAL_MS": "how often the broker list is re-read [30000]",
    "GATEWAY_LOG_LEVEL": "DEBUG, INFO, WARNING or ERROR [INFO]",
    "GATEWAY_NODE_ID": "this node's name in the gateway cluster and audit log "
    "[hostname:bind host:port start]",
    "GATEWAY_FEATURE_FLAGS_HAPROXY_PROTOCOL": "require a PROXY protocol v1/v2 header on "
    "every client connection [false]",
    "GATEWAY_HAPROXY_HEADER_TIMEOUT_MS": "time allowed for the PROXY header [3000]",
    "GATEWAY_HAPROXY_TRUSTED_CIDRS": "networks allowed to send PROXY headers, "
    "comma-separated (e.g. 10.0.0.0/8) [none: warns]",
    "GATEWAY_AUDIT_LOG_FILE": "audit log file, or - for stdout [off]",
    "GATEWAY_AUDIT_LOG_KAFKA": "also write the audit log to a Kafka topic [false]",
    "GATEWAY_AUDIT_LOG_TOPIC": "audit topic [_sluice_<GATEWAY_CLUSTER_ID>_audit]",
    "GATEWAY_AUDIT_API_KEYS": "API requests to audit, e.g. CREATE_TOPICS,DELETE_TOPICS,PRODUCE "
    "[none]",
    "GATEWAY_WORKERS": "worker processes per node, sharing the ports [CPU count]",
    "GATEWAY_SHUTDOWN_DELAY_BETWEEN_BROKERS_MS": "pause between closing the connections of "
    "one broker and the next on shutdown [1000]",
    "GATEWAY_SHUTDOWN_TIMEOUT_MS": "longest a shutdown may take before workers are killed "
    "[30000]",
    "GATEWAY_WORKER_MAX_RESTARTS": "crashes tolerated within the restart window before the "
    "node stops [5]",
    "GATEWAY_WORKER_RESTART_WINDOW_MS": "the crash-loop window [60000]",
    "GATEWAY_HEARTBEAT_INTERVAL_MS": "how often each worker announces itself [1000]",
    "GATEWAY_HEARTBEAT_TIMEOUT_MS": "silence after which a node leaves the view [10000]",
    # admin API
    "GATEWAY_HTTP_PORT": "admin API port: health, metrics, resources [8888]",
    "GATEWAY_HTTP_BIND_HOST": "address the admin API listens on [GATEWAY_BIND_HOST]",
    "GATEWAY_HTTP_MAX_BODY_BYTES": "largest admin API request body; larger is refused with 413 "
    "[1048576]",
    "GATEWAY_HTTP_MAX_HEADER_BYTES": "largest admin API request line and headers [16384]",
    "GATEWAY_HTTP_REQUEST_TIMEOUT_MS": "time allowed to send one admin API request [10000]",
    "GATEWAY_HTTP_IDLE_TIMEOUT_MS": "idle keep-alive admin API connections are closed after "
    "this [30000]",
    "GATEWAY_HTTP_MAX_CONNECTIONS": "concurrent admin API connections; more are refused "
    "with 503 [4096]",
    "GATEWAY_ADMIN_API_USERS": "admin API users, YAML or JSON: [{username: admin, "
    "password_hash: ..., admin: true}] (sluice admin hash-password) [none: resources closed]",
    "GATEWAY_SECURED_METRICS": "require admin API credentials for /metrics [true]",
    "GATEWAY_HTTPS_CERT_LOCATION": "PEM certificate (chain): the admin API serves HTTPS [off]",
    "GATEWAY_HTTPS_KEY_LOCATION": "PEM private key of GATEWAY_HTTPS_CERT_LOCATION",

    "GATEWAY_MAX_QUEUED_REQUEST_BYTES": "bytes of partially received requests a worker holds "
    "before it pauses client reads [268435456]",
    "GATEWAY_REQUEST_TIMEOUT_MS": "time allowed to receive a whole request once it started "
    "[30000]",
    "GATEWAY_CONNECTIONS_MAX_IDLE_MS": "client connections with no traffic this long are "
    "closed [600000]",

    "GATEWAY_CLUSTER_SECRET": "signs heartbeats; the same on every node, required for more "
    "than one node [none: the node runs alone]",
    "GATEWAY_HEARTBEAT_MAX_SKEW_MS": "heartbeats dated further ahead are dropped [5000]",

    "GATEWAY_METRICS_ENABLED": "count Prometheus metrics on the data plane [true]",
    "GATEWAY_METRICS_DIR": "directory where the node's processes share their metrics, one "
    "per node [a fresh temporary directory, removed at stop]",
}

# Settings never shown in repr or logs.
SECRET_FIELDS = frozenset({"gateway_cluster_secret", "gateway_admin_api_users"})


class ConfigError(Exception):
    """A setting is missing or invalid; the message says where and which."""


@dataclass(frozen=True, slots=True)
class _Source:
    description: str  # "environment variable X" or "file.yaml:12"


def _load_yaml(path: str) -> dict[str, tuple[Any, _Source]]:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from exc
    if node is None:
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(f"{path}:{node.start_mark.line + 1}: expected a mapping of settings")
    values: dict[str, tuple[Any, _Source]] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        key = str(key_node.value)
        value = yaml.safe_load(yaml.serialize(value_node))
        values[key] = (value, _Source(f"{path}:{line} ({key})"))
    return values


def _field_name(setting: str) -> str:
    return setting.lower()


def load_config(
    environ: Mapping[str, str] | None = None, config_file: str | None = None
) -> GatewayConfig:
    """Build the configuration from a YAML file (optional) and the environment."""
    environ = os.environ if environ is None else environ
    raw: dict[str, Any] = {}
    sources: dict[str, _Source] = {}
    if config_file:
        for key, (value, source) in _load_yaml(config_file).items():
            if key.upper() not in SETTINGS:
                raise ConfigError(f"{source.description}: unknown setting {key!r}")
            raw[_field_name(key)] = value
            sources[_field_name(key)] = source
    for setting in SETTINGS:
        if setting in environ:
            raw[_field_name(setting)] = environ[setting]
            sources[_field_name(setting)] = _Source(f"environment variable {setting}")
    if "kafka_bootstrap_servers" not in raw:
        raise ConfigError("KAFKA_BOOTSTRAP_SERVERS is required (environment or --config file)")
    # An empty setting means "use the default" (as `FOO= sluice run` suggests), except
    # for the required bootstrap servers, which then fail validation by name.
    raw = {k: v for k, v in raw.items() if v != "" or k == "kafka_bootstrap_servers"}
    try:
        return msgspec.convert(raw, GatewayConfig, strict=False)
    except msgspec.ValidationError as exc:
        message = str(exc)
        match = re.search(r"at `\$\.(\w+)", message)
        where = sources.get(match.group(1)) if match else None
        detail = message.split(" - at ")[0]
        if where is not None:
            raise ConfigError(f"{where.description}: {detail}") from exc
        raise ConfigError(f"invalid configuration: {message}") from exc


def help_text() -> str:
    """The settings table printed by `sluice run --help`."""
    width = max(len(name) for name in SETTINGS)
    lines = ["settings (environment variables, or the same keys in --config FILE.yaml):"]
    lines += [f"  {name:<{width}}  {text}" for name, text in SETTINGS.items()]
    return "\n".join(lines)
