"""Kafka's `ssl.principal.mapping.rules`: from a certificate subject to a principal name.

Setting (wired next session): `GATEWAY_SSL_PRINCIPAL_MAPPING_RULES`, default `DEFAULT`.

    mapper = PrincipalMapper.parse("RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/L,DEFAULT")
    mapper.map(subject_rfc2253(cert.subject))          # "duke"

The grammar and the meaning follow Kafka's SslPrincipalMapper: rules separated by commas
(empty ones ignored), each `DEFAULT` (the distinguished name unchanged) or
`RULE:pattern/replacement/[L|U]`, where `\\` escapes the next character in the pattern and
the replacement, the pattern must match the whole name, `$n` in the replacement is group n
(Java's rules for `$12` when the pattern has fewer groups), and L/U lower- or upper-case
the result. The first rule that matches wins; none matching is an error. Patterns are
compiled with Python's `re`, which agrees with Java's regex syntax for what such rules use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cryptography import x509
from cryptography.x509.oid import NameOID

__all__ = [
    "NoMatchingRule", "PrincipalMapper", "PrincipalRuleError", "Rule", "subject_rfc2253",
]


class PrincipalRuleError(ValueError):
    """A mapping rule that cannot be parsed or compiled."""


class NoMatchingRule(LookupError):
    """No rule applies to a distinguished name."""


@dataclass(frozen=True)
class Rule:
    """One rule: DEFAULT (pattern None) or RULE:pattern/replacement/flag."""

    pattern: str | None
    replacement: str = ""
    case: str = ""

    def __str__(self) -> str:
        if self.pattern is None:
            return "DEFAULT"
        flag = f"/{self.case}" if self.case else ""
        return f"RULE:{self.pattern}/{self.replacement}{flag}"


class _Compiled:
    __slots__ = ("case", "parts", "regex", "rule")

    def __init__(self, rule: Rule, text: str) -> None:
        self.rule = rule
        self.case = rule.case
        self.regex: re.Pattern[str] | None = None
        self.parts: list[str | int] = []
        if rule.pattern is None:
            return
        try:
            self.regex = re.compile(rule.pattern)
        except re.error as exc:
            raise PrincipalRuleError(
                f"invalid rule `{text}`: its pattern `{rule.pattern}` is not a valid regular "
                f"expression ({exc})") from None
        self.parts = _compile_replacement(rule.replacement, self.regex.groups, text)

    def apply(self, name: str) -> str | None:
        if self.regex is None:
            return name
        if self.regex.fullmatch(name) is None:
            return None
        parts = self.parts

        def expand(m: re.Match[str]) -> str:
            return "".join(p if isinstance(p, str) else (m.group(p) or "") for p in parts)

        result = self.regex.sub(expand, name)
        if self.case == "L":
            return result.lower()
        if self.case == "U":
            return result.upper()
        return result


def _compile_replacement(repl: str, groups: int, text: str) -> list[str | int]:
    """Java's Matcher replacement syntax: `\\x` literal x, `$n` group n."""
    parts: list[str | int] = []
    literal: list[str] = []
    i, n = 0, len(repl)
    while i < n:
        c = repl[i]
        if c == "\\":
            if i + 1 >= n:
                raise PrincipalRuleError(
                    f"invalid rule `{text}`: its replacement ends with a lone backslash")
            literal.append(repl[i + 1])
            i += 2
            continue
        if c != "$":
            literal.append(c)
            i += 1
            continue
        digits = re.match(r"\d+", repl[i + 1:])
        if digits is None:
            raise PrincipalRuleError(
                f"invalid rule `{text}`: `$` in the replacement must be followed by a group "
                f"number (write `\\$` for a literal dollar)")
        run = digits.group()
        if run[0] != "0":
            if groups == 0:
                raise PrincipalRuleError(
                    f"invalid rule `{text}`: the replacement refers to group {run[0]} but the "
                    f"pattern has no groups")
            index = int(run)
            while index > groups and index >= 10:
                index //= 10
            if index > groups:
                literal.append("$")
                i += 1
                continue
        ref = int(run[0])
        j = i + 2
        while j < n and repl[j].isdigit() and ref * 10 + int(repl[j]) <= groups:
            ref = ref * 10 + int(repl[j])
            j += 1
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(ref)
        i = j
    if literal:
        parts.append("".join(literal))
    return parts


def _segment(rules: str, start: int) -> str:
    """The text of the rule starting at `start`, up to the next comma, for error messages."""
    end = rules.find(",", start)
    return rules[start:] if end < 0 else rules[start:end]


def _scan_part(rules: str, pos: int) -> tuple[str, int] | None:
    """A pattern or replacement: up to the first unescaped `/`; None if there is none."""
    out = pos
    n = len(rules)
    while out < n:
        c = rules[out]
        if c == "\\":
            if out + 1 >= n:
                return None
            out += 2
        elif c == "/":
            return rules[pos:out], out + 1
        else:
            out += 1
    return None


