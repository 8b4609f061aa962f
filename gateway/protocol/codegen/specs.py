"""Kafka's JSON message specs, loaded into a small model the code emitter walks.

The files (gateway/protocol/specs/*.json) are JSON with `//` comment lines. A message has
`validVersions`, `flexibleVersions` and `fields`; a field has a `type` (a primitive, a
struct name, or `[]` + either), `versions`, and optionally `nullableVersions`,
`taggedVersions` + `tag`, `default`, `ignorable`, `zeroCopy`, nested `fields`, and a
field-level `flexibleVersions` (only `"none"`, on RequestHeader.ClientId). A struct type
without nested `fields` names one of the message's `commonStructs`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SPECS_DIR = Path(__file__).resolve().parent.parent / "specs"
MAX_VERSION = 0x7FFF

PRIMITIVES = frozenset({
    "int8", "int16", "uint16", "int32", "int64", "float64", "bool", "string", "bytes",
    "records", "uuid",
})

Range = tuple[int, int]


def parse_versions(text: str) -> Range | None:
    """Parse a version range: "3+", "0-7", "5" or "none" (None)."""
    text = text.strip()
    if text == "none":
        return None
    if text.endswith("+"):
        return int(text[:-1]), MAX_VERSION
    low, _, high = text.partition("-")
    return int(low), int(high or low)


def contains(versions: Range | None, version: int) -> bool:
    """Whether `version` is in the range."""
    return versions is not None and versions[0] <= version <= versions[1]


@dataclass
class SpecField:
    """One field of a struct."""

    name: str
    type: str
    versions: Range
    nullable: Range | None
    tagged: Range | None
    tag: int | None
    default: Any
    ignorable: bool
    zero_copy: bool
    never_flexible: bool
    struct: SpecStruct | None = None

    @property
    def is_array(self) -> bool:
        """Whether the field is an array."""
        return self.type.startswith("[]")

    @property
    def element(self) -> str:
        """The element type of an array, or the type itself."""
        return self.type[2:] if self.is_array else self.type

    @property
    def kind(self) -> str:
        """`struct`, `[]struct`, a primitive name, or `[]` + a primitive name."""
        if self.struct is not None:
            return "[]struct" if self.is_array else "struct"
        return self.type


@dataclass
class SpecStruct:
    """A struct (the message itself, a nested struct, or a common struct)."""

    name: str
    fields: list[SpecField] = field(default_factory=list)
    about: str = ""


@dataclass
class SpecMessage:
    """A request, response or header spec."""

    name: str
    kind: str
    api_key: int | None
    valid: Range
    flexible: Range | None
    unstable: bool
    root: SpecStruct
    structs: list[SpecStruct]
    source: str

    def is_flexible(self, version: int) -> bool:
        """Whether `version` uses compact encodings and tagged fields."""
        return contains(self.flexible, version)


def parse_json(text: str) -> dict[str, Any]:
    """The JSON of a spec's text, its `//` comment lines dropped."""
    text = "\n".join(line for line in text.splitlines()
                     if not line.lstrip().startswith("//"))
    data: dict[str, Any] = json.loads(text)
    return data


def read_json(path: Path) -> dict[str, Any]:
    """Read a spec file, dropping its `//` comment lines."""
    return parse_json(path.read_text())


def _cap(versions: Range | None, valid: Range) -> Range | None:
    if versions is None:
        return None
    low, high = versions
    return low, min(high, valid[1])


def load_message(path: Path) -> SpecMessage:
    """Load one spec file and resolve its struct references."""
    return message_of(read_json(path), path.name)


def message_of(data: dict[str, Any], source: str) -> SpecMessage:
    """The model of one spec's JSON, its struct references resolved."""
    valid = parse_versions(data["validVersions"])
    assert valid is not None, source
    common: dict[str, list[dict[str, Any]]] = {
        c["name"]: c["fields"] for c in data.get("commonStructs", [])
    }
    structs: list[SpecStruct] = []
    done: dict[str, SpecStruct] = {}

    def build_struct(name: str, fields: list[dict[str, Any]]) -> SpecStruct:
        if name in done:
            return done[name]
        struct = SpecStruct(name)
        done[name] = struct
        struct.fields = [build_field(f) for f in fields]
        structs.append(struct)
        return struct

    def build_field(raw: dict[str, Any]) -> SpecField:
        versions = parse_versions(raw["versions"])
        assert versions is not None, (source, raw["name"])
        tagged = parse_versions(raw["taggedVersions"]) if "taggedVersions" in raw else None
        type_ = raw["type"]
        element = type_[2:] if type_.startswith("[]") else type_
        struct = None
        if element not in PRIMITIVES:
            if "fields" in raw:
                struct = build_struct(element, raw["fields"])
            else:
                struct = build_struct(element, common[element])
        flexible = raw.get("flexibleVersions")
        if flexible is not None and flexible != "none":
            raise NotImplementedError(f"{source}: field flexibleVersions {flexible!r}")
        if tagged is not None and _cap(tagged, valid) != _cap(versions, valid):
            raise NotImplementedError(f"{source}: {raw['name']} is tagged in only some "
                                      "of its versions")
        return SpecField(
            # A few specs spell a field in camelCase (CreateTopicsRequest.timeoutMs);
            # Kafka's own generator capitalizes them, and so do we.
            name=raw["name"][0].upper() + raw["name"][1:],
            type=type_,
            versions=_cap(versions, valid) or versions,
            nullable=_cap(parse_versions(raw["nullableVersions"]), valid)
            if "nullableVersions" in raw else None,
            tagged=_cap(tagged, valid),
            tag=int(raw["tag"]) if "tag" in raw else None,
            default=raw.get("default"),
            ignorable=bool(raw.get("ignorable", False)),
            zero_copy=bool(raw.get("zeroCopy", False)),
            never_flexible=flexible == "none",
            struct=struct,
        )

    root = SpecStruct(data["name"])
    done[data["name"]] = root
    root.fields = [build_field(f) for f in data["fields"]]
    structs.append(root)
    return SpecMessage(
        name=data["name"],
        kind=data["type"],
        api_key=data.get("apiKey"),
        valid=valid,
        flexible=_cap(parse_versions(data["flexibleVersions"]), valid),
        unstable=bool(data.get("latestVersionUnstable", False)),
        root=root,
        structs=structs,
        source=source,
    )


def load_all(specs_dir: Path = SPECS_DIR) -> list[SpecMessage]:
    """Every request, response and header spec, in file-name order."""
    return [load_message(p) for p in sorted(specs_dir.glob("*.json"))]


def module_name(message_name: str) -> str:
    """The generated module of a message: MetadataResponse -> metadata_response."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", message_name).lower()
