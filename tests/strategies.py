"""Hypothesis strategies for tests that handle messages as dicts (see `tests/wire.py`).

`message_values(wire, version)` draws from `codec_strategies.message_values` (instances of
the generated classes, shaped like the decoder's output) and hands them on as the dicts
`Wire.decode` returns: the fields of the version, tagged fields only when set, unknown
tags under `UNKNOWN_TAGS`. `rich_value` is the same for `codec_strategies.rich_value`.
"""

from __future__ import annotations

from typing import Any

from codec_strategies import message_values as _instances
from codec_strategies import rich_value as _rich
from hypothesis import strategies as st
from wire import Wire

from gateway.protocol.codec_runtime import to_dict


def message_values(message: Wire, version: int) -> st.SearchStrategy[dict[str, Any]]:
    """Valid decoded bodies of `message` in `version`, as dicts."""
    low, high = message.valid
    if not low <= version <= high:
        raise ValueError(f"{message.name} has no version {version}")
    return _instances(message.cls, version).map(lambda m: to_dict(m, version))


def rich_value(message: Wire, version: int) -> dict[str, Any]:
    """A deterministic decoded body of `message` exercising every field of `version`."""
    return to_dict(_rich(message.cls, version), version)
