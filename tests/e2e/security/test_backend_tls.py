"""Sluice in front of a TLS backend: KAFKA_SECURITY_PROTOCOL=SSL with hostname verification.

The backend is a Sluice node with an SSL listener and SNI routing in front of the mock
cluster ("inner"); a second node ("outer") reaches it with KAFKA_SECURITY_PROTOCOL=SSL and
serves plaintext clients. Certificates are made at test time.
"""

from __future__ import annotations

import re
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from confluent_kafka import Consumer

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import GatewayProcess, start_gateway
from tests.e2e.hostile.conftest import api_versions_frame, read_frames, time_wait_toward
from tests.e2e.security.backend_helpers import outer_env, spawn_gateway, wait_for_exit
from tests.e2e.security.conftest import ADVERTISED_HOST, Pki, make_pki, start_tls_gateway
from tests.kafka_helpers import assert_same_values, consume_group, produce_all, unique
from tests.unit.security.certs import make_ca

COUNT = 500


@pytest.fixture(scope="module")
def inner(mock_cluster: MockCluster, tmp_path_factory: pytest.TempPathFactory,
          pki: Pki) -> Iterator[GatewayProcess]:
    """The TLS backend: SSL + SNI names broker<N>.gw.localhost, certificate *.gw.localhost."""
    gw = start_tls_gateway(mock_cluster, tmp_path_factory.mktemp("inner"), pki)
    try:
        yield gw
    finally:
        gw.stop()


@pytest.fixture(scope="module")
def misnamed_inner(mock_cluster: MockCluster, tmp_path_factory: pytest.TempPathFactory
                   ) -> Iterator[tuple[GatewayProcess, Pki]]:
    """A TLS backend advertising broker<N>.gw.localhost with a certificate for other.localhost.

    The certificate also holds 127.0.0.1, so a bootstrap by IP address is accepted and only
    the brokers' names are wrong.
    """
    tmp = tmp_path_factory.mktemp("misnamed")
    wrong = make_pki(tmp / "pki", host="other.localhost")
    gw = start_tls_gateway(mock_cluster, tmp, wrong)
    try:
        yield gw, wrong
    finally:
        gw.stop()


def _roundtrip(outer: GatewayProcess) -> None:
    topic = unique("backend-tls")
    values = [f"tls-{i}".encode() for i in range(COUNT)]
    produce_all(outer.bootstrap, topic, values)
    got = consume_group(outer.bootstrap, topic, unique("g"), COUNT)
    assert_same_values([v.decode() for v in got], [v.decode() for v in values])


def test_clients_produce_and_consume_through_a_tls_backend(
        mock_cluster: MockCluster, inner: GatewayProcess, pki: Pki, tmp_path: Path) -> None:
    audit_topic = unique("outer-audit")
    outer = start_gateway(mock_cluster, tmp_path, outer_env(
        inner, pki.ca_file, GATEWAY_AUDIT_LOG_KAFKA="true", GATEWAY_AUDIT_LOG_TOPIC=audit_topic,
        GATEWAY_AUDIT_API_KEYS="PRODUCE"))
    try:
        _roundtrip(outer)
        log = outer.log_text()
        # Every upstream connection was TLS to a broker<N>.gw.localhost name: the brokers
        # as the inner node advertises them, each verified against the certificate.
        assert re.search(rf"in front of brokers \d+=broker\d+\.{ADVERTISED_HOST}:", log), log
        assert "certificate verify failed" not in log and "served by another" not in log
        # The audit producer (librdkafka, configured by librdkafka_config) reached the
        # backend over TLS with the same KAFKA_SSL_CA_LOCATION.
        consumer = Consumer({"bootstrap.servers": mock_cluster.bootstrap_servers,
                             "group.id": unique("audit"), "auto.offset.reset": "earliest"})
        consumer.subscribe([audit_topic])
        events = []
        try:
            for _ in range(60):
                events += [m for m in consumer.consume(100, 0.5) if not m.error()]
                if events:
                    break
        finally:
            consumer.close()
        assert any(b'"clusterId":"outer"' in m.value() for m in events), events[:3]
    finally:
        outer.stop()


