"""Python source for one Kafka message spec: classes, per-layout codecs, schema metadata.

For every struct and every version the generator computes the struct's *layout*: which
fields are on the wire in that version, in which encoding (classic or compact), nullable
or not, tagged or not, and the layouts of the nested structs. Versions with the same
layout share one decoder and one encoder, named after the first version using it
(`_d_MetadataResponsePartition_v7` serves v7-v12). Consecutive fixed-width fields are
read and written with one precompiled `struct.Struct`.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from typing import Any

from .specs import SpecField, SpecMessage, SpecStruct, contains

FIXED = {"int8": "b", "int16": "h", "uint16": "H", "int32": "i", "int64": "q",
         "float64": "d", "bool": "?"}
PY_TYPES = {"int8": "int", "int16": "int", "uint16": "int", "int32": "int", "int64": "int",
            "float64": "float", "bool": "bool", "string": "str", "bytes": "bytes",
            "records": "Buffer", "uuid": "bytes"}
IMPLICIT_DEFAULTS = {"int8": "0", "int16": "0", "uint16": "0", "int32": "0", "int64": "0",
                     "float64": "0.0", "bool": "False", "string": '""', "bytes": 'b""',
                     "records": "None", "uuid": "bytes(16)"}
INDENT = "    "
ARRAY_NAMES = {"b": "int8", "h": "int16", "H": "uint16", "i": "int32", "q": "int64",
               "d": "float64", "?": "bool"}
# Must not exceed codec_runtime's cache of compiled formats (64).
ARRAY_INLINE_MAX = 64


def default_literal(f: SpecField) -> str | None:
    """The spec's default of `f` as a Python literal, or None when it declares none."""
    raw = f.default
    if raw is None:
        return None
    text = str(raw)
    if text == "null":
        return "None"
    if f.is_array or f.struct is not None:
        raise NotImplementedError(f"{f.name}: default {raw!r} for {f.type}")
    if f.type in ("int8", "int16", "uint16", "int32", "int64"):
        return repr(int(text, 0))
    if f.type == "bool":
        return repr(text.lower() == "true")
    if f.type == "float64":
        return repr(float(text))
    if f.type == "string":
        return repr(text)
    raise NotImplementedError(f"{f.name}: default {raw!r} for {f.type}")


def kafka_default_expr(f: SpecField) -> str:
    """Kafka's value for `f` when it is not on the wire, as an expression."""
    literal = default_literal(f)
    if literal is not None:
        return literal
    if f.is_array:
        return "[]"
    if f.struct is not None:
        return f"kafka_default({f.struct.name})"
    return IMPLICIT_DEFAULTS[f.type]


def _value_type(f: SpecField) -> str:
    element = f.struct.name if f.struct is not None else (
        "Buffer" if f.zero_copy else PY_TYPES[f.element])
    return f"list[{element}]" if f.is_array else element


def annotation(f: SpecField) -> str:
    """The type annotation of the class attribute for `f`."""
    text = _value_type(f)
    if f.nullable is not None and f.nullable[0] <= f.nullable[1]:
        text += " | None"
    if f.tag is not None:
        text += " | UnsetType"
    return text


def _pyrange(r: tuple[int, int] | None) -> str:
    return "None" if r is None else f"({r[0]}, {r[1]})"


@dataclass
class _Layout:
    struct: SpecStruct
    version: int
    suffix: str
    flexible: bool


