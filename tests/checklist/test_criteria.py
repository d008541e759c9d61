"""The catalogue: its shape, its sources, and what each criterion decides (no database).

Each case varies one fact of CAREFUL (a clinic that meets every criterion) so a failure fails
for the reason named, and checks the status and the reason together.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import pytest

from checklist.engine.claims import CATEGORIES
from checklist.engine.criteria import (
    CATALOGUE,
    CORE_GROUPS,
    CRITERIA,
    GROUPS,
    STATUSES,
    Catalogue,
    Criterion,
    Option,
    Source,
)
from checklist.engine.facts import (
    BOOL_FIELDS,
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
)
from tests.checklist.careful import CAREFUL, CAREFUL_REASONS
from tests.checklist.criteria_cases_added import CASES as ADDED_CASES
from tests.checklist.criteria_cases_cells_to_people import CASES as FIRST_CASES
from tests.checklist.criteria_cases_claims_to_care import CASES as SECOND_CASES

CASES = [*FIRST_CASES, *SECOND_CASES, *ADDED_CASES]


# Criteria with a middle ground; the rest are met, not met or unknown.
WITH_PARTIAL = {
    "autologous_source",
    "no_embryonic_cells",
    "product_disclosed",
    "sterile_closed_system",
    "minimal_manipulation",
    "protocol_documented",
    "lab_accredited",
    "regenerative_specialist",
    "track_record",
    "regulatory_oversight",
    "facility_credentials_current",
    "informed_consent",
    "price_in_range",
}

DESIGN_SEVERITIES = {
    "autologous_source": "knockout",
    "no_embryonic_cells": "knockout",
    "product_disclosed": "major",
    "sterile_closed_system": "major",
    "protocol_documented": "major",
    "lab_accredited": "minor",
    "licensed_physicians": "knockout",
    "regenerative_specialist": "major",
    "track_record": "minor",
    "realistic_claims": "major",
    "risks_disclosed": "major",
    "realistic_timeline": "minor",
    "informed_consent": "major",
    "consultation": "minor",
    "evidence_cited": "major",
    "regulatory_oversight": "major",
    "no_trial_fees": "major",
    "price_in_range": "minor",
    "follow_up": "minor",
}

POINT_RANGES = {"knockout": range(10, 16), "major": range(6, 11), "minor": range(3, 5)}

# Exactly the addresses SOURCES.md gives.
SOURCES_MD_URLS = {
    "https://www.closerlookatstemcells.org/stem-cells-medicine/stem-cell-treatments-what-to-ask/",
    "https://aboutstemcells.org/info/what-should-i-be-cautious-about-if-i-am-considering-an-unproven-stem-cell-treatment",
    "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes",
    "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies",
    "http://cfr.laws-info.com/text/21/1271/10",
    "https://journals.lww.com/plasreconsurg/Fulltext/2012/01000/ASAPS_ASPS_Position_Statement_on_Stem_Cells_and.53.aspx",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC5855243",
    "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5600176/",
}


def evaluate(criterion_id: str, facts: ClinicFacts) -> tuple[str, str]:
    return CATALOGUE.by_id[criterion_id].evaluate(facts)


# --- What each criterion decides -------------------------------------------------------------


@pytest.mark.parametrize("criterion_id", list(CAREFUL_REASONS))
def test_a_careful_clinic_meets_every_criterion(criterion_id: str) -> None:
    # A careful clinic is not a study: the ethics approval a study needs does not apply to it.
    expected = "not_applicable" if criterion_id == "ethics_review" else "met"
    assert evaluate(criterion_id, CAREFUL) == (expected, CAREFUL_REASONS[criterion_id])


def test_the_careful_reasons_cover_the_whole_catalogue() -> None:
    assert set(CAREFUL_REASONS) == set(CATALOGUE.by_id)


@pytest.mark.parametrize(("criterion_id", "changes", "status", "reason"), CASES)
def test_one_changed_fact_gives_this_status_and_reason(
    criterion_id: str, changes: dict[str, Any], status: str, reason: str
) -> None:
    facts = dataclasses.replace(CAREFUL, **changes)

    assert evaluate(criterion_id, facts) == (status, reason)


def test_every_criterion_is_tested_for_each_status_it_can_give() -> None:
    tested = {(p.values[0], p.values[2]) for p in CASES}
    for criterion in CRITERIA:
        expected = {"not_met", "unknown"} | ({"partial"} if criterion.id in WITH_PARTIAL else set())
        missing = {s for s in expected if (criterion.id, s) not in tested}
        assert not missing, f"{criterion.id} has no case for {sorted(missing)}"


def test_criteria_without_a_middle_ground_never_give_partial() -> None:
    for facts in outcome_battery():
        for criterion in CRITERIA:
            if criterion.id not in WITH_PARTIAL:
                assert criterion.evaluate(facts)[0] != "partial", criterion.id


def test_every_evaluation_is_a_known_status_with_one_line_reason() -> None:
    for facts in outcome_battery():
        for criterion in CRITERIA:
            status, reason = criterion.evaluate(facts)
            assert status in STATUSES
            assert reason.strip() == reason and "\n" not in reason and reason.endswith(".")


# --- The catalogue's shape -------------------------------------------------------------------


@pytest.mark.parametrize("criterion", CRITERIA, ids=lambda c: c.id)
def test_every_criterion_has_all_its_fields(criterion: Criterion) -> None:
    for name in ("id", "title", "checks", "why_it_matters", "question", "ask_clinic"):
        assert getattr(criterion, name).strip(), f"{criterion.id}.{name} is empty"
    assert criterion.group in {g.id for g in GROUPS}
    assert criterion.points in POINT_RANGES[criterion.severity]
    assert callable(criterion.evaluate)
    assert criterion.reads and set(criterion.reads) <= set(FIELD_NAMES)
    assert criterion.ask_clinic.endswith("?")


@pytest.mark.parametrize("criterion", CRITERIA, ids=lambda c: c.id)
def test_every_question_offers_i_dont_know(criterion: Criterion) -> None:
    values = [o.value for o in criterion.options]

    assert "unknown" in values
    assert len(values) == len(set(values)) >= 2
    assert all(o.label.strip() for o in criterion.options)


@pytest.mark.parametrize("criterion", CRITERIA, ids=lambda c: c.id)
def test_every_criterion_cites_a_named_source(criterion: Criterion) -> None:
    assert criterion.sources
    for source in criterion.sources:
        assert source.name.strip() and source.supports.strip()
        assert source.url is None or source.url in SOURCES_MD_URLS, source.url


def test_the_founding_articles_are_cited_by_name_and_file_not_url() -> None:
    by_name = {s.name: s for c in CRITERIA for s in c.sources}
    placidway = by_name[
        "PlacidWay (a commercial medical-tourism broker): skin stem-cell therapy guide"
    ]
    expert = by_name["Expert view on stem-cell protocols for skin rejuvenation"]

    assert (placidway.url, placidway.location) == (
        None,
        "shared/sources/000_ba5aa75fd7812e5e.txt",
    )
    assert (expert.url, expert.location) == (None, "shared/sources/004_f0b139e78b32d480.txt")


def test_each_criterion_leads_with_its_strongest_source_and_the_broker_comes_last() -> None:
    for criterion in CRITERIA:
        ranks = [source.rank for source in criterion.sources]
        assert ranks == sorted(ranks), criterion.id
        if len(criterion.sources) > 1:
            assert criterion.sources[0].kind != "broker", criterion.id
    broker_only = [c.id for c in CRITERIA if {s.kind for s in c.sources} == {"broker"}]
    assert broker_only == []


def test_patients_are_not_shown_an_unconfirmed_citation() -> None:
    evidence = next(c for c in CRITERIA if c.id == "evidence_cited")
    assert any(s.unconfirmed for s in evidence.sources)  # staff and docs keep it, marked
    assert not any(s.unconfirmed for s in evidence.patient_sources)


def test_yin_2017_is_marked_unconfirmed_wherever_it_is_cited() -> None:
    yin = [s for c in CRITERIA for s in c.sources if "Yin" in s.name]

    assert yin
    assert all(s.unconfirmed and "unconfirmed" in s.supports for s in yin)


def test_ids_are_unique_and_include_every_criterion_of_the_design() -> None:
    ids = [c.id for c in CRITERIA]

    assert len(ids) == len(set(ids))
    assert {i: CATALOGUE.by_id[i].severity for i in DESIGN_SEVERITIES} == DESIGN_SEVERITIES


def test_the_added_criteria_have_their_chosen_severity() -> None:
    added = {c.id: c.severity for c in CRITERIA if c.id not in DESIGN_SEVERITIES}

    assert added == {
        "minimal_manipulation": "major",
        "no_fda_misuse": "major",
        "facility_credentials_current": "minor",
        "no_enforcement_history": "knockout",
        "honest_product_wording": "major",
        "local_cosmetic_use": "major",
        "qc_release_testing": "major",
        "ethics_review": "major",
        "adverse_event_reporting": "minor",
        "no_sales_pressure": "minor",
    }


def test_groups_come_in_their_reading_order() -> None:
    assert [(g.id, g.title) for g in CATALOGUE.groups] == [
        ("cells", "The cells and what is injected"),
        ("processing", "How they are processed"),
        ("people", "Who treats you"),
        ("claims", "What they promise"),
        ("evidence", "Evidence and oversight"),
        ("care", "Consent, follow-up and cost"),
    ]
    assert all(CATALOGUE.in_group(g.id) for g in GROUPS)


def test_claim_flags_each_count_against_exactly_one_criterion() -> None:
    for category in CATEGORIES:
        failing = [
            c.id
            for c in CRITERIA
            if "claim_flags" in c.reads
            and c.evaluate(dataclasses.replace(CAREFUL, claim_flags=frozenset({category})))[0]
            == "not_met"
        ]
        assert len(failing) == 1, (category, failing)


def test_the_catalogue_rejects_duplicate_ids() -> None:
    with pytest.raises(ValueError, match="duplicate criterion id"):
        Catalogue(criteria=(CRITERIA[0], CRITERIA[0]))


def test_a_criterion_must_offer_the_unknown_option() -> None:
    with pytest.raises(ValueError, match="options must include the 'unknown' option"):
        dataclasses.replace(CRITERIA[0], options=(Option("yes", "Yes"),))


def test_a_criterion_must_cite_a_source() -> None:
    with pytest.raises(ValueError, match="at least one source"):
        dataclasses.replace(CRITERIA[0], sources=())


def test_a_core_group_must_name_criteria_of_the_catalogue() -> None:
    with pytest.raises(ValueError, match="core group claims"):
        Catalogue(criteria=CRITERIA[:3], core_groups=CORE_GROUPS[2:])


def outcome_battery(count: int = 400) -> list[ClinicFacts]:
    """Deterministic, varied facts. Each field draws from its own seeded stream, so adding a
    field to ClinicFacts does not reshuffle the values of the others."""
    set_enums: dict[str, list[Any]] = {
        "cell_sources": list(CellSource),
        "cell_forms": list(CellForm),
        "processing": list(Processing),
        "manipulation": list(Manipulation),
        "labs": list(Lab),
    }
    pools: dict[str, list[Any]] = {}
    for name in FIELD_NAMES:
        if name in set_enums:
            members = set_enums[name]
            pools[name] = [
                None,
                frozenset(),
                *(frozenset(members[i::j]) for j in (2, 3, 4) for i in range(j)),
                *(frozenset({m}) for m in members),
            ]
        elif name == "claim_flags":
            pools[name] = [None, frozenset(), *(frozenset({c}) for c in CATEGORIES)]
        elif name == "evidence_kinds":
            pools[name] = [
                None,
                frozenset(),
                *(frozenset({k}) for k in EvidenceKind),
                frozenset(EvidenceKind),
            ]
        elif name in BOOL_FIELDS:
            pools[name] = [None, True, False]
        elif name in INT_FIELDS:
            pools[name] = [None, 0, 1, 2, 4, 5, 49, 50, 400]
        elif name in FLOAT_FIELDS:
            pools[name] = [None, 1000, 3000, 4000, 7500, 9000, 20000]
        else:
            pools[name] = [None, "US", "GB", "MX", "TR", "FR"]
    streams = {name: random.Random(f"battery-{name}") for name in pools}
    battery = [ClinicFacts(), CAREFUL]
    for _ in range(count):
        battery.append(
            ClinicFacts(**{name: streams[name].choice(pool) for name, pool in pools.items()})
        )
    return battery


def test_sources_are_plain_frozen_data() -> None:
    source = CRITERIA[0].sources[0]

    assert isinstance(source, Source)
    with pytest.raises(dataclasses.FrozenInstanceError):
        source.name = "changed"  # type: ignore[misc]
