"""Kafka's ssl.principal.mapping.rules: the cases of Kafka's own SslPrincipalMapperTest."""

from __future__ import annotations

import contextlib

import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID
from hypothesis import given
from hypothesis import strategies as st

from gateway.security.principal import (
    NoMatchingRule,
    PrincipalMapper,
    PrincipalRuleError,
    subject_rfc2253,
)


@pytest.mark.parametrize("rules", [
    "DEFAULT",
    "RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/",
    "RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/L, DEFAULT",
    "RULE:^CN=(.*?),OU=(.*?),O=(.*?),L=(.*?),ST=(.*?),C=(.*?)$/$1@$2/",
    "RULE:^.*[Cc][Nn]=([a-zA-Z0-9.]*).*$/$1/L",
    "RULE:^cn=(.?),ou=(.?),dc=(.?),dc=(.?)$/$1@$2/U",
    "RULE:^CN=([^,ADEFLTU,]+)(,.*|$)/$1/",
    "RULE:^CN=([^,DEFAULT,]+)(,.*|$)/$1/",
])
def test_valid_rules_parse(rules: str) -> None:
    assert PrincipalMapper.parse(rules).rules


@pytest.mark.parametrize("rules", [
    "default", "DEFAUL", "DEFAULT/L", "DEFAULT/U",
    "RULE:CN=(.*?),OU=ServiceUsers.*/$1",
    "rule:^CN=(.*?),OU=ServiceUsers.*$/$1/",
    "RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/L/U",
    "RULE:^CN=(.*?),OU=ServiceUsers.*$/L",
    "RULE:^CN=(.*?),OU=ServiceUsers.*$/U",
    "RULE:^CN=(.*?),OU=ServiceUsers.*$/LU",
])
def test_invalid_rules_are_refused(rules: str) -> None:
    with pytest.raises(PrincipalRuleError, match="invalid rule"):
        PrincipalMapper.parse(rules)


def test_error_names_the_bad_rule_and_the_remedy() -> None:
    with pytest.raises(PrincipalRuleError) as info:
        PrincipalMapper.parse("RULE:^CN=(.*)$/$1/, default")
    assert "`default`" in str(info.value)
    assert "DEFAULT or RULE:pattern/replacement/[L|U]" in str(info.value)
    with pytest.raises(PrincipalRuleError,
                       match=r"unexpected `/U` after `RULE:\^CN=\(\.\*\)\$/\$1/L`"):
        PrincipalMapper.parse("RULE:^CN=(.*)$/$1/L/U")
    with pytest.raises(PrincipalRuleError, match="not a valid regular expression"):
        PrincipalMapper.parse("RULE:^CN=(.*$/$1/")
    with pytest.raises(PrincipalRuleError, match="pattern has no groups"):
        PrincipalMapper.parse("RULE:^CN=.*$/$1/")


def test_kafka_mapping_cases() -> None:
    mapper = PrincipalMapper.parse(", ".join([
        "RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/L",
        "RULE:^CN=(.*?),OU=(.*?),O=(.*?),L=(.*?),ST=(.*?),C=(.*?)$/$1@$2/L",
        "RULE:^cn=(.*?),ou=(.*?),dc=(.*?),dc=(.*?)$/$1@$2/U",
        "RULE:^.*[Cc][Nn]=([a-zA-Z0-9.]*).*$/$1/U",
        "DEFAULT",
    ]))
    assert mapper.map("CN=Duke,OU=ServiceUsers,O=Org,C=US") == "duke"
    assert mapper.map("CN=Duke,OU=SME,O=mycp,L=Fulton,ST=MD,C=US") == "duke@sme"
    assert mapper.map("cn=duke,ou=sme,dc=mycp,dc=com") == "DUKE@SME"
    assert mapper.map("cN=duke,OU=JavaSoft,O=Sun Microsystems") == "DUKE"
    dn = "OU=JavaSoft,O=Sun Microsystems,C=US"
    assert mapper.map(dn) == dn


def test_comma_with_whitespace() -> None:
    mapper = PrincipalMapper.parse("RULE:^CN=((\\\\, *|\\w)+)(,.*|$)/$1/,DEFAULT")
    assert mapper.map("CN=Tkac\\, Adam,OU=ITZ,DC=geodis,DC=cz") == "Tkac\\, Adam"