def test_wrong_broker_name_is_refused_and_named(
        mock_cluster: MockCluster, misnamed_inner: tuple[GatewayProcess, Pki],
        tmp_path: Path) -> None:
    inner, wrong = misnamed_inner
    bootstrap = f"127.0.0.1:{inner.port_start}"  # in the certificate: startup succeeds
    outer = start_gateway(mock_cluster, tmp_path, outer_env(
        inner, wrong.ca_file, KAFKA_BOOTSTRAP_SERVERS=bootstrap))
    try:
        topic = unique("misnamed")
        with pytest.raises(AssertionError):
            produce_all(outer.bootstrap, topic, [b"x"], timeout=4,
                        **{"message.timeout.ms": 3000})
        line = outer.wait_for_log("certificate verify failed")
        match = re.search(
            r"broker (\d+) \((broker\d+\.gw\.localhost):(\d+)\): certificate verify failed: "
            r"Hostname mismatch, certificate is not valid for '(broker\d+\.gw\.localhost)'; "
            r"the broker's certificate does not name 'broker\d+\.gw\.localhost'", line)
        assert match, line[-3000:]
        assert match.group(2) == match.group(4) and int(match.group(3)) == inner.port_start
        # ... and the session closed with that reason (the close line says why).
        assert re.search(r"closed \(broker\): broker \d+ \(broker\d+\.gw\.localhost:\d+\): "
                         r"certificate verify failed: Hostname mismatch", line), line[-3000:]
        # Rate-limited: one broker host, at most the burst of 5 lines per 10 s.
        assert len(re.findall(r"ERROR.*certificate verify failed", line)) <= 5
    finally:
        outer.stop()


def test_hostname_verification_off_works_with_a_warning(
        mock_cluster: MockCluster, misnamed_inner: tuple[GatewayProcess, Pki],
        tmp_path: Path) -> None:
    inner, wrong = misnamed_inner
    outer = start_gateway(mock_cluster, tmp_path, outer_env(
        inner, wrong.ca_file, KAFKA_BOOTSTRAP_SERVERS=f"127.0.0.1:{inner.port_start}",
        KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM=""))
    try:
        _roundtrip(outer)
        log = outer.log_text()
        assert "KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM is empty: backend broker host " \
               "names are not verified" in log
        assert "certificate verify failed" not in log
    finally:
        outer.stop()


