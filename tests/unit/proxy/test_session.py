"""The session's flow control, with in-memory streams (sockets are not the point here)."""

from __future__ import annotations

import trio
import trio.testing

from gateway.audit import ConnectionAuditor
from gateway.config import GatewayConfig
from gateway.protocol.connection import ConnectionInfo, Phase, TlsEstablished
from gateway.protocol.frames import FrameReader, frame
from gateway.protocol.headers import encode_request_header, encode_response_header
from gateway.proxy.backend import BrokerInfo, ClusterInfo
from gateway.proxy.framed import FramedStream
from gateway.proxy.session import Session, connection_settings
from gateway.proxy.state import GatewayState
from gateway.routing.ports import PortMap
from tests.wire import API_VERSIONS_RESPONSE, METADATA_REQUEST, METADATA_RESPONSE

LIMIT = 4
VERSIONS = [{"ApiKey": 3, "MinVersion": 0, "MaxVersion": 13},
            {"ApiKey": 18, "MinVersion": 0, "MaxVersion": 2}]


def _state() -> GatewayState:
    config = GatewayConfig(kafka_bootstrap_servers="b:9092", gateway_advertised_host="gw",
                           gateway_max_inflight_requests=LIMIT,
                           gateway_feature_flags_internal_load_balancing=False)
    brokers = {1: BrokerInfo(1, "b1", 9092, None)}
    return GatewayState(config, PortMap(6969, 3, 1), ClusterInfo(brokers, VERSIONS))


def _metadata_request(correlation_id: int) -> bytes:
    return frame(encode_request_header(3, 1, correlation_id, "t")
                 + METADATA_REQUEST.encode({"Topics": []}, 1))


def _metadata_response(correlation_id: int, padding: int) -> bytes:
    body = METADATA_RESPONSE.encode({"Brokers": [
        {"NodeId": 1, "Host": "b1", "Port": 9092, "Rack": "x" * padding}]}, 1)
    return frame(encode_response_header(3, 1, correlation_id) + body)


def _session(state: GatewayState, client_side: trio.abc.Stream, broker_side: trio.abc.Stream,
             tls: TlsEstablished | None = None) -> Session:
    auditor = ConnectionAuditor(None, frozenset(), "c", "n", "gw:6969", "client:1")

    async def open_upstream() -> tuple[FramedStream, str]:
        return FramedStream(broker_side, 1 << 20), "broker 1"

    return Session(state, FramedStream(client_side, 1 << 20), open_upstream, "client:1", auditor,
                   "client", settings=connection_settings(state.config, tls=tls is not None),
                   info=ConnectionInfo(client_host="client", tls=tls))


async def test_a_client_that_stops_reading_stops_the_broker_reads(
    autojump_clock: trio.testing.MockClock,
) -> None:
    state = _state()
    # The client side has no buffer at all (a client that does not read blocks every
    # write to it); the broker side buffers freely, as a socket buffer would.
    client, gateway_client_side = trio.testing.lockstep_stream_pair()
    gateway_broker_side, broker = trio.testing.memory_stream_pair()
    forwarded: list[int] = []

    async def fake_broker() -> None:
        reader = FrameReader()
        while True:
            data = await broker.receive_some(65536)
            if not data:
                return
            reader.receive_data(data)
            while (request := reader.next_frame()) is not None:
                correlation_id = int.from_bytes(request[8:12], "big")
                forwarded.append(correlation_id)
                await broker.send_all(_metadata_response(correlation_id, 2000))

    async def client_that_never_reads() -> None:
        for correlation_id in range(1000, 1050):
            await client.send_all(_metadata_request(correlation_id))

    async with trio.open_nursery() as nursery:
        nursery.start_soon(_session(state, gateway_client_side, gateway_broker_side).run)
        nursery.start_soon(fake_broker)
        nursery.start_soon(client_that_never_reads)
        await trio.sleep(1)
        # In flight: one response being written to the client, LIMIT requests awaiting
        # their turn, one read from the client and waiting for room; nothing beyond. The
        # gateway stopped reading the client, so the client's own writes now block.
        assert LIMIT <= len(forwarded) <= LIMIT + 2, forwarded
        stalled_at = len(forwarded)
        await trio.sleep(0.5)
        assert len(forwarded) == stalled_at

        # The client starts reading: everything flows, in order, rewritten.
        reader = FrameReader()
        seen: list[int] = []
        while len(seen) < 50:
            reader.receive_data(await client.receive_some(65536))
            while (response := reader.next_frame()) is not None:
                seen.append(int.from_bytes(response[4:8], "big"))
                body, _ = METADATA_RESPONSE.decode(response, 1, 8)
                assert (body["Brokers"][0]["Host"], body["Brokers"][0]["Port"]) == ("gw", 6969)
        # The broker saw the gateway's correlation ids; the client gets its own back.
        assert seen == list(range(1000, 1050))
        assert len(set(forwarded)) == 50 and not set(forwarded) & set(seen)
        nursery.cancel_scope.cancel()