@pytest.mark.parametrize(("expected", "rules"), [
    ("[]", ""),
    ("[DEFAULT]", "DEFAULT"),
    ("[RULE:/]", "RULE://"),
    ("[RULE:/.*]", "RULE:/.*/"),
    ("[RULE:/.*/L]", "RULE:/.*/L"),
    ("[RULE:/, DEFAULT]", "RULE://,DEFAULT"),
    ("[RULE:/, DEFAULT]", "  RULE:// ,  DEFAULT  "),
    ("[RULE:   /     , DEFAULT]", "  RULE:   /     / ,  DEFAULT  "),
    ("[RULE:  /     /U, DEFAULT]", "  RULE:  /     /U   ,DEFAULT  "),
    ("[RULE:([A-Z]*)/$1/U, RULE:([a-z]+)/$1, DEFAULT]",
     "  RULE:([A-Z]*)/$1/U   ,RULE:([a-z]+)/$1/,   DEFAULT  "),
    ("[]", ",   , , ,      , , ,   "),
    ("[RULE:/, DEFAULT]", ",,RULE://,,,DEFAULT,,"),
    ("[RULE: /   , DEFAULT]", ",  , RULE: /   /    ,,,   DEFAULT, ,   "),
    ("[RULE:   /  /U, DEFAULT]", "     ,  , RULE:   /  /U    ,,  ,DEFAULT, ,"),
    ("[RULE:\\/\\\\\\(\\)\\n\\t/\\/\\/]", "RULE:\\/\\\\\\(\\)\\n\\t/\\/\\//"),
    ("[RULE:\\**\\/+/*/L, RULE:\\/*\\**/**]", "RULE:\\**\\/+/*/L,RULE:\\/*\\**/**/"),
    ("[RULE:,RULE:,/,RULE:,\\//U, RULE:,/RULE:,, RULE:,RULE:,/L,RULE:,/L, RULE:, DEFAULT, "
     "/DEFAULT, DEFAULT]",
     "RULE:,RULE:,/,RULE:,\\//U,RULE:,/RULE:,/,RULE:,RULE:,/L,RULE:,/L,RULE:, DEFAULT, "
     "/DEFAULT/,DEFAULT"),
])
def test_rules_splitting_matches_kafka(expected: str, rules: str) -> None:
    from gateway.security.principal import parse_rules

    shown = []
    for rule in parse_rules(rules):
        # Kafka prints a rule with an empty pattern and replacement as `RULE:/`.
        shown.append(str(rule))
    assert "[" + ", ".join(shown) + "]" == expected


def test_no_matching_rule_names_the_name_and_the_rules() -> None:
    mapper = PrincipalMapper.parse("RULE:^CN=(.*?),OU=Users$/$1/")
    with pytest.raises(NoMatchingRule, match=r"`CN=x,OU=Other` \(rules: RULE:\^CN="):
        mapper.map("CN=x,OU=Other")


def test_back_references_follow_java() -> None:
    two = PrincipalMapper.parse("RULE:^(a)(b)$/$12-$3-$0-\\$1/")
    assert two.map("ab") == "a2-$3-ab-$1"
    assert PrincipalMapper.parse("RULE:^(x)?y$/[$1]/").map("y") == "[]"


def test_subject_rfc2253_matches_java_form() -> None:
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Sun, Inc."),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "ServiceUsers"),
        x509.NameAttribute(NameOID.COMMON_NAME, " Duke=1+#2 "),
    ])
    assert subject_rfc2253(name) == "CN=\\ Duke\\=1\\+\\#2\\ ,OU=ServiceUsers,O=Sun\\, Inc.,C=US"
    email = x509.Name([x509.NameAttribute(NameOID.EMAIL_ADDRESS, "a@b"),
                       x509.NameAttribute(NameOID.COMMON_NAME, "alice")])
    assert subject_rfc2253(email) == "CN=alice,1.2.840.113549.1.9.1=#1603614062"
    multi = x509.Name([x509.RelativeDistinguishedName([
        x509.NameAttribute(NameOID.COMMON_NAME, "a"), x509.NameAttribute(NameOID.USER_ID, "7"),
    ])])
    assert set(subject_rfc2253(multi).split("+")) == {"CN=a", "UID=7"}


def test_subject_then_rule_gives_principal() -> None:
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Apps"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "Billing-Svc")])
    mapper = PrincipalMapper.parse("RULE:^CN=(.*?),OU=Apps$/$1/L,DEFAULT")
    assert mapper.map(subject_rfc2253(name)) == "billing-svc"


_part = st.text(alphabet="ab()*.$/\\,LU DEFAULTRULE:", max_size=30)


@given(st.lists(_part, max_size=4).map(",".join))
def test_any_rules_string_parses_or_raises_rule_error(rules: str) -> None:
    try:
        mapper = PrincipalMapper.parse(rules)
    except PrincipalRuleError:
        return
    with contextlib.suppress(NoMatchingRule):
        mapper.map("CN=a,OU=b")


@given(st.lists(st.tuples(st.text(alphabet="abc()*.,=^$ ", min_size=0, max_size=12),
                          st.text(alphabet="abc$1@ ,", max_size=8),
                          st.sampled_from(["", "L", "U"])), max_size=4))
def test_formatted_rules_parse_back(rules: list[tuple[str, str, str]]) -> None:
    from gateway.security.principal import Rule, parse_rules

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("/", "\\/")

    text = ",".join(f"RULE:{esc(p)}/{esc(r)}/{c}" for p, r, c in rules)
    assert parse_rules(text) == [Rule(esc(p), esc(r), c) for p, r, c in rules]


@given(st.lists(st.tuples(st.sampled_from([NameOID.COMMON_NAME, NameOID.ORGANIZATIONAL_UNIT_NAME,
                                           NameOID.ORGANIZATION_NAME, NameOID.LOCALITY_NAME]),
                          st.text(alphabet=st.characters(codec="utf-8",
                                                         exclude_categories=("Cs", "Cc")),
                                  min_size=1, max_size=12)), min_size=1, max_size=4))
def test_subject_rfc2253_parses_back(attributes: list[tuple[x509.ObjectIdentifier, str]]) -> None:
    name = x509.Name([x509.NameAttribute(oid, value) for oid, value in attributes])
    assert x509.Name.from_rfc4514_string(subject_rfc2253(name)) == name
