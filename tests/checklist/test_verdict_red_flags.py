"""A verdict of "not enough information" carries the red flags found; where to report harm."""

from __future__ import annotations

import dataclasses

import pytest

from checklist.engine import presentation
from checklist.engine.answers import QUESTION_COUNT, QUESTIONS, SHARED, TYPED
from checklist.engine.criteria import CATALOGUE
from checklist.engine.scoring import Assessment

INSUFFICIENT = Assessment(
    catalogue_version="test", results=(), score=25, coverage=30, grade="insufficient"
)


def test_an_insufficient_verdict_with_red_flags_says_how_many_and_drops_the_reassurance():
    found = presentation.verdict(INSUFFICIENT, CATALOGUE, red_flags=4)
    assert found.label == "Not enough information"
    assert found.warning == "4 red flags found"
    assert found.meaning == presentation.INSUFFICIENT_WITH_RED_FLAGS
    assert "judgement" not in found.meaning and "red flags" in found.meaning


def test_an_insufficient_verdict_without_red_flags_has_no_warning_and_no_reassurance():
    found = presentation.verdict(INSUFFICIENT, CATALOGUE)
    assert found.warning == ""
    assert "not a judgement" not in found.meaning
    assert "questions" in found.meaning


def test_a_letter_grade_gets_no_warning_however_many_red_flags():
    graded = dataclasses.replace(INSUFFICIENT, grade="C", coverage=80)
    assert presentation.verdict(graded, CATALOGUE, red_flags=3).warning == ""


@pytest.mark.parametrize(
    ("count", "words"), [(0, ""), (1, "1 red flag found"), (2, "2 red flags found")]
)
def test_red_flags_found_counts_in_words(count, words):
    assert presentation.red_flags_found("insufficient", count) == words


def test_a_red_flag_is_each_failed_must_pass_and_each_kind_of_claim():
    assert presentation.red_flag_count(["autologous_source"], ["cure", "cure", "no_risk"]) == 3


def test_stored_red_flags_read_as_labels_not_slugs():
    assert presentation.red_flag_label("no_risk", CATALOGUE) == "Says there is no risk"
    assert presentation.red_flag_label("autologous_source", CATALOGUE) == (
        "Uses cells that are not your own"
    )


@pytest.mark.parametrize(
    ("country", "name", "host"),
    [
        ("US", "FDA MedWatch", "https://www.fda.gov/safety/medwatch"),
        ("GB", "MHRA Yellow Card", "https://yellowcard.mhra.gov.uk/"),
        ("mx", "COFEPRIS", "https://www.gob.mx/cofepris"),
        ("TR", "TİTCK (Türkiye's Ministry of Health)", "https://www.titck.gov.tr/"),
    ],
)
def test_each_country_we_list_has_its_regulators_reporting_route(country, name, host):
    regulator = presentation.regulator_for(country)
    assert regulator is not None and regulator.name == name and regulator.url.startswith(host)


def test_elsewhere_the_patient_is_told_to_report_to_the_national_regulator():
    assert presentation.regulator_for("FR") is None and presentation.regulator_for(None) is None
    assert "regulator" in presentation.ANYWHERE


def test_the_question_count_is_one_per_criterion_less_the_shared_ones():
    assert len(CATALOGUE.criteria) - len(SHARED) == QUESTION_COUNT
    assert len(QUESTIONS) + len(TYPED) == QUESTION_COUNT
