"""The compression codecs of Kafka record batches, via cramjam.

The codec id is the low three bits of a batch's attributes (Kafka's `CompressionType`).
Framing per codec, as Kafka clients write it, and how this module writes it so that a
re-compressed payload is byte-identical to librdkafka's (checked by tests/e2e):
- gzip: one gzip member (RFC 1952). Written with the stdlib's zlib at level 6, the zlib that
  librdkafka and Node use (cramjam's deflate gives a different, equally valid stream);
- snappy: the Java client wraps raw snappy blocks in xerial's framing (magic
  `\\x82SNAPPY\\x00`, two int32 versions, then int32-length-prefixed blocks); librdkafka
  writes one raw snappy block. Both are read; raw is written unless `xerial=True`;
- lz4: the LZ4 frame format (KIP-57 fixed the header checksum for magic >= 1), written as
  librdkafka's LZ4F settings do: independent 64 KiB blocks, no block or content checksum;
- zstd: a zstd frame (KIP-110), streamed at level 3 (zstd's default, librdkafka's too).

Decompression is bounded: `max_bytes` caps the output so that a small compressed payload
cannot expand without limit (a "zip bomb" in a Produce request).
"""

from __future__ import annotations

import enum
import struct
import zlib

import cramjam

from .errors import ProtocolError

# A 1 MB batch of 1 KiB records decompresses to about 1 MB; 128 MiB leaves ample room for
# large batches while keeping one hostile payload's cost bounded.
DEFAULT_MAX_DECOMPRESSED_BYTES = 128 * 1024 * 1024

XERIAL_MAGIC = b"\x82SNAPPY\x00"
# xerial's header: magic, version 1, minimum compatible version 1 (what snappy-java writes).
_XERIAL_HEADER = XERIAL_MAGIC + struct.pack(">ii", 1, 1)
_XERIAL_BLOCK_LENGTH = struct.Struct(">i")
# snappy-java's default block size when writing xerial framing.
_XERIAL_BLOCK_SIZE = 32 * 1024
# LZ4 frame: magic, FLG 0x60 (version 1, independent blocks, no checksums, no content size),
# BD 0x40 (64 KiB blocks), HC 0x82 (second byte of xxh32 of FLG+BD, constant for these).
_LZ4_FRAME_HEADER = b"\x04\x22\x4d\x18\x60\x40\x82"
_LZ4_BLOCK_SIZE = 64 * 1024
_LZ4_BLOCK_LENGTH = struct.Struct("<I")
_LZ4_UNCOMPRESSED = 0x80000000
_LZ4_END_MARK = b"\x00\x00\x00\x00"
_GZIP_WBITS = 16 + zlib.MAX_WBITS
# The first buffer guessed for a decompressed payload, and how much it grows per retry.
_FIRST_GUESS = 256 * 1024
_GROWTH = 8


class Compression(enum.IntEnum):
    """The compression codec of a record batch (attributes bits 0-2)."""

    NONE = 0
    GZIP = 1
    SNAPPY = 2
    LZ4 = 3
    ZSTD = 4


class CompressionError(ProtocolError):
    """A compressed records payload that cannot be decompressed."""


def compress(codec: Compression, data: bytes | bytearray | memoryview, *,
             xerial: bool = False) -> bytes:
    """Compress `data` with `codec` (snappy with xerial framing if `xerial`)."""
    codec = Compression(codec)
    if codec is Compression.NONE:
        return bytes(data)
    if codec is Compression.GZIP:
        gzip = zlib.compressobj(6, zlib.DEFLATED, _GZIP_WBITS)
        return gzip.compress(data) + gzip.flush()
    if codec is Compression.SNAPPY:
        return _xerial_compress(data) if xerial else bytes(cramjam.snappy.compress_raw(data))
    if codec is Compression.LZ4:
        return _lz4_frame_compress(data)
    if codec is Compression.ZSTD:
        zstd = cramjam.zstd.Compressor(level=3)
        zstd.compress(bytes(data))
        return bytes(zstd.finish())
    raise ValueError(f"unknown compression codec {codec!r}")


def decompress(codec: Compression, data: bytes | bytearray | memoryview,
               max_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES) -> memoryview:
    """Decompress a records payload; raise CompressionError if corrupt or over `max_bytes`."""
    codec = Compression(codec)
    if codec is Compression.NONE:
        return memoryview(data)
    try:
        if codec is Compression.SNAPPY:
            if bytes(data[:8]) == XERIAL_MAGIC:
                return _xerial_decompress(data, max_bytes)
            return _snappy_raw_decompress(data, max_bytes)
        if codec is Compression.GZIP:
            return _gunzip(data, max_bytes)
        if codec is Compression.LZ4:
            return _bounded(cramjam.lz4, data, max_bytes, codec)
        if codec is Compression.ZSTD:
            return _bounded(cramjam.zstd, data, max_bytes, codec)
    except cramjam.DecompressionError as exc:
        raise CompressionError(f"corrupt {codec.name.lower()} payload: {exc}") from None
    raise ValueError(f"unknown compression codec {codec!r}")


