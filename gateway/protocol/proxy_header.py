"""HAProxy PROXY protocol (versions 1 and 2) header parsing, sans-I/O.

`ProxyHeaderReader` follows the h11 model, like `FrameReader`: `receive_data()` only
buffers, `next_header()` returns the header or None when more bytes are needed. Section
numbers in comments ("spec 2.2") refer to haproxy's doc/proxy-protocol.txt.
"""

from __future__ import annotations

import ipaddress
import re
import struct
from dataclasses import dataclass

from .checksums import crc32c
from .errors import ProtocolError

V1_PREFIX = b"PROXY "
# Spec 2.1: the longest v1 line ("PROXY UNKNOWN" + two IPv6 addresses + ports), CRLF included.
V1_MAX_LINE = 107
V2_SIGNATURE = b"\r\n\r\n\x00\r\nQUIT\n"
# Spec 2.2: signature (12), version/command (1), family/protocol (1), length (2).
V2_FIXED_SIZE = 16
V2_LENGTH = struct.Struct(">H")
DEFAULT_MAX_HEADER_BYTES = 4096

# Spec 2.2: commands (low nibble of the 13th byte).
LOCAL = 0x0
PROXY = 0x1
# Spec 2.2: address families (high nibble of the 14th byte) and their address block sizes.
AF_UNSPEC = 0x0
AF_INET = 0x1
AF_INET6 = 0x2
AF_UNIX = 0x3
ADDRESS_BLOCK_SIZES = {AF_UNSPEC: 0, AF_INET: 12, AF_INET6: 36, AF_UNIX: 216}
FAMILY_NAMES = {
    AF_UNSPEC: "AF_UNSPEC",
    AF_INET: "AF_INET",
    AF_INET6: "AF_INET6",
    AF_UNIX: "AF_UNIX",
}
# Spec 2.2: transport protocols (low nibble of the 14th byte).
PROTO_UNSPEC = 0x0
PROTO_STREAM = 0x1
PROTO_DGRAM = 0x2

# Spec 2.2: TLV types this module interprets; every TLV is kept in `ProxyHeader.tlvs`.
TLV_HEADER = struct.Struct(">BH")
PP2_TYPE_ALPN = 0x01
PP2_TYPE_AUTHORITY = 0x02
PP2_TYPE_CRC32C = 0x03
PP2_TYPE_NOOP = 0x04
PP2_TYPE_UNIQUE_ID = 0x05
PP2_TYPE_SSL = 0x20
PP2_TYPE_NETNS = 0x30

IPV4_STRUCT = struct.Struct(">4s4sHH")
IPV6_STRUCT = struct.Struct(">16s16sHH")

# Spec 2.1: ports are decimal in [0..65535] with no heading zeroes.
_V1_PORT = re.compile(r"0|[1-9][0-9]{0,4}")
# Spec 2.1: IPv6 text is hex groups and colons (dots allowed for the IPv4-mapped tail that
# inet_ntop() emits); a zone id ("%eth0") is not part of the format.
_V1_IPV6_CHARS = re.compile(r"[0-9A-Fa-f:.]+")


class ProxyHeaderError(ProtocolError):
    """Bytes that are not a valid PROXY protocol header (the connection must be dropped)."""


@dataclass(frozen=True, slots=True)
class ProxyHeader:
    """A parsed PROXY protocol header."""

    version: int
    command: str
    family: str
    source: tuple[str, int] | None
    destination: tuple[str, int] | None
    authority: str | None = None
    tlvs: tuple[tuple[int, bytes], ...] = ()