async def test_local_answers_keep_their_place_in_the_response_order(
    autojump_clock: trio.testing.MockClock,
) -> None:
    state = _state()
    client, gateway_client_side = trio.testing.memory_stream_pair()
    gateway_broker_side, broker = trio.testing.memory_stream_pair()

    async def fake_broker() -> None:
        reader = FrameReader()
        while True:
            reader.receive_data(await broker.receive_some(65536))
            while (request := reader.next_frame()) is not None:
                await trio.sleep(0.05)  # a slow broker: the local answer must still wait
                correlation_id = int.from_bytes(request[8:12], "big")
                await broker.send_all(_metadata_response(correlation_id, 0))

    async with trio.open_nursery() as nursery:
        nursery.start_soon(_session(state, gateway_client_side, gateway_broker_side).run)
        nursery.start_soon(fake_broker)
        await client.send_all(_metadata_request(1)
                              + frame(encode_request_header(18, 9, 2, "t"))  # too new
                              + _metadata_request(3))
        reader = FrameReader()
        order: list[int] = []
        while len(order) < 3:
            reader.receive_data(await client.receive_some(65536))
            while (response := reader.next_frame()) is not None:
                order.append(int.from_bytes(response[4:8], "big"))
                if order[-1] == 2:
                    body, _ = API_VERSIONS_RESPONSE.decode(response, 0, 8)
                    assert body["ErrorCode"] == 35
        assert order == [1, 2, 3]
        nursery.cancel_scope.cancel()


async def test_a_tls_connection_passes_its_tls_phase_before_any_frame(
    autojump_clock: trio.testing.MockClock,
) -> None:
    state = _state()
    client, gateway_client_side = trio.testing.memory_stream_pair()
    gateway_broker_side, broker = trio.testing.memory_stream_pair()
    established = TlsEstablished("broker1.gw", None)
    session = _session(state, gateway_client_side, gateway_broker_side, established)
    assert session.conn.phase is Phase.AWAIT_TLS

    async def fake_broker() -> None:
        reader = FrameReader()
        while True:
            reader.receive_data(await broker.receive_some(65536))
            while (request := reader.next_frame()) is not None:
                await broker.send_all(_metadata_response(int.from_bytes(request[8:12], "big"), 0))

    async with trio.open_nursery() as nursery:
        nursery.start_soon(session.run)
        nursery.start_soon(fake_broker)
        await client.send_all(_metadata_request(7))
        reader = FrameReader()
        response = None
        with trio.fail_after(5):  # a connection stuck awaiting TLS never answers
            while response is None:
                reader.receive_data(await client.receive_some(65536))
                response = reader.next_frame()
        assert int.from_bytes(response[4:8], "big") == 7
        # The handshake the listener made is the connection's: phase and facts.
        assert session.conn.phase is Phase.ACTIVE
        assert session.info.tls is established
        nursery.cancel_scope.cancel()