def _bounded(module: object, data: bytes | bytearray | memoryview, max_bytes: int,
             codec: Compression) -> memoryview:
    # cramjam's decompress_into fails ("failed to write whole buffer") when the output does
    # not fit, so the output never exceeds the buffer. Start from a guess (text compresses
    # up to about 8:1) and grow it, up to max_bytes; test_decompression_is_bounded pins this.
    size = min(max(_FIRST_GUESS, 8 * len(data)), max_bytes)
    decompress_into = module.decompress_into  # type: ignore[attr-defined]
    while True:
        out = bytearray(size)
        try:
            n: int = decompress_into(data, out)
        except cramjam.DecompressionError as exc:
            if "failed to write whole buffer" not in str(exc):
                raise
            if size >= max_bytes:
                raise _too_large(codec, max_bytes) from None
            size = min(size * _GROWTH, max_bytes)
            continue
        return memoryview(out)[:n]


def _too_large(codec: Compression, max_bytes: int) -> CompressionError:
    return CompressionError(
        f"{codec.name.lower()} payload decompresses to more than {max_bytes} bytes, the limit "
        "for one batch (max_decompressed_bytes)"
    )


def _gunzip(data: bytes | bytearray | memoryview, max_bytes: int) -> memoryview:
    out = bytearray()
    rest = bytes(data)
    # Several gzip members may follow each other (RFC 1952 section 2.2).
    while True:
        member = zlib.decompressobj(_GZIP_WBITS)
        try:
            out += member.decompress(rest, max_bytes - len(out) + 1)
        except zlib.error as exc:
            raise CompressionError(f"corrupt gzip payload: {exc}") from None
        if len(out) > max_bytes:
            raise _too_large(Compression.GZIP, max_bytes)
        if not member.eof:
            raise CompressionError("gzip payload is truncated")
        rest = member.unused_data
        if not rest:
            return memoryview(out)


def _lz4_frame_compress(data: bytes | bytearray | memoryview) -> bytes:
    view = memoryview(data)
    out = bytearray(_LZ4_FRAME_HEADER)
    for start in range(0, len(view), _LZ4_BLOCK_SIZE):
        chunk = view[start:start + _LZ4_BLOCK_SIZE]
        block = cramjam.lz4.compress_block(chunk, store_size=False)
        if len(block) >= len(chunk):
            # LZ4F stores a block that does not shrink as is, flagged by the length's top bit.
            out += _LZ4_BLOCK_LENGTH.pack(len(chunk) | _LZ4_UNCOMPRESSED)
            out += chunk
        else:
            out += _LZ4_BLOCK_LENGTH.pack(len(block))
            out += block
    out += _LZ4_END_MARK
    return bytes(out)


def _snappy_raw_decompress(data: bytes | bytearray | memoryview, max_bytes: int) -> memoryview:
    length = cramjam.snappy.decompress_raw_len(data)
    if length > max_bytes:
        raise _too_large(Compression.SNAPPY, max_bytes)
    return memoryview(bytes(cramjam.snappy.decompress_raw(data)))


def _xerial_decompress(data: bytes | bytearray | memoryview, max_bytes: int) -> memoryview:
    view = memoryview(data)
    if len(view) < len(_XERIAL_HEADER):
        raise CompressionError(f"xerial snappy header truncated at {len(view)} bytes")
    out = bytearray()
    pos = len(_XERIAL_HEADER)
    while pos < len(view):
        if pos + 4 > len(view):
            raise CompressionError(f"xerial snappy block length truncated at byte {pos}")
        (length,) = _XERIAL_BLOCK_LENGTH.unpack_from(view, pos)
        pos += 4
        if length < 0 or pos + length > len(view):
            raise CompressionError(
                f"xerial snappy block of {length} bytes at byte {pos} runs past the payload"
            )
        block = view[pos:pos + length]
        if len(out) + cramjam.snappy.decompress_raw_len(block) > max_bytes:
            raise _too_large(Compression.SNAPPY, max_bytes)
        out += cramjam.snappy.decompress_raw(block)
        pos += length
    return memoryview(out)


def _xerial_compress(data: bytes | bytearray | memoryview) -> bytes:
    view = memoryview(data)
    out = bytearray(_XERIAL_HEADER)
    for start in range(0, len(view), _XERIAL_BLOCK_SIZE):
        block = bytes(cramjam.snappy.compress_raw(view[start:start + _XERIAL_BLOCK_SIZE]))
        out += _XERIAL_BLOCK_LENGTH.pack(len(block)) + block
    return bytes(out)
