"""Measure the claims screener: recall per label, false flags and precision on each labelled set,
sentences per second on one core, the time to load it, and whether its output is stable.

    .venv/bin/python bench/claims.py

The sets: the synthetic development set (../shared/data/claims-dev.tsv, written like our own
examples, a regression set) and the real corpus (checklist/engine/claims/data/real.tsv,
verbatim sentences from cited public documents), split by source document into ``dev`` (what
rules may be tuned on) and ``validation`` (what the figures are judged on). Then the same table
for the Spanish and Turkish real corpora (real_es.tsv, real_tr.tsv, issue 21), each split the
same way and screened with ``screen(text, language)``, with each language's speed, and how fast
this core runs a fixed plain-Python loop (what a sentence costs in its steps travels between
machines). Results are printed and written to bench/results/claims-<timestamp>.json.
"""

from __future__ import annotations

import csv
import functools
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

# One core, as the figure says: no BLAS or tokenizer threads beside the interpreter's.
for _threads in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.record import save  # noqa: E402  (after the path line: run as a script)
from checklist.engine.claims import SCREENER_VERSION, Flag, encoder, screen  # noqa: E402
from checklist.engine.claims.measure import (  # noqa: E402
    Figures,
    Labelled,
    agreed,
    agreement,
    by_document,
    measure,
    measure_reading,
)
from checklist.engine.claims.semantic import held_out  # noqa: E402
from checklist.engine.claims.text import _Doc  # noqa: E402

SYNTHETIC = ROOT.parent / "shared" / "data" / "claims-dev.tsv"
REAL = ROOT / "checklist" / "engine" / "claims" / "data" / "real.tsv"
# The Spanish and Turkish real corpora (issue 21), split by source document like real.tsv.
REAL_IN: dict[str, Path] = {
    language: ROOT / "checklist" / "engine" / "claims" / "data" / f"real_{language}.tsv"
    for language in ("es", "tr")
}
LANGUAGE_NAMES = {"es": "Spanish", "tr": "Turkish"}
# A second, blind labelling of the real corpora's rows (session 9, data/NOTES.md): how far a
# careful reader agrees with the labels, the ceiling a screener is measured against.
SECOND_READING = ROOT / "checklist" / "engine" / "claims" / "data" / "second_reading.tsv"


def read(path: Path, split: str | None = None) -> list[Labelled]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Labelled(r["id"], r["label"], r["text"], r.get("source_url") or "")
            for r in rows
            if split is None or r.get("split") == split
        ]


@functools.cache
def second_reading() -> dict[str, str]:
    if not SECOND_READING.exists():
        return {}
    with SECOND_READING.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {r["id"]: r["label"] for r in rows}


def second_reader(rows: list[Labelled]) -> dict[str, object] | None:
    """The second reader scored like the screener, and their agreement with the labels; None
    when some row has no second reading (a collection added since)."""
    reading = second_reading()
    read = [row for row in rows if row.id in reading]
    if not read:
        return None
    figures = measure_reading(read, reading)
    share, kappa = agreement([r.label for r in read], [reading[r.id] for r in read])
    macro, rate = figures.macro_recall, figures.false_flag_rate
    print(
        f"  a second reader, blind, on {len(read)} of these rows: {_recall_and_flags(figures)}; "
        f"same label {share:.1%}, Cohen's kappa {kappa:.2f}"
    )
    return {
        "rows": len(read),
        "macro_recall": macro,
        "false_flag_rate": rate,
        "agreement": share,
        "kappa": kappa,
    }


def undoubted(
    rows: list[Labelled], screen_rows: Callable[[str], Iterable[Flag]]
) -> dict[str, object] | None:
    """The screener's figures on the rows the second reader labelled as the corpus does: how
    much of the gap to a target is the labels' noise (None: no second reading)."""
    kept = agreed(rows, second_reading())
    if not kept:
        return None
    figures = measure(kept, screen_rows)
    print(
        f"  the screener on the {len(kept)} rows both readers label alike: {_recall_and_flags(figures)}"
    )
    return {
        "rows": len(kept),
        "macro_recall": figures.macro_recall,
        "false_flag_rate": figures.false_flag_rate,
    }


