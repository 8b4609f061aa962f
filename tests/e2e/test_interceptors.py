"""An interceptor that raises closes only its own connection, with the exception logged and
audited, while other clients keep delivering (issue 9, the chain's acceptance)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import trio

from gateway.config import GatewayConfig
from gateway.demo.mock_cluster import MockCluster
from gateway.interceptors.api import Interceptor, RequestMessage, RequestResult, forward, requests
from gateway.protocol import api_keys
from gateway.protocol.connection import ConnectionInfo
from gateway.proxy.server import serve
from gateway.proxy.state import GatewayState
from tests.conftest import free_port_range
from tests.kafka_helpers import consume_partitions, produce_all, unique

REASON = "interceptor Explodes raised RuntimeError on a Produce v"


class Explodes(Interceptor):
    """Raises on every Produce request naming the topic it was made for."""

    interests = requests(api_keys.PRODUCE)

    def __init__(self, topic: str) -> None:
        self.topic = topic

    def on_request(self, request: RequestMessage) -> RequestResult:
        if any(t.Name == self.topic for t in request.body.TopicData):
            raise RuntimeError(f"refusing to carry {self.topic}")
        return forward()


async def test_an_interceptor_that_raises_closes_only_its_connection(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="sluice.proxy")
    bad, good = unique("bad"), unique("good")
    audit = tmp_path / "audit.jsonl"
    with MockCluster(3) as cluster:
        config = GatewayConfig(
            kafka_bootstrap_servers=cluster.bootstrap_servers, gateway_bind_host="127.0.0.1",
            gateway_advertised_host="127.0.0.1", gateway_port_start=free_port_range(5),
            gateway_port_count=5, gateway_feature_flags_internal_load_balancing=False,
            gateway_audit_log_file=str(audit))
        async with trio.open_nursery() as nursery:
            state: GatewayState = await nursery.start(serve, config)

            def explodes(info: ConnectionInfo) -> Interceptor:
                return Explodes(bad)

            state.interceptors.append(explodes)
            bootstrap = f"127.0.0.1:{config.gateway_port_start}"
            values = [f"v{i}".encode() for i in range(2000)]

            def doomed() -> None:
                # Every attempt closes the producer's connection; nothing is delivered.
                with pytest.raises(AssertionError, match="Message timed out|not delivered"):
                    produce_all(bootstrap, bad, [b"x"] * 5, timeout=4,
                                **{"message.timeout.ms": 3000, "enable.idempotence": False})

            async with trio.open_nursery() as clients:
                clients.start_soon(trio.to_thread.run_sync, doomed)
                acked = await trio.to_thread.run_sync(
                    lambda: produce_all(bootstrap, good, values, **{"linger.ms": 20}))
            consumed = await trio.to_thread.run_sync(
                lambda: consume_partitions(bootstrap, good, 4, len(values)))
            nursery.cancel_scope.cancel()
    assert sorted(acked) == sorted(values)
    assert sorted(consumed) == sorted(values)

    failures = [r for r in caplog.records if r.levelno == logging.ERROR
                and REASON in r.getMessage()]
    assert failures, "the interceptor's exception was not logged"
    assert failures[0].exc_info is not None
    assert isinstance(failures[0].exc_info[1], RuntimeError)
    assert f"refusing to carry {bad}" in failures[0].getMessage()
    closes = [r.getMessage() for r in caplog.records if " closed (" in r.getMessage()]
    assert any(f"closed (interceptor): {REASON}" in line for line in closes), closes

    events = [json.loads(line) for line in audit.read_text().splitlines()]
    reasons = [e["reason"] for e in events
               if e["type"] == "CONNECTION" and e["action"] == "closed"]
    assert any(r.startswith(f"interceptor: {REASON}") and f"refusing to carry {bad}" in r
               for r in reasons), reasons