@dataclass
class ModuleEmitter:
    """Emits the module of one message."""

    message: SpecMessage
    used: set[str] = field(default_factory=set)
    packers: dict[str, str] = field(default_factory=dict)
    by_key: dict[Any, str] = field(default_factory=dict)
    version_layout: dict[tuple[str, int], str] = field(default_factory=dict)
    pending: list[_Layout] = field(default_factory=list)
    parents: dict[str, str] = field(default_factory=dict)
    array_codes: dict[str, str] = field(default_factory=dict)

    # --- layouts ----------------------------------------------------------------

    def layout(self, s: SpecStruct, v: int) -> str:
        """The function suffix of struct `s`'s layout in version `v`."""
        known = self.version_layout.get((s.name, v))
        if known is not None:
            return known
        flex = self.message.is_flexible(v)
        entries: list[Any] = []
        for f in s.fields:
            if not contains(f.versions, v):
                entries.append(("absent", f.name))
                continue
            child = self.layout(f.struct, v) if f.struct is not None else None
            enc = (f.kind, contains(f.nullable, v), flex and not f.never_flexible, child,
                   f.zero_copy)
            if f.tag is not None and contains(f.tagged, v):
                entries.append(("tag", f.name, f.tag, enc))
            else:
                entries.append(("reg", f.name, enc))
        key = (s.name, flex, tuple(entries))
        suffix = self.by_key.get(key)
        if suffix is None:
            suffix = f"{s.name}_v{v}"
            self.by_key[key] = suffix
            self.pending.append(_Layout(s, v, suffix, flex))
        self.version_layout[(s.name, v)] = suffix
        return suffix

    def packer(self, fmt: str) -> str:
        """The module-level `Struct` for `fmt`."""
        name = self.packers.get(fmt)
        if name is None:
            name = f"_P{len(self.packers)}"
            self.packers[fmt] = name
        return name

    def formats(self, code: str) -> str:
        """The module-level list of compiled array formats for struct code `code`."""
        name = f"_A_{ARRAY_NAMES[code]}"
        self.array_codes[code] = name
        self.rt("array_formats")
        return name

    def rt(self, name: str) -> str:
        """A runtime helper, imported by the module."""
        self.used.add(name)
        return name

    # --- decoders ---------------------------------------------------------------

    def decoder(self, lay: _Layout) -> list[str]:
        """The decode function of one layout."""
        s, v, flex = lay.struct, lay.version, lay.flexible
        self.rt("Buffer")
        lines = [f"def _d_{lay.suffix}(buf: Buffer, pos: int) -> tuple[{s.name}, int]:"]
        kwargs: list[str] = []
        group: list[tuple[str, str]] = []

        def flush() -> None:
            if not group:
                return
            fmt = ">" + "".join(code for _, code in group)
            names = ", ".join(f"v_{n}" for n, _ in group)
            target = f"({names},)" if len(group) == 1 else names
            lines.append(f"    {target} = {self.packer(fmt)}.unpack_from(buf, pos)")
            lines.append(f"    pos += {struct.calcsize(fmt)}")
            group.clear()

        tagged: list[SpecField] = []
        for f in s.fields:
            if not contains(f.versions, v):
                if f.default is None and f.tag is None:
                    kwargs.append(f"{f.name}={self.default_expr(f)}")
                continue
            kwargs.append(f"{f.name}=v_{f.name}")
            if f.tag is not None and contains(f.tagged, v):
                tagged.append(f)
                continue
            if f.kind in FIXED:
                group.append((f.name, FIXED[f.kind]))
                continue
            if f.kind == "uuid":
                group.append((f.name, "16s"))
                continue
            flush()
            lines += self.dec_value(f, v, flex, f"v_{f.name}", 1)
        flush()
        if flex:
            lines += self.dec_tags(tagged, v, flex)
        lines.append(f"    {'result =' if flex else 'return'} {s.name}(")
        lines += [f"        {kw}," for kw in kwargs]
        if flex:
            lines += ["    )",
                      "    if unknown is not None:",
                      "        result.unknown_tags = unknown",
                      "    return result, pos"]
        else:
            lines.append("    ), pos")
        return lines

    def default_expr(self, f: SpecField) -> str:
        """`kafka_default_expr`, noting the runtime helper it may need."""
        if f.struct is not None and not f.is_array and f.default is None:
            self.rt("kafka_default")
        return kafka_default_expr(f)

    def dec_value(self, f: SpecField, v: int, flex: bool, target: str, depth: int,
                  declared: bool = False) -> list[str]:
        """Lines reading one value of `f` at `pos` into `target`."""
        ind = INDENT * depth
        compact = flex and not f.never_flexible
        c = "c" if compact else "k"
        nullable = contains(f.nullable, v)
        n = "n" if nullable else ""
        kind = f.kind
        if kind in FIXED:
            fmt = ">" + FIXED[kind]
            return [f"{ind}({target},) = {self.packer(fmt)}.unpack_from(buf, pos)",
                    f"{ind}pos += {struct.calcsize(fmt)}"]
        if kind == "uuid":
            return [f"{ind}{target}, pos = {self.rt('uuid_')}(buf, pos)"]
        if kind == "string":
            return [f"{ind}{target}, pos = {self.rt(f'{n}str_{c}')}(buf, pos)"]
        if kind in ("bytes", "records"):
            reader = "view" if kind == "records" or f.zero_copy else "bytes"
            return [f"{ind}{target}, pos = {self.rt(f'{n}{reader}_{c}')}(buf, pos)"]
        if kind == "struct":
            assert f.struct is not None
            child = f"_d_{self.layout(f.struct, v)}"
            if not nullable:
                return [f"{ind}{target}, pos = {child}(buf, pos)"]
            return [f"{ind}{target} = None" if declared else f"{ind}{target}: Any = None",
                    f"{ind}present, pos = {self.rt('read_marker')}(buf, pos)",
                    f"{ind}if present:",
                    f"{ind}    {target}, pos = {child}(buf, pos)"]
        assert f.is_array, kind
        element = f.element
        if f.struct is not None or element not in FIXED:
            if f.struct is not None:
                read = f"_d_{self.layout(f.struct, v)}"
            else:
                read = self.rt({"string": f"str_{c}", "uuid": "uuid_",
                                "bytes": f"bytes_{c}"}[element])
            return [f"{ind}{target}, pos = {self.rt(f'{n}arr_{c}')}({read}, buf, pos)"]
        code = FIXED[element]
        size = struct.calcsize(">" + code)
        call = f"{self.rt(f'{n}farr_{c}')}(buf, pos, {code!r}, {size})"
        if nullable:
            return [f"{ind}{target}, pos = {call}"]
        # Short arrays inline (no call): they are most of the arrays of a large
        # Metadata response (replicas, ISR, offline replicas of every partition).
        formats = self.formats(code)
        if compact:
            return [f"{ind}n = buf[pos]",
                    f"{ind}if 1 < n <= {ARRAY_INLINE_MAX + 1}:",
                    f"{ind}    {target} = list({formats}[n - 1].unpack_from(buf, pos + 1))",
                    f"{ind}    pos += {size} * n - {size - 1}",
                    f"{ind}elif n == 1:",
                    f"{ind}    {target} = []",
                    f"{ind}    pos += 1",
                    f"{ind}else:",
                    f"{ind}    {target}, pos = {call}"]
        return [f"{ind}(n,) = {self.packer('>i')}.unpack_from(buf, pos)",
                f"{ind}if 0 < n <= {ARRAY_INLINE_MAX}:",
                f"{ind}    {target} = list({formats}[n].unpack_from(buf, pos + 4))",
                f"{ind}    pos += 4 + {size} * n",
                f"{ind}elif n == 0:",
                f"{ind}    {target} = []",
                f"{ind}    pos += 4",
                f"{ind}else:",
                f"{ind}    {target}, pos = {call}"]

    def dec_tags(self, tagged: list[SpecField], v: int, flex: bool) -> list[str]:
        """Lines reading the tagged-field section."""
        lines = ["    unknown: dict[int, Buffer] | None = None"]
        if not tagged:
            return lines + [
                "    if buf[pos] == 0:",
                "        pos += 1",
                "    else:",
                f"        unknown, pos = {self.rt('read_tags')}(buf, pos)",
            ]
        self.rt("UNSET")
        lines += [f"    v_{f.name}: Any = UNSET" for f in tagged]
        lines += [
            "    if buf[pos] == 0:",
            "        pos += 1",
            "    else:",
            f"        count, pos = {self.rt('read_uvarint')}(buf, pos)",
            "        last = -1",
            "        for _ in range(count):",
            f"            tag, pos, end = {self.rt('tag_header')}(buf, pos, last)",
            "            last = tag",
        ]
        for i, f in enumerate(sorted(tagged, key=lambda f: f.tag or 0)):
            lines.append(f"            {'if' if i == 0 else 'elif'} tag == {f.tag}:")
            lines += self.dec_value(f, v, flex, f"v_{f.name}", 4, declared=True)
            lines += ["                if pos != end:",
                      f"                    raise {self.rt('stray_tag_bytes')}(tag, pos, end)"]
        lines += [
            "            else:",
            "                if unknown is None:",
            "                    unknown = {}",
            "                unknown[tag] = bytes(buf[pos:end])",
            "            pos = end",
        ]
        return lines

    # --- encoders ---------------------------------------------------------------

    def encoder(self, lay: _Layout) -> list[str]:
        """The encode function of one layout."""
        s, v, flex = lay.struct, lay.version, lay.flexible
        lines = [f"def _e_{lay.suffix}(out: bytearray, m: {s.name}) -> None:"]
        group: list[tuple[str, str]] = []

        def flush() -> None:
            if not group:
                return
            fmt = ">" + "".join(code for _, code in group)
            args = ", ".join(f"m.{n}" for n, _ in group)
            lines.append(f"    out += {self.packer(fmt)}.pack({args})")
            group.clear()

        tagged: list[SpecField] = []
        for f in s.fields:
            if not contains(f.versions, v):
                if not f.ignorable:
                    flush()
                    lines += [
                        f"    if {self.rt('non_default')}(m.{f.name}, "
                        f"{self.default_expr(f)}):",
                        f"        raise {self.rt('EncodeError')}({f.name!r})",
                    ]
                continue
            if f.tag is not None and contains(f.tagged, v):
                tagged.append(f)
                continue
            if f.kind in FIXED:
                group.append((f.name, FIXED[f.kind]))
                continue
            flush()
            lines += self.enc_value(f, v, flex, f"m.{f.name}", "out", 1)
        flush()
        if flex:
            lines += self.enc_tags(tagged, v, flex)
        elif self.message.flexible is not None:
            lines += ["    if m.unknown_tags:",
                      f"        raise {self.rt('EncodeError')}('unknown_tags')"]
        if len(lines) == 1:
            lines.append("    pass")
        return lines

    def enc_value(self, f: SpecField, v: int, flex: bool, expr: str, out: str, depth: int
                  ) -> list[str]:
        """Lines appending the value `expr` of `f` to the bytearray `out`."""
        ind = INDENT * depth
        compact = flex and not f.never_flexible
        c = "c" if compact else "k"
        nullable = contains(f.nullable, v)
        # The attribute may hold None in other versions: mypy cannot see that this
        # version refuses it (the writer raises, and `explain` names the field).
        ignore = "  # type: ignore[arg-type]" if (
            not nullable and f.nullable is not None and f.nullable[0] <= f.nullable[1]
        ) else ""
        n = "n" if nullable else ""
        kind = f.kind
        var = f"{'a' if f.is_array else 's'}_{f.name}"
        if kind in FIXED:
            return [f"{ind}{out} += {self.packer('>' + FIXED[kind])}.pack({expr})"]
        if kind == "uuid":
            return [f"{ind}{self.rt('w_uuid')}({out}, {expr})"]
        if kind == "string":
            return [f"{ind}{self.rt(f'w_{n}str_{c}')}({out}, {expr}){ignore}"]
        if kind in ("bytes", "records"):
            return [f"{ind}{self.rt(f'w_{n}bytes_{c}')}({out}, {expr}){ignore}"]
        if kind == "struct":
            assert f.struct is not None
            child = f"_e_{self.layout(f.struct, v)}"
            if not nullable:
                return [f"{ind}{child}({out}, {expr}){ignore}"]
            return [f"{ind}{var} = {expr}",
                    f"{ind}if {var} is None:",
                    f"{ind}    {out} += b\"\\xff\"",
                    f"{ind}else:",
                    f"{ind}    {out} += b\"\\x01\"",
                    f"{ind}    {child}({out}, {var})"]
        assert f.is_array, kind
        element = f.element
        if f.struct is None and element in FIXED:
            code = FIXED[element]
            call = f"{self.rt(f'w_{n}farr_{c}')}({out}, {{}}, {code!r})"
            if nullable or ignore:
                return [f"{ind}{call.format(expr)}{ignore}"]
            formats = self.formats(code)
            length = (f"{out}.append(n + 1)" if compact
                      else f"{out} += {self.packer('>i')}.pack(n)")
            empty = f"{out}.append(1)" if compact else f"{out} += b\"\\x00\\x00\\x00\\x00\""
            return [f"{ind}{var} = {expr}",
                    f"{ind}n = len({var})",
                    f"{ind}if 0 < n <= {ARRAY_INLINE_MAX}:",
                    f"{ind}    {length}",
                    f"{ind}    {out} += {formats}[n].pack(*{var})",
                    f"{ind}elif n == 0:",
                    f"{ind}    {empty}",
                    f"{ind}else:",
                    f"{ind}    {call.format(var)}"]
        lines = [f"{ind}{var} = {expr}"]
        if nullable:
            lines += [f"{ind}if {var} is None:",
                      f"{ind}    {out}.append(0)" if compact
                      else f"{ind}    {out} += b\"\\xff\\xff\\xff\\xff\"",
                      f"{ind}else:"]
            inner = ind + INDENT
        else:
            if ignore:
                lines += [f"{ind}if {var} is None:",
                          f"{ind}    raise {self.rt('EncodeError')}({f.name!r})"]
            inner = ind
        lines.append(f"{inner}{self.rt(f'w_alen_{c}')}({out}, len({var}))")
        if f.struct is not None:
            child = f"_e_{self.layout(f.struct, v)}"
            lines += [f"{inner}for e_{f.name} in {var}:", f"{inner}    {child}({out}, e_{f.name})"]
        else:
            write = {"string": f"w_str_{c}", "uuid": "w_uuid", "bytes": f"w_bytes_{c}"}[element]
            lines.append(f"{inner}{self.rt('w_each')}({self.rt(write)}, {out}, {var})")
        return lines

    def enc_tags(self, tagged: list[SpecField], v: int, flex: bool) -> list[str]:
        """Lines writing the tagged-field section."""
        lines = ["    t = m.unknown_tags"]
        if not tagged:
            return lines + ["    if not t:",
                            "        out.append(0)",
                            "    else:",
                            f"        {self.rt('w_tags')}(out, dict(t))"]
        self.rt("UNSET")
        absent = " and ".join(f"m.{f.name} is UNSET" for f in tagged)
        lines += [f"    if {absent} and not t:",
                  "        out.append(0)",
                  "        return",
                  "    tags: dict[int, Buffer] = dict(t) if t else {}"]
        for f in sorted(tagged, key=lambda f: f.tag or 0):
            lines += [f"    if m.{f.name} is not UNSET:", "        p = bytearray()"]
            lines += self.enc_value(f, v, flex, f"m.{f.name}", "p", 2)
            lines.append(f"        tags[{f.tag}] = p")
        lines.append(f"    {self.rt('w_tags')}(out, tags)")
        return lines

    # --- skippers and seekers ---------------------------------------------------

    def skip_value(self, f: SpecField, v: int, flex: bool, depth: int) -> list[str]:
        """Lines stepping `pos` over one value of `f` without building it."""
        ind = INDENT * depth
        compact = flex and not f.never_flexible
        c = "c" if compact else "k"
        kind = f.kind
        if kind in FIXED:
            return [f"{ind}pos += {struct.calcsize('>' + FIXED[kind])}"]
        if kind == "uuid":
            return [f"{ind}pos += 16"]
        if kind in ("string", "bytes", "records") and compact:
            # Lengths of one and two bytes inline (no call): most strings, and records
            # (record batches) up to 16 KiB.
            return [f"{ind}n = buf[pos]",
                    f"{ind}if n < 0x80:",
                    f"{ind}    pos += n or 1",
                    f"{ind}elif buf[pos + 1] < 0x80:",
                    f"{ind}    pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)",
                    f"{ind}else:",
                    f"{ind}    pos = {self.rt('skip_c')}(buf, pos)"]
        if kind == "string":
            return [f"{ind}pos = {self.rt('skip_k16')}(buf, pos)"]
        if kind in ("bytes", "records"):
            return [f"{ind}pos = {self.rt('skip_k32')}(buf, pos)"]
        if kind == "struct":
            assert f.struct is not None
            child = f"_s_{self.layout(f.struct, v)}"
            if not contains(f.nullable, v):
                return [f"{ind}pos = {child}(buf, pos)"]
            # The int8 marker of a nullable struct: -1 null, otherwise the struct follows.
            return [f"{ind}if buf[pos] < 0x80:",
                    f"{ind}    pos = {child}(buf, pos + 1)",
                    f"{ind}else:",
                    f"{ind}    pos += 1"]
        assert f.is_array, kind
        count = f"{ind}n, pos = {self.rt(f'count_{c}')}(buf, pos)"
        element = f.element
        if f.struct is None and element in FIXED:
            return [count, f"{ind}pos += {struct.calcsize('>' + FIXED[element])} * n"]
        if f.struct is None and element == "uuid":
            return [count, f"{ind}pos += 16 * n"]
        if f.struct is not None:
            step = f"_s_{self.layout(f.struct, v)}"
        else:
            step = self.rt("skip_c" if compact else
                           {"string": "skip_k16", "bytes": "skip_k32"}[element])
        return [count, f"{ind}for _ in range(n):", f"{ind}    pos = {step}(buf, pos)"]

    def wire_fields(self, lay: _Layout) -> list[SpecField]:
        """The non-tagged fields of a layout, in wire order."""
        return [f for f in lay.struct.fields if contains(f.versions, lay.version)
                and not (f.tag is not None and contains(f.tagged, lay.version))]

    def skipper(self, lay: _Layout) -> list[str]:
        """The skip function of one layout: the offset after the struct at `pos`."""
        self.rt("Buffer")
        lines = [f"def _s_{lay.suffix}(buf: Buffer, pos: int) -> int:"]
        fixed = 0
        for f in self.wire_fields(lay):
            if f.kind in FIXED or f.kind == "uuid":
                fixed += 16 if f.kind == "uuid" else struct.calcsize(">" + FIXED[f.kind])
                continue
            if fixed:
                lines.append(f"    pos += {fixed}")
                fixed = 0
            lines += self.skip_value(f, lay.version, lay.flexible, 1)
        if fixed:
            lines.append(f"    pos += {fixed}")
        if lay.flexible:
            tags = self.rt("skip_tags")
            lines.append(f"    return pos + 1 if buf[pos] == 0 else {tags}(buf, pos)")
        else:
            lines.append("    return pos")
        return lines

    def seeker(self, lay: _Layout) -> list[str]:
        """The seek function of one layout: the offset of field `stop` of the struct at `pos`.

        `stop` None (or a name not on the wire) gives the offset after the last non-tagged
        field: the tagged-field section in flexible versions.
        """
        self.rt("Buffer")
        lines = [f"def _o_{lay.suffix}(buf: Buffer, pos: int, stop: str | None) -> int:"]
        for f in self.wire_fields(lay):
            lines.append(f"    if stop == {f.name!r}:")
            lines.append("        return pos")
            lines += self.skip_value(f, lay.version, lay.flexible, 1)
        lines.append("    return pos")
        return lines

    # --- classes and metadata ---------------------------------------------------

    def class_lines(self, s: SpecStruct) -> list[str]:
        """The class of one struct."""
        m = self.message
        root = s is m.root
        base = self.rt("Message") if root else self.rt("KafkaStruct")
        lines = []
        clashes = {f.struct.name for f in s.fields
                   if f.struct is not None and f.struct.name in {g.name for g in s.fields}}
        for name in sorted(clashes):
            # A field named like its struct type would shadow the type in the class body.
            lines += [f"_{name} = {name}", "", ""]
        lines += [f"class {s.name}({base}, kw_only=True, gc=False):"]
        if root:
            what = f"API key {m.api_key}" if m.api_key is not None else "header"
            lines.append(f'    """{m.name} ({what}), v{m.valid[0]}-v{m.valid[1]}; '
                         f'from specs/{m.source}."""')
            lines += [
                "",
                f"    API_KEY = {m.api_key if m.api_key is not None else -1}",
                f"    KIND = {m.kind!r}",
                f"    VALID_VERSIONS = {_pyrange(m.valid)}",
                f"    FLEXIBLE_FROM = {m.flexible[0] if m.flexible else None}",
                f"    LATEST_VERSION_UNSTABLE = {m.unstable}",
            ]
        else:
            lines.append(f'    """An element of {self.parents.get(s.name, m.name)}."""')
        lines.append("")
        for f in s.fields:
            ann = annotation(f)
            if f.struct is not None and f.struct.name in clashes:
                ann = re.sub(rf"\b{f.struct.name}\b", f"_{f.struct.name}", ann)
            if "Buffer" in ann:
                self.rt("Buffer")
            if "UnsetType" in ann:
                self.rt("UnsetType")
                default = self.rt("UNSET")
            else:
                literal = default_literal(f)
                default = literal if literal is not None else self.rt("MISSING")
            lines.append(f"    {f.name}: {ann} = {default}")
        if m.flexible is not None:
            self.rt("Buffer")
            lines.append("    unknown_tags: dict[int, Buffer] | None = None")
        return lines

    def info_lines(self, s: SpecStruct) -> list[str]:
        """The `INFO` metadata of one struct."""
        lines = [f"{s.name}.INFO = {self.rt('StructInfo')}({s.name!r}, ("]
        for f in s.fields:
            args = [repr(f.name), repr(f.kind if not f.zero_copy else f.kind), _pyrange(
                f.versions)]
            if f.nullable is not None:
                args.append(f"nullable={_pyrange(f.nullable)}")
            if f.tag is not None:
                args.append(f"tag={f.tag}")
            literal = default_literal(f)
            if literal is not None:
                args.append(f"default={literal}")
            if f.ignorable:
                args.append("ignorable=True")
            if f.struct is not None:
                args.append(f"struct={f.struct.name}")
            if f.never_flexible:
                args.append("never_flexible=True")
            lines.append(f"    {self.rt('FieldInfo')}({', '.join(args)}),")
        lines.append(f"), {_pyrange(self.message.flexible)})")
        return lines

    def module(self) -> str:
        """The whole module source."""
        m = self.message
        for s in m.structs:
            for f in s.fields:
                if f.struct is not None:
                    self.parents.setdefault(f.struct.name, f"{s.name}.{f.name}")
        for v in range(m.valid[0], m.valid[1] + 1):
            self.layout(m.root, v)
        body: list[str] = []
        for s in m.structs:
            body += ["", ""] + self.class_lines(s)
        done = 0
        while done < len(self.pending):
            lay = self.pending[done]
            done += 1
            body += ["", ""] + self.decoder(lay)
            body += ["", ""] + self.encoder(lay)
            body += ["", ""] + self.skipper(lay)
            body += ["", ""] + self.seeker(lay)
        body += [""]
        for s in m.structs:
            body += ["", *self.info_lines(s)]
        versions = range(m.valid[0], m.valid[1] + 1)
        for s in m.structs:
            present = [v for v in versions if (s.name, v) in self.version_layout]
            for table, prefix in (("DECODERS", "_d_"), ("ENCODERS", "_e_"),
                                  ("SKIPPERS", "_s_"), ("SEEKERS", "_o_")):
                body += ["", f"{s.name}.{table} = {{"]
                body += [f"    {v}: {prefix}{self.version_layout[(s.name, v)]},"
                         for v in present]
                body += ["}"]
        text = "\n".join(body)
        head = [
            f'"""{m.name}: generated from specs/{m.source} by '
            '`python -m gateway.protocol.codegen`; do not edit."""',
            "",
            "from __future__ import annotations",
            "",
        ]
        stdlib = []
        if self.packers:
            stdlib.append("from struct import Struct")
        if "Any" in _words(text):
            stdlib.append("from typing import Any")
        head += stdlib + ([""] if stdlib else [])
        names = sorted(self.used, key=_isort_key)
        head.append("from ..codec_runtime import (")
        head += [f"    {name}," for name in names]
        head.append(")")
        if self.packers or self.array_codes:
            head.append("")
            head += [f"{name} = Struct({fmt!r})" for fmt, name in self.packers.items()]
            head += [f"{name} = array_formats({code!r})"
                     for code, name in sorted(self.array_codes.items())]
        return "\n".join(head) + "\n" + text + "\n"


def _words(text: str) -> set[str]:
    return set(re.findall(r"\b\w+\b", text))


def _isort_key(name: str) -> tuple[int, str]:
    # ruff's isort orders imported names constants first, then classes, then the rest.
    if name.isupper():
        return 0, name
    if name[0].isupper():
        return 1, name
    return 2, name
