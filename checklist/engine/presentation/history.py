"""The admin's charts: a clinic's score history and the front page's bar chart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from checklist.engine.criteria import (
    Catalogue,
)

from .verdict import GRADE_LABELS, STATUS_LABELS

# --- Score history (the admin) -------------------------------------------------------------------


class StoredAssessmentLike(Protocol):
    """A stored assessment: `ClinicAssessment` or anything with these attributes."""

    created: Any
    catalogue_version: str
    grade: str
    score: float
    coverage: float
    results: Sequence[Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One criterion whose status differs from the assessment before."""

    criterion_id: str
    title: str
    # None when the earlier assessment had no result for it (an older catalogue).
    before: str | None
    after: str | None

    @property
    def before_label(self) -> str:
        return STATUS_LABELS[self.before] if self.before else "not assessed"

    @property
    def after_label(self) -> str:
        return STATUS_LABELS[self.after] if self.after else "not assessed"


@dataclass(frozen=True, slots=True)
class HistoryRow:
    created: Any
    catalogue_version: str
    grade: str
    score: float
    coverage: float
    # Empty for the first assessment, which has nothing to differ from.
    changes: tuple[StatusChange, ...]
    first: bool

    @property
    def grade_label(self) -> str:
        return GRADE_LABELS.get(self.grade, self.grade)


def _statuses(row: StoredAssessmentLike) -> dict[str, str]:
    return {r["criterion_id"]: r["status"] for r in row.results}


def score_history(
    rows: Sequence[StoredAssessmentLike], catalogue: Catalogue
) -> tuple[HistoryRow, ...]:
    """A clinic's stored assessments, newest first, each with the criteria whose status moved
    since the one before it (in catalogue order; criteria the catalogue no longer has last).
    ``rows`` come oldest first."""
    position = {c.id: i for i, c in enumerate(catalogue.criteria)}
    history = []
    previous: dict[str, str] | None = None
    for row in rows:
        current = _statuses(row)
        changes: list[StatusChange] = []
        if previous is not None:
            every = current.keys() | previous.keys()
            moved = {cid for cid in every if current.get(cid) != previous.get(cid)}
            for cid in sorted(moved, key=lambda c: (position.get(c, len(position)), c)):
                criterion = catalogue.by_id.get(cid)
                changes.append(
                    StatusChange(
                        criterion_id=cid,
                        title=criterion.title if criterion else cid,
                        before=previous.get(cid),
                        after=current.get(cid),
                    )
                )
        history.append(
            HistoryRow(
                created=row.created,
                catalogue_version=row.catalogue_version,
                grade=row.grade,
                score=row.score,
                coverage=row.coverage,
                changes=tuple(changes),
                first=previous is None,
            )
        )
        previous = current
    return tuple(reversed(history))


@dataclass(frozen=True, slots=True)
class ChartPoint:
    x: float
    y: float
    score: float


@dataclass(frozen=True, slots=True)
class LineChart:
    """A score line in a `width` x `height` SVG box: 0 at the bottom, 100 at the top."""

    width: int
    height: int
    points: tuple[ChartPoint, ...]
    # Score lines to draw across the chart, as (score, y): 0, 50 and 100.
    grid: tuple[tuple[int, float], ...] = ()

    @property
    def polyline(self) -> str:
        """The `points` attribute of an SVG polyline: "x,y x,y ...", dot decimals."""
        return " ".join(f"{p.x:.2f},{p.y:.2f}" for p in self.points)

    @property
    def summary(self) -> str:
        """The line in words, for screen readers."""
        if not self.points:
            return "No assessments yet."
        scores = [f"{p.score:.0f}" for p in self.points]
        return f"Score over {len(scores)} assessments, oldest first: {', '.join(scores)}."


def score_history_points(
    scores: Sequence[float],
    *,
    width: int = 300,
    height: int = 80,
    margin: float = 14.0,
    labels: float = 14.0,
) -> LineChart:
    """Place scores (0-100, oldest first) evenly along the x axis, right of a ``labels`` wide
    strip for the 0/50/100 labels. A single score sits in the middle; scores outside 0-100 are
    held at the edges rather than drawn off the chart."""
    inner_w, inner_h = width - 2 * margin - labels, height - 2 * margin
    left = margin + labels

    def y_of(score: float) -> float:
        return margin + inner_h * (1 - min(max(score, 0.0), 100.0) / 100)

    count = len(scores)
    points = tuple(
        ChartPoint(
            x=left + (inner_w / 2 if count == 1 else inner_w * index / (count - 1)),
            y=y_of(value),
            score=value,
        )
        for index, value in enumerate(scores)
    )
    grid = tuple((level, y_of(level)) for level in (0, 50, 100))
    return LineChart(width=width, height=height, points=points, grid=grid)


# --- Bar chart (the admin's front page) ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bar:
    key: str
    label: str
    count: int
    # Percent of the chart's width: the longest bar fills it.
    width: float


def bar_chart(counts: Sequence[tuple[str, str, int]]) -> tuple[Bar, ...]:
    """Horizontal bars from (key, label, count), scaled to the largest count; a zero count
    gets no bar, but keeps its row so the label and number still show."""
    largest = max((count for _, _, count in counts), default=0)
    return tuple(
        Bar(key, label, count, count / largest * 100 if largest else 0.0)
        for key, label, count in counts
    )
