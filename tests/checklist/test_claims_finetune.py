"""scripts/claims_finetune.py, the trained encoder's training: what it learns from. Training itself
needs torch, which the app's virtualenv does not have; the rows it is given are tested here."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "claims_finetune.py"


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("claims_finetune", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def label(claim: int, category: str, decision: str, text: str, language: str = "en") -> str:
    return json.dumps(
        {
            "claim": claim,
            "text": text,
            "language": language,
            "category": category,
            "decision": decision,
        }
    )


def test_curators_reviewed_labels_become_one_training_row_a_claim(tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        "\n".join(
            [
                label(1, "cure", "confirmed", "Our cells heal  arthritis, risk free."),
                label(1, "no_risk", "added", "Our cells heal  arthritis, risk free."),
                label(2, "permanent", "dismissed", "Fat that survives can stay for years."),
                label(3, "guaranteed", "confirmed", "Resultados garantizados.", language="es"),
                label(4, "guaranteed", "confirmed", "Results guaranteed for life."),
                label(4, "permanent", "dismissed", "Results guaranteed for life."),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    rows = script().curated_rows(labels)
    by_id = {r["id"]: (r["label"], r["text"], r["split"]) for r in rows}
    # both kinds of claim on one row (the classifier has an output per category); an all-dismissed
    # claim is an honest row; a Spanish claim does not teach the English encoder
    assert by_id == {
        "c1": ("cure|no_risk", "Our cells heal arthritis, risk free.", "curated"),
        "c2": ("ok", "Fat that survives can stay for years.", "curated"),
        "c4": ("guaranteed", "Results guaranteed for life.", "curated"),
    }


def test_the_encoder_learns_from_the_synthetic_set_dev_and_curated_rows_never_validation() -> None:
    module = script()
    rows = [
        {"id": "a", "label": "ok", "text": "dev row", "split": "dev"},
        {"id": "b", "label": "cure", "text": "validation row", "split": "validation"},
        {"id": "c", "label": "cure|no_risk", "text": "curated row", "split": "curated"},
    ]
    training = module._training_rows(rows)
    texts = [r["text"] for r in training]
    synthetic = module._training_rows([])
    assert len(synthetic) > 200
    assert texts[len(synthetic) :] == ["dev row", "curated row"]
