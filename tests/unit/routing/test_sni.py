"""SNI names: broker b <-> `<prefix><b><separator><host>`, bootstrap, unknown names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gateway.routing.sni import BOOTSTRAP, SniNames, UnknownName

NAMES = SniNames("gw.example.com")


def test_broker_names() -> None:
    assert NAMES.name_of(3) == "broker3.gw.example.com"
    assert NAMES.name_of(3, "node2.example.com") == "broker3.node2.example.com"
    assert SniNames("gw.localhost", "b", "-").name_of(0) == "b0-gw.localhost"


@pytest.mark.parametrize("name", [None, "gw.example.com", "GW.Example.COM", "gw.example.com."])
def test_bootstrap_names(name: str | None) -> None:
    assert NAMES.broker_for(name) is BOOTSTRAP


@pytest.mark.parametrize("name, broker", [("broker3.gw.example.com", 3),
                                          ("BROKER12.gw.example.com.", 12),
                                          ("broker0.gw.example.com", 0)])
def test_broker_selected_by_name(name: str, broker: int) -> None:
    assert NAMES.broker_for(name) == broker


@pytest.mark.parametrize("name", [
    "broker.gw.example.com", "broker3.other.com", "broker3gw.example.com", "brokerx.gw.example.com",
    "broker+3.gw.example.com", "broker03.gw.example.com", "broker٣.gw.example.com",
    "broker3.evil.gw.example.com", "kafka3.gw.example.com", "example.com", "",
    "broker1234567890.gw.example.com",
])
def test_unknown_names(name: str) -> None:
    with pytest.raises(UnknownName):
        NAMES.broker_for(name)


@given(st.integers(min_value=0, max_value=999_999_999),
       st.sampled_from(["broker", "b", "kafka-", ""]), st.sampled_from([".", "-"]))
def test_every_advertised_name_selects_its_broker(broker: int, prefix: str, sep: str) -> None:
    names = SniNames("gw.localhost", prefix, sep)
    assert names.broker_for(names.name_of(broker)) == broker


@given(st.text(max_size=80))
def test_any_name_is_judged_without_error(name: str) -> None:
    try:
        result = NAMES.broker_for(name)
    except UnknownName:
        return
    assert result is BOOTSTRAP or (
        isinstance(result, int) and NAMES.name_of(result) == name.lower().removesuffix("."))
