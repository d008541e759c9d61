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
