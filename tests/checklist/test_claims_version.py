"""The screener's version names its behaviour: the same version always screens a fixed corpus
the same way. A change to the rules' data gives a new version by itself; a change to the
machinery (checklist/engine/claims/text.py, finders.py, screening.py) must bump
SCREENER_EDITION, or this test fails, so that stored screenings made by the old code are
screened again (Claim.screened_with)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from checklist.engine.claims import SCREENER_VERSION, screen
from tests.checklist.claims_pins import PINNED
from tests.checklist.claims_pins_es_tr import PINNED_BY_LANGUAGE
from tests.checklist.dev_set import DEV_SET

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "screener_corpus.txt"
REAL = HERE.parents[1] / "checklist" / "engine" / "claims" / "data"

# the pins themselves: tests/checklist/claims_pins.py (English) and claims_pins_es_tr.py


def corpus() -> list[str]:
    rows = DEV_SET.read_text(encoding="utf-8").splitlines()[1:]  # under the heading line
    texts = [row.split("\t")[-1] for row in rows]
    texts += [
        line for line in CORPUS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    return [t for t in texts if t.strip()]


def output_digest(texts: list[str]) -> str:
    flags = [[[f.category, f.start, f.end, f.reason] for f in screen(t)] for t in texts]
    return hashlib.sha256(json.dumps(flags).encode()).hexdigest()[:16]


def test_the_corpus_is_large_enough_to_notice_a_change() -> None:
    texts = corpus()
    assert len(texts) > 400
    assert sum(1 for t in texts if screen(t)) > 150


def test_the_screeners_output_is_pinned_to_its_version() -> None:
    digest = output_digest(corpus())
    assert SCREENER_VERSION in PINNED, (
        f"New screener version {SCREENER_VERSION}: pin its output in "
        "tests/checklist/claims_pins.py, "
        f'"{SCREENER_VERSION}": "{digest}", once you have checked its figures.'
    )
    assert PINNED[SCREENER_VERSION] == digest, (
        "The screener now flags the corpus differently under the same version: the machinery "
        "changed. Bump SCREENER_EDITION in checklist/engine/claims/version.py and pin the new "
        f"version's output (digest {digest})."
    )


def language_corpus(language: str) -> list[str]:
    lines = (REAL / f"real_{language}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t")[2] for line in lines if line.split("\t")[-1] == "dev"]


def language_digest(language: str) -> str:
    flags = [
        [[f.category, f.start, f.end] for f in screen(t, language)]
        for t in language_corpus(language)
    ]
    return hashlib.sha256(json.dumps(flags).encode()).hexdigest()[:16]


def test_each_languages_output_is_pinned_to_its_version() -> None:
    from checklist.engine.claims import SCREENER_VERSIONS

    for language, pinned in PINNED_BY_LANGUAGE.items():
        version, digest = SCREENER_VERSIONS[language], language_digest(language)
        assert len(language_corpus(language)) > 200
        assert version in pinned, (
            f"New {language} screener version {version}: pin its output in "
            "tests/checklist/claims_pins_es_tr.py, "
            f'"{version}": "{digest}", once you have checked its figures.'
        )
        assert pinned[version] == digest, (
            f"The {language} screener flags its corpus differently under the same version: "
            f"bump SCREENER_EDITION and pin the new version's output (digest {digest})."
        )
