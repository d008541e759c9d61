"""The scoring engine: points, coverage, grade, knockouts and the stored form (no database)."""

from __future__ import annotations

import dataclasses
import json
import time
from typing import Any

import pytest

from checklist.engine.criteria import (
    CATALOGUE,
    UNKNOWN_OPTION,
    Catalogue,
    CoreGroup,
    Criterion,
    Source,
)
from checklist.engine.facts import CellForm, CellSource, ClinicFacts
from checklist.engine.profile_facts import facts_from_profile
from checklist.engine.scoring import Assessment, CriterionResult, letter_grade, score
from tests.checklist.careful import CAREFUL
from tests.checklist.test_facts import CAREFUL_PROFILE, DANGEROUS_PROFILE, TODAY, keyword_screen


def stub_catalogue(*rows: tuple[int, str], core: tuple[CoreGroup, ...] = ()) -> Catalogue:
    """A catalogue whose criteria always answer the given status, for exact arithmetic."""
    return Catalogue(
        criteria=tuple(
            Criterion(
                id=f"c{index}",
                title=f"Stub {index}",
                group="care",
                checks="A stub.",
                why_it_matters="Arithmetic.",
                severity="major",
                points=points,
                question="Stub?",
                options=(UNKNOWN_OPTION,),
                ask_clinic="Stub?",
                sources=(Source("Test", None, "Nothing."),),
                evaluate=lambda facts, status=status: (status, f"Stub {status}."),
            )
            for index, (points, status) in enumerate(rows)
        ),
        core_groups=core,
    )


# --- Points and coverage ---------------------------------------------------------------------


def test_met_earns_all_points_partial_half_and_the_rest_none() -> None:
    catalogue = stub_catalogue((10, "met"), (6, "partial"), (4, "not_met"), (5, "unknown"))

    assessment = score(ClinicFacts(), catalogue)

    assert [r.points_earned for r in assessment.results] == [10, 3, 0, 0]
    assert (assessment.score, assessment.coverage) == (52.0, 80.0)
    assert (assessment.points_earned, assessment.points_possible) == (13, 25)


def test_a_careful_clinic_scores_everything() -> None:
    assessment = score(CAREFUL)

    assert (assessment.score, assessment.coverage, assessment.grade) == (100.0, 100.0, "A")
    assert assessment.failed_knockouts == assessment.insufficient_groups == ()


def test_nothing_known_scores_nothing_and_is_insufficient_in_every_core_group() -> None:
    assessment = score(ClinicFacts())

    assert (assessment.score, assessment.coverage, assessment.grade) == (0.0, 0.0, "insufficient")
    assert assessment.insufficient_groups == ("cells_and_product", "credentials", "claims")


def test_an_empty_catalogue_gives_no_grade() -> None:
    assessment = score(CAREFUL, Catalogue(criteria=()))

    assert (assessment.score, assessment.coverage, assessment.grade) == (0.0, 0.0, "insufficient")


# --- Grade -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "grade"),
    [
        (100, "A"),
        (85, "A"),
        (84.99, "B"),
        (70, "B"),
        (69.99, "C"),
        (55, "C"),
        (54.99, "D"),
        (40, "D"),
        (39.99, "F"),
        (0, "F"),
    ],
)
def test_the_letter_follows_the_published_cut_points(value: float, grade: str) -> None:
    assert letter_grade(value) == grade


def test_the_grade_comes_from_the_unrounded_score() -> None:
    just_under = score(ClinicFacts(), stub_catalogue((84_996, "met"), (15_004, "not_met")))
    exactly = score(ClinicFacts(), stub_catalogue((17, "met"), (3, "not_met")))

    assert round(just_under.score) == 85 and just_under.grade == "B"
    assert (exactly.score, exactly.grade) == (85.0, "A")


def test_coverage_under_60_percent_gives_not_enough_information() -> None:
    thin = score(ClinicFacts(), stub_catalogue((59, "met"), (41, "unknown")))
    enough = score(ClinicFacts(), stub_catalogue((60, "met"), (40, "unknown")))

    assert (thin.coverage, thin.grade, thin.grade_label) == (
        59.0,
        "insufficient",
        "Not enough information",
    )
    assert (enough.coverage, enough.grade) == (60.0, "C")


