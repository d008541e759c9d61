"""The scoring engine: facts in, assessment out (pure: no Django imports, no I/O).

Rules (DESIGN.md, "Score and grade"):
- `met` earns a criterion's points, `partial` half, `not_met` and `unknown` none;
  score = earned / possible x 100.
- coverage = points of criteria that are not `unknown` / possible x 100.
- `not_applicable` (a criterion that cannot apply to this clinic: a research site that sells
  nothing makes no marketing claims) leaves both: its points are not possible, so it neither
  lowers the score nor holds coverage down.
- A failed knockout (`not_met`, never `unknown`) gives F whatever the points.
- Otherwise "insufficient" (not enough information) when coverage is under 60%, or when
  nothing at all is known in one of the catalogue's core groups (a group whose every criterion
  does not apply is not empty): a clinic cannot earn a letter
  on the strength of what it says about consent while nothing is known about its cells.
  Hospital ratings do the same (Leapfrog withholds a grade on thin data; CMS needs measures in
  each of several groups before it shows stars).
- Otherwise A >= 85, B >= 70, C >= 55, D >= 40, else F, from the unrounded score.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, get_args

from checklist.engine.criteria import (
    CATALOGUE,
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    PARTIAL,
    STATUSES,
    UNKNOWN,
    Catalogue,
    Status,
)
from checklist.engine.facts import ClinicFacts

Grade = Literal["A", "B", "C", "D", "F", "insufficient"]
GRADES: Final[tuple[Grade, ...]] = get_args(Grade)

# Lowest unrounded score for each letter, best first.
GRADE_CUTS: Final[tuple[tuple[Grade, float], ...]] = (
    ("A", 85.0),
    ("B", 70.0),
    ("C", 55.0),
    ("D", 40.0),
)
MIN_COVERAGE: Final = 60.0
GRADE_LABELS: Final[Mapping[Grade, str]] = {
    "A": "Grade A",
    "B": "Grade B",
    "C": "Grade C",
    "D": "Grade D",
    "F": "Avoid",
    "insufficient": "Not enough information",
}
_SHARE: Final[Mapping[Status, float]] = {
    MET: 1.0,
    PARTIAL: 0.5,
    NOT_MET: 0.0,
    UNKNOWN: 0.0,
    NOT_APPLICABLE: 0.0,
}
# A question is worth asking the clinic whenever the answer is not a plain "met".
_ASK_WHEN: Final = frozenset({PARTIAL, NOT_MET, UNKNOWN})


@dataclass(frozen=True, slots=True)
class CriterionResult:
    criterion_id: str
    status: Status
    reason: str
    points_earned: float
    points_possible: int
    # The question to put to the clinic; "" when the criterion is met.
    ask: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "criterion_id": self.criterion_id,
            "status": self.status,
            "reason": self.reason,
            "points_earned": self.points_earned,
            "points_possible": self.points_possible,
            "ask": self.ask,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CriterionResult:
        where = f"results[{data.get('criterion_id')!r}]"
        status = data.get("status")
        if status not in STATUSES:
            raise ValueError(f"{where}.status: {status!r} is not one of {', '.join(STATUSES)}")
        return cls(
            criterion_id=_typed(data, "criterion_id", str, where),
            status=status,
            reason=_typed(data, "reason", str, where),
            points_earned=float(_number(data, "points_earned", where)),
            points_possible=_typed(data, "points_possible", int, where),
            ask=_typed(data, "ask", str, where) if data.get("ask") is not None else "",
        )


@dataclass(frozen=True, slots=True)
class Assessment:
    catalogue_version: str
    results: tuple[CriterionResult, ...]
    score: float
    coverage: float
    grade: Grade
    failed_knockouts: tuple[str, ...] = ()
    # Ids of the catalogue's core groups in which nothing is known.
    insufficient_groups: tuple[str, ...] = ()

    @property
    def grade_label(self) -> str:
        return GRADE_LABELS[self.grade]

    @property
    def points_earned(self) -> float:
        return sum(r.points_earned for r in self.results)

    @property
    def points_possible(self) -> int:
        return sum(r.points_possible for r in self.results)

    def result(self, criterion_id: str) -> CriterionResult:
        for result in self.results:
            if result.criterion_id == criterion_id:
                return result
        raise KeyError(f"no result for criterion {criterion_id!r}")

    def statuses(self) -> dict[str, Status]:
        return {r.criterion_id: r.status for r in self.results}

    def questions(self) -> tuple[tuple[str, str], ...]:
        """(criterion id, question) for every criterion worth raising with the clinic."""
        return tuple((r.criterion_id, r.ask) for r in self.results if r.ask)

    def to_dict(self) -> dict[str, Any]:
        return {
            "catalogue_version": self.catalogue_version,
            "score": self.score,
            "coverage": self.coverage,
            "grade": self.grade,
            "failed_knockouts": list(self.failed_knockouts),
            "insufficient_groups": list(self.insufficient_groups),
            "results": [r.to_dict() for r in self.results],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Assessment:
        grade = data.get("grade")
        if grade not in GRADES:
            raise ValueError(f"grade: {grade!r} is not one of {', '.join(GRADES)}")
        results = data.get("results")
        if not isinstance(results, list):
            raise ValueError(f"results: expected a list, got {results!r}")
        return cls(
            catalogue_version=_typed(data, "catalogue_version", str, "assessment"),
            results=tuple(CriterionResult.from_dict(r) for r in results),
            score=float(_number(data, "score", "assessment")),
            coverage=float(_number(data, "coverage", "assessment")),
            grade=grade,
            failed_knockouts=_strings(data, "failed_knockouts"),
            insufficient_groups=_strings(data, "insufficient_groups"),
        )


def letter_grade(score_value: float) -> Grade:
    """The letter for an unrounded score, before knockouts and coverage are considered."""
    for letter, cut in GRADE_CUTS:
        if score_value >= cut:
            return letter
    return "F"


# Most clinics share most results ("Where the cells come from is not known."): a result is
# immutable, so one instance serves every assessment that has it. Bounded by clearing.
_RESULTS: dict[tuple[str, str, str, int, str], CriterionResult] = {}
_MAX_RESULTS: Final = 20_000


def _result(
    criterion_id: str, status: Status, reason: str, points: int, ask: str
) -> CriterionResult:
    key = (criterion_id, status, reason, points, ask)
    found = _RESULTS.get(key)
    if found is None:
        if len(_RESULTS) >= _MAX_RESULTS:
            _RESULTS.clear()
        found = _RESULTS[key] = CriterionResult(
            criterion_id=criterion_id,
            status=status,
            reason=reason,
            points_earned=points * _SHARE[status],
            points_possible=0 if status == NOT_APPLICABLE else points,
            ask=ask if status in _ASK_WHEN else "",
        )
    return found


def score(facts: ClinicFacts, catalogue: Catalogue = CATALOGUE) -> Assessment:
    results: list[CriterionResult] = []
    earned = 0.0
    known_points = 0
    possible = 0
    failed: list[str] = []
    for criterion in catalogue.criteria:
        status, reason = criterion.evaluate(facts)
        earned += criterion.points * _SHARE[status]
        if status != NOT_APPLICABLE:
            possible += criterion.points
            if status != UNKNOWN:
                known_points += criterion.points
        if criterion.is_knockout and status == NOT_MET:
            failed.append(criterion.id)
        results.append(
            _result(criterion.id, status, reason, criterion.points, criterion.ask_clinic)
        )
    score_value = earned / possible * 100 if possible else 0.0
    coverage = known_points / possible * 100 if possible else 0.0
    statuses = {r.criterion_id: r.status for r in results}
    empty_groups = tuple(
        group.id
        for group in catalogue.core_groups
        if all(statuses[i] in (UNKNOWN, NOT_APPLICABLE) for i in group.criterion_ids)
        and any(statuses[i] == UNKNOWN for i in group.criterion_ids)
    )
    grade: Grade
    if failed:
        grade = "F"
    elif coverage < MIN_COVERAGE or empty_groups:
        grade = "insufficient"
    else:
        grade = letter_grade(score_value)
    return Assessment(
        catalogue_version=catalogue.version,
        results=tuple(results),
        score=score_value,
        coverage=coverage,
        grade=grade,
        failed_knockouts=tuple(failed),
        insufficient_groups=empty_groups,
    )


def _typed(data: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
        raise ValueError(f"{where}.{key}: expected {kind.__name__}, got {value!r}")
    return value


def _number(data: Mapping[str, Any], key: str, where: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{where}.{key}: expected a number, got {value!r}")
    return value


def _strings(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key}: expected a list of ids, got {value!r}")
    return tuple(value)
