"""The admin API's HTTP layer over in-memory streams: limits, timeouts, keep-alive, errors."""

from __future__ import annotations

import json

import trio
import trio.testing

from admin_api.http import HttpLimits, Request, Response, handle_connection, problem

LIMITS = HttpLimits(max_header_bytes=2048, max_body_bytes=100, request_timeout_s=5,
                    idle_timeout_s=30)


async def echo(request: Request) -> Response:
    if request.path == "/boom":
        raise RuntimeError("secret internals")
    return Response(200, json.dumps({"method": request.method, "path": request.path,
                                     "query": request.query, "body": request.body.decode()}
                                    ).encode())


async def exchange(data: bytes, limits: HttpLimits = LIMITS, close: bool = True) -> bytes:
    """Send raw bytes to a connection handler; return all it answered before closing."""
    client, server = trio.testing.memory_stream_pair()
    received = bytearray()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(handle_connection, server, echo, limits, "10.0.0.1:1")
        await client.send_all(data)
        if close:
            await client.send_eof()
        while True:
            chunk = await client.receive_some(65536)
            if not chunk:
                break
            received += chunk
    return bytes(received)


def _status_and_body(raw: bytes) -> tuple[int, dict[str, object]]:
    head, _, body = raw.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), json.loads(body)


async def test_keep_alive_serves_pipelined_requests_in_order() -> None:
    raw = await exchange(b"GET /a?x=1 HTTP/1.1\r\nHost: h\r\n\r\n"
                         b"PUT /b HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc")
    responses = raw.split(b"HTTP/1.1 200 ")
    assert len(responses) == 3
    assert b'"path": "/a", "query": {"x": "1"}' in responses[1]
    assert b'"method": "PUT", "path": "/b", "query": {}, "body": "abc"' in responses[2]


async def test_malformed_request_line_is_400_json_and_closed() -> None:
    status, body = _status_and_body(await exchange(b"GARBAGE\r\n\r\n"))
    assert status == 400 and body["title"] == "Bad Request"
    assert str(body["detail"]).startswith("malformed HTTP request")


async def test_oversized_headers_are_431() -> None:
    raw = await exchange(b"GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + b"a" * 5000 + b"\r\n\r\n")
    status, body = _status_and_body(raw)
    assert status == 431 and "GATEWAY_HTTP_MAX_HEADER_BYTES" in str(body["detail"])


async def test_oversized_bodies_are_413_by_length_or_by_chunks() -> None:
    raw = await exchange(b"PUT / HTTP/1.1\r\nHost: h\r\nContent-Length: 101\r\n\r\n")
    status, body = _status_and_body(raw)
    assert status == 413 and "GATEWAY_HTTP_MAX_BODY_BYTES" in str(body["detail"])
    chunk = b"40\r\n" + b"x" * 64 + b"\r\n"
    raw = await exchange(b"PUT / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                         + chunk * 2 + b"0\r\n\r\n")
    assert _status_and_body(raw)[0] == 413


async def test_a_failing_handler_is_500_without_its_traceback() -> None:
    raw = await exchange(b"GET /boom HTTP/1.1\r\nHost: h\r\n\r\n")
    status, body = _status_and_body(raw)
    assert status == 500 and "secret internals" not in raw.decode()
    assert "node's log" in str(body["detail"])


async def test_slowloris_is_cut_off_with_408(autojump_clock: trio.abc.Clock) -> None:
    client, server = trio.testing.memory_stream_pair()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(handle_connection, server, echo, LIMITS, "10.0.0.1:1")
        start = trio.current_time()
        with trio.move_on_after(60):
            for byte in b"GET / HTTP/1.1\r\nHost: h\r\n":
                try:
                    await client.send_all(bytes([byte]))
                except trio.BrokenResourceError:
                    break  # the server gave up on us
                await trio.sleep(1)
        raw = b""
        while chunk := await client.receive_some(65536):
            raw += chunk
    status, body = _status_and_body(raw)
    assert status == 408 and "within 5 s" in str(body["detail"])
    assert trio.current_time() - start < 7


async def test_an_idle_keep_alive_connection_is_closed_quietly(
        autojump_clock: trio.abc.Clock) -> None:
    client, server = trio.testing.memory_stream_pair()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(handle_connection, server, echo, LIMITS, "10.0.0.1:1")
        await client.send_all(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        start = trio.current_time()
        raw = b""
        while chunk := await client.receive_some(65536):
            raw += chunk
    assert raw.startswith(b"HTTP/1.1 200 ") and raw.count(b"HTTP/1.1") == 1
    assert 29 < trio.current_time() - start < 31


async def test_head_gets_headers_only_and_errors_are_json() -> None:
    raw = await exchange(b"HEAD / HTTP/1.1\r\nHost: h\r\n\r\n")
    assert raw.startswith(b"HTTP/1.1 200 ") and raw.endswith(b"\r\n\r\n")
    response = problem(404, "nope")
    assert json.loads(response.body) == {"title": "Not Found", "status": 404, "detail": "nope"}


async def test_bodies_held_by_all_connections_are_bounded() -> None:
    from admin_api.http import BodyBudget

    budget = BodyBudget(150)
    assert budget.take(100)  # another connection holds 100 bytes
    client, server = trio.testing.memory_stream_pair()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(handle_connection, server, echo, LIMITS, "10.0.0.1:1", budget)
        await client.send_all(b"PUT / HTTP/1.1\r\nHost: h\r\nContent-Length: 80\r\n\r\n"
                              + b"x" * 80)
        raw = b""
        while chunk := await client.receive_some(65536):
            raw += chunk
    status, body = _status_and_body(raw)
    assert status == 503 and "busy" in str(body["detail"])
    assert budget.used == 100  # what the refused request held is given back
    budget.give(100)
    assert (await exchange(b"PUT / HTTP/1.1\r\nHost: h\r\nContent-Length: 80\r\n\r\n"
                           + b"x" * 80)).startswith(b"HTTP/1.1 200 ")
