"""The phase table of ProxyConnection: every legal transition, every illegal trigger -> ERROR.

The cases are generated from `TRANSITIONS` itself, so a row added to the table is tested.
"""

from __future__ import annotations

import itertools

import pytest

from gateway.protocol.connection import (
    CLIENT_TRIGGERS,
    SKIPPED_WHEN_OFF,
    TRANSITIONS,
    IllegalTransition,
    Phase,
    PhaseMachine,
    Trigger,
)
from gateway.protocol.errors import ILLEGAL_SASL_STATE

ALL = list(itertools.product(Phase, Trigger))
LEGAL = [(p, t) for p, t in ALL if t in TRANSITIONS[p]]
ILLEGAL = [(p, t) for p, t in ALL if t not in TRANSITIONS[p]]


def machine_in(phase: Phase) -> PhaseMachine:
    machine = PhaseMachine(proxy_header=True, tls=True, sasl=True)
    if phase is Phase.ERROR:
        machine.to_error("an earlier error")
    machine.phase = phase
    return machine


def test_every_phase_has_a_row() -> None:
    assert set(TRANSITIONS) == set(Phase)
    assert TRANSITIONS[Phase.ERROR] == {}


@pytest.mark.parametrize(("phase", "trigger"), LEGAL, ids=lambda v: v.name)
def test_legal_transition(phase: Phase, trigger: Trigger) -> None:
    machine = machine_in(phase)
    assert machine.fire(trigger) is TRANSITIONS[phase][trigger]
    assert machine.error_reason is None


@pytest.mark.parametrize(("phase", "trigger"), ILLEGAL, ids=lambda v: v.name)
def test_illegal_trigger_moves_to_error_with_a_reason(phase: Phase, trigger: Trigger) -> None:
    machine = machine_in(phase)
    with pytest.raises(IllegalTransition) as caught:
        machine.fire(trigger)
    assert machine.phase is Phase.ERROR
    reason = f"{trigger.value} is not allowed while {phase.value}"
    assert str(caught.value).startswith(reason)
    # The first reason is kept.
    assert machine.error_reason == (str(caught.value) if phase is not Phase.ERROR
                                    else "an earlier error")
    # The client's own bytes breaking the rules get Kafka's answer; anything else is ours.
    assert caught.value.error_code == (ILLEGAL_SASL_STATE if trigger in CLIENT_TRIGGERS
                                       else None)


@pytest.mark.parametrize("trigger", [t for t in CLIENT_TRIGGERS
                                     if t not in TRANSITIONS[Phase.AWAIT_SASL_HANDSHAKE]])
def test_pre_authentication_refusals_cite_kip_152(trigger: Trigger) -> None:
    with pytest.raises(IllegalTransition, match="KIP-152"):
        machine_in(Phase.AWAIT_SASL_HANDSHAKE).fire(trigger)


def test_error_is_kept_with_the_first_reason() -> None:
    machine = machine_in(Phase.ACTIVE)
    with pytest.raises(IllegalTransition):
        machine.fire(Trigger.PROXY_HEADER)
    first = machine.error_reason
    with pytest.raises(IllegalTransition):
        machine.fire(Trigger.REQUEST)
    assert machine.error_reason == first


@pytest.mark.parametrize(("proxy_header", "tls", "sasl"),
                         list(itertools.product([False, True], repeat=3)))
def test_phases_not_configured_are_stepped_over(proxy_header: bool, tls: bool,
                                                sasl: bool) -> None:
    machine = PhaseMachine(proxy_header, tls, sasl)
    expected = [p for p, on in ((Phase.AWAIT_PROXY_HEADER, proxy_header),
                                (Phase.AWAIT_TLS, tls), (Phase.AWAIT_SASL_HANDSHAKE, sasl))
                if on]
    assert machine.phase is (expected[0] if expected else Phase.ACTIVE)
    seen = []
    for trigger in (Trigger.PROXY_HEADER, Trigger.TLS_ESTABLISHED, Trigger.SASL_HANDSHAKE,
                    Trigger.AUTHENTICATED):
        if trigger in TRANSITIONS[machine.phase]:
            seen.append(machine.phase)
            machine.fire(trigger)
    assert machine.phase is Phase.ACTIVE
    assert [p for p in seen if p in SKIPPED_WHEN_OFF] == expected


def test_every_phase_is_reachable_from_the_start() -> None:
    reached = {Phase.AWAIT_PROXY_HEADER}
    frontier = [Phase.AWAIT_PROXY_HEADER]
    while frontier:
        phase = frontier.pop()
        for target in TRANSITIONS[phase].values():
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    # ERROR is reached by any illegal trigger, not through the table.
    assert reached == set(Phase) - {Phase.ERROR}