def parse_rules(rules: str) -> list[Rule]:
    """Split and parse a rules string into Rules (PrincipalRuleError naming a bad rule)."""
    result: list[Rule] = []
    pos, n = 0, len(rules)
    while True:
        while pos < n and (rules[pos].isspace() or rules[pos] == ","):
            pos += 1
        if pos >= n:
            return result
        start = pos
        rule: Rule
        if rules.startswith("RULE:", pos):
            pattern = _scan_part(rules, pos + 5)
            replacement = None if pattern is None else _scan_part(rules, pattern[1])
            if pattern is None or replacement is None:
                raise PrincipalRuleError(
                    f"invalid rule `{_segment(rules, start)}`: expected "
                    f"RULE:pattern/replacement/ with an optional L or U after the last `/`")
            pos = replacement[1]
            case = ""
            if pos < n and rules[pos] in "LU":
                case = rules[pos]
                pos += 1
            rule = Rule(pattern[0], replacement[0], case)
        elif rules.startswith("DEFAULT", pos):
            pos += 7
            rule = Rule(None)
        else:
            raise PrincipalRuleError(
                f"invalid rule `{_segment(rules, start).strip()}`: a rule is DEFAULT or "
                f"RULE:pattern/replacement/[L|U] (both case-sensitive)")
        after = pos
        while pos < n and rules[pos].isspace():
            pos += 1
        if pos < n and rules[pos] != ",":
            raise PrincipalRuleError(
                f"invalid rule `{_segment(rules, start).strip()}`: unexpected "
                f"`{_segment(rules, after).strip()}` after `{rule}`")
        result.append(rule)


class PrincipalMapper:
    """Maps RFC 2253 distinguished names to principals with Kafka's mapping rules."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = tuple(rules)
        self._compiled = [_Compiled(rule, str(rule)) for rule in rules]

    @classmethod
    def parse(cls, rules: str = "DEFAULT") -> PrincipalMapper:
        """A mapper from a `ssl.principal.mapping.rules` string."""
        return cls(parse_rules(rules))

    def map(self, distinguished_name: str) -> str:
        """The principal of a distinguished name; NoMatchingRule if no rule applies."""
        for compiled in self._compiled:
            result = compiled.apply(distinguished_name)
            if result is not None:
                return result
        raise NoMatchingRule(
            f"no principal mapping rule applies to `{distinguished_name}` (rules: "
            f"{', '.join(map(str, self.rules)) or 'none'}); add DEFAULT as the last rule to "
            f"fall back to the distinguished name")

    def __repr__(self) -> str:
        return f"PrincipalMapper(rules=[{', '.join(map(str, self.rules))}])"


_KEYWORDS = {
    NameOID.COMMON_NAME: "CN", NameOID.COUNTRY_NAME: "C", NameOID.LOCALITY_NAME: "L",
    NameOID.STATE_OR_PROVINCE_NAME: "ST", NameOID.ORGANIZATION_NAME: "O",
    NameOID.ORGANIZATIONAL_UNIT_NAME: "OU", NameOID.STREET_ADDRESS: "STREET",
    NameOID.DOMAIN_COMPONENT: "DC", NameOID.USER_ID: "UID",
}
_ESCAPED = frozenset(',=+<>#;"\\')
_UTF8_STRING = 12
_ENCODINGS = {_UTF8_STRING: "utf-8", 30: "utf-16-be", 28: "utf-32-be"}  # BMP, Universal


def _escape(value: str) -> str:
    out = []
    last = len(value) - 1
    for i, c in enumerate(value):
        if c in _ESCAPED or (c == " " and i in (0, last)):
            out.append("\\" + c)
        elif c == "\0":
            out.append("\\00")
        else:
            out.append(c)
    return "".join(out)


def _der_hex(attribute: x509.NameAttribute[str | bytes]) -> str:
    # The ASN.1 string type is not public in cryptography; UTF8String when it is absent.
    tag = int(getattr(getattr(attribute, "_type", None), "value", _UTF8_STRING))
    value = attribute.value
    body = value if isinstance(value, bytes) else value.encode(
        _ENCODINGS.get(tag, "latin-1"), "replace")
    size = len(body)
    if size < 0x80:
        length = bytes([size])
    else:
        raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(raw)]) + raw
    return "#" + (bytes([tag]) + length + body).hex()


def subject_rfc2253(name: x509.Name) -> str:
    """A certificate subject as Java's X500Principal.getName() (RFC 2253) spells it."""
    rdns = []
    for rdn in reversed(name.rdns):
        avas = []
        for attribute in rdn:
            keyword = _KEYWORDS.get(attribute.oid)
            if keyword is None or isinstance(attribute.value, bytes):
                avas.append(f"{attribute.oid.dotted_string}={_der_hex(attribute)}")
            else:
                avas.append(f"{keyword}={_escape(attribute.value)}")
        rdns.append("+".join(avas))
    return ",".join(rdns)
