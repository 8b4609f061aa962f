"""Socket addresses as text."""

from __future__ import annotations

from gateway.protocol.socket_address import format_address


def test_ipv4_and_ipv6_addresses() -> None:
    assert format_address(("192.168.0.1", 56324)) == "192.168.0.1:56324"
    assert format_address(("2001:db8::1", 9092)) == "[2001:db8::1]:9092"
    assert format_address(("::ffff:102:304", 0)) == "[::ffff:102:304]:0"


def test_ipv6_socket_tuple_with_flow_info_and_scope() -> None:
    assert format_address(("fe80::1", 9092, 0, 2)) == "[fe80::1]:9092"


def test_what_is_not_an_address_tuple_is_shown_as_is() -> None:
    assert format_address("/tmp/unix.sock") == "/tmp/unix.sock"
    assert format_address(None) == "None"
    assert format_address(("lonely",)) == "('lonely',)"
