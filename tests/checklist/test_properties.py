"""Properties the scoring holds for any facts at all (hypothesis; no database).

"Improving" a fact means moving it to a value at least as good for the patient. Each field has
its own order, written out below. Unknown earns nothing, so for most fields unknown ranks with
the worst known value: learning "no" costs nothing that "don't know" earned. Set-valued facts
(what the protocols use) improve by one protocol changing for the better: donor cells becoming
the patient's own, open processing becoming closed, an unstated value becoming a good one.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from checklist.engine.claims import CATEGORIES
from checklist.engine.criteria import CATALOGUE, Catalogue
from checklist.engine.facts import (
    AUTOLOGOUS_SOURCES,
    BOOL_FIELDS,
    ENFORCEMENT_RECORDS,
    FIELD_NAMES,
    FLOAT_FIELDS,
    INT_FIELDS,
    CellForm,
    CellSource,
    ClinicFacts,
    EvidenceKind,
    Lab,
    Manipulation,
    Processing,
    facts_from_dict,
    facts_to_dict,
)
from checklist.engine.pricing import FULL_FACE_RANGES
from checklist.engine.scoring import letter_grade, score

SET_ENUMS: dict[str, list[Any]] = {
    "cell_sources": list(CellSource),
    "cell_forms": list(CellForm),
    "processing": list(Processing),
    "manipulation": list(Manipulation),
    "labs": list(Lab),
    "evidence_kinds": list(EvidenceKind),
    "claim_flags": list(CATEGORIES),
}
COUNTRIES = ["US", "GB", "MX", "TR", "FR", "DE"]


def values_of(name: str) -> st.SearchStrategy[Any]:
    if name in SET_ENUMS:
        return st.none() | st.frozensets(st.sampled_from(SET_ENUMS[name]))
    if name in BOOL_FIELDS:
        return st.none() | st.booleans()
    if name in INT_FIELDS:
        return st.none() | st.integers(min_value=0, max_value=500)
    if name in FLOAT_FIELDS:
        return st.none() | st.floats(min_value=0, max_value=30_000, allow_nan=False)
    if name == "enforcement_record":
        return st.none() | st.sampled_from(ENFORCEMENT_RECORDS)
    if name == "enforcement_detail":
        return st.none() | st.text(max_size=40)
    return st.none() | st.sampled_from(COUNTRIES)


facts_strategy = st.builds(ClinicFacts, **{name: values_of(name) for name in FIELD_NAMES})

# --- How good each value is for the patient --------------------------------------------------

Rank = Callable[[Any], float]


def true_is_better(value: bool | None) -> float:
    return 1 if value is True else 0


def false_is_better(value: bool | None) -> float:
    return 1 if value is False else 0


def more_is_better(value: int | None) -> float:
    return 0 if value is None else value


def fewer_is_better(value: int | None) -> float:
    # Lapsed credentials: an unknown count earns nothing, so it ranks below any known count.
    return -math.inf if value is None else -value


def wording_only(value: Any) -> float:
    return 0


# Facts that decide whether a criterion applies rather than how well it is met: whether the
# treatment is offered as a study decides whether its ethics approval is asked for at all.
SCOPE_FIELDS = frozenset({"offered_as_study"})
SCALAR_RANKS: dict[str, Rank] = {
    **{name: true_is_better for name in BOOL_FIELDS - SCOPE_FIELDS},
    # A known paid "trial" is worse than not knowing: it also sinks lab-grown cells' cover.
    "charges_for_trial": lambda value: {True: 0, None: 1, False: 2}[value],
    "has_practitioners": wording_only,
    "verified_current_medical_licences": more_is_better,
    "expired_medical_licences": wording_only,
    "specialist_years_experience": more_is_better,
    "evidence_count": more_is_better,
    "procedures_performed": more_is_better,
    "expired_facility_credentials": fewer_is_better,
    # A court order or an open letter fails a knockout but earns what unknown earns: nothing.
    "enforcement_record": lambda value: {"closed_letter_recent": 1, "recall": 1, "none": 2}.get(
        value, 0
    ),
    "enforcement_detail": wording_only,
    # Selling nothing makes criteria that would be unknown not apply: that only drops unknowns.
    "markets_treatments": false_is_better,
    # Known pressure or a misnamed product fails; unknown may not apply at a research site.
    "sales_pressure": lambda value: {True: 0, None: 1, False: 2}[value],
    "product_misnamed": lambda value: {True: 0, None: 1, False: 2}[value],
    "systemic_delivery": false_is_better,
    "treats_disease": false_is_better,
    # A facility checked and found unlicensed or unregistered fails oversight outright; not
    # knowing leaves room for a registered, ethics-approved trial's partial credit.
    "facility_licence_verified": lambda value: {False: 0, None: 1, True: 2}[value],
    "regulator_registration_verified": lambda value: {False: 0, None: 1, True: 2}[value],
}

S, F, P, M, L = CellSource, CellForm, Processing, Manipulation, Lab
FOREIGN = [s for s in CellSource if s not in AUTOLOGOUS_SOURCES and s is not S.UNKNOWN]
KNOWN_FORMS = [f for f in CellForm if f is not F.UNKNOWN]

# One protocol's value may change to any of these, for the better or equally good.
UPGRADES: dict[str, dict[Any, list[Any]]] = {
    "cell_sources": {
        S.EMBRYONIC: [s for s in CellSource if s is not S.EMBRYONIC],
        # Another non-embryonic foreign source is equally bad; embryonic is worse.
        **{
            s: [*(f for f in FOREIGN if f is not S.EMBRYONIC), *AUTOLOGOUS_SOURCES]
            for s in FOREIGN
            if s is not S.EMBRYONIC
        },
        S.UNKNOWN: list(AUTOLOGOUS_SOURCES),
        **{s: list(AUTOLOGOUS_SOURCES) for s in AUTOLOGOUS_SOURCES},
    },
    "cell_forms": {f: KNOWN_FORMS for f in CellForm},
    "processing": {P.OPEN: [P.CLOSED_SYSTEM], P.UNKNOWN: [P.CLOSED_SYSTEM]},
    "manipulation": {
        M.CULTURE_EXPANDED: [M.SAME_DAY],
        M.SAME_DAY_ENZYMATIC: [M.SAME_DAY],
        M.UNKNOWN: [M.SAME_DAY],
    },
    "labs": {
        L.EXTERNAL: [L.UNKNOWN, L.ON_SITE, L.EXTERNAL_ACCREDITED],
        L.UNKNOWN: [L.ON_SITE, L.EXTERNAL_ACCREDITED],
        L.ON_SITE: [L.EXTERNAL_ACCREDITED],
    },
    "evidence_kinds": {},
    "claim_flags": {},
}
# A protocol with one of these values may be added.
ADDITIONS: dict[str, list[Any]] = {
    "cell_sources": list(AUTOLOGOUS_SOURCES),
    "cell_forms": KNOWN_FORMS,
    "processing": [P.CLOSED_SYSTEM],
    "manipulation": [M.SAME_DAY],
    "labs": [L.EXTERNAL_ACCREDITED],
    "evidence_kinds": list(EvidenceKind),
    "claim_flags": [],
}
# From unknown to a known set: anything for facts whose unknown earns nothing in every
# criterion; only the best for the two whose unknown can leave room for partial credit.
FROM_UNKNOWN: dict[str, st.SearchStrategy[frozenset[Any]]] = {
    name: st.frozensets(st.sampled_from(SET_ENUMS[name]))
    for name in ("cell_sources", "cell_forms", "processing", "manipulation", "claim_flags")
} | {
    "labs": st.just(frozenset({L.EXTERNAL_ACCREDITED})),
    "evidence_kinds": st.frozensets(st.sampled_from(list(EvidenceKind))).map(
        lambda kinds: kinds | {EvidenceKind.TRIAL}
    ),
}


def improved(name: str, current: frozenset[Any] | None) -> st.SearchStrategy[frozenset[Any]]:
    if current is None:
        return FROM_UNKNOWN[name]
    options = [current]
    for old in current:
        options += [(current - {old}) | {new} for new in UPGRADES[name].get(old, [])]
    options += [current | {new} for new in ADDITIONS[name]]
    if name == "claim_flags":
        options += [current - {flag} for flag in current]
    return st.sampled_from(options)


def test_every_fact_has_an_order_except_country_and_price() -> None:
    ordered = set(SCALAR_RANKS) | set(SET_ENUMS) | SCOPE_FIELDS

    assert set(FIELD_NAMES) - ordered == {
        "country",
        "full_face_price_min_usd",
        "full_face_price_max_usd",
    }


# --- A criterion that does not apply ----------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(facts=facts_strategy)
def test_a_criterion_that_does_not_apply_scores_as_if_it_were_not_in_the_catalogue(
    facts: ClinicFacts,
) -> None:
    assessment = score(facts)
    absent = {r.criterion_id for r in assessment.results if r.status == "not_applicable"}
    without = Catalogue(
        criteria=tuple(c for c in CATALOGUE.criteria if c.id not in absent),
        core_groups=tuple(
            dataclasses.replace(g, criterion_ids=kept)
            for g in CATALOGUE.core_groups
            if (kept := tuple(i for i in g.criterion_ids if i not in absent))
        ),
    )
    alone = score(facts, without)

    assert (assessment.score, assessment.coverage) == (alone.score, alone.coverage)
    assert assessment.grade == alone.grade
    assert all(r.points_possible == 0 for r in assessment.results if r.criterion_id in absent)


# --- Improving a fact never lowers the score -------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(facts=facts_strategy, data=st.data())
def test_improving_a_single_plain_fact_never_lowers_the_score(
    facts: ClinicFacts, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from(sorted(SCALAR_RANKS)), label="field")
    rank = SCALAR_RANKS[name]
    first, second = data.draw(values_of(name)), data.draw(values_of(name))
    worse, better = sorted((first, second), key=rank)

    before = score(dataclasses.replace(facts, **{name: worse})).score
    after = score(dataclasses.replace(facts, **{name: better})).score

    assert before <= after
    if rank(worse) == rank(better):
        assert before == after


@settings(max_examples=400, deadline=None)
@given(facts=facts_strategy, data=st.data())
def test_improving_what_a_protocol_uses_never_lowers_the_score(
    facts: ClinicFacts, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from(sorted(SET_ENUMS)), label="field")
    current = getattr(facts, name)
    if name == "claim_flags" and current is None and facts.markets_treatments is False:
        # Unscreened text at a site that sells nothing does not apply: only clean text is as
        # good as that.
        better = frozenset()
    else:
        better = data.draw(improved(name, current), label="improved")

    assert score(facts).score <= score(dataclasses.replace(facts, **{name: better})).score


@settings(max_examples=200, deadline=None)
@given(facts=facts_strategy, country=st.sampled_from(sorted(FULL_FACE_RANGES)))
def test_moving_the_price_into_the_countrys_range_never_lowers_the_score(
    facts: ClinicFacts, country: str
) -> None:
    reference = FULL_FACE_RANGES[country]
    middle = (reference.low_usd + reference.high_usd) / 2
    before = dataclasses.replace(facts, country=country)
    after = dataclasses.replace(
        before, full_face_price_min_usd=middle, full_face_price_max_usd=middle
    )

    assert score(before).score <= score(after).score
    assert score(after).result("price_in_range").status == "met"


# --- Knockouts -------------------------------------------------------------------------------

KNOCKOUT_BREAKERS: list[tuple[str, Callable[[ClinicFacts], ClinicFacts]]] = [
    *(
        (
            "autologous_source",
            lambda f, s=source: dataclasses.replace(
                f, cell_sources=(f.cell_sources or frozenset()) | {s}
            ),
        )
        for source in FOREIGN
    ),
    (
        "no_embryonic_cells",
        lambda f: dataclasses.replace(f, cell_sources=frozenset({S.EMBRYONIC})),
    ),
    (
        "licensed_physicians",
        lambda f: dataclasses.replace(
            f, has_practitioners=True, verified_current_medical_licences=0
        ),
    ),
]


@settings(max_examples=300, deadline=None)
@given(facts=facts_strategy, breaker=st.sampled_from(KNOCKOUT_BREAKERS))
def test_a_failed_knockout_always_gives_f(
    facts: ClinicFacts, breaker: tuple[str, Callable[[ClinicFacts], ClinicFacts]]
) -> None:
    criterion_id, break_it = breaker
    assessment = score(break_it(facts))

    assert assessment.grade == "F"
    assert criterion_id in assessment.failed_knockouts


@settings(max_examples=300, deadline=None)
@given(facts=facts_strategy)
def test_the_grade_follows_the_rules_for_any_facts(facts: ClinicFacts) -> None:
    assessment = score(facts)
    not_met_knockouts = tuple(
        c.id for c in CATALOGUE.knockouts if assessment.result(c.id).status == "not_met"
    )

    assert assessment.failed_knockouts == not_met_knockouts
    if not_met_knockouts:
        assert assessment.grade == "F"
    elif assessment.coverage < 60 or assessment.insufficient_groups:
        assert assessment.grade == "insufficient"
    else:
        assert assessment.grade == letter_grade(assessment.score)


@settings(max_examples=300, deadline=None)
@given(facts=facts_strategy)
def test_score_and_coverage_stay_between_0_and_100_and_score_never_exceeds_coverage(
    facts: ClinicFacts,
) -> None:
    assessment = score(facts)

    assert 0 <= assessment.score <= assessment.coverage <= 100


# --- Determinism -----------------------------------------------------------------------------


def rebuilt(facts: ClinicFacts) -> ClinicFacts:
    """Equal facts made afresh, with every set built in reverse order."""
    changes = {
        name: frozenset(reversed(sorted(value)))
        for name in SET_ENUMS
        if (value := getattr(facts, name)) is not None
    }
    return dataclasses.replace(facts, **changes)


@settings(max_examples=300, deadline=None)
@given(facts=facts_strategy)
def test_the_same_facts_always_give_the_same_assessment(facts: ClinicFacts) -> None:
    first = score(facts)

    assert score(facts) == first
    assert score(rebuilt(facts)) == first
    assert score(facts_from_dict(facts_to_dict(facts))) == first


# --- Coverage --------------------------------------------------------------------------------

MARKERS = {
    "cell_sources": S.UNKNOWN,
    "cell_forms": F.UNKNOWN,
    "processing": P.UNKNOWN,
    "manipulation": M.UNKNOWN,
    "labs": L.UNKNOWN,
}


@settings(max_examples=400, deadline=None)
@given(facts=facts_strategy, name=st.sampled_from(FIELD_NAMES))
def test_coverage_never_rises_when_a_fact_becomes_unknown(facts: ClinicFacts, name: str) -> None:
    forgotten = dataclasses.replace(facts, **{name: None})

    assert score(forgotten).coverage <= score(facts).coverage


@settings(max_examples=400, deadline=None)
@given(facts=facts_strategy, data=st.data())
def test_coverage_never_rises_when_one_protocol_stops_stating_a_value(
    facts: ClinicFacts, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from(sorted(MARKERS)), label="field")
    current = getattr(facts, name)
    if not current:
        current = frozenset({data.draw(st.sampled_from(SET_ENUMS[name]))})
        facts = dataclasses.replace(facts, **{name: current})
    old = data.draw(st.sampled_from(sorted(current)), label="value")
    blurred = dataclasses.replace(facts, **{name: (current - {old}) | {MARKERS[name]}})

    assert score(blurred).coverage <= score(facts).coverage
