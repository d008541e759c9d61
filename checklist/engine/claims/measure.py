"""How well the screener does on labelled text: per-label recall, false flags, precision.

The rules of ../shared/data/CLAIMS.md: a row carries one label, ``ok`` or a red-flag category;
a red-flag row counts as caught when its label is among the categories flagged in it; an ``ok``
row is right only when nothing at all is flagged. Pure: give it the rows and a screen function.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .categories import CATEGORIES, Flag

OK = "ok"
LABELS = (OK, *CATEGORIES)


@dataclass(frozen=True)
class Labelled:
    id: str
    label: str
    text: str
    source: str = ""

    def __post_init__(self) -> None:
        if self.label not in LABELS:
            raise ValueError(f"{self.id}: label {self.label!r} is not one of {', '.join(LABELS)}")


@dataclass(frozen=True)
class LabelFigures:
    label: str
    rows: int
    caught: int  # red-flag rows whose category was flagged; for ok, rows left unflagged
    flagged: int  # rows of any label flagged with this category
    flagged_right: int  # of those, rows that carry this label

    @property
    def recall(self) -> float | None:
        return self.caught / self.rows if self.rows else None

    @property
    def precision(self) -> float | None:
        return self.flagged_right / self.flagged if self.flagged else None


@dataclass(frozen=True)
class Figures:
    rows: int
    by_label: dict[str, LabelFigures]
    misses: tuple[str, ...] = field(default=())  # ids of red-flag rows not caught
    false_flags: tuple[str, ...] = field(default=())  # ids of ok rows flagged

    @property
    def macro_recall(self) -> float | None:
        recalls = [f.recall for k, f in self.by_label.items() if k != OK and f.recall is not None]
        return sum(recalls) / len(recalls) if recalls else None

    @property
    def false_flag_rate(self) -> float | None:
        ok = self.by_label.get(OK)
        return len(self.false_flags) / ok.rows if ok and ok.rows else None

    def to_dict(self) -> dict[str, object]:
        return {
            "rows": self.rows,
            "macro_recall": self.macro_recall,
            "false_flag_rate": self.false_flag_rate,
            "labels": {
                k: {
                    "rows": f.rows,
                    "caught": f.caught,
                    "recall": f.recall,
                    "flagged": f.flagged,
                    "precision": f.precision,
                }
                for k, f in self.by_label.items()
            },
            "misses": list(self.misses),
            "false_flags": list(self.false_flags),
        }


def measure(rows: Sequence[Labelled], screen: Callable[[str], Iterable[Flag]]) -> Figures:
    return _figures(rows, {row.id: {flag.category for flag in screen(row.text)} for row in rows})


@dataclass(frozen=True)
class Interval:
    """Where a figure would fall on another draw of documents like these (95% of draws)."""

    low: float
    high: float

    def __str__(self) -> str:
        return f"{self.low:.3f}-{self.high:.3f}"


def by_document(
    rows: Sequence[Labelled], figures: Figures, draws: int = 1000, seed: int = 0
) -> dict[str, Interval]:
    """Intervals for the macro recall and the false-flag rate of ``figures``, by resampling whole
    source documents with replacement (a document's rows stay together, as the dev/validation
    split keeps them): the percentile bootstrap, seeded, so the same rows give the same interval.
    A category absent from a draw is left out of its macro recall, as ``macro_recall`` leaves out
    a category with no rows. Rows without a source count as a document each."""
    wrong = set(figures.misses) | set(figures.false_flags)
    documents: dict[str, Counter[tuple[str, bool]]] = {}
    for row in rows:
        documents.setdefault(row.source or f"row {row.id}", Counter())[
            (row.label, row.id not in wrong)
        ] += 1
    groups = [tuple(tally.items()) for tally in documents.values()]
    chance = random.Random(seed)
    macros, rates = [], []
    for _ in range(draws):
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for group in chance.choices(groups, k=len(groups)):
            for (label, was_right), n in group:
                total[label] += n
                if was_right:
                    right[label] += n
        recalls = [right[k] / total[k] for k in total if k != OK]
        if recalls:
            macros.append(sum(recalls) / len(recalls))
        if total[OK]:
            rates.append(1 - right[OK] / total[OK])
    return {
        name: _percentiles(values)
        for name, values in (("macro_recall", macros), ("false_flag_rate", rates))
        if values
    }


def _percentiles(values: list[float]) -> Interval:
    ordered = sorted(values)
    last = len(ordered) - 1
    return Interval(ordered[round(0.025 * last)], ordered[round(0.975 * last)])


def measure_reading(rows: Sequence[Labelled], reading: Mapping[str, str]) -> Figures:
    """The same figures for a second person's labels (row id -> label), scored as if they were
    a screener's flags: how far a careful reader agrees with the corpus's labels."""
    return _figures(rows, {row.id: {reading[row.id]} - {OK} for row in rows})


def agreed(rows: Sequence[Labelled], reading: Mapping[str, str]) -> list[Labelled]:
    """The rows a second reader gave the corpus's label: where the label is not in doubt, a
    screener's figures measure the screener and not the labels' noise."""
    return [row for row in rows if reading.get(row.id) == row.label]


def agreement(first: Sequence[str], second: Sequence[str]) -> tuple[float, float]:
    """(the share of rows given the same label, Cohen's kappa: that share corrected for the
    agreement two readers labelling at random with their own frequencies would reach)."""
    if len(first) != len(second) or not first:
        raise ValueError("agreement needs two readings of the same, non-empty rows")
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    counts_first, counts_second = Counter(first), Counter(second)
    chance = sum(counts_first[k] * counts_second[k] for k in counts_first) / (n * n)
    return observed, (observed - chance) / (1 - chance) if chance < 1 else 1.0


def _figures(rows: Sequence[Labelled], found: Mapping[str, set[str]]) -> Figures:
    by_label: dict[str, LabelFigures] = {}
    for label in LABELS:
        mine = [row for row in rows if row.label == label]
        if label == OK:
            caught = sum(1 for row in mine if not found[row.id])
            flagged = flagged_right = 0
        else:
            caught = sum(1 for row in mine if label in found[row.id])
            flagged = sum(1 for row in rows if label in found[row.id])
            flagged_right = sum(1 for row in mine if label in found[row.id])
        if mine or flagged:
            by_label[label] = LabelFigures(label, len(mine), caught, flagged, flagged_right)
    misses = tuple(r.id for r in rows if r.label != OK and r.label not in found[r.id])
    false_flags = tuple(r.id for r in rows if r.label == OK and found[r.id])
    return Figures(len(rows), by_label, misses, false_flags)
