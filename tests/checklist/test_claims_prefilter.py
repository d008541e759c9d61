"""The prefilter (checklist/engine/claims/prefilter.py) only makes the screener faster: every
pattern it runs finds exactly what the whole pattern finds, on every labelled text and on
random ones, and an alternative it skips could not have matched."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checklist.engine.claims import needles, prefilter
from checklist.engine.claims.needles import split
from checklist.engine.claims.prefilter import Alternation, Presence
from checklist.engine.claims.text import _Doc
from tests.checklist.dev_set import DEV_SET

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "checklist" / "engine" / "claims" / "data"


def _texts() -> list[str]:
    texts: list[str] = []
    for path in (DEV_SET, DATA / "real.tsv", DATA / "exemplars.tsv"):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [
                r["text"] for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            ]
    corpus = (HERE / "data" / "screener_corpus.txt").read_text(encoding="utf-8").splitlines()
    return texts + [line for line in corpus if line.strip() and not line.startswith("#")]


TEXTS = _texts()
REGISTERED = prefilter.registered()
# The English patterns, which English texts' presences read (Spanish and Turkish ones have a
# registry of their own, read on folded text: the last test below)
ENGLISH = [a.pattern for a in prefilter._REGISTRY.alternations.values()]


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


def _target(doc: _Doc, pattern: re.Pattern[str]) -> str:
    return doc.text if pattern.flags & re.IGNORECASE else doc.lower


def test_the_rules_are_registered() -> None:
    from checklist.engine.claims.rules import _RULES

    assert {id(r.pattern) for r in _RULES} <= {id(p) for p in REGISTERED}


def test_the_stored_needles_are_every_patterns_as_read_now() -> None:
    stale = [p.pattern[:60] for p in REGISTERED if not needles.stored_soundly(p)]
    assert not stale, (
        "data/needles.json does not hold these patterns as they read now (a rule was edited?): "
        'write it again with .venv/bin/python -c "from checklist.engine.claims import prefilter; '
        f'prefilter.write_needles()": {stale}'
    )
    for needle, key in needles._stored()["keys"].items():
        assert len(key) == 3 and key in needle, needle


def test_every_registered_pattern_finds_what_the_whole_pattern_finds() -> None:
    for text in TEXTS:
        doc = _Doc(text)
        for pattern in ENGLISH:
            target = _target(doc, pattern)
            assert _spans(doc.presence.finditer(pattern, target)) == _spans(
                pattern.finditer(target)
            ), (pattern.pattern[:60], text)
            if not doc.presence.may_match(pattern):
                assert pattern.search(target) is None


def test_the_patterns_passed_at_once_are_those_that_cannot_match() -> None:
    # a loop over many patterns (the rules) skips those `possible` leaves out without a call
    # each: each of them must be one `may_match` refuses, and no other
    for text in [*TEXTS, "ſtem cells, ٣ sessions."]:
        doc = _Doc(text)
        possible = doc.presence.possible()
        if possible is None:
            assert not text.isascii()
            continue
        for pattern in ENGLISH:
            assert (id(pattern) in possible) == doc.presence.may_match(pattern), (
                pattern.pattern[:60],
                text,
            )


def test_an_alternative_left_out_cannot_match() -> None:
    for text in TEXTS:
        doc = _Doc(text)
        for pattern in ENGLISH:
            alternation, alive = doc.presence.alive(pattern)
            if alive is None:
                continue
            target = _target(doc, pattern)
            for index in range(len(alternation.sources)):
                if index not in alive:
                    assert alternation.alternative(index).search(target) is None, (
                        alternation.sources[index],
                        text,
                    )


# Random texts made of the words the rules look for, so that they match often.
_WORDS = sorted(
    {
        w
        for a in prefilter._REGISTRY.alternations.values()
        for requirements in a.requirements
        for requirement in requirements
        for needle in requirement
        for w in needle.split()
    }
    | {"you", "your", "will", "be", "is", "are", "not", "no", "never", "the", "a", "of", "for"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14), st.sampled_from([" ", ", "]))
def test_random_texts_of_rule_words_find_the_same(words: list[str], glue: str) -> None:
    doc = _Doc(glue.join(words).capitalize() + ".")
    for pattern in ENGLISH:
        target = _target(doc, pattern)
        assert _spans(doc.presence.finditer(pattern, target)) == _spans(pattern.finditer(target))


def test_split_reads_an_ordered_choice_inside_one_as_one() -> None:
    assert split(r"(?:a|b)|c") == ["a", "b", "c"]
    assert split(r"(?:a|b)c|d") == ["(?:a|b)c", "d"]
    assert split(r"[|(]x|\|y|(?:z)") == ["[|(]x", r"\|y", "z"]
    assert split(r"[]|]a|b") == ["[]|]a", "b"]
    assert split(r"(?:a)(?:b)") == ["(?:a)(?:b)"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bfor\s+sure\b", [{"for"}, {"sure"}]),
        (r"\bp[ae]rm\b", [{"parm", "perm"}]),
        (r"\bde-?ag(?:e)?ing\b", [{"deaging", "de-aging", "deageing", "de-ageing"}]),
        (r"(?:percent|%)\s", [{"percent", "%"}]),
        (r"\d out", [{f"{d} out" for d in "0123456789"}]),
        (r"x(?=[^.]{0,9}\bsafe)", [{"safe"}, {"x"}]),
        (r"(?!risk)\w+free", [{"free"}]),
        (r"(?:no\s+)?risk", [{"risk"}]),
        (r"\w+", []),
    ],
)
def test_requirements_are_read_from_the_pattern(pattern: str, expected: list[set[str]]) -> None:
    (requirements,) = Alternation(re.compile(pattern)).requirements
    assert sorted(map(sorted, requirements)) == sorted(map(sorted, expected))


def test_the_alternatives_that_can_match_are_run_alone_or_merged() -> None:
    pattern = re.compile(r"ab|a|b\w|(?<=a)bc|cab|zzz")
    prefilter.register(pattern)
    for text in ("abc cab ab bcab a", "cab", "a zzz", "q"):
        assert _spans(Presence(text).finditer(pattern, text)) == _spans(pattern.finditer(text))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text("abc", min_size=1, max_size=3),
            st.sampled_from(["", r"\w*", r"\w*?", r"\b", "(?= )", "c?", "(?<=a)", " ?b"]),
        ),
        min_size=2,
        max_size=5,
    ),
    st.text("abc ", max_size=30),
)
def test_merged_alternatives_match_as_their_alternation(
    units: list[tuple[str, str]], text: str
) -> None:
    sources = [re.escape(literal) + tail for literal, tail in units]
    merged = prefilter._merged([re.compile(s) for s in sources], text, 0, len(text))
    assert _spans(merged) == _spans(re.compile("|".join(sources)).finditer(text))


def test_needles_for_digits_are_not_trusted_with_other_decimal_digits() -> None:
    pattern = re.compile(r"\b\d\d? out of \d+\b|\bnever\b")
    prefilter.register(pattern)
    assert prefilter._REGISTRY.add(pattern).digits
    arabic_indic = "\u0669 out of \u0661\u0660"  # 9 out of 10
    for text in ("9 out of 10", arabic_indic, f"{arabic_indic}, never", "never"):
        doc = _Doc(text)
        assert _spans(doc.presence.finditer(pattern, doc.lower)) == _spans(
            pattern.finditer(doc.lower)
        )


def test_case_insensitive_needles_are_not_trusted_with_letters_outside_ascii() -> None:
    pattern = re.compile(r"\bsafe\b", re.IGNORECASE)
    prefilter.register(pattern)
    for text in ("it is ſafe", "SAFE", "İt is safe", "it is sure"):
        doc = _Doc(text)
        assert _spans(doc.presence.finditer(pattern, doc.text)) == _spans(
            pattern.finditer(doc.text)
        )


def test_spanish_and_turkish_patterns_find_through_the_prefilter_what_they_find_whole() -> None:
    # foreign.py runs a language's rules and sentence-wide context words through a Presence of
    # the folded text: on every row of each language's corpus, each finds the same spans.
    from checklist.engine.claims.foreign import fold, prefiltered
    from checklist.engine.claims.screening import _FOREIGN

    for code, language in _FOREIGN.items():
        patterns = prefiltered(language)
        assert {id(p) for p in patterns} <= {id(p) for p in prefilter.registered()}
        with (DATA / f"real_{code}.tsv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        for row in rows:
            folded = fold(row["text"])
            presence = Presence(folded, prefilter.FOREIGN)
            for pattern in patterns:
                assert _spans(presence.finditer(pattern, folded)) == _spans(
                    pattern.finditer(folded)
                ), (code, pattern.pattern[:60], row["id"])