class ProxyHeaderReader:
    """Reads one PROXY protocol header (v1 or v2) from the start of a byte stream."""

    def __init__(self, max_header_bytes: int = DEFAULT_MAX_HEADER_BYTES) -> None:
        if max_header_bytes < V2_FIXED_SIZE:
            raise ValueError(f"max_header_bytes must be at least {V2_FIXED_SIZE}")
        self.max_header_bytes = max_header_bytes
        self._buffer = bytearray()
        self._eof = False
        self._header: ProxyHeader | None = None
        self._error: str | None = None

    def receive_data(self, data: bytes | bytearray) -> None:
        """Buffer bytes from the peer; `b""` means the peer closed its side."""
        if data:
            if self._eof:
                raise RuntimeError("receive_data() called with data after EOF")
            self._buffer += data
        else:
            self._eof = True

    def next_header(self) -> ProxyHeader | None:
        """Return the header once complete, None if more bytes are needed; raise if invalid."""
        if self._header is not None:
            return self._header
        if self._error is not None:
            raise ProxyHeaderError(self._error)
        try:
            parsed = self._parse()
            if parsed is None and self._eof:
                raise ProxyHeaderError(self._truncation_message())
        except ProxyHeaderError as exc:
            self._error = str(exc)
            raise
        if parsed is None:
            return None
        header, end = parsed
        self._header = header
        del self._buffer[:end]
        return header

    def trailing_data(self) -> bytes:
        """Bytes received after the header (the start of the proxied stream), untouched."""
        if self._header is None:
            raise RuntimeError("trailing_data() called before next_header() returned a header")
        return bytes(self._buffer)

    def _parse(self) -> tuple[ProxyHeader, int] | None:
        buf = self._buffer
        # Spec 2.2 ("identifying the protocol version"): the v2 signature or "PROXY" decides;
        # anything else is dropped, as soon as one byte differs from both.
        n = min(len(buf), len(V2_SIGNATURE))
        if buf[:n] == V2_SIGNATURE[:n]:
            return self._parse_v2() if n == len(V2_SIGNATURE) else None
        n = min(len(buf), len(V1_PREFIX))
        if buf[:n] == V1_PREFIX[:n]:
            return self._parse_v1() if n == len(V1_PREFIX) else None
        raise ProxyHeaderError(
            f"not a PROXY protocol header: stream starts with {bytes(buf[:16])!r}, expected "
            f"the v2 signature {V2_SIGNATURE!r} or {V1_PREFIX!r}"
        )

    def _parse_v1(self) -> tuple[ProxyHeader, int] | None:
        window = bytes(self._buffer[:V1_MAX_LINE])
        cr = window.find(b"\r")
        lf = window.find(b"\n")
        # Spec 2.1: a single LF must not be tolerated as the end of the line.
        if lf != -1 and (cr == -1 or lf < cr):
            raise ProxyHeaderError(
                f"PROXY v1 line ends with a bare LF at byte {lf}; CRLF is required"
            )
        # Spec 2.1: no CRLF in the first 107 characters makes the line invalid.
        if cr == -1 or cr == V1_MAX_LINE - 1:
            if len(window) >= V1_MAX_LINE:
                raise ProxyHeaderError(
                    f"PROXY v1 line has no CRLF within the first {V1_MAX_LINE} bytes"
                )
            return None
        if cr + 1 == len(window):
            return None
        # Spec 2.1: a single CR must not be tolerated either.
        if window[cr + 1] != ord("\n"):
            raise ProxyHeaderError(f"PROXY v1 line has a CR not followed by LF at byte {cr}")
        return _decode_v1(window[:cr]), cr + 2

    def _parse_v2(self) -> tuple[ProxyHeader, int] | None:
        buf = self._buffer
        if len(buf) < 13:
            return None
        version, command = buf[12] >> 4, buf[12] & 0x0F
        # Spec 2.2: the high nibble of the 13th byte is the version; only 2 is accepted.
        if version != 2:
            raise ProxyHeaderError(
                f"PROXY v2 signature followed by version {version}; only version 2 exists"
            )
        # Spec 2.2: commands other than LOCAL (0x0) and PROXY (0x1) must be dropped.
        if command not in (LOCAL, PROXY):
            raise ProxyHeaderError(
                f"PROXY v2 command {command:#x} is unassigned (0x0 LOCAL or 0x1 PROXY expected)"
            )
        if len(buf) < 14:
            return None
        family, protocol = buf[13] >> 4, buf[13] & 0x0F
        # Spec 2.2: address families other than 0x0..0x3 must be rejected.
        if family not in ADDRESS_BLOCK_SIZES:
            raise ProxyHeaderError(f"PROXY v2 address family {family:#x} is unassigned")
        # Spec 2.2: transport protocols other than 0x0..0x2 must be rejected.
        if protocol not in (PROTO_UNSPEC, PROTO_STREAM, PROTO_DGRAM):
            raise ProxyHeaderError(f"PROXY v2 transport protocol {protocol:#x} is unassigned")
        # Spec 2.2: DGRAM is UDP; a Kafka listener only relays streams (LOCAL ignores it).
        if command == PROXY and protocol == PROTO_DGRAM:
            raise ProxyHeaderError(
                "PROXY v2 header announces a DGRAM (UDP) connection; only STREAM is supported"
            )
        if len(buf) < V2_FIXED_SIZE:
            return None
        (length,) = V2_LENGTH.unpack_from(buf, 14)
        total = V2_FIXED_SIZE + length
        # Spec 2.2: the header is exactly 16 + length bytes; we cap what we are willing to buffer.
        if total > self.max_header_bytes:
            raise ProxyHeaderError(
                f"PROXY v2 header of {total} bytes exceeds the maximum of {self.max_header_bytes}"
            )
        block = ADDRESS_BLOCK_SIZES[family]
        # Spec 2.2: a LOCAL sender "should not present any address" and sets length to zero.
        if command == LOCAL and length == 0:
            block = 0
        # Spec 2.2: the length covers the address block, so it cannot be shorter than it.
        if length < block:
            raise ProxyHeaderError(
                f"PROXY v2 length {length} is shorter than the {block}-byte "
                f"{FAMILY_NAMES[family]} address block"
            )
        if len(buf) < total:
            return None
        header = bytes(buf[:total])
        return _decode_v2(header, command, family, protocol, block), total

    def _truncation_message(self) -> str:
        buf = self._buffer
        if not buf:
            return "connection closed before a PROXY protocol header"
        if buf[:1] == V2_SIGNATURE[:1]:
            if len(buf) >= V2_FIXED_SIZE:
                (length,) = V2_LENGTH.unpack_from(buf, 14)
                return (
                    f"connection closed inside a PROXY v2 header "
                    f"({len(buf)} of {V2_FIXED_SIZE + length} bytes)"
                )
            return (
                f"connection closed inside a PROXY v2 header "
                f"({len(buf)} of at least {V2_FIXED_SIZE} bytes)"
            )
        return f"connection closed inside a PROXY v1 line ({len(buf)} bytes, no CRLF yet)"


