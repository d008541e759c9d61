"""Build the semantic layer's exemplar bank of a language: checklist/engine/claims/data/exemplars.tsv
for English, exemplars_es.tsv and exemplars_tr.tsv for Spanish and Turkish.

    .venv/bin/python scripts/claims_exemplars.py [--labels LABELS.jsonl] > checklist/engine/claims/data/exemplars.tsv
    .venv/bin/python scripts/claims_exemplars.py --language es [--labels LABELS.jsonl] > checklist/engine/claims/data/exemplars_es.tsv

The bank holds labelled sentences the screener compares text with:
- the synthetic set (../shared/data/claims-dev.tsv), every row;
- the real corpus's **dev** split (checklist/engine/claims/data/real.tsv), every row, its origin
  the source document (so a measurement can hold a document's own sentences out). The
  validation split never enters the bank: it is what the bank is judged on;
- curators' reviewed labels, from ``manage.py export_claim_labels --reviewed`` (JSON Lines):
  a confirmed or added category makes the claim's text an exemplar of it; a flag dismissed on
  every category makes it an honest one. Only the labels of claims in the bank's language
  (a label exported before claims carried a language counts as English).
A Spanish or Turkish bank holds that language's real corpus's dev split (real_es.tsv,
real_tr.tsv) and its curators' labels; there is no synthetic set in those languages.
A changed bank changes SCREENER_VERSION (semantic.BANK_DIGEST), so the next rescore screens
every claim again and says which clinics' flags moved.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYNTHETIC = ROOT.parent / "shared" / "data" / "claims-dev.tsv"
DATA = ROOT / "checklist" / "engine" / "claims" / "data"
REAL = DATA / "real.tsv"
LANGUAGES = ("en", "es", "tr")


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _clean(text: str) -> str:
    return " ".join(text.split())


def curated(path: Path, language: str = "en") -> list[tuple[str, str, str, str]]:
    """Rows from reviewed curator labels of claims in ``language``: one per claim and category
    confirmed or added, and one honest row for a claim whose every label dismisses a flag."""
    by_claim: dict[int, list[dict[str, object]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                label = json.loads(line)
                if label.get("language", "en") == language:
                    by_claim[int(label["claim"])].append(label)
    rows = []
    for claim, labels in sorted(by_claim.items()):
        text = _clean(str(labels[0]["text"]))
        kept = sorted({str(x["category"]) for x in labels if x["decision"] != "dismissed"})
        for category in kept:
            rows.append((f"c{claim}-{category}", category, text, f"curator label, claim {claim}"))
        if not kept:
            rows.append((f"c{claim}-ok", "ok", text, f"curator label, claim {claim}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--labels", type=Path, help="reviewed labels, JSON Lines")
    parser.add_argument("--language", choices=LANGUAGES, default="en")
    args = parser.parse_args()
    english = args.language == "en"
    rows = (
        [(r["id"], r["label"], _clean(r["text"]), "synthetic") for r in _tsv(SYNTHETIC)]
        if english
        else []
    )
    rows += [
        (r["id"], r["label"], _clean(r["text"]), f"real {r['source_url']}")
        for r in _tsv(REAL if english else DATA / f"real_{args.language}.tsv")
        if r["split"] == "dev"
    ]
    if args.labels:
        rows += curated(args.labels, args.language)
    # Unquoted, as real.tsv: _clean leaves no tab or newline inside a field.
    for row in [("id", "label", "text", "origin"), *rows]:
        sys.stdout.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
