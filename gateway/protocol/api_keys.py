"""Kafka API keys: names and the first flexible (KIP-482 tagged-field) version of each.

Derived from the generated codec's index (Kafka's specs); the APIs newer than the vendored
specs are named in `codegen/later_versions.py` and, like every API added since KIP-482,
flexible from version 0.
"""

from __future__ import annotations

from .codegen.later_versions import LATER_APIS
from .generated import REQUESTS

# (api key) -> (name, first flexible version or None when the API never became flexible).
API_KEYS: dict[int, tuple[str, int | None]] = {
    **{key: (name, 0) for key, name in LATER_APIS.items()},
    **{key: (entry[1].removesuffix("Request"), entry[4]) for key, entry in REQUESTS.items()},
}

PRODUCE = 0
FETCH = 1
METADATA = 3
CONTROLLED_SHUTDOWN = 7
FIND_COORDINATOR = 10
API_VERSIONS = 18
DESCRIBE_CLUSTER = 60


def api_name(api_key: int) -> str:
    """Human-readable name of an API key, or `Unknown(<key>)`."""
    entry = API_KEYS.get(api_key)
    return entry[0] if entry else f"Unknown({api_key})"


def is_flexible(api_key: int, version: int) -> bool:
    """Whether (api key, version) uses compact encodings and tagged fields."""
    entry = API_KEYS.get(api_key)
    if entry is None or entry[1] is None:
        return False
    return version >= entry[1]