def _decode_v1(line: bytes) -> ProxyHeader:
    """Decode a v1 line (CRLF excluded) that starts with "PROXY "."""
    # Spec 2.1: for "UNKNOWN" the receiver must ignore anything before the CRLF.
    if line == b"PROXY UNKNOWN" or line.startswith(b"PROXY UNKNOWN "):
        return ProxyHeader(1, "PROXY", "UNKNOWN", None, None)
    # Spec 2.1: the line is US-ASCII text.
    try:
        text = line.decode("ascii")
    except UnicodeDecodeError:
        raise ProxyHeaderError(f"PROXY v1 line is not US-ASCII: {line!r}") from None
    fields = text.split(" ")
    family = fields[1]
    # Spec 2.1: only TCP4, TCP6 and UNKNOWN are allowed.
    if family not in ("TCP4", "TCP6"):
        raise ProxyHeaderError(
            f"PROXY v1 protocol {family!r} is not TCP4, TCP6 or UNKNOWN in {text!r}"
        )
    # Spec 2.1: exactly one space between each of the four address and port fields.
    if len(fields) != 6:
        raise ProxyHeaderError(
            f"PROXY v1 {family} line needs 4 fields separated by single spaces, "
            f"got {len(fields) - 2}: {text!r}"
        )
    source = (_v1_address(fields[2], family, "source"), _v1_port(fields[4], "source"))
    destination = (
        _v1_address(fields[3], family, "destination"),
        _v1_port(fields[5], "destination"),
    )
    return ProxyHeader(1, "PROXY", family, source, destination)


def _v1_address(text: str, family: str, role: str) -> str:
    """Validate a v1 address for `family` and return its normalised text form."""
    try:
        if family == "TCP4":
            # Spec 2.1: 4 decimal integers in [0..255], no heading zeroes (ipaddress agrees).
            return str(ipaddress.IPv4Address(text))
        # Spec 2.1: IPv6 groups of hex digits with at most one "::".
        if not _V1_IPV6_CHARS.fullmatch(text):
            raise ValueError(text)
        return str(ipaddress.IPv6Address(text))
    except ValueError:
        kind = "IPv4" if family == "TCP4" else "IPv6"
        raise ProxyHeaderError(
            f"PROXY v1 {family} {role} address {text!r} is not a valid {kind} address"
        ) from None


def _v1_port(text: str, role: str) -> int:
    """Validate a v1 port and return it."""
    # Spec 2.1: a decimal integer in [0..65535] without heading zeroes.
    if not _V1_PORT.fullmatch(text) or int(text) > 0xFFFF:
        raise ProxyHeaderError(
            f"PROXY v1 {role} port {text!r} is not a decimal integer in 0..65535 "
            "(no sign, spaces or heading zeroes)"
        )
    return int(text)