# --- Knockouts -------------------------------------------------------------------------------


def test_a_failed_knockout_gives_f_whatever_the_points() -> None:
    assessment = score(
        dataclasses.replace(CAREFUL, cell_sources=frozenset({CellSource.ALLOGENEIC_DONOR}))
    )

    assert assessment.score > 85
    assert (assessment.grade, assessment.grade_label) == ("F", "Avoid")
    assert assessment.failed_knockouts == ("autologous_source",)


@pytest.mark.parametrize(
    ("changes", "failed"),
    [
        ({"cell_sources": frozenset({CellSource.UMBILICAL_CORD})}, ("autologous_source",)),
        (
            {"cell_sources": frozenset({CellSource.EMBRYONIC})},
            ("autologous_source", "no_embryonic_cells"),
        ),
        ({"verified_current_medical_licences": 0}, ("licensed_physicians",)),
    ],
    ids=["cord cells", "embryonic cells", "no licensed doctor"],
)
def test_each_knockout_fails_the_clinic_on_its_own(
    changes: dict[str, Any], failed: tuple[str, ...]
) -> None:
    assessment = score(dataclasses.replace(CAREFUL, **changes))

    assert (assessment.grade, assessment.failed_knockouts) == ("F", failed)


def test_an_unknown_knockout_is_not_a_failure() -> None:
    assessment = score(dataclasses.replace(CAREFUL, cell_sources=None))

    assert assessment.failed_knockouts == ()
    assert assessment.result("autologous_source").status == "unknown"
    # 85.5: the rest is careful, and a clear check against the enforcement lists counts too
    assert assessment.grade == "A"


def test_a_failed_knockout_gives_f_even_when_little_is_known() -> None:
    assessment = score(ClinicFacts(cell_sources=frozenset({CellSource.ANIMAL})))

    assert assessment.coverage < 60
    assert assessment.grade == "F"


# --- Core groups -----------------------------------------------------------------------------

NOTHING_ABOUT = {
    "cells_and_product": {"cell_sources": None, "cell_forms": None},
    "credentials": {
        "has_practitioners": None,
        "verified_current_medical_licences": None,
        "facility_licence_verified": None,
        "regulator_registration_verified": None,
        "lab_accreditation_verified": None,
        "expired_facility_credentials": None,
        "labs": None,
    },
    "claims": {"claim_flags": None},
}


@pytest.mark.parametrize("group_id", list(NOTHING_ABOUT))
def test_nothing_known_in_a_core_group_gives_not_enough_information(group_id: str) -> None:
    assessment = score(dataclasses.replace(CAREFUL, **NOTHING_ABOUT[group_id]))

    assert assessment.coverage >= 60 and letter_grade(assessment.score) != "F"
    assert (assessment.grade, assessment.insufficient_groups) == ("insufficient", (group_id,))


def test_one_known_criterion_is_enough_for_a_core_group() -> None:
    facts = dataclasses.replace(
        CAREFUL, cell_sources=None, cell_forms=frozenset({CellForm.LIVE_CELLS})
    )

    assert score(facts).insufficient_groups == ()


def test_a_failed_knockout_outranks_a_core_group_with_nothing_known() -> None:
    facts = dataclasses.replace(
        CAREFUL, claim_flags=None, cell_sources=frozenset({CellSource.ALLOGENEIC_DONOR})
    )
    assessment = score(facts)

    assert (assessment.grade, assessment.insufficient_groups) == ("F", ("claims",))


def test_core_groups_come_from_the_catalogue() -> None:
    core = (CoreGroup("first", "First", ("c0",)),)
    assessment = score(ClinicFacts(), stub_catalogue((10, "unknown"), (90, "met"), core=core))

    assert (assessment.coverage, assessment.grade) == (90.0, "insufficient")
    assert assessment.insufficient_groups == ("first",)


# --- Results and questions -------------------------------------------------------------------


