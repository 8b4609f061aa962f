"""Gateway configuration: environment variables and an optional YAML file.

Every setting has one name, the environment variable (Conduktor Gateway's name where
the concept is the same). A YAML file holds the same settings as a flat mapping, keyed
by the variable's name in upper or lower case. The environment overrides the file.
Values are decoded into a frozen msgspec Struct; an error names where the bad value
came from (the variable, or file:line) and the field.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import ipaddress
import os
import re
import socket
import sys
import textwrap
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Final, Literal

import msgspec
import yaml

if typing.TYPE_CHECKING:
    from gateway.security.tls import ServerTls

Port = Annotated[int, msgspec.Meta(ge=1, le=65535)]
PositiveInt = Annotated[int, msgspec.Meta(ge=1)]
NonNegativeInt = Annotated[int, msgspec.Meta(ge=0)]


IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@functools.cache
def parse_networks(cidrs: str) -> tuple[IpNetwork, ...]:
    """A comma-separated list of CIDRs (GATEWAY_HAPROXY_TRUSTED_CIDRS) as networks."""
    networks = []
    for item in cidrs.split(","):
        if item.strip():
            try:
                networks.append(ipaddress.ip_network(item.strip(), strict=False))
            except ValueError as exc:
                raise ValueError(f"GATEWAY_HAPROXY_TRUSTED_CIDRS: {exc}") from exc
    return tuple(networks)


class GatewayConfig(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The validated settings of one gateway node."""

    kafka_bootstrap_servers: Annotated[str, msgspec.Meta(min_length=1)]
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = (
        "PLAINTEXT"
    )
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
    # operator: logging and startup
    gateway_log_format: Literal["text", "json"] = "text"
    gateway_backend_startup_timeout_ms: PositiveInt | None = None
    gateway_backend_reminder_interval_ms: PositiveInt = 60_000

    # internal topics and signed membership
    gateway_cluster_secret: str | None = None
    gateway_heartbeat_max_skew_ms: NonNegativeInt = 5000

    # metrics
    gateway_metrics_enabled: bool = True
    gateway_metrics_dir: str | None = None

    # backend security
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER"] = (
        "PLAIN"
    )
    kafka_sasl_username: str | None = None
    kafka_sasl_password: str | None = None
    kafka_sasl_jaas_config: str | None = None
    kafka_sasl_oauthbearer_token_endpoint_url: str | None = None
    kafka_sasl_oauthbearer_client_id: str | None = None
    kafka_sasl_oauthbearer_client_secret: str | None = None
    kafka_sasl_oauthbearer_scope: str | None = None
    kafka_ssl_ca_location: str | None = None
    kafka_ssl_truststore_location: str | None = None
    kafka_ssl_truststore_password: str | None = None
    # "" (Java's spelling) and "none" (librdkafka's) turn hostname verification off.
    kafka_ssl_endpoint_identification_algorithm: Literal["https", "none", ""] = "https"
    kafka_ssl_certificate_location: str | None = None
    kafka_ssl_key_location: str | None = None
    kafka_ssl_key_password: str | None = None
    # client TLS and SNI routing
    gateway_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = (
        "PLAINTEXT"
    )
    gateway_ssl_cert_location: str | None = None
    gateway_ssl_key_location: str | None = None
    gateway_ssl_key_password: str | None = None
    gateway_ssl_key_store_path: str | None = None
    gateway_ssl_key_store_password: str | None = None
    gateway_ssl_key_type: Literal["pkcs12", "jks"] = "pkcs12"
    gateway_ssl_client_auth: Literal["NONE", "REQUEST", "REQUIRE"] = "NONE"
    gateway_ssl_trust_store_path: str | None = None
    gateway_ssl_trust_store_password: str | None = None
    gateway_ssl_ca_location: str | None = None
    gateway_ssl_principal_mapping_rules: str = "DEFAULT"
    gateway_ssl_handshake_timeout_ms: PositiveInt = 10_000
    gateway_ssl_reload_interval_ms: PositiveInt = 5_000
    gateway_routing_mechanism: Literal["port", "host"] = "port"
    gateway_advertised_sni_port: Port | None = None
    gateway_advertised_host_prefix: Annotated[
        str, msgspec.Meta(pattern=r"^[A-Za-z0-9-]{0,63}$")] = "broker"
    gateway_sni_host_separator: Annotated[str, msgspec.Meta(pattern=r"^[.-]$")] = "."
    # client authentication
    gateway_security_mode: Literal["GATEWAY_MANAGED", "KAFKA_MANAGED"] | None = None
    gateway_user_pool_secret_key: str | None = None
    gateway_oauth_jwks_url: str | None = None
    gateway_oauth_expected_issuer: str | None = None
    gateway_oauth_expected_audiences: str = ""
    gateway_oauth_sub_claim_name: Annotated[str, msgspec.Meta(min_length=1)] = "sub"
    gateway_oauth_jwks_refresh_ms: PositiveInt = 3_600_000
    gateway_sasl_session_lifetime_ms: NonNegativeInt = 0

    def __repr__(self) -> str:
        """The settings, with secrets redacted."""
        shown = (
            f"{name}={'<redacted>' if is_secret(name) and value else repr(value)}"
            for name in self.__struct_fields__
            for value in [getattr(self, name)]
        )
        return f"GatewayConfig({', '.join(shown)})"

    def __post_init__(self) -> None:
        self.trusted_networks()  # raises on a malformed CIDR
        self.audit_api_keys()
        self.admin_api_users()
        self.check_client_authentication()
        if self.gateway_port_count is not None and (
            self.gateway_port_start + self.gateway_port_count - 1 > 65535
        ):
            raise ValueError(
                f"GATEWAY_PORT_COUNT: GATEWAY_PORT_START + GATEWAY_PORT_COUNT - 1 = "
                f"{self.gateway_port_start} + {self.gateway_port_count} - 1 = "
                f"{self.gateway_port_start + self.gateway_port_count - 1}, past the last "
                "port 65535; lower GATEWAY_PORT_START or GATEWAY_PORT_COUNT"
            )
        for server in self.bootstrap_servers():
            if server[1] <= 0:
                raise ValueError(f"KAFKA_BOOTSTRAP_SERVERS: bad port in {server}")
        if self.kafka_security_protocol.startswith("SASL"):
            from gateway.security.backend_auth import backend_sasl

            backend_sasl(self)  # raises naming the missing or contradicting setting

    @property
    def client_tls(self) -> ServerTls | None:
        """How client connections are encrypted, or None for PLAINTEXT/SASL_PLAINTEXT."""
        if self.gateway_security_protocol not in ("SSL", "SASL_SSL"):
            return None
        from gateway.security.tls import ServerTls
        return ServerTls(
            cert_location=self.gateway_ssl_cert_location,
            key_location=self.gateway_ssl_key_location,
            key_password=self.gateway_ssl_key_password,
            key_store_path=self.gateway_ssl_key_store_path,
            key_store_password=self.gateway_ssl_key_store_password,
            key_type=self.gateway_ssl_key_type,
            client_auth=self.gateway_ssl_client_auth,
            trust_store_path=self.gateway_ssl_trust_store_path,
            trust_store_password=self.gateway_ssl_trust_store_password,
            ca_location=self.gateway_ssl_ca_location,
        )

    @property
    def sni_routing(self) -> bool:
        """Whether brokers are told apart by TLS server name on one port."""
        return self.gateway_routing_mechanism == "host"

    @property
    def advertised_sni_port(self) -> int:
        """The port advertised with SNI names (GATEWAY_PORT_START unless set)."""
        return self.gateway_advertised_sni_port or self.gateway_port_start

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

    def trusted_networks(self) -> tuple[IpNetwork, ...]:
        """GATEWAY_HAPROXY_TRUSTED_CIDRS as networks (parsed once, then shared)."""
        return parse_networks(self.gateway_haproxy_trusted_cidrs)

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

    def check_client_authentication(self) -> None:
        """Raise ValueError for client-authentication settings that cannot work together."""
        from gateway.security.authenticators import check_settings

        check_settings(self)


