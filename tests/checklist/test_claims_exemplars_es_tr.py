"""Spanish and Turkish exemplar banks (issue 21: each language's own rules and exemplars): built
from the language's dev split and its curators' reviewed labels, never from its validation
split; a sentence is compared only with exemplars of its own language, and what it resembles
passes the same context step as a rule's proposal."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from checklist.engine.claims import explain, rules_es, rules_tr, screen, semantic
from checklist.engine.claims.semantic import held_out

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "claims_exemplars.py"
DATA = ROOT / "checklist" / "engine" / "claims" / "data"


def _build(*args: str) -> list[dict[str, str]]:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=True
    )
    return list(csv.DictReader(done.stdout.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("language", ["es", "tr"])
def test_each_languages_bank_is_what_the_script_builds_from_its_dev_split(language: str) -> None:
    built = _build("--language", language)
    committed = semantic.read_bank(semantic.bank_file(language).read_bytes())
    assert [(r["id"], r["label"], r["text"]) for r in built] == [
        (e.id, e.label, e.text) for e in committed
    ]
    with (DATA / f"real_{language}.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    dev = {r["id"] for r in rows if r["split"] == "dev"}
    assert {e.id for e in committed} == dev  # no validation row, no synthetic or English row


def test_a_curators_label_teaches_only_the_bank_of_its_claims_language(tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    lines = [
        {
            "claim": 3,
            "text": "Sin riesgo alguno.",
            "category": "no_risk",
            "decision": "confirmed",
            "language": "es",
        },
        {
            "claim": 4,
            "text": "Risk free.",
            "category": "no_risk",
            "decision": "confirmed",
            "language": "en",
        },
        # exported before claims carried a language: English
        {"claim": 5, "text": "Lasts forever.", "category": "permanent", "decision": "added"},
    ]
    labels.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")

    def curated(*args: str) -> list[str]:
        built = _build("--labels", str(labels), *args)
        return [r["id"] for r in built if r["origin"].startswith("curator")]

    assert curated("--language", "es") == ["c3-no_risk"]
    assert curated("--language", "tr") == []
    assert curated() == ["c4-no_risk", "c5-permanent"]


# A dev row the rules miss, which its own bank recognises: a close copy on another page (clinics
# reuse their sentences across sites) is caught by the semantic layer, naming the exemplar.
CASES = [
    (
        "es",
        "es0379",
        "cure",
        "También ha tenido muy buenos resultados con algunos tipos de cáncer.",
    ),
    (
        "tr",
        "tr0532",
        "cure",
        "PRP uygulandığı dokuda kök hücreleri uyararak yenilenme ve gençleşme sağlar.",
    ),
]


@pytest.mark.parametrize(("language", "exemplar", "category", "copy"), CASES)
def test_a_close_copy_of_a_known_claim_is_recognised_by_its_languages_bank(
    language: str, exemplar: str, category: str, copy: str
) -> None:
    semantic_decisions = [d for d in explain(copy, language) if d.recognizer == "semantic"]
    assert any(
        d.category == category and d.kept and f"exemplar {exemplar} " in d.origin
        for d in semantic_decisions
    )
    assert all(
        d.score is not None and d.score >= semantic.THRESHOLDS[category] for d in semantic_decisions
    )
    assert category in {flag.category for flag in screen(copy, language)}
    # the rules alone miss it: with its document held out of the bank, nothing is flagged
    [bank_row] = [e for e in semantic.read_bank(semantic.bank_bytes(language)) if e.id == exemplar]
    with held_out(bank_row.origin):
        assert category not in {flag.category for flag in screen(copy, language)}


def test_a_sentence_is_compared_only_with_exemplars_of_its_own_language() -> None:
    english_bank = {e.id for e in semantic.read_bank(semantic.bank_bytes("en"))}
    for language in ("es", "tr"):
        bank = {e.id for e in semantic.read_bank(semantic.bank_bytes(language))}
        assert not bank & english_bank
        # a Spanish sentence read as Turkish finds nothing in the Turkish bank, and the other way
        other, copy = ("tr", CASES[0][3]) if language == "es" else ("es", CASES[1][3])
        assert not [d for d in explain(copy, other) if d.recognizer == "semantic"]


def test_a_resemblance_passes_the_same_context_step_as_a_rule() -> None:
    # the known claim reported as a fraud is not made: the reported-claim words drop it
    reported = (
        "Denuncian engaño: también ha tenido muy buenos resultados con algunos tipos de cáncer."
    )
    decisions = [d for d in explain(reported, "es") if d.recognizer == "semantic"]
    assert decisions and not any(d.kept for d in decisions)
    assert not screen(reported, "es")


def test_each_languages_version_carries_its_own_banks_digest() -> None:
    assert rules_es.LANGUAGE.exemplars == semantic.bank_digest("es")
    assert rules_tr.LANGUAGE.exemplars == semantic.bank_digest("tr")
    assert len({semantic.bank_digest(code) for code in ("en", "es", "tr")}) == 3
