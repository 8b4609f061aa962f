"""The generator of Sluice's Kafka message codec (`python -m gateway.protocol.codegen`).

It reads Kafka's JSON message specs in `gateway/protocol/specs/` (plus the few later
versions of `later_versions.py`) and writes one Python module per request, response and
header (decoders, encoders, skippers and seekers per version) into
`gateway/protocol/generated/`, plus the index `generated/__init__.py` that
`gateway.protocol.codec` looks messages up in. The
output is committed; `tests/unit/protocol/test_codegen.py` fails when it is stale.
"""
