"""scripts/claims_model.py, the cross-validation study of a trained semantic layer: it reads the
dev split only, keeps each source document inside one fold, and its logistic regression fits."""

from __future__ import annotations

import csv
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "checklist" / "engine" / "claims" / "data" / "real.tsv"


@cache
def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "claims_model", ROOT / "scripts" / "claims_model.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["claims_model"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_it_reads_no_validation_row_and_keeps_documents_in_one_fold() -> None:
    script = _script()
    fixed, dev = script.read_rows(None)
    with REAL.open(encoding="utf-8") as handle:
        split = {
            r["id"]: r["split"]
            for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        }
    assert dev and {split[r.id] for r in dev} == {"dev"}
    assert not {r.id for r in fixed} & set(split)
    fold = script.folds_of(dev, 5)
    assert set(fold.values()) == set(range(5))
    assert fold == script.folds_of(list(reversed(dev)), 5)  # the same folds in any order


def test_the_logistic_regression_separates_what_is_separable() -> None:
    script = _script()
    x = np.array([[0.0, 1.0], [1.0, 1.0], [3.0, 1.0], [4.0, 1.0]])  # last column: the bias
    y = np.array([0.0, 0.0, 1.0, 1.0])
    beta = script._logistic(x, y, np.ones(4), np.array([0.1, 1e-3]))
    assert ((x @ beta > 0) == (y == 1)).all()


def test_vectors_from_another_encoder_are_looked_up_by_text(tmp_path: Path) -> None:
    script = _script()
    texts, vectors = tmp_path / "texts.json", tmp_path / "vectors.npy"
    texts.write_text('["first", "second"]', encoding="utf-8")
    np.save(vectors, np.array([[1.0, 0.0], [0.0, 1.0]]))
    embed = script.stored_vectors(texts, vectors)
    assert embed(["second", "first"]).tolist() == [[0.0, 1.0], [1.0, 0.0]]
    with pytest.raises(SystemExit, match="no stored vector"):
        embed(["third"])


def test_separation_is_the_chance_a_claim_outscores_an_honest_row() -> None:
    script = _script()
    rows = [
        script.Row(i, label, "", "g", frozenset(), [script.Sentence("", (True,) * 8)])
        for i, label in (("a", "cure"), ("b", "cure"), ("c", "ok"), ("d", "ok"))
    ]
    score = {"a": 0.9, "b": 0.4, "c": 0.5, "d": 0.1}
    scores = {i: [np.full(8, p)] for i, p in score.items()}
    # cure rows 0.9 and 0.4 against honest 0.5 and 0.1: 3 of the 4 pairs ordered right
    assert script.separation(rows, scores)["cure"] == 0.75


def test_the_one_look_at_validation_reads_validation_rows_only() -> None:
    script = _script()
    with REAL.open(encoding="utf-8") as handle:
        split = {
            r["id"]: r["split"]
            for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        }
    rows = script.validation_rows()
    assert len(rows) == sum(s == "validation" for s in split.values())
    assert {split[r.id] for r in rows} == {"validation"}
    assert all(r.vector is not None and r.grams for r in rows)
    assert all(s.vector is not None for r in rows for s in r.sentences)