@pytest.mark.parametrize(("case", "needle"), [
    # A CA of the same name but another key, and an unrelated CA.
    ("same-name CA", r"certificate verify failed: certificate signature failure; set "
                     r"KAFKA_SSL_CA_LOCATION \(PEM\) or KAFKA_SSL_TRUSTSTORE_LOCATION "
                     r"\(PKCS#12\) to the CA that signs the brokers' certificates"),
    # (The inner node sends its CA along with its certificate.)
    ("unrelated CA", r"certificate verify failed: self-signed certificate in certificate "
                     r"chain; set KAFKA_SSL_CA_LOCATION \(PEM\)"),
    ("system CAs", r"certificate verify failed: self-signed certificate in certificate chain; "
                   r"set KAFKA_SSL_CA_LOCATION"),
    ("wrong name", r"certificate verify failed: Hostname mismatch, certificate is not valid "
                   r"for 'gw\.localhost'; the broker's certificate does not name "
                   r"'gw\.localhost'"),
    ("unknown server name", r"TLS handshake failed \(TLSV1_UNRECOGNIZED_NAME\): the broker "
                            r"does not know the server name 'localhost'; connect by a name "
                            r"the listener serves \(SNI routing\)"),
    ("plaintext", r"not a plaintext Kafka listener: a TLS server answered\. The listener "
                  r"expects TLS: set KAFKA_SECURITY_PROTOCOL=SSL"),
])
def test_startup_diagnosis_names_the_server_and_the_reason(
        mock_cluster: MockCluster, inner: GatewayProcess, pki: Pki, tmp_path: Path,
        misnamed_inner: tuple[GatewayProcess, Pki], case: str, needle: str) -> None:
    ca_file: str | None = pki.ca_file
    extra = {"GATEWAY_BACKEND_STARTUP_TIMEOUT_MS": "1500"}
    server = inner.bootstrap
    if case == "same-name CA":
        ca_file = str(make_pki(tmp_path / "other").ca_file)
    elif case == "unrelated CA":
        ca_file = str(tmp_path / "unrelated.pem")
        Path(ca_file).write_bytes(make_ca("Unrelated CA").cert_pem())
    elif case == "system CAs":
        ca_file = None
    elif case == "wrong name":  # a name the listener serves, not in its certificate
        server = misnamed_inner[0].bootstrap
        ca_file = misnamed_inner[1].ca_file
        extra["KAFKA_BOOTSTRAP_SERVERS"] = server
    elif case == "unknown server name":  # the SNI-routing listener refuses the name
        server = f"localhost:{inner.port_start}"
        extra["KAFKA_BOOTSTRAP_SERVERS"] = server
    elif case == "plaintext":
        extra["KAFKA_SECURITY_PROTOCOL"] = "PLAINTEXT"
    node = spawn_gateway(mock_cluster, tmp_path, outer_env(inner, ca_file, **extra))
    try:
        assert wait_for_exit(node) == 1
        log = node.log_text()
        assert re.search(rf"backend cluster unavailable: {re.escape(server)}: {needle}", log), \
            log[-3000:]
    finally:
        node.stop()


def test_tls_to_a_plaintext_broker_is_diagnosed(mock_cluster: MockCluster,
                                                tmp_path: Path, pki: Pki) -> None:
    server = mock_cluster.bootstrap_servers.split(",")[0]
    node = spawn_gateway(mock_cluster, tmp_path, {
        "KAFKA_BOOTSTRAP_SERVERS": server, "KAFKA_SECURITY_PROTOCOL": "SSL",
        "KAFKA_SSL_CA_LOCATION": pki.ca_file, "GATEWAY_UPSTREAM_CONNECT_TIMEOUT_MS": "1000",
        "GATEWAY_BACKEND_STARTUP_TIMEOUT_MS": "1500"})
    try:
        assert wait_for_exit(node) == 1
        log = node.log_text()
        assert re.search(rf"backend cluster unavailable: {re.escape(server)}: (timed out in "
                         r"the TLS handshake|connection closed during the TLS handshake|TLS "
                         r"handshake failed \(.*\): the listener does not speak TLS)", log), \
            log[-3000:]
    finally:
        node.stop()


def test_connection_churn_leaves_no_time_wait_toward_a_tls_backend(
        mock_cluster: MockCluster, inner: GatewayProcess, pki: Pki, tmp_path: Path) -> None:
    if shutil.which("ss") is None:
        pytest.skip("needs ss (iproute2)")
    churn = 200
    outer = start_gateway(mock_cluster, tmp_path, outer_env(inner, pki.ca_file))
    try:
        before = time_wait_toward(set(inner.ports))
        for i in range(churn):
            with socket.create_connection((outer.advertised_host, outer.port_start), 5) as sock:
                sock.sendall(api_versions_frame(i))  # forwarded: one TLS connection each
                assert len(read_frames(sock, 1)) == 1
        after = time_wait_toward(set(inner.ports))
        # Each TLS connection to the backend was reset with nothing owed, not FIN-closed
        # (other tests' connections to the same node may add a few).
        assert after - before < churn // 20, (before, after)
    finally:
        outer.stop()