# (variable, help) for `sluice run --help`; the order is the order of the table.
SETTINGS: dict[str, str] = {
    "KAFKA_BOOTSTRAP_SERVERS": "backend brokers, host:port[,host:port...] (required)",
    "KAFKA_SECURITY_PROTOCOL": "how Sluice reaches the backend: PLAINTEXT, SSL, SASL_PLAINTEXT "
    "or SASL_SSL [PLAINTEXT]",
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
    "GATEWAY_SECURED_METRICS": "require admin API credentials for /metrics when users are "
    "configured [true]",
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

    "GATEWAY_LOG_FORMAT": "text (readable lines) or json (one JSON object per line) [text]",
    "GATEWAY_BACKEND_STARTUP_TIMEOUT_MS": "give up and exit 1 when no bootstrap server "
    "answers within this time at startup [unset: retry forever]",
    "GATEWAY_BACKEND_REMINDER_INTERVAL_MS": "how often an unresolved backend problem is "
    "logged again [60000]",
    # backend security
    "KAFKA_SASL_MECHANISM": "SASL to the backend: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or "
    "OAUTHBEARER [PLAIN]",
    "KAFKA_SASL_USERNAME": "backend SASL user (Confluent Cloud: the API key)",
    "KAFKA_SASL_PASSWORD": "backend SASL password (Confluent Cloud: the API secret)",
    "KAFKA_SASL_JAAS_CONFIG": "the backend credentials as a Java sasl.jaas.config string "
    "(PlainLoginModule, ScramLoginModule, OAuthBearerLoginModule)",
    "KAFKA_SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL": "OAUTHBEARER: the token endpoint "
    "(client credentials grant)",
    "KAFKA_SASL_OAUTHBEARER_CLIENT_ID": "OAUTHBEARER: the client id",
    "KAFKA_SASL_OAUTHBEARER_CLIENT_SECRET": "OAUTHBEARER: the client secret",
    "KAFKA_SASL_OAUTHBEARER_SCOPE": "OAUTHBEARER: the scope asked for [none]",
    "KAFKA_SSL_CA_LOCATION": "PEM file of the CAs that sign the brokers' certificates "
    "[the system CAs]",
    "KAFKA_SSL_TRUSTSTORE_LOCATION": "the same as a PKCS#12 truststore [the system CAs]",
    "KAFKA_SSL_TRUSTSTORE_PASSWORD": "password of KAFKA_SSL_TRUSTSTORE_LOCATION",
    "KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM": "with https, a broker's certificate must "
    "name the broker's host; empty (or none) turns that check off, with a warning [https]",
    "KAFKA_SSL_CERTIFICATE_LOCATION": "PEM client certificate, for mTLS to the backend [none]",
    "KAFKA_SSL_KEY_LOCATION": "PEM private key of KAFKA_SSL_CERTIFICATE_LOCATION",
    "KAFKA_SSL_KEY_PASSWORD": "password of KAFKA_SSL_KEY_LOCATION",
    # client TLS and SNI routing
    "GATEWAY_SECURITY_PROTOCOL": "client side: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL "
    "[PLAINTEXT]",
    "GATEWAY_SSL_CERT_LOCATION": "PEM certificate (chain) of the client-facing TLS listener",
    "GATEWAY_SSL_KEY_LOCATION": "PEM private key of GATEWAY_SSL_CERT_LOCATION",
    "GATEWAY_SSL_KEY_PASSWORD": "password of the private key (PEM or in the keystore)",
    "GATEWAY_SSL_KEY_STORE_PATH": "PKCS#12 keystore with key and certificate, instead of PEM",
    "GATEWAY_SSL_KEY_STORE_PASSWORD": "password of GATEWAY_SSL_KEY_STORE_PATH",
    "GATEWAY_SSL_KEY_TYPE": "keystore type: pkcs12 (jks: convert with keytool) [pkcs12]",
    "GATEWAY_SSL_CLIENT_AUTH": "mutual TLS: NONE, REQUEST or REQUIRE a client certificate "
    "[NONE]",
    "GATEWAY_SSL_TRUST_STORE_PATH": "PKCS#12 truststore of the CAs signing client certificates",
    "GATEWAY_SSL_TRUST_STORE_PASSWORD": "password of GATEWAY_SSL_TRUST_STORE_PATH",
    "GATEWAY_SSL_CA_LOCATION": "PEM file of the CAs signing client certificates",
    "GATEWAY_SSL_PRINCIPAL_MAPPING_RULES": "client certificate subject -> principal, Kafka's "
    "ssl.principal.mapping.rules syntax [DEFAULT]",
    "GATEWAY_SSL_HANDSHAKE_TIMEOUT_MS": "time allowed for a client's TLS handshake [10000]",
    "GATEWAY_SSL_RELOAD_INTERVAL_MS": "how often certificate files are checked for rotation "
    "[5000]",
    "GATEWAY_ROUTING_MECHANISM": "port (one port per broker) or host (SNI names on one TLS "
    "port) [port]",
    "GATEWAY_ADVERTISED_SNI_PORT": "port advertised with SNI names [GATEWAY_PORT_START]",
    "GATEWAY_ADVERTISED_HOST_PREFIX": "SNI name of broker b: <prefix><b><separator><advertised "
    "host> [broker]",
    "GATEWAY_SNI_HOST_SEPARATOR": "between broker<b> and the advertised host: . or - [.]",

    # client authentication
    "GATEWAY_SECURITY_MODE": "GATEWAY_MANAGED (clients authenticate to Sluice) or "
    "KAFKA_MANAGED (their SASL goes to the brokers) [KAFKA_MANAGED when both "
    "GATEWAY_SECURITY_PROTOCOL and KAFKA_SECURITY_PROTOCOL are SASL_*, else GATEWAY_MANAGED]",
    "GATEWAY_USER_POOL_SECRET_KEY": "signs service-account tokens, the SASL/PLAIN passwords "
    "(`sluice token create`); at least 32 bytes, e.g. `openssl rand -base64 32` [none]",
    "GATEWAY_OAUTH_JWKS_URL": "JWKS of the identity provider (http://, https:// or "
    "file://): enables SASL/OAUTHBEARER [none]",
    "GATEWAY_OAUTH_EXPECTED_ISSUER": "the `iss` OAUTHBEARER tokens must carry [not checked]",
    "GATEWAY_OAUTH_EXPECTED_AUDIENCES": "audiences, comma-separated; a token must name one "
    "[not checked]",
    "GATEWAY_OAUTH_SUB_CLAIM_NAME": "the token claim that names the principal [sub]",
    "GATEWAY_OAUTH_JWKS_REFRESH_MS": "how often the JWKS is fetched again [3600000]",
    "GATEWAY_SASL_SESSION_LIFETIME_MS": "longest SASL session before the client must "
    "re-authenticate (KIP-368, Kafka's connections.max.reauth.ms); 0: only the credential's "
    "expiry bounds it [0]",
}


