"""A patient's checklist answers, turned into the same facts a curated clinic gives (pure).

The questions are the catalogue's own: one per criterion, except where two criteria share a
question (the cell source answers both "your own cells" and "no embryonic cells"). Every
answer maps to facts, and "unknown" maps to nothing, so the engine scores a patient's report
exactly as it scores a listed clinic. No Django imports, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

from checklist.engine.claims import Flag, screen
from checklist.engine.criteria import CATALOGUE, Catalogue, Criterion, Option
from checklist.engine.facts import (
    CellForm,
    CellSource,
    ClinicFacts,
    Lab,
    Manipulation,
    Processing,
)
from checklist.engine.scoring import Assessment

UNKNOWN: Final = "unknown"
MAX_MARKETING_TEXT: Final = 20_000

Apply = Callable[[ClinicFacts, str], ClinicFacts]


@dataclass(frozen=True, slots=True)
class Question:
    """One question of the patient's checklist, asked once, answering one or more criteria."""

    key: str
    criteria: tuple[Criterion, ...]
    apply: Apply

    @property
    def criterion(self) -> Criterion:
        return self.criteria[0]

    @property
    def group(self) -> str:
        return self.criterion.group

    @property
    def text(self) -> str:
        return self.criterion.question

    @property
    def options(self) -> tuple[Option, ...]:
        return self.criterion.options

    @property
    def why(self) -> str:
        return self.criterion.why_it_matters


def _with(facts: ClinicFacts, field: str, value: object) -> ClinicFacts:
    # One field named at run time: replace() cannot be checked field by field here, so the
    # question table (QUESTIONS) is what ties each field to its kind of value.
    changes: dict[str, Any] = {field: value}
    return replace(facts, **changes)


def _set(field: str, enum: type) -> Apply:
    return lambda facts, value: _with(facts, field, frozenset({enum(value)}))


def _yes_no(field: str) -> Apply:
    return lambda facts, value: _with(facts, field, value == "yes")


def _claims(category: str) -> Apply:
    # A "yes" is a red flag of that kind; the claims facts are settled in facts_from_answers.
    def apply(facts: ClinicFacts, value: str) -> ClinicFacts:
        flags = set(facts.claim_flags or ())
        if value == "yes":
            flags.add(category)
        return replace(facts, claim_flags=frozenset(flags))

    return apply


def _licence(facts: ClinicFacts, value: str) -> ClinicFacts:
    return replace(
        facts,
        has_practitioners=True,
        verified_current_medical_licences=1 if value == "verified" else 0,
        expired_medical_licences=1 if value == "expired" else 0,
    )


def _specialist(facts: ClinicFacts, value: str) -> ClinicFacts:
    years = {"experienced": 10, "new": 2}.get(value)
    return replace(facts, regenerative_specialist=value != "no", specialist_years_experience=years)


def _track_record(facts: ClinicFacts, value: str) -> ClinicFacts:
    shown = value == "yes"
    return replace(facts, outcomes_published=shown, complication_reporting=shown)


def _lab(facts: ClinicFacts, value: str) -> ClinicFacts:
    # A "no" needs a lab to fail; most clinics process on site (a centrifuge in the clinic).
    labs = None if value == "yes" else frozenset({Lab.ON_SITE})
    return replace(facts, lab_accreditation_verified=value == "yes", labs=labs)


def _evidence(facts: ClinicFacts, value: str) -> ClinicFacts:
    return replace(facts, evidence_count=1 if value == "yes" else 0)


def _oversight(facts: ClinicFacts, value: str) -> ClinicFacts:
    return replace(facts, facility_licence_verified=value == "yes")


def _credentials_current(facts: ClinicFacts, value: str) -> ClinicFacts:
    return replace(facts, expired_facility_credentials=0 if value == "yes" else 1)


def _consent(facts: ClinicFacts, value: str) -> ClinicFacts:
    limited = {"yes_limited": True, "yes": False}.get(value)
    return replace(facts, written_consent=value != "no", consent_states_limited_data=limited)


def _enforcement(facts: ClinicFacts, value: str) -> ClinicFacts:
    if value == "yes":
        return replace(
            facts,
            enforcement_record="legal_action",
            enforcement_detail="you found an action against the clinic or its doctors",
        )
    return replace(facts, enforcement_record="none", enforcement_detail="you looked and found none")


def _product_wording(facts: ClinicFacts, value: str) -> ClinicFacts:
    return replace(facts, product_misnamed=value == "named")


def _use(facts: ClinicFacts, value: str) -> ClinicFacts:
    if value == "no":
        return replace(facts, systemic_delivery=False, treats_disease=False)
    if value == "routes":
        return replace(facts, systemic_delivery=True)
    return replace(facts, treats_disease=True)


def _ethics(facts: ClinicFacts, value: str) -> ClinicFacts:
    if value == "not_study":
        return replace(facts, offered_as_study=False)
    return replace(facts, offered_as_study=True, ethics_review=value == "approved")


def _trial_fees(facts: ClinicFacts, value: str) -> ClinicFacts:
    return replace(facts, charges_for_trial=value == "yes")