def _recall_and_flags(figures: Figures) -> str:
    macro, rate = figures.macro_recall, figures.false_flag_rate
    return (
        f"macro recall {'-' if macro is None else f'{macro:.3f}'}, false flags "
        f"{'-' if rate is None else f'{rate:.1%}'}"
    )


def _document_held_out(rows: list[Labelled], language: str = "en"):  # type: ignore[no-untyped-def]
    """The dev split's rows are exemplars of the semantic layer: each is screened with its own
    document's exemplars held out, or the layer would only recognise the row itself."""
    source_of = {row.text: row.source for row in rows}

    def screen_held_out(text: str):  # type: ignore[no-untyped-def]
        with held_out(f"real {source_of[text]}"):
            return screen(text, language)

    return screen_held_out


def table(name: str, figures: Figures) -> str:
    lines = [f"\n{name}: {figures.rows} rows"]
    for label, f in figures.by_label.items():
        recall = "-" if f.recall is None else f"{f.recall:.2f}"
        precision = "-" if f.precision is None else f"{f.precision:.2f}"
        what = "left unflagged" if label == "ok" else "caught"
        lines.append(
            f"  {label:<22} {f.caught:>4}/{f.rows:<4} {what:<15} recall {recall:>5}"
            f"   precision {precision:>5} ({f.flagged} flagged)"
        )
    macro = figures.macro_recall
    rate = figures.false_flag_rate
    lines.append(
        f"  macro recall {'-' if macro is None else f'{macro:.3f}'}; "
        f"false flags {'-' if rate is None else f'{rate:.1%}'} of ok rows"
    )
    return "\n".join(lines)


def spread(rows: list[Labelled], figures: Figures) -> dict[str, list[float]]:
    """The 95% intervals of macro recall and false flags over another draw of documents
    (``measure.by_document``): how far a figure can move by chance on a split this size."""
    intervals = by_document(rows, figures)
    print(
        "  95% interval by document: "
        + "; ".join(f"{name.replace('_', ' ')} {interval}" for name, interval in intervals.items())
    )
    return {name: [round(i.low, 4), round(i.high, 4)] for name, i in intervals.items()}


def speed(texts: list[str], rounds: int = 5, language: str = "en") -> float:
    """Median texts per second over ``rounds`` passes, in this one process (one core)."""
    rates = []
    for _ in range(rounds):
        # the trained encoder keeps its recent readings: each round reads every passage anew
        encoder.probabilities.cache_clear()
        started = time.perf_counter()
        for text in texts:
            screen(text, language)
        rates.append(len(texts) / (time.perf_counter() - started))
    return statistics.median(rates)


def _twice_alike(texts: list[str], language: str) -> bool:
    """The same flags on every text twice, the trained encoder reading every passage anew."""
    encoder.probabilities.cache_clear()
    first = [screen(t, language) for t in texts]
    encoder.probabilities.cache_clear()
    return first == [screen(t, language) for t in texts]


def reference_steps_per_second(steps: int = 2_000_000, rounds: int = 3) -> float:
    """How fast this core runs plain Python: the median rate of a fixed loop of additions. The
    screener's speed moves with the machine (session 23's screener gave 2,164 sentences a second
    on its own machine and about 1,300 on session 24's); its cost in these steps per sentence
    should move far less, so runs on different machines can be compared."""
    rates = []
    for _ in range(rounds):
        total = 0
        started = time.perf_counter()
        for step in range(steps):
            total += step
        rates.append(steps / (time.perf_counter() - started))
    return statistics.median(rates)