class ConfigError(Exception):
    """A setting is missing or invalid; the message says where and which."""


# A setting whose name holds one of these never has its value shown in a message or repr
# (GATEWAY_ADMIN_API_USERS holds passwords).
SECRET_MARKERS: Final = ("PASSWORD", "SECRET", "JAAS", "ADMIN_API_USERS")
TRUE_WORDS: Final = frozenset({"true", "yes", "on", "1"})
FALSE_WORDS: Final = frozenset({"false", "no", "off", "0"})
# Prefixes of the variables that are Sluice's: an unknown one is probably a typo.
SETTING_PREFIXES: Final = ("GATEWAY_", "KAFKA_")
EXAMPLE_FILE: Final = "deploy/sluice.example.yaml"
EXAMPLE_COMMAND: Final = f"python -m gateway.config --example > {EXAMPLE_FILE}"
# Settings for which an empty value means something (not "the default").
EMPTY_IS_A_VALUE: Final = frozenset({"kafka_ssl_endpoint_identification_algorithm"})
# KAFKA_* environment variables that are no librdkafka property: Kafka's own (JVM) scripts
# and the service links Kubernetes injects for a Service named `kafka`.
_NOT_A_PROPERTY = re.compile(r"^KAFKA_(.*_OPTS|OPTS|DEBUG|HOME|VERSION|SERVICE_HOST|"
                             r"SERVICE_PORT(_.*)?|PORT(_\d+_(TCP|UDP|SCTP)(_.*)?)?)$")
