"""Java `sasl.jaas.config` strings, so Conduktor/Java client configurations carry over.

Setting (wired next session): `KAFKA_SASL_JAAS_CONFIG` (how Sluice authenticates to the
backend), e.g.

    org.apache.kafka.common.security.plain.PlainLoginModule required
        username='KEY' password='SECRET';

The grammar is the one Kafka's JaasConfig reads with Java's StreamTokenizer: a login module
class name, a control flag (required, requisite, sufficient, optional; any case), then
`key=value` options up to a `;`. Values are bare words or quoted with `'` or `"` (with
Java's backslash escapes inside quotes); `//` and `/* */` comments are skipped. Error
messages give the position and the option name, never a value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["FLAGS", "JaasEntry", "JaasError", "mechanism_of", "parse_jaas", "parse_jaas_entry"]

FLAGS = ("required", "requisite", "sufficient", "optional")
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-$")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "a": "\a", "v": "\v"}
_SECRET_WORDS = ("password", "secret", "token", "key")
_MODULE_MECHANISMS = {
    "org.apache.kafka.common.security.plain.PlainLoginModule": "PLAIN",
    "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule": "OAUTHBEARER",
}
_SCRAM_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule"


class JaasError(ValueError):
    """A `sasl.jaas.config` string that cannot be parsed; never contains a secret."""


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS) and lowered != "username"


@dataclass(frozen=True)
class JaasEntry:
    """One login module entry: class name, control flag and options."""

    module: str
    flag: str
    options: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        shown = {k: ("***" if _is_secret(k) else v) for k, v in self.options.items()}
        return f"JaasEntry(module={self.module!r}, flag={self.flag!r}, options={shown!r})"

    __str__ = __repr__


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def where(self, pos: int | None = None) -> str:
        return f"at character {(self.pos if pos is None else pos) + 1}"

    def skip(self) -> None:
        text, n = self.text, len(self.text)
        while self.pos < n:
            c = text[self.pos]
            if c.isspace() or c < " ":
                self.pos += 1
            elif text.startswith("//", self.pos):
                end = text.find("\n", self.pos)
                self.pos = n if end < 0 else end + 1
            elif text.startswith("/*", self.pos):
                end = text.find("*/", self.pos + 2)
                if end < 0:
                    raise JaasError(f"unterminated /* comment {self.where()}")
                self.pos = end + 2
            else:
                return

    def peek(self) -> str:
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def word(self) -> str | None:
        self.skip()
        start = self.pos
        text, n = self.text, len(self.text)
        while self.pos < n and (text[self.pos] in _WORD or ord(text[self.pos]) >= 0xA0):
            self.pos += 1
        return text[start:self.pos] or None

    def quoted(self, option: str) -> str:
        quote = self.text[self.pos]
        start = self.pos
        self.pos += 1
        out: list[str] = []
        text, n = self.text, len(self.text)
        while self.pos < n:
            c = text[self.pos]
            if c == quote:
                self.pos += 1
                return "".join(out)
            if c == "\\" and self.pos + 1 < n:
                nxt = text[self.pos + 1]
                if nxt in "01234567":
                    end = self.pos + 1
                    limit = self.pos + (4 if nxt <= "3" else 3)
                    while end < min(limit, n) and text[end] in "01234567":
                        end += 1
                    out.append(chr(int(text[self.pos + 1:end], 8)))
                    self.pos = end
                    continue
                out.append(_ESCAPES.get(nxt, nxt))
                self.pos += 2
                continue
            if c == "\n":
                break
            out.append(c)
            self.pos += 1
        raise JaasError(f"the value of option `{option}` opened with {quote} "
                        f"{self.where(start)} is never closed")


def parse_jaas(text: str) -> list[JaasEntry]:
    """Every login module entry of a JAAS configuration string."""
    scanner = _Scanner(text)
    entries: list[JaasEntry] = []
    while scanner.peek():
        module = scanner.word()
        if module is None:
            raise JaasError(f"expected a login module class name {scanner.where()}")
        flag = scanner.word()
        if flag is None or flag.lower() not in FLAGS:
            raise JaasError(f"login module {module} needs a control flag "
                            f"({', '.join(FLAGS)}) {scanner.where()}")
        options: dict[str, str] = {}
        while True:
            c = scanner.peek()
            if c == ";":
                scanner.pos += 1
                break
            if not c:
                raise JaasError(f"login module {module} is not terminated by `;`")
            key = scanner.word()
            if key is None:
                raise JaasError(f"expected an option name or `;` in {module} "
                                f"{scanner.where()} (quote values that hold other characters)")
            if scanner.peek() != "=":
                raise JaasError(f"option `{key}` of {module} needs `=value` {scanner.where()}")
            scanner.pos += 1
            c = scanner.peek()
            if c in ("'", '"'):
                value = scanner.quoted(key)
            else:
                bare = scanner.word()
                if bare is None:
                    raise JaasError(f"option `{key}` of {module} has no value "
                                    f"{scanner.where()} (quote values with ' or \")")
                value = bare
            if key in options:
                raise JaasError(f"option `{key}` of {module} is given twice")
            options[key] = value
        entries.append(JaasEntry(module, flag.lower(), options))
    return entries


def parse_jaas_entry(text: str) -> JaasEntry:
    """The one login module of a `sasl.jaas.config` value (Kafka accepts exactly one)."""
    entries = parse_jaas(text)
    if len(entries) != 1:
        raise JaasError(f"sasl.jaas.config must hold exactly one login module, "
                        f"found {len(entries)}")
    return entries[0]


def mechanism_of(entry: JaasEntry) -> str | None:
    """The SASL mechanism a Kafka login module implies; None for SCRAM (both fit) or unknown."""
    if entry.module == _SCRAM_MODULE:
        return None
    return _MODULE_MECHANISMS.get(entry.module)
