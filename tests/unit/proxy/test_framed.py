"""FramedStream and RequestBudget: memory grows with the data, time limits hold (no sockets)."""

from __future__ import annotations

import pytest
import trio
import trio.testing
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.protocol.frames import frame
from gateway.proxy.budget import RequestBudget
from gateway.proxy.framed import DIRECT_READ_BYTES, FramedStream, LimitExceeded


def _pair(**kw: object) -> tuple[trio.testing.MemorySendStream, FramedStream]:
    client, gateway_side = trio.testing.memory_stream_pair()
    return client, FramedStream(gateway_side, 10 * 1024 * 1024, **kw)  # type: ignore[arg-type]


async def test_a_large_frame_is_held_only_as_far_as_it_arrived() -> None:
    client, stream = _pair()
    big = frame(bytes(range(256)) * 4096)  # 1 MiB
    await client.send_all(big[:1000])
    with trio.move_on_after(0.1):
        await stream.read_frame()
    large = stream._large
    assert large is not None and large.buffer is None  # no buffer of the announced size
    assert sum(map(len, large.chunks)) == 1000
    await client.send_all(big[1000:])
    got = await stream.read_frame()
    assert got == big


async def test_frames_after_a_large_one_and_the_end_of_stream() -> None:
    client, stream = _pair()
    big, small = frame(b"x" * (DIRECT_READ_BYTES * 3)), frame(b"tail")
    await client.send_all(big + small)
    await client.aclose()
    assert await stream.read_frame() == big
    assert await stream.read_frame() == small
    assert await stream.read_frame() is None


async def test_a_partial_frame_must_complete_within_the_request_timeout(
    autojump_clock: trio.testing.MockClock,
) -> None:
    client, stream = _pair(request_timeout_s=3.0, idle_timeout_s=100.0)
    started = trio.current_time()
    await client.send_all(frame(b"x" * 10)[:6])
    with pytest.raises(LimitExceeded, match=r"GATEWAY_REQUEST_TIMEOUT_MS=3000 \(2 of 10 bytes"):
        await stream.read_frame()
    assert trio.current_time() - started == pytest.approx(3.0)


async def test_the_request_timeout_applies_to_large_frames_too(
    autojump_clock: trio.testing.MockClock,
) -> None:
    client, stream = _pair(request_timeout_s=2.0)
    await client.send_all(frame(b"x" * 100_000)[:4])
    with pytest.raises(LimitExceeded, match=r"\(0 of 100000 bytes received\)"):
        await stream.read_frame()


async def test_idle_means_no_traffic_either_way(autojump_clock: trio.testing.MockClock) -> None:
    client, stream = _pair(request_timeout_s=1.0, idle_timeout_s=10.0)
    started = trio.current_time()

    async def talk_back() -> None:
        for _ in range(3):
            await trio.sleep(6)
            await stream.send(b"response")  # traffic toward the client keeps it alive

    async with trio.open_nursery() as nursery:
        nursery.start_soon(talk_back)
        with pytest.raises(LimitExceeded, match="idle for GATEWAY_CONNECTIONS_MAX_IDLE_MS=10000"):
            await stream.read_frame()
    assert trio.current_time() - started == pytest.approx(18 + 10)


async def test_reads_pause_when_the_budget_is_spent_and_resume_when_freed(
    autojump_clock: trio.testing.MockClock,
) -> None:
    budget = RequestBudget(1000)
    first_client, first = _pair(budget=budget)
    second_client, second = _pair(budget=budget)
    await first_client.send_all(frame(b"a" * 2000)[:1500])  # the head may exceed the budget
    with trio.move_on_after(1):
        await first.read_frame()
    assert budget.used == 1500
    await second_client.send_all(frame(b"b" * 10))
    with trio.move_on_after(1):
        assert await second.read_frame() is None, "read while the budget was spent"
    assert budget.pauses >= 1 and budget.held_by(second) == 0

    async def finish_first() -> None:
        await trio.sleep(1)
        await first_client.send_all(frame(b"a" * 2000)[1500:])

    async with trio.open_nursery() as nursery:
        nursery.start_soon(finish_first)
        assert await first.read_frame() == frame(b"a" * 2000)
        assert await second.read_frame() == frame(b"b" * 10)
    assert budget.used == 0


def test_the_oldest_holder_may_always_read() -> None:
    budget = RequestBudget(100)
    a, b = object(), object()
    budget.hold(a, 60)
    budget.hold(b, 50)
    assert budget.used == 110
    assert budget.room(b, 10) == 0
    assert budget.room(a, 10) == 10  # it started first: its frame can always finish
    budget.hold(a, 0)
    assert budget.room(b, 10) == 10  # now b is the oldest
    budget.hold(b, 0)
    assert budget.used == 0 and budget.room(a, 500) == 100


@settings(max_examples=50, deadline=None)
@given(st.lists(st.binary(max_size=3 * DIRECT_READ_BYTES).map(frame), max_size=6),
       st.lists(st.integers(1, 100_000), min_size=1, max_size=20))
def test_any_split_of_any_frames_reads_back_the_same_frames(
    frames: list[bytes], cuts: list[int]
) -> None:
    """Small and large frames, cut anywhere: the same frames, then the end of stream."""
    data = b"".join(frames)

    async def main() -> list[bytes]:
        client, stream = _pair(budget=RequestBudget(DIRECT_READ_BYTES))
        async with trio.open_nursery() as nursery:
            async def send() -> None:
                pos, i = 0, 0
                while pos < len(data):
                    step = cuts[i % len(cuts)]
                    await client.send_all(data[pos:pos + step])
                    pos, i = pos + step, i + 1
                await client.aclose()
            nursery.start_soon(send)
            got = []
            while (one := await stream.read_frame()) is not None:
                got.append(bytes(one))
            assert stream.budget is not None and stream.budget.used == 0
            return got

    assert trio.run(main) == frames