def _decode_v2(header: bytes, command: int, family: int, protocol: int, block: int) -> ProxyHeader:
    """Decode a complete v2 header whose fixed part was already validated."""
    payload = header[V2_FIXED_SIZE:]
    if family == AF_UNSPEC:
        name = "UNKNOWN"
    elif family == AF_UNIX:
        name = "UNIX"
    elif protocol == PROTO_STREAM:
        name = "TCP4" if family == AF_INET else "TCP6"
    else:
        # Spec 2.2: with an UNSPEC transport the receiver should ignore address information.
        name = "UNKNOWN"
    source: tuple[str, int] | None = None
    destination: tuple[str, int] | None = None
    # Spec 2.2: LOCAL discards the address block; PROXY carries the original endpoints.
    if command == PROXY and name in ("TCP4", "TCP6"):
        if family == AF_INET:
            src, dst, sport, dport = IPV4_STRUCT.unpack_from(payload)
            source = (str(ipaddress.IPv4Address(src)), sport)
            destination = (str(ipaddress.IPv4Address(dst)), dport)
        else:
            src, dst, sport, dport = IPV6_STRUCT.unpack_from(payload)
            source = (str(ipaddress.IPv6Address(src)), sport)
            destination = (str(ipaddress.IPv6Address(dst)), dport)
    tlvs, authority = _decode_tlvs(header, V2_FIXED_SIZE + block)
    return ProxyHeader(
        version=2,
        command="PROXY" if command == PROXY else "LOCAL",
        family=name,
        source=source,
        destination=destination,
        authority=authority,
        tlvs=tlvs,
    )


def _decode_tlvs(header: bytes, start: int) -> tuple[tuple[tuple[int, bytes], ...], str | None]:
    """Split `header[start:]` into TLVs; interpret AUTHORITY and verify CRC32C."""
    tlvs: list[tuple[int, bytes]] = []
    authority: str | None = None
    crc_offset: int | None = None
    pos = start
    while pos < len(header):
        # Spec 2.2: a TLV is type (1 byte), length (2 bytes, big endian), then the value.
        if len(header) - pos < TLV_HEADER.size:
            raise ProxyHeaderError(
                f"PROXY v2 TLV at byte {pos} is truncated: {len(header) - pos} bytes left, "
                f"a TLV needs at least {TLV_HEADER.size}"
            )
        tlv_type, tlv_length = TLV_HEADER.unpack_from(header, pos)
        value_start = pos + TLV_HEADER.size
        value_end = value_start + tlv_length
        # Spec 2.2: the TLVs fill the bytes the header length announces, no more.
        if value_end > len(header):
            raise ProxyHeaderError(
                f"PROXY v2 TLV type {tlv_type:#04x} at byte {pos} claims {tlv_length} bytes "
                f"but only {len(header) - value_start} remain in the header"
            )
        value = header[value_start:value_end]
        if tlv_type == PP2_TYPE_AUTHORITY:
            # Spec 2.2.2: one host name; two would leave it ambiguous which one to trust.
            if authority is not None:
                raise ProxyHeaderError("PROXY v2 header has more than one AUTHORITY TLV")
            # Spec 2.2.2: the host name is a UTF-8 string.
            try:
                authority = value.decode("utf-8")
            except UnicodeDecodeError:
                raise ProxyHeaderError(
                    f"PROXY v2 AUTHORITY TLV is not valid UTF-8: {value!r}"
                ) from None
        elif tlv_type == PP2_TYPE_CRC32C:
            # Spec 2.2.3: the checksum is a 32-bit number, present at most once.
            if tlv_length != 4:
                raise ProxyHeaderError(
                    f"PROXY v2 CRC32C TLV has {tlv_length} bytes; it must have 4"
                )
            if crc_offset is not None:
                raise ProxyHeaderError("PROXY v2 header has more than one CRC32C TLV")
            crc_offset = value_start
        tlvs.append((tlv_type, value))
        pos = value_end
    if crc_offset is not None:
        # Spec 2.2.3: checksum the whole header with the checksum field zeroed; on mismatch the
        # receiver MUST treat the connection as invalid.
        (received,) = struct.unpack_from(">I", header, crc_offset)
        zeroed = header[:crc_offset] + b"\x00\x00\x00\x00" + header[crc_offset + 4 :]
        computed = crc32c(zeroed)
        if computed != received:
            raise ProxyHeaderError(
                f"PROXY v2 CRC32C mismatch: header says {received:#010x}, computed {computed:#010x}"
            )
    return tuple(tlvs), authority