def sentences_in(texts: list[str]) -> int:
    """Sentences as the screener cuts them: most rows are one sentence, some are two or three."""
    return sum(len(_Doc(text).sentences) for text in texts)


def load_seconds() -> float:
    """Seconds for a fresh interpreter to import the screener and screen one sentence."""
    program = (
        "import time; t = time.perf_counter(); from checklist.engine.claims import screen; "
        "screen('Your results are permanent and guaranteed.'); print(time.perf_counter() - t)"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


def main() -> None:
    sets: dict[str, list[Labelled]] = {"synthetic": read(SYNTHETIC)}
    if REAL.exists():
        sets["real, dev split"] = read(REAL, "dev")
        sets["real, validation split"] = read(REAL, "validation")
    results = {}
    for name, rows in sets.items():
        screen_rows = _document_held_out(rows) if "dev" in name else screen
        figures = measure(rows, screen_rows)
        print(table(name, figures))
        if "dev" in name and encoder.ENABLED:
            print("  (the trained encoder learnt from these rows: its veto here is in-sample)")
        results[name] = figures.to_dict()
        if name.startswith("real"):
            results[name]["interval"] = spread(rows, figures)
            results[name]["second_reader"] = second_reader(rows)
            results[name]["both_readers_agree"] = undoubted(rows, screen_rows)
    texts = [row.text for rows in sets.values() for row in rows]
    deterministic = _twice_alike(texts, "en")
    rate = speed(texts)
    sentences = sentences_in(texts)
    per_sentence = rate * sentences / len(texts)
    load = load_seconds()
    reference = reference_steps_per_second()
    print(
        f"\n{len(texts)} texts, {sentences} sentences: {per_sentence:,.0f} sentences/s "
        f"({rate:,.0f} texts/s) on one core; loads in {load:.2f} s; "
        f"the same output twice: {deterministic}. Screener {SCREENER_VERSION}."
        f"\nThis core runs {reference / 1e6:.1f} million plain-Python steps a second: one sentence "
        f"costs {reference / per_sentence:,.0f} of them."
    )
    languages = {language: measure_language(language) for language in REAL_IN}
    save(
        "claims",
        {
            "screener_version": SCREENER_VERSION,
            "sets": results,
            "sentences_per_second": round(per_sentence),
            "texts_per_second": round(rate),
            "load_seconds": round(load, 3),
            "reference_steps_per_second": round(reference),
            "reference_steps_per_sentence": round(reference / per_sentence),
            "deterministic": deterministic,
            "languages": languages,
        },
    )


def measure_language(language: str) -> dict[str, object]:
    """The same table for a Spanish or Turkish real corpus, and its speed. The dev split's rows
    are the language's exemplars, so each is screened with its own document held out."""
    path = REAL_IN[language]
    if not path.exists():
        return {}
    name = LANGUAGE_NAMES[language]
    results: dict[str, object] = {}
    texts: list[str] = []
    for split in ("dev", "validation"):
        rows = read(path, split)
        screen_rows = (
            _document_held_out(rows, language) if split == "dev" else lambda t: screen(t, language)
        )
        figures = measure(rows, screen_rows)
        print(table(f"{name} ({language}) real, {split} split", figures))
        results[split] = figures.to_dict() | {
            "interval": spread(rows, figures),
            "second_reader": second_reader(rows),
            "both_readers_agree": undoubted(rows, screen_rows),
        }
        texts += [row.text for row in rows]
    deterministic = _twice_alike(texts, language)
    rate = speed(texts, language=language)
    per_sentence = rate * sentences_in(texts) / len(texts)
    print(
        f"\n{name}: {len(texts)} texts: {per_sentence:,.0f} sentences/s ({rate:,.0f} texts/s) "
        f"on one core; the same output twice: {deterministic}."
    )
    return {
        "sets": results,
        "sentences_per_second": round(per_sentence),
        "texts_per_second": round(rate),
        "deterministic": deterministic,
    }


if __name__ == "__main__":
    main()
