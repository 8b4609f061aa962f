"""Walks over the topic lists of Produce requests and Metadata responses.

The internal-topic guard must look at the topic names of every Produce request and cut
topics out of Metadata responses. Both walks use the generated codec's seekers and
skippers (from ProduceRequest.json and MetadataResponse.json): they read a topic's name
and id and step over the rest by its lengths, so a Produce request's records and a
Metadata response's partitions are never decoded. Any layout error is a DecodeError.
"""

from __future__ import annotations

import struct

from .codec_runtime import Buffer, DecodeError, count_c, count_k, is_flexible, nstr_c, nstr_k
from .generated.metadata_response import MetadataResponse, MetadataResponseTopic
from .generated.produce_request import ProduceRequest, TopicProduceData


def _count(buf: Buffer, pos: int, flexible: bool, what: str) -> tuple[int, int]:
    try:
        return (count_c if flexible else count_k)(buf, pos)
    except (IndexError, struct.error) as exc:
        raise DecodeError(f"{what} truncated") from exc


def _name(buf: Buffer, pos: int, flexible: bool, what: str) -> str | None:
    try:
        return (nstr_c if flexible else nstr_k)(buf, pos)[0]
    except (IndexError, struct.error, ValueError) as exc:
        raise DecodeError(f"{what}: unreadable topic name") from exc


def produce_topic_names(buf: Buffer, pos: int, version: int) -> list[str | None]:
    """The topic names of a Produce request body at `pos`."""
    flexible = is_flexible(ProduceRequest, version)
    pos = ProduceRequest.offset_of(buf, version, pos, "TopicData")
    count, pos = _count(buf, pos, flexible, "Produce request")
    skip = TopicProduceData.skip
    names: list[str | None] = []
    for _ in range(count):
        # Name is the first field of a topic's entry.
        names.append(_name(buf, pos, flexible, "Produce request"))
        pos = skip(buf, version, pos)
    return names


def produce_first_topic(buf: Buffer, pos: int, version: int) -> tuple[int, str | None]:
    """(topic count, first topic name) of a Produce request body at `pos`, reading nothing
    after that name: for the usual one-topic request, its names without a walk."""
    flexible = is_flexible(ProduceRequest, version)
    pos = ProduceRequest.offset_of(buf, version, pos, "TopicData")
    count, pos = _count(buf, pos, flexible, "Produce request")
    return count, (_name(buf, pos, flexible, "Produce request") if count > 0 else None)


def metadata_topics(
    buf: Buffer, pos: int, version: int
) -> tuple[list[tuple[int, int, str | None, bytes | None]], int]:
    """(start, end, name, topic id) of each topic of a Metadata response's topic array.

    `pos` is the array's length prefix; also returns the offset after the array.
    """
    flexible = is_flexible(MetadataResponse, version)
    has_id = "TopicId" in {f.name for f in MetadataResponseTopic.INFO.fields
                           if f.in_version(version)}
    offset_of, skip = MetadataResponseTopic.offset_of, MetadataResponseTopic.skip
    count, pos = _count(buf, pos, flexible, "Metadata response")
    topics: list[tuple[int, int, str | None, bytes | None]] = []
    for _ in range(count):
        name_at = offset_of(buf, version, pos, "Name")
        topic_id = None
        if has_id:
            id_at = offset_of(buf, version, pos, "TopicId")
            topic_id = bytes(buf[id_at:id_at + 16])
        end = skip(buf, version, pos)
        topics.append((pos, end, _name(buf, name_at, flexible, "Metadata response"), topic_id))
        pos = end
    return topics, pos
