"""Record-batch codec speed: decode + re-encode MB/s for 1 KiB records, and CRC32C MB/s.

Pure functions, no I/O. A batch of 1,000 records of 1 KiB (values of words drawn at random,
so they compress like text, about 3:1 with lz4) is decoded with `decode_batch` (CRC check,
decompression, record parsing) and re-encoded with `encode_batch` (record encoding,
compression, CRC), for each codec. MB means 2^20 bytes of record values. CRC32C is timed on
1 MiB with the C library (google-crc32c) and with the pure-Python table-driven
implementation that `gateway/protocol/proxy_header.py` used before, printed as a ratio.
Also: `iter_records_field` over a records field of 100 lz4 batches (headers only).

Each measurement runs for about --seconds (default 2) and takes the median CPU time of its
rounds (process CPU time, steadier than wall time on a shared machine); the whole run stays
under 60 s. Results go to bench/results/records.json (or --out).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from gateway.protocol.checksums import crc32c  # noqa: E402
from gateway.protocol.compression import Compression  # noqa: E402
from gateway.protocol.records import (  # noqa: E402
    Batch,
    BatchView,
    Header,
    Record,
    decode_batch,
    encode_batch,
    iter_records_field,
)

RECORDS = 1000
RECORD_BYTES = 1024
MIB = 1024 * 1024
WORDS = [b"kafka", b"gateway", b"sluice", b"record", b"batch", b"offset", b"partition",
         b"topic", b"consumer", b"producer", b"broker", b"leader", b"replica", b"epoch"]


def _old_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_OLD_TABLE = _old_table()


def old_crc32c(data: bytes) -> int:
    """The pure-Python CRC32C that proxy_header.py had before google-crc32c."""
    crc = 0xFFFFFFFF
    table = _OLD_TABLE
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def make_batch(codec: Compression, rng: random.Random) -> Batch:
    records = []
    for i in range(RECORDS):
        value = b" ".join(rng.choice(WORDS) for _ in range(RECORD_BYTES // 5))[:RECORD_BYTES]
        value = value.ljust(RECORD_BYTES, b".")
        headers = (Header("trace", b"%016x" % rng.getrandbits(64)),) if i % 10 == 0 else ()
        records.append(Record(i, i, b"key-%d" % i, value, headers))
    return Batch(tuple(records), compression=codec, last_offset_delta=RECORDS - 1,
                 base_timestamp=1_700_000_000_000, max_timestamp=1_700_000_000_000 + RECORDS)


def timed(fn: Callable[[], object], seconds: float, min_rounds: int = 3) -> float:
    """Median CPU seconds per call over rounds that fill about `seconds` of wall time.

    CPU time of this process, not wall time: on a shared machine other processes' load
    stretches wall time but much less the CPU time a call needs.
    """
    samples = []
    deadline = time.perf_counter() + seconds
    while len(samples) < min_rounds or time.perf_counter() < deadline:
        start = time.process_time()
        fn()
        samples.append(time.process_time() - start)
        if len(samples) >= 10_000:
            break
    return statistics.median(samples)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "records.json")
    args = ap.parse_args()
    started = time.perf_counter()
    rng = random.Random(42)
    value_mib = RECORDS * RECORD_BYTES / MIB
    results: dict[str, object] = {
        "records_per_batch": RECORDS, "record_bytes": RECORD_BYTES,
        "python": platform.python_version(), "codecs": {},
    }
    codecs: dict[str, dict[str, float]] = {}
    print(f"batch: {RECORDS} records x {RECORD_BYTES} B ({value_mib:.2f} MiB of values)")
    print(f"{'codec':8} {'batch KiB':>9} {'decode MB/s':>12} {'encode MB/s':>12} "
          f"{'decode+encode MB/s':>19}")
    for codec in Compression:
        batch = make_batch(codec, rng)
        raw = encode_batch(batch)
        assert decode_batch(raw) == batch
        t_decode = timed(lambda raw=raw: decode_batch(raw), args.seconds / 2)  # type: ignore[misc]
        t_encode = timed(lambda batch=batch: encode_batch(batch),  # type: ignore[misc]
                         args.seconds / 2)
        row = {
            "batch_bytes": len(raw),
            "decode_mb_s": value_mib / t_decode,
            "encode_mb_s": value_mib / t_encode,
            "decode_encode_mb_s": value_mib / (t_decode + t_encode),
        }
        codecs[codec.name.lower()] = row
        print(f"{codec.name.lower():8} {len(raw) / 1024:9.0f} {row['decode_mb_s']:12.1f} "
              f"{row['encode_mb_s']:12.1f} {row['decode_encode_mb_s']:19.1f}")
    results["codecs"] = codecs

    lz4_batch = encode_batch(make_batch(Compression.LZ4, rng))
    field = lz4_batch * 100
    t_iter = timed(lambda: [e.header for e in iter_records_field(field)
                            if isinstance(e, BatchView)], args.seconds / 2)
    results["header_only_batches_per_s"] = 100 / t_iter
    print(f"iter_records_field, headers only: {100 / t_iter:,.0f} batches/s "
          f"({len(field) / MIB / t_iter:,.0f} MB/s of lz4 batches)")

    data = rng.randbytes(MIB)
    assert crc32c(data) == old_crc32c(data)
    t_c = timed(lambda: crc32c(data), args.seconds / 2)
    t_py = timed(lambda: old_crc32c(data), args.seconds, min_rounds=2)
    results["crc32c"] = {"c_mb_s": 1 / t_c, "old_python_mb_s": 1 / t_py,
                         "ratio": t_py / t_c, "old_python_ms_per_mib": t_py * 1000}
    print(f"CRC32C: google-crc32c {1 / t_c:,.0f} MB/s, old pure Python {1 / t_py:.1f} MB/s "
          f"({t_py * 1000:.0f} ms per MiB): {t_py / t_c:,.0f}x faster")

    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"],
                          capture_output=True, text=True, check=False)
    results["git_head"] = head.stdout.strip()
    results["elapsed_s"] = time.perf_counter() - started
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.out} in {results['elapsed_s']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
