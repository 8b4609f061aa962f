"""LogLimiter: bursts per (kind, host), suppressed counts reported, bounded keys."""

from __future__ import annotations

import logging

import pytest

from gateway.log_limits import LogLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _limiter(clock: FakeClock, **kw: int) -> LogLimiter:
    return LogLimiter(logging.getLogger("test.limits"), burst=2, interval_s=10.0, clock=clock,
                      **kw)


def _messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "test.limits"]


def test_burst_then_suppressed_then_summary(clock: FakeClock,
                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    limiter = _limiter(clock)
    logged = [limiter.log(logging.WARNING, "refused", "10.0.0.1", "refused %d", i)
              for i in range(5)]
    assert logged == [True, True, False, False, False]
    assert _messages(caplog) == ["refused 0", "refused 1"]
    clock.now += 10
    assert limiter.log(logging.WARNING, "refused", "10.0.0.1", "refused %d", 5)
    assert _messages(caplog)[2:] == [
        "... 3 more 'refused' messages from 10.0.0.1 suppressed in the last 10 s",
        "refused 5",
    ]
    assert caplog.records[-2].levelno == logging.WARNING


def test_hosts_and_kinds_have_their_own_budgets(clock: FakeClock,
                                                caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    limiter = _limiter(clock)
    for _ in range(3):
        limiter.log(logging.INFO, "refused", "a", "a refused")
        limiter.log(logging.INFO, "refused", "b", "b refused")
        limiter.log(logging.INFO, "timeout", "a", "a timeout")
    assert sorted(_messages(caplog)) == sorted(["a refused"] * 2 + ["b refused"] * 2
                                               + ["a timeout"] * 2)


def test_flush_reports_windows_that_are_over_and_only_once(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    limiter = _limiter(clock)
    for _ in range(4):
        limiter.log(logging.INFO, "idle", "h", "idle")
    limiter.flush()
    assert _messages(caplog) == ["idle", "idle"]  # the window is not over yet
    clock.now += 11
    limiter.flush()
    limiter.flush()
    assert _messages(caplog)[2:] == [
        "... 2 more 'idle' messages from h suppressed in the last 11 s"
    ]


def test_many_hosts_share_one_key_beyond_max_keys(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    limiter = _limiter(clock, max_keys=3)
    for i in range(100):
        limiter.log(logging.INFO, "refused", f"10.0.0.{i}", "refused %d", i)
    # 3 hosts tracked (one line each... up to the burst), all others share one budget.
    assert len(_messages(caplog)) == 3 + 2
    clock.now += 10
    limiter.flush()
    assert _messages(caplog)[-1] == (
        "... 95 more 'refused' messages from all other hosts suppressed in the last 10 s"
    )


def test_disabled_level_costs_nothing(clock: FakeClock,
                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    limiter = _limiter(clock)
    assert not limiter.log(logging.DEBUG, "x", "h", "debug")
    assert _messages(caplog) == []