# Criterion id -> how its answer becomes facts. Criteria missing here share another's
# question (SHARED) or are answered by a typed value (the price).
APPLY: Final[Mapping[str, Apply]] = {
    "autologous_source": _set("cell_sources", CellSource),
    "product_disclosed": _set("cell_forms", CellForm),
    "honest_product_wording": _product_wording,
    "local_cosmetic_use": _use,
    "sterile_closed_system": _set("processing", Processing),
    "minimal_manipulation": _set("manipulation", Manipulation),
    "qc_release_testing": _yes_no("release_testing"),
    "protocol_documented": _yes_no("protocol_documented"),
    "lab_accredited": _lab,
    "licensed_physicians": _licence,
    "regenerative_specialist": _specialist,
    "track_record": _track_record,
    "realistic_claims": _claims("guaranteed"),
    "no_fda_misuse": _claims("fda_misrepresentation"),
    "realistic_timeline": _claims("permanent"),
    "risks_disclosed": _yes_no("risks_disclosed"),
    "evidence_cited": _evidence,
    "regulatory_oversight": _oversight,
    "facility_credentials_current": _credentials_current,
    "no_enforcement_history": _enforcement,
    "ethics_review": _ethics,
    "adverse_event_reporting": _yes_no("adverse_event_reporting"),
    "informed_consent": _consent,
    "consultation": _yes_no("consultation"),
    "no_sales_pressure": _yes_no("sales_pressure"),
    "no_trial_fees": _trial_fees,
    "follow_up": _yes_no("follow_up"),
}
SHARED: Final[Mapping[str, str]] = {"no_embryonic_cells": "autologous_source"}
TYPED: Final = frozenset({"price_in_range"})
CLAIM_QUESTIONS: Final = ("realistic_claims", "no_fda_misuse", "realistic_timeline")


def build_questions(catalogue: Catalogue = CATALOGUE) -> tuple[Question, ...]:
    """Every catalogue criterion is asked exactly once (the price as a typed amount)."""
    sharing: dict[str, list[Criterion]] = {}
    for criterion in catalogue.criteria:
        sharing.setdefault(SHARED.get(criterion.id, criterion.id), []).append(criterion)
    questions = []
    for key, criteria in sharing.items():
        if key in TYPED:
            continue
        if key not in APPLY:
            raise ValueError(f"criterion {key!r} has no mapping from a patient's answer")
        questions.append(Question(key, tuple(criteria), APPLY[key]))
    return tuple(questions)


QUESTIONS: Final = build_questions()
# What the checklist asks, in all: one question per criterion (criteria that share a question
# count once) and the price, typed. The README, the start page and the wizard say this number.
QUESTION_COUNT: Final = len(QUESTIONS) + len(TYPED)


def questions_in(group: str) -> tuple[Question, ...]:
    return tuple(q for q in QUESTIONS if q.group == group)


def facts_from_answers(
    answers: Mapping[str, Any],
    *,
    country: str | None,
    price_usd: int | None = None,
    marketing_text: str = "",
    marketing_flags: Iterable[Flag] | None = None,
) -> ClinicFacts:
    """Facts from a patient's answers ({question key: option value}); anything missing or
    "unknown" stays unknown. A quoted price and pasted marketing text are optional;
    ``marketing_flags`` are the screener's flags on that text when the caller has them (else it
    is screened here)."""
    facts = ClinicFacts(country=(country or "").upper() or None)
    for question in QUESTIONS:
        value = answers.get(question.key)
        if value is None or value == UNKNOWN:
            continue
        allowed = {option.value for option in question.options}
        if value not in allowed:
            raise ValueError(
                f"{question.key}: {value!r} is not one of {', '.join(sorted(allowed))}"
            )
        facts = question.apply(facts, value)

    # Claims are known when the text was screened, or all three claim questions were answered;
    # a red flag the patient reports counts even when the other answers are unknown.
    if not marketing_text.strip():
        screened = None
    else:
        flags = screen(marketing_text) if marketing_flags is None else marketing_flags
        screened = {flag.category for flag in flags}
    reported = set(facts.claim_flags or ())
    answered_all = all(answers.get(key, UNKNOWN) != UNKNOWN for key in CLAIM_QUESTIONS)
    if screened is not None or answered_all or reported:
        facts = replace(facts, claim_flags=frozenset(reported | (screened or set())))
    else:
        facts = replace(facts, claim_flags=None)

    if price_usd is not None:
        facts = replace(facts, full_face_price_min_usd=price_usd, full_face_price_max_usd=price_usd)
    return facts


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Where a patient's answers and a clinic's curated profile lead to different results."""

    criterion_id: str
    title: str
    you_said: str
    patient_status: str
    patient_reason: str
    profile_status: str
    profile_reason: str


def answer_label(key: str, value: str | None) -> str | None:
    for question in QUESTIONS:
        if question.key == key:
            return next((o.label for o in question.options if o.value == value), None)
    return None


def discrepancies(
    answers: Mapping[str, Any],
    patient: Assessment,
    profile: Assessment,
    catalogue: Catalogue = CATALOGUE,
) -> tuple[Discrepancy, ...]:
    """Criteria on which both sides know something and disagree, in catalogue order."""
    asked = {c.id: q.key for q in QUESTIONS for c in q.criteria}
    found = []
    for criterion in catalogue.criteria:
        try:
            mine, theirs = patient.result(criterion.id), profile.result(criterion.id)
        except KeyError:
            continue  # an assessment from another catalogue version lacks this criterion
        if UNKNOWN in (mine.status, theirs.status) or mine.status == theirs.status:
            continue
        key = asked.get(criterion.id)
        said = answer_label(key, answers.get(key)) if key else None
        found.append(
            Discrepancy(
                criterion_id=criterion.id,
                title=criterion.title,
                you_said=said or "From the price or the text you entered",
                patient_status=mine.status,
                patient_reason=mine.reason,
                profile_status=theirs.status,
                profile_reason=theirs.reason,
            )
        )
    return tuple(found)
