"""PROXY protocol v1/v2 header reader: golden headers, chunking, truncation, invalid input, fuzz."""

from __future__ import annotations

import ipaddress
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.protocol.errors import ProtocolError
from gateway.protocol.frames import frame
from gateway.protocol.proxy_header import (
    ProxyHeader,
    ProxyHeaderError,
    ProxyHeaderReader,
    crc32c,
)

SIG = b"\r\n\r\n\x00\r\nQUIT\n"
# An ApiVersions v3 request frame: what a Kafka client sends right after the PROXY header.
KAFKA = frame(b"\x00\x12\x00\x03\x00\x00\x00\x01\x00\x07client\x00\x05sluice\x051.0.0\x00")


def bitwise_crc32c(data: bytes) -> int:
    """Reference CRC32C, bit by bit (independent of the module's table-driven one)."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 * (crc & 1))
    return crc ^ 0xFFFFFFFF


def tlv(tlv_type: int, value: bytes) -> bytes:
    return struct.pack(">BH", tlv_type, len(value)) + value


def v2(ver_cmd: int, fam: int, body: bytes, length: int | None = None) -> bytes:
    """A v2 header: signature, version/command, family/protocol, length, body."""
    return SIG + struct.pack(">BBH", ver_cmd, fam, len(body) if length is None else length) + body


def ipv4_block(src: str, dst: str, sport: int, dport: int) -> bytes:
    return struct.pack(
        ">4s4sHH",
        ipaddress.IPv4Address(src).packed,
        ipaddress.IPv4Address(dst).packed,
        sport,
        dport,
    )


def ipv6_block(src: str, dst: str, sport: int, dport: int) -> bytes:
    return struct.pack(
        ">16s16sHH",
        ipaddress.IPv6Address(src).packed,
        ipaddress.IPv6Address(dst).packed,
        sport,
        dport,
    )


def with_crc(header_without_crc: bytes) -> tuple[bytes, bytes]:
    """Append a CRC32C TLV (and fix the length); return the header and the CRC value."""
    placeholder = header_without_crc + tlv(0x03, b"\x00\x00\x00\x00")
    length = len(placeholder) - 16
    placeholder = placeholder[:14] + struct.pack(">H", length) + placeholder[16:]
    value = struct.pack(">I", bitwise_crc32c(placeholder))
    return placeholder[:-4] + value, value


V6_TLVS_BODY = (
    ipv6_block("2001:db8::1", "2001:db8:0:1::443", 40000, 9092)
    + tlv(0x02, b"kafka-0.example.com")
    + tlv(0x01, b"kafka")
    + tlv(0x04, b"\x00\x00\x00")
    + tlv(0x20, b"\x01\x00\x00\x00\x00" + tlv(0x21, b"TLSv1.3"))
    + tlv(0xE0, b"")
)
V6_TLVS_HEADER, V6_CRC = with_crc(v2(0x21, 0x21, V6_TLVS_BODY))

FF6 = ":".join(["ffff"] * 8)

# (id, header bytes, expected result).
GOLDEN: list[tuple[str, bytes, ProxyHeader]] = [
    (
        "v1-tcp4-spec-example",
        b"PROXY TCP4 192.168.0.1 192.168.0.11 56324 443\r\n",
        ProxyHeader(1, "PROXY", "TCP4", ("192.168.0.1", 56324), ("192.168.0.11", 443)),
    ),
    (
        "v1-tcp4-longest",
        b"PROXY TCP4 255.255.255.255 255.255.255.255 65535 65535\r\n",
        ProxyHeader(1, "PROXY", "TCP4", ("255.255.255.255", 65535), ("255.255.255.255", 65535)),
    ),
    (
        "v1-tcp4-zeros",
        b"PROXY TCP4 0.0.0.0 10.0.0.1 0 0\r\n",
        ProxyHeader(1, "PROXY", "TCP4", ("0.0.0.0", 0), ("10.0.0.1", 0)),
    ),
    (
        "v1-tcp6-longest",
        f"PROXY TCP6 {FF6} {FF6} 65535 65535\r\n".encode(),
        ProxyHeader(1, "PROXY", "TCP6", (FF6, 65535), (FF6, 65535)),
    ),
    (
        "v1-tcp6-normalised",
        b"PROXY TCP6 2001:0DB8:0000:0000:0000:0000:0000:0001 ::1 51000 9092\r\n",
        ProxyHeader(1, "PROXY", "TCP6", ("2001:db8::1", 51000), ("::1", 9092)),
    ),
    (
        "v1-unknown-short",
        b"PROXY UNKNOWN\r\n",
        ProxyHeader(1, "PROXY", "UNKNOWN", None, None),
    ),
    (
        "v1-unknown-worst-case",
        f"PROXY UNKNOWN {FF6} {FF6} 65535 65535\r\n".encode(),
        ProxyHeader(1, "PROXY", "UNKNOWN", None, None),
    ),
    (
        "v1-unknown-garbage-ignored",
        b"PROXY UNKNOWN \xff\x00 whatever 99999\r\n",
        ProxyHeader(1, "PROXY", "UNKNOWN", None, None),
    ),
    (
        "v2-proxy-tcp4",
        v2(0x21, 0x11, ipv4_block("192.168.0.1", "192.168.0.11", 56324, 443)),
        ProxyHeader(2, "PROXY", "TCP4", ("192.168.0.1", 56324), ("192.168.0.11", 443)),
    ),
    (
        "v2-proxy-tcp6-tlvs",
        V6_TLVS_HEADER,
        ProxyHeader(
            2,
            "PROXY",
            "TCP6",
            ("2001:db8::1", 40000),
            ("2001:db8:0:1::443", 9092),
            authority="kafka-0.example.com",
            tlvs=(
                (0x02, b"kafka-0.example.com"),
                (0x01, b"kafka"),
                (0x04, b"\x00\x00\x00"),
                (0x20, b"\x01\x00\x00\x00\x00" + tlv(0x21, b"TLSv1.3")),
                (0xE0, b""),
                (0x03, V6_CRC),
            ),
        ),
    ),
    (
        "v2-local",
        v2(0x20, 0x00, b""),
        ProxyHeader(2, "LOCAL", "UNKNOWN", None, None),
    ),
    (
        "v2-local-with-ignored-addresses",
        v2(0x20, 0x11, ipv4_block("10.1.1.1", "10.2.2.2", 1, 2) + tlv(0x04, b"")),
        ProxyHeader(2, "LOCAL", "TCP4", None, None, tlvs=((0x04, b""),)),
    ),
    (
        "v2-local-inet-zero-length",
        v2(0x20, 0x11, b""),
        ProxyHeader(2, "LOCAL", "TCP4", None, None),
    ),
    (
        "v2-proxy-af-unspec",
        v2(0x21, 0x00, b""),
        ProxyHeader(2, "PROXY", "UNKNOWN", None, None),
    ),
    (
        "v2-proxy-af-unspec-with-tlv",
        v2(0x21, 0x00, tlv(0x02, "héllo.example".encode())),
        ProxyHeader(
            2,
            "PROXY",
            "UNKNOWN",
            None,
            None,
            authority="héllo.example",
            tlvs=((0x02, "héllo.example".encode()),),
        ),
    ),
    (
        "v2-proxy-inet-unspec-transport",
        v2(0x21, 0x10, ipv4_block("1.2.3.4", "5.6.7.8", 1, 2)),
        ProxyHeader(2, "PROXY", "UNKNOWN", None, None),
    ),
    (
        "v2-proxy-unix",
        v2(
            0x21,
            0x31,
            b"/tmp/client.sock".ljust(108, b"\x00") + b"/tmp/kafka.sock".ljust(108, b"\x00"),
        ),
        ProxyHeader(2, "PROXY", "UNIX", None, None),
    ),
]
GOLDEN_IDS = [name for name, _, _ in GOLDEN]
GOLDEN_CASES = [(data, expected) for _, data, expected in GOLDEN]


def feed(reader: ProxyHeaderReader, data: bytes) -> None:
    """receive_data() unless `data` is empty (an empty chunk means EOF)."""
    if data:
        reader.receive_data(data)


def parse(data: bytes, eof: bool = False, **kwargs: int) -> ProxyHeader | None:
    reader = ProxyHeaderReader(**kwargs)
    feed(reader, data)
    if eof:
        reader.receive_data(b"")
    return reader.next_header()


# --- golden headers ---------------------------------------------------------------------------


def test_golden_lengths_match_the_spec() -> None:
    # Spec 2.1 lists the maximum line lengths: 56 (TCP4), 104 (TCP6), 15 and 107 (UNKNOWN).
    by_name = {name: data for name, data, _ in GOLDEN}
    assert len(by_name["v1-tcp4-longest"]) == 56
    assert len(by_name["v1-tcp6-longest"]) == 104
    assert len(by_name["v1-unknown-short"]) == 15
    assert len(by_name["v1-unknown-worst-case"]) == 107
    assert len(by_name["v2-proxy-tcp4"]) == 16 + 12
    assert len(by_name["v2-proxy-unix"]) == 16 + 216


@pytest.mark.parametrize(("data", "expected"), GOLDEN_CASES, ids=GOLDEN_IDS)
def test_golden_all_at_once(data: bytes, expected: ProxyHeader) -> None:
    reader = ProxyHeaderReader()
    reader.receive_data(data)
    assert reader.next_header() == expected
    assert reader.trailing_data() == b""
    # Asking again returns the same header; EOF after a complete header is fine.
    reader.receive_data(b"")
    assert reader.next_header() == expected


@pytest.mark.parametrize(("data", "expected"), GOLDEN_CASES, ids=GOLDEN_IDS)
def test_golden_byte_at_a_time(data: bytes, expected: ProxyHeader) -> None:
    reader = ProxyHeaderReader()
    for i, byte in enumerate(data, start=1):
        reader.receive_data(bytes([byte]))
        got = reader.next_header()
        # The header comes out exactly when its last byte arrives, and not before.
        if i < len(data):
            assert got is None, i
        else:
            assert got == expected
    assert reader.trailing_data() == b""


@pytest.mark.parametrize(("data", "expected"), GOLDEN_CASES, ids=GOLDEN_IDS)
def test_trailing_kafka_bytes_preserved(data: bytes, expected: ProxyHeader) -> None:
    stream = data + KAFKA
    for cut in range(len(stream) + 1):
        reader = ProxyHeaderReader()
        feed(reader, stream[:cut])
        first = reader.next_header()
        assert (first is None) == (cut < len(data)), cut
        feed(reader, stream[cut:])
        assert reader.next_header() == expected
        assert reader.trailing_data() == KAFKA, cut


def test_trailing_data_is_not_parsed_again() -> None:
    # A second PROXY header is just payload: only one header per connection.
    first = GOLDEN[0][1]
    second = GOLDEN[8][1]
    reader = ProxyHeaderReader()
    reader.receive_data(first + second + b"\x00")
    assert reader.next_header() == GOLDEN[0][2]
    assert reader.trailing_data() == second + b"\x00"
    reader.receive_data(b"more")
    assert reader.trailing_data() == second + b"\x00more"
    assert reader.next_header() == GOLDEN[0][2]


@pytest.mark.parametrize(("data", "expected"), GOLDEN_CASES, ids=GOLDEN_IDS)
def test_every_truncation_needs_more_bytes_then_fails_at_eof(
    data: bytes, expected: ProxyHeader
) -> None:
    for cut in range(len(data)):
        reader = ProxyHeaderReader()
        feed(reader, data[:cut])
        assert reader.next_header() is None, cut
        reader.receive_data(b"")
        with pytest.raises(ProxyHeaderError, match="connection closed"):
            reader.next_header()


def test_eof_without_any_bytes() -> None:
    with pytest.raises(ProxyHeaderError, match="before a PROXY protocol header"):
        parse(b"", eof=True)


def test_v2_truncation_message_counts_bytes() -> None:
    data = GOLDEN[8][1]
    with pytest.raises(ProxyHeaderError, match=r"PROXY v2 header \(20 of 28 bytes\)"):
        parse(data[:20], eof=True)
    with pytest.raises(ProxyHeaderError, match=r"\(10 of at least 16 bytes\)"):
        parse(data[:10], eof=True)


# --- invalid input ----------------------------------------------------------------------------

V4 = ipv4_block("1.2.3.4", "5.6.7.8", 1000, 9092)

INVALID: list[tuple[str, bytes, str]] = [
    ("http", b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", "not a PROXY protocol header"),
    ("kafka-frame", KAFKA, "not a PROXY protocol header"),
    ("lowercase-proxy", b"proxy TCP4 1.2.3.4 5.6.7.8 1 2\r\n", "not a PROXY protocol header"),
    ("proxy-tab", b"PROXY\tTCP4 1.2.3.4 5.6.7.8 1 2\r\n", "not a PROXY protocol header"),
    ("v2-bad-signature", SIG[:7] + b"X" + SIG[8:] + b"\x21\x11\x00\x00", "v2 signature"),
    (
        "v1-no-crlf-in-107",
        b"PROXY UNKNOWN " + b"x" * 100 + b"\r\n",
        "no CRLF within the first 107 bytes",
    ),
    (
        "v1-crlf-one-byte-too-late",
        f"PROXY UNKNOWN {FF6} {FF6} 65535 655350\r\n".encode(),
        "no CRLF within the first 107 bytes",
    ),
    ("v1-bare-lf", b"PROXY TCP4 1.2.3.4 5.6.7.8 1 2\n", "bare LF"),
    ("v1-bare-cr", b"PROXY TCP4 1.2.3.4 5.6.7.8 1 2\rX\n", "CR not followed by LF"),
    ("v1-ipv6-in-tcp4", b"PROXY TCP4 ::1 5.6.7.8 1 2\r\n", "TCP4 source address '::1'"),
    ("v1-ipv4-in-tcp6", b"PROXY TCP6 ::1 5.6.7.8 1 2\r\n", "TCP6 destination address '5.6.7.8'"),
    ("v1-octet-256", b"PROXY TCP4 1.2.3.256 5.6.7.8 1 2\r\n", "not a valid IPv4"),
    ("v1-octet-leading-zero", b"PROXY TCP4 1.2.3.04 5.6.7.8 1 2\r\n", "not a valid IPv4"),
    ("v1-three-octets", b"PROXY TCP4 1.2.3 5.6.7.8 1 2\r\n", "not a valid IPv4"),
    ("v1-ipv6-zone-id", b"PROXY TCP6 fe80::1%eth0 ::1 1 2\r\n", "not a valid IPv6"),
    ("v1-ipv6-too-long", b"PROXY TCP6 1:2:3:4:5:6:7:8:9 ::1 1 2\r\n", "not a valid IPv6"),
    ("v1-port-70000", b"PROXY TCP4 1.2.3.4 5.6.7.8 70000 2\r\n", "source port '70000'"),
    ("v1-port-65536", b"PROXY TCP4 1.2.3.4 5.6.7.8 1 65536\r\n", "destination port '65536'"),
    ("v1-port-plus", b"PROXY TCP4 1.2.3.4 5.6.7.8 +1 2\r\n", "source port '\\+1'"),
    ("v1-port-negative", b"PROXY TCP4 1.2.3.4 5.6.7.8 -1 2\r\n", "source port '-1'"),
    ("v1-port-leading-zero", b"PROXY TCP4 1.2.3.4 5.6.7.8 1 080\r\n", "port '080'"),
    ("v1-port-hex", b"PROXY TCP4 1.2.3.4 5.6.7.8 0x10 2\r\n", "port '0x10'"),
    ("v1-double-space", b"PROXY TCP4 1.2.3.4  5.6.7.8 1 2\r\n", "single spaces"),
    ("v1-trailing-space", b"PROXY TCP4 1.2.3.4 5.6.7.8 1 2 \r\n", "single spaces"),
    ("v1-missing-port", b"PROXY TCP4 1.2.3.4 5.6.7.8 1\r\n", "got 3"),
    ("v1-unknown-family", b"PROXY TCP5 1.2.3.4 5.6.7.8 1 2\r\n", "'TCP5' is not TCP4"),
    ("v1-unknownx", b"PROXY UNKNOWNX\r\n", "'UNKNOWNX'"),
    ("v1-empty-family", b"PROXY \r\n", "protocol '' is not"),
    ("v1-not-ascii", b"PROXY TCP4 1.2.3.\xb4 5.6.7.8 1 2\r\n", "not US-ASCII"),
    ("v2-version-3", v2(0x31, 0x11, V4), "version 3; only version 2"),
    ("v2-version-1", v2(0x11, 0x11, V4), "version 1; only version 2"),
    ("v2-command-5", v2(0x25, 0x11, V4), "command 0x5 is unassigned"),
    ("v2-command-2", v2(0x22, 0x11, V4), "command 0x2 is unassigned"),
    ("v2-family-4", v2(0x21, 0x41, V4), "address family 0x4 is unassigned"),
    ("v2-protocol-3", v2(0x21, 0x13, V4), "transport protocol 0x3 is unassigned"),
    ("v2-udp", v2(0x21, 0x12, V4), "DGRAM"),
    ("v2-short-inet", v2(0x21, 0x11, V4[:8]), "length 8 is shorter than the 12-byte AF_INET"),
    (
        "v2-short-inet6",
        v2(0x21, 0x21, V4 * 2),
        "length 24 is shorter than the 36-byte AF_INET6",
    ),
    ("v2-short-unix", v2(0x21, 0x31, b"\x00" * 215), "shorter than the 216-byte AF_UNIX"),
    ("v2-local-short", v2(0x20, 0x11, V4[:4]), "length 4 is shorter than the 12-byte"),
    (
        "v2-tlv-overrun",
        v2(0x21, 0x11, V4 + struct.pack(">BH", 0x04, 10) + b"ab"),
        "TLV type 0x04 at byte 28 claims 10 bytes but only 2 remain",
    ),
    (
        "v2-tlv-overrun-by-one",
        v2(0x21, 0x11, V4 + tlv(0x01, b"h2") + struct.pack(">BH", 0x04, 3) + b"ab"),
        "TLV type 0x04 at byte 33 claims 3 bytes but only 2 remain",
    ),
    (
        "v2-tlv-header-truncated",
        v2(0x21, 0x11, V4 + tlv(0x04, b"x") + b"\x02\x00"),
        "TLV at byte 32 is truncated",
    ),
    (
        "v2-authority-not-utf8",
        v2(0x21, 0x11, V4 + tlv(0x02, b"bad\xffhost")),
        "AUTHORITY TLV is not valid UTF-8",
    ),
    (
        "v2-two-authorities",
        v2(0x21, 0x11, V4 + tlv(0x02, b"a") + tlv(0x02, b"b")),
        "more than one AUTHORITY",
    ),
    (
        "v2-crc-wrong",
        V6_TLVS_HEADER[:-1] + bytes([V6_TLVS_HEADER[-1] ^ 1]),
        "CRC32C mismatch",
    ),
    (
        "v2-crc-covers-addresses",
        V6_TLVS_HEADER[:20] + b"\x99" + V6_TLVS_HEADER[21:],
        "CRC32C mismatch",
    ),
    ("v2-crc-short", v2(0x21, 0x11, V4 + tlv(0x03, b"\x00\x00")), "CRC32C TLV has 2 bytes"),
    (
        "v2-oversize",
        v2(0x21, 0x11, V4, length=0xFFFF),
        "header of 65551 bytes exceeds the maximum of 4096",
    ),
]


@pytest.mark.parametrize(
    ("data", "message"), [(d, m) for _, d, m in INVALID], ids=[n for n, _, _ in INVALID]
)
def test_invalid_input_raises(data: bytes, message: str) -> None:
    with pytest.raises(ProxyHeaderError, match=message) as info:
        parse(data)  # no EOF needed: the bytes themselves prove the header invalid
    assert isinstance(info.value, ProtocolError)


@pytest.mark.parametrize(
    ("data", "message"), [(d, m) for _, d, m in INVALID], ids=[n for n, _, _ in INVALID]
)
def test_invalid_input_byte_at_a_time_raises_the_same_error(data: bytes, message: str) -> None:
    reader = ProxyHeaderReader()
    with pytest.raises(ProxyHeaderError, match=message):
        for byte in data:
            reader.receive_data(bytes([byte]))
            reader.next_header()
    # The reader stays failed.
    with pytest.raises(ProxyHeaderError, match=message):
        reader.next_header()


@pytest.mark.parametrize(
    ("prefix", "message"),
    [
        (b"G", "not a PROXY protocol header"),
        (b"\x00", "not a PROXY protocol header"),
        (b"PROXX", "not a PROXY protocol header"),
        (b"\r\n\r\n\x00\r\nX", "not a PROXY protocol header"),
        (SIG + b"\x31", "version 3"),
        (SIG + b"\x25", "command 0x5"),
        (SIG + b"\x21\x51", "address family 0x5"),
        (SIG + b"\x21\x11\xff\xff", "exceeds the maximum"),
        (SIG + b"\x21\x11\x00\x08", "shorter than the 12-byte"),
        (b"PROXY TCP4 1.2.3.4\n", "bare LF"),
        (b"PROXY UNKNOWN " + b"x" * 93, "no CRLF within the first 107 bytes"),
    ],
)
def test_invalid_prefix_fails_immediately(prefix: bytes, message: str) -> None:
    # As soon as the bytes so far prove the header invalid: no waiting for more, nor for EOF.
    with pytest.raises(ProxyHeaderError, match=message):
        parse(prefix)
    # One byte less is not yet proof.
    assert parse(prefix[:-1]) is None


def test_max_header_bytes_boundary() -> None:
    body = V4 + tlv(0xE1, b"x" * 33)  # 12 + 36 = 48 bytes after the 16-byte fixed part
    data = v2(0x21, 0x11, body)
    assert len(data) == 64
    header = parse(data, max_header_bytes=64)
    assert header is not None
    assert header.tlvs == ((0xE1, b"x" * 33),)
    with pytest.raises(ProxyHeaderError, match="header of 64 bytes exceeds the maximum of 63"):
        parse(data[:16], max_header_bytes=63)
    # The largest header the length field allows is accepted when the limit allows it.
    big = v2(0x21, 0x11, V4 + tlv(0xE2, b"\x00" * (0xFFFF - 12 - 3)))
    assert len(big) == 16 + 0xFFFF
    header = parse(big, max_header_bytes=16 + 0xFFFF)
    assert header is not None
    assert header.source == ("1.2.3.4", 1000)


def test_max_header_bytes_too_small_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 16"):
        ProxyHeaderReader(max_header_bytes=15)


def test_misuse_raises_runtime_error() -> None:
    reader = ProxyHeaderReader()
    with pytest.raises(RuntimeError, match="before next_header"):
        reader.trailing_data()
    reader.receive_data(b"")
    with pytest.raises(RuntimeError, match="after EOF"):
        reader.receive_data(b"x")


# --- helpers ----------------------------------------------------------------------------------


def test_crc32c_known_answer() -> None:
    # RFC 3720 B.4 / the usual "123456789" check value for CRC-32C.
    assert crc32c(b"123456789") == 0xE3069283
    assert crc32c(b"") == 0
    assert crc32c(bytes(32)) == 0x8A9136AA


# --- property and fuzz tests -------------------------------------------------------------------

PROPS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    """Cut `data` at the given offsets into non-empty chunks (an empty chunk would mean EOF)."""
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in zip(points, points[1:], strict=False) if b > a]


Outcome = tuple[str, ProxyHeader | None, bytes]


def run(chunks: list[bytes], eof: bool) -> Outcome:
    """Feed chunks (then EOF); ("header", h, trailing), ("error", None, b"") or ("none", ...)."""
    reader = ProxyHeaderReader()
    header: ProxyHeader | None = None
    try:
        for chunk in chunks:
            reader.receive_data(chunk)
            got = reader.next_header()
            if header is not None:
                assert got == header  # once returned, the header never changes
            header = got
        if eof:
            reader.receive_data(b"")
            header = reader.next_header()
            assert header is not None  # EOF before a complete header must raise
    except ProxyHeaderError:
        return ("error", None, b"")
    if header is None:
        return ("none", None, b"")
    return ("header", header, reader.trailing_data())


def check_chunking_invariance(data: bytes, cuts: list[int]) -> None:
    whole = run([data] if data else [], eof=True)
    chunked = run(split(data, cuts), eof=True)
    assert chunked == whole
    byte_wise = run([bytes([b]) for b in data], eof=True)
    assert byte_wise == whole
    # Without EOF, anything is allowed but another exception type (run() lets those escape).
    run(split(data, cuts), eof=False)


interesting_prefixes = st.sampled_from([b"", SIG, SIG + b"\x21", SIG + b"\x21\x11", b"PROXY "])


@PROPS
@given(prefix=interesting_prefixes, tail=st.binary(max_size=300), cuts=st.lists(st.integers(0)))
def test_fuzz_random_bytes(prefix: bytes, tail: bytes, cuts: list[int]) -> None:
    check_chunking_invariance(prefix + tail, cuts)


mutation = st.tuples(
    st.sampled_from(["flip", "truncate", "insert", "delete"]),
    st.integers(min_value=0),
    st.binary(min_size=1, max_size=8),
)


def mutate(data: bytes, mutations: list[tuple[str, int, bytes]]) -> bytes:
    for kind, seed, payload in mutations:
        pos = seed % (len(data) + 1)
        if kind == "flip" and data:
            i = seed % len(data)
            data = data[:i] + bytes([data[i] ^ (payload[0] or 0x80)]) + data[i + 1 :]
        elif kind == "truncate":
            data = data[:pos]
        elif kind == "insert":
            data = data[:pos] + payload + data[pos:]
        elif kind == "delete":
            data = data[:pos] + data[pos + len(payload) :]
    return data


@PROPS
@given(
    golden=st.sampled_from(GOLDEN_CASES),
    mutations=st.lists(mutation, min_size=1, max_size=4),
    trailing=st.sampled_from([b"", KAFKA]),
    cuts=st.lists(st.integers(0)),
)
def test_fuzz_mutated_headers(
    golden: tuple[bytes, ProxyHeader],
    mutations: list[tuple[str, int, bytes]],
    trailing: bytes,
    cuts: list[int],
) -> None:
    check_chunking_invariance(mutate(golden[0], mutations) + trailing, cuts)


@PROPS
@given(
    golden=st.sampled_from(GOLDEN_CASES),
    trailing=st.binary(max_size=200),
    cuts=st.lists(st.integers(0)),
)
def test_valid_header_then_data_keeps_the_data(
    golden: tuple[bytes, ProxyHeader], trailing: bytes, cuts: list[int]
) -> None:
    data, expected = golden
    assert run(split(data + trailing, cuts), eof=True) == ("header", expected, trailing)
    assert run(split(data + trailing, cuts), eof=False) == ("header", expected, trailing)


ports = st.integers(min_value=0, max_value=0xFFFF)


@PROPS
@given(
    src=st.ip_addresses(v=4),
    dst=st.ip_addresses(v=4),
    sport=ports,
    dport=ports,
    cuts=st.lists(st.integers(0)),
)
def test_ipv4_round_trip(
    src: ipaddress.IPv4Address,
    dst: ipaddress.IPv4Address,
    sport: int,
    dport: int,
    cuts: list[int],
) -> None:
    expected_src, expected_dst = (str(src), sport), (str(dst), dport)
    line = f"PROXY TCP4 {src} {dst} {sport} {dport}\r\n".encode()
    binary = v2(0x21, 0x11, src.packed + dst.packed + struct.pack(">HH", sport, dport))
    for data, version in ((line, 1), (binary, 2)):
        kind, header, trailing = run(split(data + KAFKA, cuts), eof=True)
        assert kind == "header"
        assert header == ProxyHeader(version, "PROXY", "TCP4", expected_src, expected_dst)
        assert trailing == KAFKA


@PROPS
@given(
    src=st.ip_addresses(v=6),
    dst=st.ip_addresses(v=6),
    sport=ports,
    dport=ports,
    exploded=st.booleans(),
    upper=st.booleans(),
    authority=st.none() | st.text(max_size=60),
    extra=st.lists(
        st.tuples(
            st.integers(0, 255).filter(lambda t: t not in (0x02, 0x03)), st.binary(max_size=40)
        ),
        max_size=4,
    ),
    cuts=st.lists(st.integers(0)),
)
def test_ipv6_round_trip(
    src: ipaddress.IPv6Address,
    dst: ipaddress.IPv6Address,
    sport: int,
    dport: int,
    exploded: bool,
    upper: bool,
    authority: str | None,
    extra: list[tuple[int, bytes]],
    cuts: list[int],
) -> None:
    expected_src, expected_dst = (str(src), sport), (str(dst), dport)
    texts = [a.exploded if exploded else a.compressed for a in (src, dst)]
    if upper:
        texts = [t.upper() for t in texts]
    line = f"PROXY TCP6 {texts[0]} {texts[1]} {sport} {dport}\r\n".encode()
    header = ProxyHeader(1, "PROXY", "TCP6", expected_src, expected_dst)
    assert run(split(line + KAFKA, cuts), eof=True) == ("header", header, KAFKA)

    tlvs = list(extra)
    if authority is not None:
        tlvs.insert(len(tlvs) // 2, (0x02, authority.encode()))
    body = src.packed + dst.packed + struct.pack(">HH", sport, dport)
    body += b"".join(tlv(t, v) for t, v in tlvs)
    header = ProxyHeader(2, "PROXY", "TCP6", expected_src, expected_dst, authority, tuple(tlvs))
    assert run(split(v2(0x21, 0x21, body) + KAFKA, cuts), eof=True) == ("header", header, KAFKA)
