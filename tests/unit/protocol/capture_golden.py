"""Capture golden response frames from a real (librdkafka mock) broker.

Run once, by hand; the output in `golden/` is committed and read by `test_golden.py`:

    /tmp/venv/bin/python tests/unit/protocol/capture_golden.py

It starts a 3-broker `MockCluster` (racks rack-a, rack-b, rack-c), creates topic
`golden-topic` with 4 partitions, opens a raw socket to broker 1 and sends, each with
correlation id `1000 * api_key + version`:

* ApiVersions v0..v2 (the mock's range),
* Metadata v0..v13 for all topics,
* FindCoordinator v0..v3 (the mock's range) for group `golden-group`.

Every response frame (size prefix included) is saved as `golden/<Api>-v<N>.bin`.
The request side uses only the codec's encoders; the bytes saved are the broker's.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

from wire import (
    API_VERSIONS_REQUEST,
    FIND_COORDINATOR_REQUEST,
    METADATA_REQUEST,
)
from wire import Wire as Message

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol import api_keys
from gateway.protocol.frames import FrameReader, frame
from gateway.protocol.headers import encode_request_header

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
TOPIC = "golden-topic"
PARTITIONS = 4
GROUP = "golden-group"


def correlation_id(api_key: int, version: int) -> int:
    """The correlation id the capture uses for (api key, version)."""
    return 1000 * api_key + version


def _request_body(message: Message, version: int) -> bytes:
    if message is METADATA_REQUEST:
        # v0 asks for all topics with an empty list, v1+ with a null list.
        return message.encode({"Topics": [] if version == 0 else None}, version)
    if message is FIND_COORDINATOR_REQUEST:
        return message.encode({"Key": GROUP, "KeyType": 0}, version)
    return message.encode({"ClientSoftwareName": "sluice-golden",
                           "ClientSoftwareVersion": "1"}, version)


def _exchange(sock: socket.socket, reader: FrameReader, request: bytes) -> bytes:
    sock.sendall(request)
    while True:
        response = reader.next_frame()
        if response is not None:
            return response
        data = sock.recv(65536)
        if not data:
            raise RuntimeError("broker closed the connection")
        reader.receive_data(data)


def capture(out_dir: Path = GOLDEN_DIR) -> list[Path]:
    """Capture every golden frame into `out_dir`; return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = (
        [(API_VERSIONS_REQUEST, v) for v in range(0, 3)]
        + [(METADATA_REQUEST, v) for v in range(0, 14)]
        + [(FIND_COORDINATOR_REQUEST, v) for v in range(0, 4)]
    )
    written = []
    with MockCluster(3, racks=("rack-a", "rack-b", "rack-c")) as cluster:
        cluster.create_topic(TOPIC, PARTITIONS, replication_factor=3)
        host, port = cluster.broker_addresses()[1]
        with socket.create_connection((host, port), timeout=10) as sock:
            reader = FrameReader()
            for message, version in plan:
                header = encode_request_header(
                    message.api_key, version, correlation_id(message.api_key, version),
                    "sluice-golden",
                )
                response = _exchange(sock, reader, frame(header + _request_body(message,
                                                                                 version)))
                name = api_keys.api_name(message.api_key)
                path = out_dir / f"{name}-v{version}.bin"
                path.write_bytes(response)
                written.append(path)
    return written


if __name__ == "__main__":
    for written_path in capture(Path(sys.argv[1]) if len(sys.argv) > 1 else GOLDEN_DIR):
        print(written_path, written_path.stat().st_size, "bytes")