def test_results_follow_the_catalogue_order_and_record_the_version() -> None:
    assessment = score(CAREFUL)

    assert [r.criterion_id for r in assessment.results] == [c.id for c in CATALOGUE.criteria]
    assert assessment.catalogue_version == CATALOGUE.version


def test_a_question_for_the_clinic_comes_with_every_result_that_is_not_met() -> None:
    facts = dataclasses.replace(CAREFUL, follow_up=None, consent_states_limited_data=False)
    assessment = score(facts)

    assert assessment.result("follow_up").ask == CATALOGUE.by_id["follow_up"].ask_clinic
    assert assessment.result("informed_consent").ask.startswith("May I read the written")
    assert assessment.result("consultation").ask == ""
    assert [i for i, _ in assessment.questions()] == ["informed_consent", "follow_up"]


def test_asking_for_a_criterion_not_in_the_assessment_is_an_error() -> None:
    with pytest.raises(KeyError, match="no result for criterion 'nope'"):
        score(CAREFUL).result("nope")


def test_statuses_give_each_criterion_its_status() -> None:
    statuses = score(dataclasses.replace(CAREFUL, risks_disclosed=False)).statuses()

    assert statuses["risks_disclosed"] == "not_met"
    assert set(statuses) == set(CATALOGUE.by_id)


# --- Stored form -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "facts",
    [CAREFUL, ClinicFacts(), dataclasses.replace(CAREFUL, verified_current_medical_licences=0)],
    ids=["careful", "nothing known", "failed knockout"],
)
def test_an_assessment_survives_a_json_round_trip(facts: ClinicFacts) -> None:
    assessment = score(facts)
    stored = json.loads(json.dumps(assessment.to_dict()))

    assert Assessment.from_dict(stored) == assessment


def test_the_stored_form_names_every_part() -> None:
    stored = score(CAREFUL).to_dict()

    assert set(stored) == {
        "catalogue_version",
        "score",
        "coverage",
        "grade",
        "failed_knockouts",
        "insufficient_groups",
        "results",
    }
    assert set(stored["results"][0]) == {
        "criterion_id",
        "status",
        "reason",
        "points_earned",
        "points_possible",
        "ask",
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"grade": "E"}, "grade: 'E' is not one of"),
        ({"results": None}, "results: expected a list"),
        ({"score": "90"}, "assessment.score: expected a number"),
        ({"failed_knockouts": "autologous_source"}, "failed_knockouts: expected a list"),
    ],
)
def test_a_stored_assessment_that_does_not_fit_is_refused(
    change: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Assessment.from_dict(score(CAREFUL).to_dict() | change)


def test_a_stored_result_with_an_unknown_status_is_refused() -> None:
    stored = score(CAREFUL).result("follow_up").to_dict() | {"status": "maybe"}

    with pytest.raises(ValueError, match=r"results\['follow_up'\]\.status"):
        CriterionResult.from_dict(stored)


# --- From a clinic profile -------------------------------------------------------------------


def test_a_careful_clinic_profile_grades_a(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("checklist.engine.profile_facts.screen", keyword_screen)

    assessment = score(facts_from_profile(CAREFUL_PROFILE, today=TODAY))

    assert (assessment.grade, assessment.failed_knockouts) == ("A", ())


def test_a_dangerous_clinic_profile_grades_f(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("checklist.engine.profile_facts.screen", keyword_screen)

    assessment = score(facts_from_profile(DANGEROUS_PROFILE, today=TODAY))

    assert assessment.grade == "F"
    assert assessment.failed_knockouts == ("autologous_source", "licensed_physicians")
    assert assessment.result("realistic_claims") == CriterionResult(
        "realistic_claims",
        "not_met",
        "Its marketing guarantees results.",
        0.0,
        10,
        CATALOGUE.by_id["realistic_claims"].ask_clinic,
    )
    assert assessment.result("realistic_timeline").status == "not_met"


def test_a_thousand_assessments_take_well_under_a_second() -> None:
    facts = [CAREFUL, ClinicFacts(), dataclasses.replace(CAREFUL, claim_flags=None)] * 334
    started = time.perf_counter()
    for item in facts[:1000]:
        score(item)

    assert time.perf_counter() - started < 1.0
