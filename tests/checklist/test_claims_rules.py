"""Patterns matched against the lowercased text (_Doc.lower, without IGNORECASE) must be
written in lower case, or they would silently never match."""

from __future__ import annotations

import re

import pytest

from checklist.engine.claims import finders, reported, rules, text
from checklist.engine.claims.text import _Doc

# An upper-case letter that is not part of an escape such as \b, \s, \S, \W.
UPPER = re.compile(r"(?<!\\)[A-Z]")

LOWERCASE_READERS = {
    "finders._DISEASE": finders._DISEASE,
    "text._WARNING": text._WARNING,
    "text._WARNING_ENDS": text._WARNING_ENDS,
    "reported._REPORTED": reported._REPORTED,
    "reported._NOT_A_CURE": reported._NOT_A_CURE,
    **{f"rules._RULES[{i}]": rule.pattern for i, rule in enumerate(rules._RULES)},
}


@pytest.mark.parametrize("name", sorted(LOWERCASE_READERS))
def test_patterns_read_against_the_lowercased_text_are_lower_case(name: str) -> None:
    pattern = LOWERCASE_READERS[name]
    assert not pattern.flags & re.IGNORECASE, name
    assert UPPER.findall(pattern.pattern) == [], name


def test_the_lowercased_text_keeps_every_offset() -> None:
    for sample in ("PERMANENT Results", "İstanbul KLİNİK: risk-free", "Straße ǅ ﬁ"):
        doc = _Doc(sample)
        assert len(doc.lower) == len(doc.text)
        assert doc.lower.startswith(sample[0].lower()) or sample[0] == "İ"


def test_capitals_still_flag() -> None:
    from checklist.engine.claims import screen

    found = {f.category for f in screen("PERMANENT RESULTS. RISK-FREE. GUARANTEED. FOR EVERYONE.")}
    assert {"permanent", "no_risk", "guaranteed", "universal"} <= found
