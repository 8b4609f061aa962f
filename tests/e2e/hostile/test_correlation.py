"""Attack: make the mock's answer to an acks=0 Produce pass for a Metadata answer (issue 7).

The Produce names two topics whose bytes, read as a Metadata v0 response, list broker 2
at the attacker's address. Before the gateway owned the correlation ids, the mock's answer
to the acks=0 Produce was taken for the answer to the Metadata request sent with the same
id, and the gateway then proxied broker 2's port to the attacker.
"""

from __future__ import annotations

import socket
import struct
import threading
from pathlib import Path

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol.frames import frame
from gateway.protocol.headers import encode_request_header
from tests.conftest import worker_port_span
from tests.e2e.hostile.conftest import (
    api_versions_frame,
    close_line,
    closed_by_peer,
    healthy_traffic,
    read_frames,
    start_hostile_gateway,
)
from tests.wire import (
    METADATA_REQUEST,
    METADATA_RESPONSE,
    PRODUCE_REQUEST,
    PRODUCE_RESPONSE,
)

CORRELATION_ID = 77


class AttackerListener(threading.Thread):
    """A listener on loopback that records every connection made to it."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Every byte of the port must be valid UTF-8 alone, as it sits in a topic name.
        for port in worker_port_span():
            if (port & 0xFF) < 0x80 and port < 0x8000:
                try:
                    self.sock.bind(("127.0.0.1", port))
                    break
                except OSError:
                    continue
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.connections: list[tuple[str, int]] = []

    def run(self) -> None:
        while True:
            try:
                conn, address = self.sock.accept()
            except OSError:
                return
            self.connections.append(address)
            conn.close()


def _poisoned_topic_names(host: str, port: int) -> list[str]:
    """Topic names whose Produce v0 response reads as Metadata v0 naming broker 2 at host:port."""
    host_bytes = host.encode()
    first = (b"\x00\x01" + struct.pack(">h", 1) + b"a" + struct.pack(">i", 1)
             + struct.pack(">i", 2) + struct.pack(">h", len(host_bytes)) + host_bytes
             + struct.pack(">i", port))
    return [first.decode(), "b"]


def test_acks0_produce_and_metadata_with_one_id_are_refused(
    mock_cluster: MockCluster, tmp_path: Path
) -> None:
    attacker = AttackerListener()
    attacker.start()
    names = _poisoned_topic_names("127.0.0.1", attacker.port)
    # The attack is real: the answer the mock gives to this Produce, decoded as the
    # Metadata v0 answer the old gateway expected, lists broker 2 at the attacker.
    echoed = PRODUCE_RESPONSE.encode({"Responses": [
        {"Name": n, "PartitionResponses": []} for n in names]}, 0)
    as_metadata, _ = METADATA_RESPONSE.decode(echoed, 0, 0)
    assert as_metadata["Brokers"][1] == {"NodeId": 2, "Host": "127.0.0.1", "Port": attacker.port}

    gw = start_hostile_gateway(mock_cluster, tmp_path)
    try:
        with healthy_traffic(gw):
            produce = frame(encode_request_header(0, 0, CORRELATION_ID, "attacker")
                            + PRODUCE_REQUEST.encode({
                                "Acks": 0, "TimeoutMs": 1000,
                                "TopicData": [{"Name": n, "PartitionData": []} for n in names],
                            }, 0))
            metadata = frame(encode_request_header(3, 0, CORRELATION_ID, "attacker")
                             + METADATA_REQUEST.encode({"Topics": []}, 0))
            with socket.create_connection((gw.advertised_host, gw.port_start), 5) as sock:
                peer = "{}:{}".format(*sock.getsockname()[:2])
                sock.sendall(produce + metadata)
                assert closed_by_peer(sock, 10), "the colliding Metadata got an answer"
            line = close_line(gw, peer)
            assert (f"connection from {peer} to broker 1 " in line and
                    f"closed (protocol error): correlation id {CORRELATION_ID} reused while a "
                    "request with it is in flight" in line)

            # A victim on broker 2's port reaches the real broker 2...
            with socket.create_connection((gw.advertised_host, gw.port_start + 1), 5) as sock:
                sock.sendall(api_versions_frame(1))
                assert len(read_frames(sock, 1)) == 1
        # ...and so did the healthy producer and consumer, through every broker port.
        assert attacker.connections == [], attacker.connections
    finally:
        gw.stop()
        attacker.sock.close()
