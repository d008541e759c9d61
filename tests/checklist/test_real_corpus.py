"""The real corpus (checklist/engine/claims/data/real.tsv) is fit to measure on: every row
labelled by CLAIMS.md and cited, and the split made by source document, never by row."""

from __future__ import annotations

import csv
from pathlib import Path

from checklist.engine.claims.measure import LABELS

REAL = Path(__file__).resolve().parents[2] / "checklist" / "engine" / "claims" / "data" / "real.tsv"
COLUMNS = [
    "id",
    "label",
    "text",
    "source_url",
    "source_title",
    "source_date",
    "source_kind",
    "split",
]


def rows() -> list[dict[str, str]]:
    with REAL.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def test_every_row_is_labelled_cited_and_in_a_split() -> None:
    data = rows()
    assert len(data) >= 400
    assert len({r["id"] for r in data}) == len(data)
    for row in data:
        assert row["label"] in LABELS, row["id"]
        assert row["text"].strip() and row["source_url"].startswith("http"), row["id"]
        assert row["split"] in ("dev", "validation"), row["id"]


def test_no_source_document_is_in_both_splits() -> None:
    splits: dict[str, set[str]] = {}
    for row in rows():
        splits.setdefault(row["source_url"], set()).add(row["split"])
    assert all(len(s) == 1 for s in splits.values())
    assert {next(iter(s)) for s in splits.values()} == {"dev", "validation"}


def test_the_second_reading_labels_rows_of_the_corpora_and_only_those() -> None:
    data = REAL.parent
    known: set[str] = {r["id"] for r in rows()}
    for name in ("real_es.tsv", "real_tr.tsv"):
        with (data / name).open(encoding="utf-8", newline="") as handle:
            known |= {
                r["id"] for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            }
    with (data / "second_reading.tsv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == ["id", "label", "note"]
        reading = list(reader)
    ids = [r["id"] for r in reading]
    assert len(ids) == len(set(ids)) >= 2400
    assert set(ids) <= known
    assert all(r["label"] in LABELS for r in reading)
    # every corpus row has its second reading: a new collection is read when it is added
    assert known == set(ids)
