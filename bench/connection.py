"""Per-request CPU cost of ProxyConnection, alone and with the built-in interceptors.

Pure functions, no I/O: N pipelined requests (Produce acks=1 with 16 KiB of records, or
Metadata v12 with 3 brokers and 10 topics x 10 partitions) are fed one frame per call as
client bytes, 100 at a time, then their responses one frame per call as broker bytes; the
median process CPU time per request + response over a few rounds is printed. The baseline
"session's functions" runs the sans-I/O calls today's trio Session makes per request and
response (header check, acks, internal-topic guard, correlation, rewrite), without trio.
About 10 s.

    .venv/bin/python bench/connection.py [--requests 20000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.interceptors.builtins import builtin_factories  # noqa: E402
from gateway.interceptors.chain import InterceptorChain  # noqa: E402
from gateway.protocol import api_keys  # noqa: E402
from gateway.protocol.connection import (  # noqa: E402
    ConnectionInfo,
    ConnectionSettings,
    ProxyConnection,
)
from gateway.protocol.generated.metadata_response import (  # noqa: E402
    MetadataResponseBroker,
    MetadataResponsePartition,
    MetadataResponseTopic,
)
from gateway.protocol.generated.produce_request import (  # noqa: E402
    PartitionProduceData,
    TopicProduceData,
)
from gateway.protocol.internal_topics import InternalTopics  # noqa: E402
from tests.kafka_frames import RANGES, metadata, request, response  # noqa: E402


class Directory:
    def address_map(self, client_key: str) -> Any:
        return lambda node: ("gw", 7000 + node)

    def learn_brokers(self, brokers: Any, id_field: str) -> None:
        pass

    def learn_api_versions(self, advertised: Any) -> None:
        pass


def frames(kind: str, cid: int) -> tuple[bytes, bytes]:
    if kind == "produce":
        req = request(api_keys.PRODUCE, 9, cid, Acks=1, TimeoutMs=100, TopicData=[
            TopicProduceData(Name="orders", PartitionData=[
                PartitionProduceData(Index=p, Records=b"\x00" * 1024) for p in range(16)])])
        return req, response(api_keys.PRODUCE, 9, cid)
    brokers = [MetadataResponseBroker(NodeId=i, Host=f"b{i}", Port=9092) for i in range(3)]
    topics = [MetadataResponseTopic(ErrorCode=0, Name=f"t{t}", TopicId=bytes(16), Partitions=[
        MetadataResponsePartition(ErrorCode=0, PartitionIndex=p, LeaderId=p % 3,
                                  ReplicaNodes=[0, 1, 2], IsrNodes=[0, 1, 2],
                                  OfflineReplicas=[]) for p in range(10)])
        for t in range(10)]
    return metadata(cid), response(api_keys.METADATA, 12, cid, Brokers=brokers, Topics=topics)


def run(kind: str, chained: bool, n: int) -> float:
    info = ConnectionInfo(client_host="10.0.0.1")
    chain = (InterceptorChain.for_connection(
        builtin_factories(Directory(), InternalTopics(), None, (), "p"), info)
        if chained else None)
    conn = ProxyConnection(ConnectionSettings(max_in_flight=1000), lambda: RANGES, chain, info)
    batch = 100
    requests = []
    answers = []
    for b in range(n // batch):
        reqs, resps = zip(*(frames(kind, b * batch + i) for i in range(batch)), strict=True)
        requests.append(reqs)
        # Upstream ids are given in order from 0, so the broker's answers are known.
        answers.append([r[:4] + (b * batch + i).to_bytes(4, "big") + r[8:]
                        for i, r in enumerate(resps)])
    start = time.process_time()
    for client_frames, broker_frames in zip(requests, answers, strict=True):
        for frame in client_frames:
            conn.receive_client_data(frame)
        replies = 0
        for frame in broker_frames:
            replies += len(conn.receive_broker_data(frame))
        assert replies == batch
    return (time.process_time() - start) / (n // batch * batch) * 1e6


def run_session_functions(kind: str, n: int) -> float:
    """The sans-I/O work of today's Session per request and response, without trio."""
    from gateway.protocol.correlation import (
        REQUEST_ID_OFFSET,
        RESPONSE_ID_OFFSET,
        CorrelationTable,
        with_correlation_id,
    )
    from gateway.protocol.frames import FrameReader
    from gateway.protocol.headers import peek_request_start, response_correlation_id
    from gateway.protocol.internal_topics import InternalTopicGuard
    from gateway.protocol.request_check import check_request, produce_expects_response
    from gateway.protocol.rewrite import rewrite_metadata, rewrite_node_endpoints

    guard = InternalTopicGuard(InternalTopics())
    table = CorrelationTable(1000)
    directory = Directory()
    reader, upstream = FrameReader(), FrameReader()
    batch = 100
    pairs = [frames(kind, i) for i in range(n // batch * batch)]
    start = time.process_time()
    for b in range(n // batch):
        for i in range(batch):
            reader.receive_data(pairs[b * batch + i][0])
            frame = reader.next_frame()
            assert frame is not None
            key, version, cid = peek_request_start(frame)
            header = check_request(frame, RANGES)
            verdict = guard.check_request(frame, header)
            assert verdict is None
            expects = key != api_keys.PRODUCE or produce_expects_response(frame, header)
            uid = table.forward(cid, key, version, expects)
            with_correlation_id(frame, REQUEST_ID_OFFSET, uid)
        for i in range(batch):
            answer = pairs[b * batch + i][1]
            upstream.receive_data(answer[:4] + (b * batch + i).to_bytes(4, "big") + answer[8:])
            frame = upstream.next_frame()
            assert frame is not None
            pending = table.match_response(response_correlation_id(frame))
            assert pending is not None
            table.complete()
            if pending.api_key == api_keys.METADATA:
                frame, _ = rewrite_metadata(frame, 12, directory.address_map(""))
            else:
                frame = rewrite_node_endpoints(frame, pending.api_key, pending.api_version,
                                               directory.address_map(""))
            frame = guard.filter_response(frame, pending.api_key, pending.api_version,
                                          pending.correlation_id)
            with_correlation_id(frame, RESPONSE_ID_OFFSET, pending.correlation_id)
    return (time.process_time() - start) / (n // batch * batch) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for kind in ("produce", "metadata"):
        n = args.requests if kind == "produce" else args.requests // 10
        for label, runner in (
            ("session's functions", partial(run_session_functions, kind, n)),
            ("connection alone", partial(run, kind, False, n)),
            ("with built-in interceptors", partial(run, kind, True, n)),
        ):
            samples = [runner() for _ in range(args.rounds)]
            print(f"{kind:8s} {label:27s} {statistics.median(samples):7.1f} us CPU per "
                  "request + response")


if __name__ == "__main__":
    main()
