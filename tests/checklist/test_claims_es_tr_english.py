"""Adding Spanish and Turkish left English exactly as it was (issue 21): the English output on
the real corpus, the exemplar bank and the synthetic dev set is pinned, per screener version, to
its digest from before the languages were added; ``language="en"`` is the default."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

from checklist.engine.claims import SCREENER_VERSION, explain, screen
from tests.checklist.dev_set import DEV_SET

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "checklist" / "engine" / "claims" / "data"

# The English screener's version when Spanish and Turkish were added, and the digest of its
# output then; the languages came with their own modules, so neither changed.
PINNED = {"2026.5-012a3bd9fb4d0706": "e110594fd13b38cb"}


def texts() -> list[str]:
    found: list[str] = []
    for path in (DATA / "real.tsv", DATA / "exemplars.tsv", DEV_SET):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            found += [row.get("text") or "" for row in rows]
    return found


def english_digest(language: str | None) -> str:
    def run(text: str):  # type: ignore[no-untyped-def]
        flags = screen(text) if language is None else screen(text, language)
        decisions = explain(text) if language is None else explain(text, language)
        return [
            [[f.category, f.start, f.end, f.match, f.reason] for f in flags],
            [
                [d.category, d.start, d.end, d.origin, d.kept, d.why, d.recognizer]
                for d in decisions
            ],
        ]

    output = [run(text) for text in texts()]
    return hashlib.sha256(json.dumps(output).encode()).hexdigest()[:16]


def test_english_output_is_unchanged_and_english_is_the_default() -> None:
    digest = english_digest(None)
    assert english_digest("en") == digest
    if SCREENER_VERSION in PINNED:
        assert PINNED[SCREENER_VERSION] == digest, "the English output changed under its version"
