"""The Spanish and Turkish real corpora (issue 21, part 3; checklist/engine/claims/data/
real_es.tsv, real_tr.tsv, sources in SOURCES_es_tr.md): verbatim sentences from cited public
pages, labelled by CLAIMS.md, split by source document, enough of each to measure on, with
honest look-alikes among them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from checklist.engine.claims.measure import LABELS
from tests.checklist.test_real_corpus import COLUMNS

DATA = Path(__file__).resolve().parents[2] / "checklist" / "engine" / "claims" / "data"
CORPORA = {"es": ("real_es.tsv", 150), "tr": ("real_tr.tsv", 100)}


def rows(language: str) -> list[dict[str, str]]:
    name, _ = CORPORA[language]
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS
        return list(reader)


@pytest.mark.parametrize("language", CORPORA)
def test_every_row_is_labelled_cited_and_in_a_split(language):
    data = rows(language)
    assert len(data) >= CORPORA[language][1]
    assert len({r["id"] for r in data}) == len(data)
    for row in data:
        assert row["id"].startswith(language), row["id"]
        assert row["label"] in LABELS, row["id"]
        assert row["text"].strip() and row["source_url"].startswith("http"), row["id"]
        assert row["split"] in ("dev", "validation"), row["id"]
    honest = sum(r["label"] == "ok" for r in data)
    assert honest >= len(data) / 3 and honest < len(data)  # look-alikes, and real flags too
    sources = (DATA / "SOURCES_es_tr.md").read_text(encoding="utf-8")
    assert all(r["source_url"] in sources for r in data)


@pytest.mark.parametrize("language", CORPORA)
def test_no_source_document_is_in_both_splits(language):
    splits: dict[str, set[str]] = {}
    for row in rows(language):
        splits.setdefault(row["source_url"], set()).add(row["split"])
    assert all(len(s) == 1 for s in splits.values())
    assert {next(iter(s)) for s in splits.values()} == {"dev", "validation"}
