"""The session's flow control, with in-memory streams (sockets are not the point here)."""

from __future__ import annotations

import math

import trio
import trio.testing

from gateway.audit import ConnectionAuditor
from gateway.config import GatewayConfig
from gateway.protocol import api_keys
from gateway.protocol.codec import ResponseHeader, decode_request, encode_response
from gateway.protocol.connection import ConnectionInfo, Phase, TlsEstablished
from gateway.protocol.frames import FrameReader, frame
from gateway.protocol.headers import encode_request_header, encode_response_header
from gateway.proxy.backend import BrokerInfo, ClusterInfo
from gateway.proxy.framed import FramedStream
from gateway.proxy.session import Session, connection_settings
from gateway.proxy.state import GatewayState
from gateway.proxy.upstream_security import BrokerLogin, UpstreamSecurity
from gateway.routing.ports import PortMap
from gateway.security.sasl import Authenticator, Credential, PlainServer
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

    async def open_upstream() -> tuple[FramedStream, str, BrokerLogin | None]:
        return FramedStream(broker_side, 1 << 20), "broker 1", None

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


async def test_the_broker_session_is_renewed_between_requests(
    autojump_clock: trio.testing.MockClock,
) -> None:
    # KIP-368 toward the broker: when the gateway's SASL session is due, the answers owed
    # arrive first, new client requests wait, then SaslHandshake + SaslAuthenticate.
    config = GatewayConfig(
        kafka_bootstrap_servers="b:9092", gateway_advertised_host="gw",
        gateway_feature_flags_internal_load_balancing=False,
        kafka_security_protocol="SASL_PLAINTEXT", kafka_sasl_mechanism="PLAIN",
        kafka_sasl_username="gw-user", kafka_sasl_password="gw-secret")
    state = GatewayState(config, PortMap(6969, 3, 1), ClusterInfo(
        {1: BrokerInfo(1, "b1", 9092, None)}, VERSIONS))
    security = UpstreamSecurity.from_config(config)
    assert security.data_path_sasl is not None
    client, gateway_client_side = trio.testing.memory_stream_pair()
    gateway_broker_side, broker = trio.testing.memory_stream_pair()
    auditor = ConnectionAuditor(None, frozenset(), "c", "n", "gw:6969", "client:1")
    login = BrokerLogin(security, security.data_path_sasl, renew_at=math.inf)

    async def open_upstream() -> tuple[FramedStream, str, BrokerLogin | None]:
        upstream = FramedStream(gateway_broker_side, 1 << 20)
        done = await security.login(upstream, login.sasl)  # as upstream.open_upstream does
        login.renew_at = BrokerLogin.renewal_time(done, trio.current_time())
        return upstream, "broker 1", login

    def check(username: str, password: str, now: float) -> Credential:
        assert (username, password) == ("gw-user", "gw-secret")
        return Credential(username)

    events: list[tuple[str, float]] = []
    auth = Authenticator({"PLAIN": lambda: PlainServer(check)}, max_session_ms=12_000)

    answers_send, answers = trio.open_memory_channel[tuple[float, int]](100)

    async def fake_broker() -> None:
        reader = FrameReader()
        while data := await broker.receive_some(65536):
            reader.receive_data(data)
            while (request := reader.next_frame()) is not None:
                key = int.from_bytes(request[4:6], "big")
                correlation_id = int.from_bytes(request[8:12], "big")
                events.append((api_keys.api_name(key), trio.current_time()))
                if key in (17, 36):
                    header, body, _ = decode_request(request)
                    version = int.from_bytes(request[6:8], "big")
                    await broker.send_all(encode_response(
                        ResponseHeader(CorrelationId=header.CorrelationId),
                        auth.receive(key, version, body, trio.current_time()), version))
                    continue
                assert auth.may_forward(key, trio.current_time()), "session expired"
                # The second request is answered slowly: still owed when renewal is due.
                slow = [n for n, _ in events].count("Metadata") == 2
                await answers_send.send((3 if slow else 0, correlation_id))

    async def answer_in_order() -> None:  # as a broker does, one connection's in turn
        async for delay, correlation_id in answers:
            await trio.sleep(delay)
            await broker.send_all(_metadata_response(correlation_id, 0))

    session = Session(state, FramedStream(gateway_client_side, 1 << 20), open_upstream,
                      "client:1", auditor, "client")
    async with trio.open_nursery() as nursery:
        nursery.start_soon(session.run)
        nursery.start_soon(fake_broker)
        nursery.start_soon(answer_in_order)
        reader = FrameReader()
        seen: list[int] = []

        async def responses(count: int) -> None:
            while len(seen) < count:
                data = await client.receive_some(65536)
                assert data, f"the gateway closed the connection after {seen}"
                reader.receive_data(data)
                while (response := reader.next_frame()) is not None:
                    seen.append(int.from_bytes(response[4:8], "big"))

        start = trio.current_time()
        await client.send_all(_metadata_request(1))  # opens the connection: login at 0
        with trio.fail_after(60):
            await responses(1)
        # The session lasts 12 s: renewal is due at 10.2.
        assert login.renew_at == start + 12 * 0.85
        await trio.sleep_until(start + 9)
        await client.send_all(_metadata_request(2))  # answered at 12
        await trio.sleep_until(start + 10.5)
        await client.send_all(_metadata_request(3))  # held until renewed
        with trio.fail_after(60):
            await responses(3)
        assert seen == [1, 2, 3]
        assert [name for name, _ in events] == [
            "SaslHandshake", "SaslAuthenticate", "Metadata", "Metadata",
            "SaslHandshake", "SaslAuthenticate", "Metadata"]
        renewed_at = events[4][1] - start
        assert renewed_at == 12  # once the owed answer came, not at 10.2
        assert events[6][1] - start >= renewed_at
        assert login.renew_at - start == 12 + 12 * 0.85
        nursery.cancel_scope.cancel()
