"""What the gateway itself asks the backend cluster (brokers, API versions), and why not.

When a bootstrap server does not answer as a Kafka broker, the failure says which of these
it was, with the remedy: the name does not resolve, the connection is refused, nothing
answers in time, or what answered is not a Kafka broker -- an HTTP server, a TLS listener
(identified by a TLS probe when its first answer was a reset or silence), or bytes that are
no Kafka frame. With TLS (KAFKA_SECURITY_PROTOCOL=SSL/SASL_SSL) a refused certificate
names the verification error (wrong host name, unknown CA, expired) and what to set, a
listener that does not speak TLS is said to be one; with SASL a refused login gives the
broker's message. `discover_backend` retries with backoff and logs each distinct failure once,
then a reminder every GATEWAY_BACKEND_REMINDER_INTERVAL_MS, so a gateway started before its
cluster (normal under an orchestrator) says what is wrong without flooding the log.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import re
import socket
import ssl
from dataclasses import dataclass
from typing import Any, Final

import trio

from gateway.config import GatewayConfig
from gateway.logs import context
from gateway.protocol import api_keys
from gateway.protocol.codec_runtime import to_dict
from gateway.protocol.errors import ProtocolError
from gateway.protocol.frames import frame
from gateway.protocol.generated.api_versions_request import ApiVersionsRequest
from gateway.protocol.generated.api_versions_response import ApiVersionsResponse
from gateway.protocol.generated.metadata_request import MetadataRequest
from gateway.protocol.generated.metadata_response import MetadataResponse
from gateway.protocol.headers import encode_request_header, response_body_offset

from .framed import FramedStream, PeerGone
from .upstream_security import UpstreamFailure, UpstreamSecurity, security_for

log = logging.getLogger("sluice.backend")

CLIENT_ID = "sluice-gateway"
METADATA_VERSION = 1  # brokers with racks, and an empty topic list means "no topics"
FIRST_CORRELATION_ID: Final = 1
MAX_BACKOFF_S: Final = 10.0
# A Kafka response is at least a correlation id; a size prefix claiming more than this
# for an ApiVersions v0 answer is text or a TLS record read as a size.
_MAX_API_VERSIONS_BYTES: Final = 1024 * 1024
# A server that did not answer Kafka is probed (TLS, then HTTP) this long at most each.
_PROBE_TIMEOUT_S: Final = 2.0
_CHECK_PORT: Final = "check the port in KAFKA_BOOTSTRAP_SERVERS (a broker's Kafka listener)"


@dataclass(frozen=True, slots=True)
class BrokerInfo:
    """A backend broker as the cluster describes it."""

    node_id: int
    host: str
    port: int
    rack: str | None


@dataclass(frozen=True, slots=True)
class ClusterInfo:
    """The brokers and the ApiVersions entries of the backend."""

    brokers: dict[int, BrokerInfo]
    api_versions: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class BackendFailure:
    """Why one bootstrap server did not describe the cluster, with the remedy."""

    server: str  # host:port
    kind: str  # refused, unresolved, timeout, no-answer, closed, http, tls, not-kafka, ...
    message: str

    def __str__(self) -> str:
        return f"{self.server}: {self.message}"


class BackendUnavailable(Exception):
    """No bootstrap server answered; `failures` says why, server by server."""

    def __init__(self, failures: list[BackendFailure]) -> None:
        super().__init__("; ".join(map(str, failures)) or "no bootstrap server")
        self.failures = failures


class BackendStartupTimeout(Exception):
    """GATEWAY_BACKEND_STARTUP_TIMEOUT_MS passed without a bootstrap server answering."""


class _Failed(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def _timeout_text(timeout_s: float) -> str:
    return f"GATEWAY_UPSTREAM_CONNECT_TIMEOUT_MS={round(timeout_s * 1000)} ms"


async def _connect(host: str, port: int, timeout_s: float) -> trio.SocketStream:
    """A TCP connection to host:port; raises _Failed naming what went wrong."""
    try:
        infos = await trio.socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise _Failed("unresolved", f"name not resolved ({exc.strerror}); check the host "
                      "name in KAFKA_BOOTSTRAP_SERVERS and this machine's DNS") from exc
    last: OSError | None = None
    for family, type_, proto, _, address in infos:
        sock = trio.socket.socket(family, type_, proto)
        try:
            with trio.fail_after(timeout_s):
                await sock.connect(address)
        except trio.TooSlowError as exc:
            sock.close()
            raise _Failed("timeout", f"timed out: no connection within {_timeout_text(timeout_s)}"
                          "; check the address, firewalls and security groups, or raise "
                          "GATEWAY_UPSTREAM_CONNECT_TIMEOUT_MS") from exc
        except OSError as exc:
            sock.close()
            last = exc
            continue
        return trio.SocketStream(sock)
    if last is not None and last.errno == errno.ECONNREFUSED:
        raise _Failed("refused", "connection refused: nothing listens there; "
                      f"{_CHECK_PORT}, and that the brokers are running") from last
    reason = last.strerror if last is not None else "no address"
    code = errno.errorcode.get(last.errno or 0, "error") if last is not None else "error"
    raise _Failed(code.lower(), f"cannot connect: {reason}") from last


def _first_answer_failure(data: bytes) -> _Failed | None:
    """Why the first bytes a server sent are not a Kafka response, if they are not."""
    if data.startswith(b"HTTP/"):
        status = re.match(rb"HTTP/[0-9.]+ [0-9]{3}[^\r\n(]*", data)
        line = (status.group(0) if status else data[:12]).decode("ascii", "replace").strip()
        return _Failed("http", f"not a Kafka broker: an HTTP server answered ({line!r}); "
                       f"{_CHECK_PORT}, not a web or REST port")
    if len(data) >= 2 and data[0] in (0x15, 0x16) and data[1] == 0x03:
        return _tls_failure()
    size = int.from_bytes(data[:4], "big", signed=True)
    if size < 4 or size > _MAX_API_VERSIONS_BYTES:
        return _Failed("not-kafka", f"not a Kafka broker: its first answer {data[:16]!r} is "
                       f"not a Kafka response; {_CHECK_PORT}")
    return None


def _tls_failure() -> _Failed:
    return _Failed("tls", "not a plaintext Kafka listener: a TLS server answered. The "
                   "listener expects TLS: set KAFKA_SECURITY_PROTOCOL=SSL (or SASL_SSL with "
                   "KAFKA_SASL_* credentials), and KAFKA_SSL_CA_LOCATION unless the system "
                   "CAs sign its certificate")


async def _probe(host: str, port: int, timeout_s: float) -> _Failed | None:
    """Identify a server that did not answer Kafka: send a TLS ClientHello, then HTTP."""
    tls = ssl.create_default_context()
    tls.check_hostname = False
    tls.verify_mode = ssl.CERT_NONE
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    hello = tls.wrap_bio(incoming, outgoing, server_hostname=host)
    with contextlib.suppress(ssl.SSLWantReadError):
        hello.do_handshake()
    for probe in (outgoing.read(), b"GET / HTTP/1.0\r\n\r\n"):
        with trio.move_on_after(timeout_s):
            try:
                stream = await _connect(host, port, timeout_s)
            except _Failed:
                return None
            try:
                await stream.send_all(probe)
                answer = await stream.receive_some(512)
            except (trio.BrokenResourceError, OSError):
                answer = b""
            finally:
                await stream.aclose()
            failure = _first_answer_failure(answer) if len(answer) >= 2 else None
            if failure is not None and failure.kind in ("tls", "http"):
                return failure
    return None


async def _first_response(conn: FramedStream, host: str, port: int, timeout_s: float) -> bytes:
    """The answer to the first request, checked to be a Kafka frame."""
    data = b""
    with trio.move_on_after(timeout_s) as scope:
        try:
            while len(data) < 4:
                chunk = await conn.receive_raw()
                if not chunk:
                    break
                data += chunk
        except PeerGone:
            pass
    if len(data) >= 2:
        failure = _first_answer_failure(data)
        if failure is not None:
            raise failure
    if len(data) < 4:
        probed = await _probe(host, port, min(timeout_s, _PROBE_TIMEOUT_S))
        if probed is not None:
            raise probed
        if scope.cancelled_caught:
            raise _Failed("no-answer", f"timed out: connected, but nothing answered an "
                          f"ApiVersions request within {_timeout_text(timeout_s)}; this does "
                          f"not look like a Kafka broker: {_CHECK_PORT}")
        raise _Failed("closed", "closed the connection without answering an ApiVersions "
                      f"request: not a Kafka broker, or one refusing the gateway; "
                      f"{_CHECK_PORT}, and the broker's log")
    conn.feed(data)
    with trio.fail_after(timeout_s):
        response = await conn.read_frame()
    if response is None:
        raise PeerGone("broker closed the connection")
    return response


async def _call(
    conn: FramedStream, api_key: int, version: int, body: bytes, correlation_id: int
) -> tuple[bytes, int]:
    request = encode_request_header(api_key, version, correlation_id, CLIENT_ID) + body
    await conn.send(frame(request))
    response = await conn.read_frame()
    if response is None:
        raise PeerGone("broker closed the connection")
    return response, response_body_offset(response, api_key, version)


async def _secured(host: str, port: int, timeout_s: float,
                   security: UpstreamSecurity) -> trio.abc.Stream:
    stream = await _connect(host, port, timeout_s)
    try:
        with trio.fail_after(timeout_s):
            return await security.wrap(stream, host)
    except trio.TooSlowError:
        await trio.aclose_forcefully(stream)
        raise _Failed("tls", f"timed out in the TLS handshake ({_timeout_text(timeout_s)}): "
                      f"the listener does not answer TLS; is it a PLAINTEXT listener (then "
                      f"KAFKA_SECURITY_PROTOCOL=PLAINTEXT or SASL_PLAINTEXT)?") from None
    except UpstreamFailure as exc:
        raise _Failed(exc.kind, str(exc)) from None


async def _describe_one(
    host: str, port: int, timeout_s: float, max_frame_bytes: int,
    security: UpstreamSecurity,
) -> ClusterInfo:
    stream = await _secured(host, port, timeout_s, security)
    conn = FramedStream(stream, max_frame_bytes)
    try:
        request = encode_request_header(
            api_keys.API_VERSIONS, 0, FIRST_CORRELATION_ID, CLIENT_ID
        ) + ApiVersionsRequest().encode(0)
        await conn.send(frame(request))
        response = await _first_response(conn, host, port, timeout_s)
        if int.from_bytes(response[4:8], "big", signed=True) != FIRST_CORRELATION_ID:
            raise _Failed("not-kafka", f"not a Kafka broker: its answer {response[:16]!r} "
                          f"does not match the request; {_CHECK_PORT}")
        at = response_body_offset(response, api_keys.API_VERSIONS, 0)
        versions, _ = ApiVersionsResponse.decode(response, 0, at)
        if security.sasl is not None:  # the gateway's own calls always log in
            with trio.fail_after(timeout_s):
                try:
                    await security.login(conn, security.sasl)
                except UpstreamFailure as exc:
                    raise _Failed(exc.kind, str(exc)) from None
        with trio.fail_after(timeout_s):
            body = MetadataRequest(Topics=[]).encode(METADATA_VERSION)
            response, at = await _call(conn, api_keys.METADATA, METADATA_VERSION, body, 2)
        metadata, _ = MetadataResponse.decode(response, METADATA_VERSION, at)
    finally:
        conn.reset_on_close_if_drained()  # no TIME-WAIT toward the broker
        await conn.aclose()
    brokers = {
        b.NodeId: BrokerInfo(b.NodeId, b.Host, b.Port, b.Rack) for b in metadata.Brokers
    }
    return ClusterInfo(brokers, [to_dict(e, 0) for e in versions.ApiKeys])


async def describe_cluster(
    servers: list[tuple[str, int]], timeout_s: float, max_frame_bytes: int,
    security: UpstreamSecurity | None = None,
) -> ClusterInfo:
    """Ask the first reachable bootstrap server for its ApiVersions and brokers.

    `security` (TLS, SASL) defaults to PLAINTEXT.
    """
    security = security or UpstreamSecurity("PLAINTEXT", "GATEWAY_MANAGED")
    failures = []
    for host, port in servers:
        server = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        try:
            return await _describe_one(host, port, timeout_s, max_frame_bytes, security)
        except _Failed as exc:
            failures.append(BackendFailure(server, exc.kind, exc.message))
        except trio.TooSlowError:
            failures.append(BackendFailure(server, "slow", "timed out in the middle of an "
                                           f"answer ({_timeout_text(timeout_s)})"))
        except (PeerGone, ProtocolError) as exc:
            hint = f"a Kafka broker? {_CHECK_PORT}"
            if security.sasl is None:
                hint += (" (a listener that requires SASL closes the connection like this: "
                         "then set KAFKA_SECURITY_PROTOCOL=SASL_SSL or SASL_PLAINTEXT and "
                         "the KAFKA_SASL_* credentials)")
            failures.append(BackendFailure(server, "broken", "broke off the conversation "
                                           f"({exc or type(exc).__name__}): {hint}"))
        except OSError as exc:
            failures.append(BackendFailure(server, "os", f"{exc.strerror or exc}"))
    raise BackendUnavailable(failures)


class BackendProblems:
    """The backend's diagnosis: when it last answered, its last failure, and their logging.

    Each distinct failure is logged once, then a reminder now and then. A `quiet` one only
    keeps the diagnosis (the readiness probe: discovery and the workers log the failures).
    """

    def __init__(self, reminder_interval_s: float, what: str = "backend cluster",
                 *, quiet: bool = False) -> None:
        self._reminder_s = reminder_interval_s
        self._what = what
        self._quiet = quiet
        self._logged: dict[tuple[str, str], float] = {}  # (server, kind) -> last logged
        self._since: float | None = None
        self.answered_at: float | None = None  # trio clock
        self.error = "not probed yet"

    def report(self, exc: BackendUnavailable) -> None:
        """Log what is new in `exc`, and what is old but due for a reminder."""
        now = trio.current_time()
        self.error = str(exc)
        if self._since is None:
            self._since = now
        if self._quiet:
            return
        for failure in exc.failures:
            key = (failure.server, failure.kind)
            last = self._logged.get(key)
            if last is None:
                log.error("%s unavailable: %s (retrying with backoff)", self._what, failure,
                          extra=context(broker=failure.server))
            elif now - last >= self._reminder_s:
                log.warning("%s still unavailable after %.0f s: %s (retrying every %.0f s "
                            "or less)", self._what, now - self._since, failure,
                            MAX_BACKOFF_S, extra=context(broker=failure.server))
            else:
                continue
            self._logged[key] = now
        if not exc.failures:
            log.error("%s unavailable: %s", self._what, exc)

    def recovered(self) -> None:
        """Note that the backend answered; log it if it had not before."""
        self.answered_at = trio.current_time()
        if self._since is not None and not self._quiet:
            log.info("%s reachable again after %.1f s", self._what,
                     trio.current_time() - self._since)
        self._logged.clear()
        self._since = None


async def discover_backend(config: GatewayConfig) -> ClusterInfo:
    """Describe the backend, retrying (and saying why) until a bootstrap server answers.

    Raises BackendStartupTimeout after GATEWAY_BACKEND_STARTUP_TIMEOUT_MS, if it is set.
    """
    delay = 0.5
    timeout = config.gateway_upstream_connect_timeout_ms / 1000
    problems = BackendProblems(config.gateway_backend_reminder_interval_ms / 1000)
    limit_ms = config.gateway_backend_startup_timeout_ms
    give_up_at = None if limit_ms is None else trio.current_time() + limit_ms / 1000
    while True:
        try:
            cluster = await describe_cluster(
                config.bootstrap_servers(), timeout, config.gateway_max_frame_bytes,
                security_for(config),
            )
        except BackendUnavailable as exc:
            problems.report(exc)
            if give_up_at is not None:
                left = give_up_at - trio.current_time()
                if left <= 0:
                    raise BackendStartupTimeout(
                        f"no bootstrap server answered within "
                        f"GATEWAY_BACKEND_STARTUP_TIMEOUT_MS={limit_ms} ms: {exc}") from exc
                await trio.sleep(min(delay, left))
            else:
                await trio.sleep(delay)
            delay = min(delay * 2, MAX_BACKOFF_S)
            continue
        problems.recovered()
        return cluster
