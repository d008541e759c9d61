"""How well the screener does on labelled text: per-label recall, false flags, precision.

The rules of ../shared/data/CLAIMS.md: a row carries one label, ``ok`` or a red-flag category;
a red-flag row counts as caught when its label is among the categories flagged in it; an ``ok``
row is right only when nothing at all is flagged. Pure: give it the rows and a screen function.
"""

from __future__ import annotations

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


def measure_reading(rows: Sequence[Labelled], reading: Mapping[str, str]) -> Figures:
    """The same figures for a second person's labels (row id -> label), scored as if they were
    a screener's flags: how far a careful reader agrees with the corpus's labels."""
    return _figures(rows, {row.id: {reading[row.id]} - {OK} for row in rows})


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