# Example values of required settings, for the example configuration file.
EXAMPLE_VALUES: dict[str, str] = {"kafka_bootstrap_servers": "broker1:9092,broker2:9092"}


def librdkafka_config(config: GatewayConfig,
                      environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The librdkafka properties of the gateway's own clients, from the KAFKA_* settings.

    Every KAFKA_* setting is the librdkafka property of the same name (KAFKA_SASL_MECHANISM
    is `sasl.mechanism`), so one configuration serves the data plane and the clients. The
    Java-only ones are translated: KAFKA_SASL_JAAS_CONFIG into `sasl.username`/`password`
    (or OIDC options), a PKCS#12 KAFKA_SSL_TRUSTSTORE_LOCATION into `ssl.ca.pem`, an empty
    KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM into `none`. Any other KAFKA_* variable
    of `environ` (default: this process's) is passed on as its property, except near-misses
    of a setting (warned about at startup), the JVM scripts' variables (KAFKA_*_OPTS) and
    Kubernetes service links (KAFKA_SERVICE_HOST, KAFKA_PORT_9092_TCP, ...).
    """
    from gateway.security.backend_auth import backend_sasl
    from gateway.security.tls import truststore_pem

    protocol = config.kafka_security_protocol
    props = {"bootstrap.servers": config.kafka_bootstrap_servers,
             "security.protocol": protocol.lower()}
    if protocol.endswith("SSL"):
        for name in ("kafka_ssl_ca_location", "kafka_ssl_certificate_location",
                     "kafka_ssl_key_location", "kafka_ssl_key_password"):
            value = getattr(config, name)
            if value:
                props[name[6:].replace("_", ".")] = value
        if config.kafka_ssl_truststore_location:
            props["ssl.ca.pem"] = truststore_pem(config.kafka_ssl_truststore_location,
                                                 config.kafka_ssl_truststore_password)
        algorithm = config.kafka_ssl_endpoint_identification_algorithm
        props["ssl.endpoint.identification.algorithm"] = algorithm or "none"
    if protocol.startswith("SASL"):
        props.update(backend_sasl(config).librdkafka_properties())
    environ = os.environ if environ is None else environ
    kafka_known = [name for name in SETTINGS if name.startswith("KAFKA_")]
    for name, value in environ.items():
        if not name.startswith("KAFKA_") or name in SETTINGS or _NOT_A_PROPERTY.match(name) \
                or _closest(name, kafka_known, 0.85) is not None:
            continue
        props[name[6:].lower().replace("_", ".")] = value
    return props


def is_secret(name: str) -> bool:
    """Whether a setting holds a secret (its value is never printed)."""
    return any(marker in name.upper() for marker in SECRET_MARKERS)


@dataclass(frozen=True, slots=True)
class _Source:
    description: str  # "environment variable X" or "file.yaml:12 (x)"


class _BadValue(Exception):
    """A value does not fit its setting; the message says what was expected."""


def _load_yaml(path: str) -> dict[str, tuple[Any, _Source]]:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8"
                          ) from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else path
        what = "; ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise ConfigError(f"{where}: invalid YAML: {what}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from exc
    if node is None:
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(f"{path}:{node.start_mark.line + 1}: expected a mapping of settings "
                          "(`name: value` lines)")
    values: dict[str, tuple[Any, _Source]] = {}
    first_line: dict[str, int] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        key = str(key_node.value)
        if key.upper() in first_line:
            raise ConfigError(f"{path}:{line}: duplicate setting {key!r} (first set on line "
                              f"{first_line[key.upper()]}); keep one of them")
        first_line[key.upper()] = line
        try:
            value = yaml.SafeLoader("").construct_document(value_node)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}:{line} ({key}): invalid YAML value: {exc}") from exc
        values[key] = (value, _Source(f"{path}:{line} ({key})"))
    return values


def _closest(name: str, known: Iterable[str], cutoff: float = 0.75) -> str | None:
    """The known setting `name` is most probably a misspelling of (prefixes aside)."""

    def bare(setting: str) -> str:
        return re.sub(r"^(GATEWAY_|KAFKA_)", "", setting.upper())

    candidates = {bare(k): k for k in known}
    matches = difflib.get_close_matches(bare(name), list(candidates), n=1, cutoff=cutoff)
    return candidates[matches[0]] if matches else None


def unknown_variable_warnings(environ: Mapping[str, str]) -> list[str]:
    """Warnings for GATEWAY_*/KAFKA_* variables that look like mistyped settings.

    Any unknown GATEWAY_* variable is reported. KAFKA_* variables may be librdkafka
    properties for the gateway's own clients, so only near-misses of a known KAFKA_*
    setting are.
    """
    warnings = []
    kafka_known = [name for name in SETTINGS if name.startswith("KAFKA_")]
    for name in sorted(environ):
        if name in SETTINGS or not name.startswith(SETTING_PREFIXES):
            continue
        if name.startswith("KAFKA_"):
            guess = _closest(name, kafka_known, 0.85)
            if guess is not None:
                warnings.append(f"environment variable {name} is not a setting and is "
                                f"ignored; did you mean {guess}?")
            continue
        guess = _closest(name, SETTINGS)
        hint = f"; did you mean {guess}?" if guess else " (`sluice run --help` lists them)"
        warnings.append(f"environment variable {name} is not a setting and is ignored{hint}")
    return warnings


def _plain(t: msgspec.inspect.Type) -> tuple[msgspec.inspect.Type, bool]:
    """The type without its None alternative, and whether None was one."""
    if isinstance(t, msgspec.inspect.UnionType):
        rest = [x for x in t.types if not isinstance(x, msgspec.inspect.NoneType)]
        if len(rest) == 1:
            return rest[0], len(rest) < len(t.types)
    return t, False


def _bounds(t: msgspec.inspect.IntType | msgspec.inspect.FloatType) -> str:
    low = t.ge if t.ge is not None else t.gt
    high = t.le if t.le is not None else t.lt
    if t.ge is not None and t.le is not None:
        return f" from {t.ge} to {t.le}"
    parts = []
    if low is not None:
        parts.append(f"{'>=' if t.ge is not None else '>'} {low}")
    if high is not None:
        parts.append(f"{'<=' if t.le is not None else '<'} {high}")
    return (" " + " and ".join(parts)) if parts else ""


def describe_type(t: msgspec.inspect.Type) -> str:
    """What a value of this type looks like, in an operator's words."""
    t, optional = _plain(t)
    if isinstance(t, msgspec.inspect.BoolType):
        text = "a boolean: true/false, yes/no, on/off or 1/0"
    elif isinstance(t, msgspec.inspect.LiteralType):
        text = "one of " + ", ".join(str(v) for v in t.values)
    elif isinstance(t, msgspec.inspect.IntType):
        text = "an integer" + _bounds(t)
    elif isinstance(t, msgspec.inspect.FloatType):
        text = "a number" + _bounds(t)
    elif isinstance(t, msgspec.inspect.StrType):
        text = "non-empty text" if t.min_length else "text"
        if t.pattern:
            text += f" matching the regex {t.pattern}"
    elif isinstance(t, msgspec.inspect.ListType | msgspec.inspect.SetType):
        text = f"a list (comma-separated) of {describe_type(t.item_type)}"
    else:
        text = f"a value of type {type(t).__name__.removesuffix('Type').lower()}"
    return text + (", or empty for the default" if optional else "")


def _normalize(value: Any, t: msgspec.inspect.Type) -> Any:
    """Accept the spellings operators use: any case, yes/no, a YAML list for a CSV."""
    t, _ = _plain(t)
    if isinstance(t, msgspec.inspect.BoolType):
        if isinstance(value, str) and value.strip().lower() in TRUE_WORDS | FALSE_WORDS:
            return value.strip().lower() in TRUE_WORDS
        if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1):
            return bool(value)
        return value
    if isinstance(t, msgspec.inspect.LiteralType) and isinstance(value, str):
        for allowed in t.values:
            if isinstance(allowed, str) and allowed.lower() == value.strip().lower():
                return allowed
        return value
    if isinstance(t, msgspec.inspect.StrType):
        if isinstance(value, list | tuple) and all(
                isinstance(x, str | int | float) for x in value):
            return ",".join(str(x) for x in value)
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        return value
    if isinstance(t, msgspec.inspect.ListType | msgspec.inspect.SetType) and isinstance(
            value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    if isinstance(t, msgspec.inspect.IntType) and isinstance(value, str):
        with contextlib.suppress(ValueError):
            return int(value.strip())
    if isinstance(t, msgspec.inspect.IntType) and isinstance(value, bool):
        return str(value)  # YAML `yes` for a number: refused below, not read as 1
    return value


class _Field:
    """One setting: its name, type and how to convert a raw value to it."""

    def __init__(self, info: msgspec.inspect.Field, hint: Any) -> None:
        self.name = info.name
        self.setting = info.name.upper()
        self.info = info
        self.hint = hint

    def convert(self, value: Any) -> Any:
        """The typed value; raises _BadValue."""
        try:
            return msgspec.convert(_normalize(value, self.info.type), self.hint, strict=False)
        except msgspec.ValidationError as exc:
            raise _BadValue(describe_type(self.info.type)) from exc

    def shown(self, value: Any) -> str:
        """The value as an error message shows it (secrets redacted)."""
        return "<redacted>" if is_secret(self.name) else repr(value)

    @property
    def default_text(self) -> str | None:
        """The default as a setting would be written, if there is one."""
        default = self.info.default
        if default is msgspec.NODEFAULT or default is None or default == "":
            return None
        if isinstance(default, bool):
            return "true" if default else "false"
        return str(default)


def fields() -> list[_Field]:
    """Every setting of GatewayConfig, in declaration order."""
    hints = typing.get_type_hints(GatewayConfig, include_extras=True)
    info = msgspec.inspect.type_info(GatewayConfig)
    assert isinstance(info, msgspec.inspect.StructType)
    return [_Field(f, hints[f.name]) for f in info.fields]


def _with_source(message: str, sources: Mapping[str, _Source]) -> str:
    """Prefix a cross-field check's message (`NAME: ...`) with where NAME was set."""
    match = re.match(r"([A-Z][A-Z0-9_]+)(: .*)", message, re.S)
    if match:
        source = sources.get(match.group(1).lower())
        if source is not None:
            return f"{source.description}{match.group(2)}"
    return f"invalid configuration: {message}"


def load_config(
    environ: Mapping[str, str] | None = None,
    config_file: str | None = None,
    warnings: list[str] | None = None,
) -> GatewayConfig:
    """Build the configuration from a YAML file (optional) and the environment.

    Warnings about variables that look like mistyped settings are appended to `warnings`.
    """
    environ = os.environ if environ is None else environ
    by_setting = {f.setting: f for f in fields()}
    raw: dict[str, tuple[Any, _Source]] = {}
    if config_file:
        for key, (value, source) in _load_yaml(config_file).items():
            if key.upper() not in by_setting:
                guess = _closest(key, by_setting)
                hint = f"; did you mean {guess.lower()}?" if guess else ""
                if not guess and key.upper().startswith("KAFKA_"):
                    hint = ("; other librdkafka properties of the gateway's own clients "
                            f"are read from the environment only ({key.upper()}=...)")
                raise ConfigError(f"{source.description.rsplit(' (', 1)[0]}: unknown setting "
                                  f"{key!r}{hint}")
            raw[key.lower()] = (value, source)
    for setting in by_setting:
        if setting in environ:
            raw[setting.lower()] = (environ[setting], _Source(f"environment variable {setting}"))
    if warnings is not None:
        warnings.extend(unknown_variable_warnings(environ))
    values: dict[str, Any] = {}
    for field in by_setting.values():
        if field.name not in raw:
            if field.info.required:
                raise ConfigError(f"{field.setting} is required (environment or --config file)")
            continue
        value, source = raw[field.name]
        # An empty setting means "use the default" (as `FOO= sluice run` suggests); a
        # required one then fails validation by name.
        if field.name in EMPTY_IS_A_VALUE and value is None:
            value = ""  # `name:` in YAML
        if (value is None or value == "") and not field.info.required \
                and field.name not in EMPTY_IS_A_VALUE:
            continue
        try:
            values[field.name] = field.convert(value)
        except _BadValue as exc:
            default = field.default_text
            hint = f" (default: {default})" if default is not None else ""
            raise ConfigError(f"{source.description}: got {field.shown(value)}, expected "
                              f"{exc}{hint}") from None
    try:
        return GatewayConfig(**values)
    except (ValueError, TypeError) as exc:
        raise ConfigError(_with_source(str(exc), {k: s for k, (_, s) in raw.items()})) from None


def _yaml_scalar(value: Any) -> str:
    """A value as a YAML scalar that loads back as the same value."""
    dumped = yaml.safe_dump(value, default_flow_style=True, width=1000).strip()
    return dumped.removesuffix("\n...").removesuffix("...").strip()


def example_yaml() -> str:
    """The example configuration file: every setting, commented, with its default."""
    lines = [
        "# Sluice node settings: every setting, with its default (commented out).",
        f"# Generated from gateway/config.py by `{EXAMPLE_COMMAND}`;",
        "# regenerate it after adding a setting. Use with `sluice run --config FILE.yaml`.",
        "# Keys are the environment variables' names (any case); the environment overrides",
        "# this file. Booleans: true/false, yes/no, on/off, 1/0. Lists: a YAML list or a",
        "# comma-separated string.",
    ]
    for field in fields():
        lines.append("")
        for chunk in textwrap.wrap(SETTINGS.get(field.setting, ""), 88):
            lines.append(f"# {chunk}")
        if field.info.required:
            lines.append(f"{field.name}: {_yaml_scalar(EXAMPLE_VALUES.get(field.name, ''))}")
            continue
        if is_secret(field.name):
            lines.append(f"# {field.name}:")
            continue
        default = field.info.default
        shown = "" if default in (None, "", msgspec.NODEFAULT) else f" {_yaml_scalar(default)}"
        lines.append(f"# {field.name}:{shown}")
    return "\n".join(lines) + "\n"


def help_text() -> str:
    """The settings table printed by `sluice run --help`."""
    width = max(len(name) for name in SETTINGS)
    lines = ["settings (environment variables, or the same keys in --config FILE.yaml):"]
    lines += [f"  {name:<{width}}  {text}" for name, text in SETTINGS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """`python -m gateway.config --example`: print the example configuration file."""
    args = sys.argv[1:] if argv is None else argv
    if args != ["--example"]:
        print(f"usage: {EXAMPLE_COMMAND}", file=sys.stderr)
        return 2
    sys.stdout.write(example_yaml())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
