"""Write a paraphrase round into tests/checklist/data, or bring its `still` column up to date.

    .venv/bin/python scripts/claims_rounds.py ROUND.tsv NAME LANG   # a new round (label, voice, text)
    .venv/bin/python scripts/claims_rounds.py --refresh              # every round already kept

A round is written from ../shared/data/CLAIMS.md alone, in voices the rules have not heard, and
screened once before any tuning (record those figures in docs/claims.md first: this script only
says what the screener does now). `still` marks the rows the screener gets wrong today, which
tests/checklist/test_claims_paraphrases.py holds as strict xfails; `vetoed`, the claims the rules
catch and the trained encoder sets aside, and `encoder`, the honest rows the rules leave alone and
the encoder flags by its own reading, which it holds both ways.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checklist.engine.claims import encoder, screen  # noqa: E402

DATA = ROOT / "tests" / "checklist" / "data"


def still(label: str, text: str, language: str) -> str:
    found = {flag.category for flag in screen(text, language=language)}
    read_right = not found if label == "ok" else label in found
    if read_right:
        return ""
    # where the rules and the trained encoder disagree (tests/checklist/vetoed.py)
    with encoder.turned_off():
        by_the_rules = {flag.category for flag in screen(text, language=language)}
    if label == "ok":
        return "flagged" if by_the_rules else "encoder"
    return "vetoed" if label in by_the_rules else "missed"


def write(rows: list[dict[str, str]], path: Path, language: str) -> tuple[int, int]:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("label\tvoice\ttext\tstill\n")
        for row in rows:
            text = row["text"].strip()
            if "\t" in text or "\n" in text:
                raise ValueError(f"{path.name}: a tab or a line break inside {text[:40]!r}")
            row["still"] = still(row["label"], text, language)
            handle.write(f"{row['label']}\t{row['voice']}\t{text}\t{row['still']}\n")
    wrong_ok = sum(1 for r in rows if r["still"] in ("flagged", "encoder"))
    missed = sum(1 for r in rows if r["still"] == "missed")
    return wrong_ok, missed


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def main(argv: list[str]) -> None:
    if argv == ["--refresh"]:
        jobs = [(p, p, p.stem.rsplit("_", 1)[1]) for p in sorted(DATA.glob("paraphrases_*.tsv"))]
    elif len(argv) == 3:
        source, name, language = argv
        jobs = [(Path(source), DATA / f"paraphrases_{name}_{language}.tsv", language)]
    else:
        raise SystemExit(__doc__)
    for source, target, language in jobs:
        rows = read(source)
        flagged, missed = write(rows, target, language)
        honest = sum(1 for r in rows if r["label"] == "ok")
        print(
            f"{target.name}: {flagged} of {honest} honest rows flagged, "
            f"{missed} of {len(rows) - honest} claims missed"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
