"""A patient's report keeps what the screener flagged in the pasted text: the grade and the
highlights read the same flags, and a view does not screen the text again (the trained encoder
reads every sentence of it, about a second for the longest text the form takes)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from checklist.engine import claims
from checklist.engine.presentation import details as presentation_details
from checklist.engine.stored import flags_as_stored
from checklist.models import PatientReport
from checklist.services.reports import UnlistedClinic, report_create
from tests.checklist.test_answers import CAREFUL

TEXT = "Our treatment is gentle. Your results are permanent and guaranteed."


def _report(text: str = TEXT) -> PatientReport:
    return report_create(
        clinic=None,
        unlisted=UnlistedClinic(name="Sunrise Skin", country="TR"),
        answers=CAREFUL,
        marketing_text=text,
    )


def _page(client, report: PatientReport) -> str:
    response = client.get(reverse("checklist:report", kwargs={"token": report.token}))
    assert response.status_code == 200
    return response.content.decode()


def _marked(body: str) -> bool:
    return all(f'<mark class="claim-flag">{word}<' in body for word in ("permanent", "guaranteed"))


def _no_screening(monkeypatch) -> None:
    def refuse(text: str):
        raise AssertionError("the report's text was screened again")

    monkeypatch.setattr(presentation_details, "screen", refuse)


def test_a_report_keeps_the_flags_its_grade_was_made_from(db) -> None:
    report = _report()
    flags = tuple(claims.screen(TEXT))
    assert {f.category for f in flags} == {"permanent", "guaranteed"}
    assert report.screened_with == claims.SCREENER_VERSION
    assert flags_as_stored(TEXT, report.screening) == flags
    assert {"permanent", "guaranteed"} <= set(report.red_flags)


def test_a_report_without_pasted_text_stores_no_screening(db) -> None:
    report = _report("")
    assert report.screening == {} and report.screened_with == ""


def test_the_report_page_shows_the_stored_flags_without_screening_again(
    client, db, monkeypatch
) -> None:
    report = _report()
    _no_screening(monkeypatch)
    assert _marked(_page(client, report))


def test_after_the_screener_moves_the_report_still_shows_what_it_was_graded_on(
    client, db, monkeypatch
) -> None:
    report = _report()
    PatientReport.objects.filter(pk=report.pk).update(screened_with="2026.1-older")
    _no_screening(monkeypatch)
    assert _marked(_page(client, report))


def test_a_paste_in_spanish_is_screened_by_the_spanish_rules(db) -> None:
    text = "Tratamiento sin ningún riesgo y con resultados para toda la vida."
    assert not claims.screen(text)  # the English rules read nothing in it
    report = _report(text)
    assert report.screened_with == claims.SCREENER_VERSIONS["es"]
    flags = flags_as_stored(text, report.screening)
    assert flags == tuple(claims.screen(text, language="es"))
    assert "no_risk" in {f.category for f in flags} and "no_risk" in report.red_flags


def test_a_paste_too_short_to_tell_its_language_is_read_as_english(db) -> None:
    # the detector reads "No risk!" as Turkish; two words are too few to tell by
    report = _report("No risk!")
    assert report.screened_with == claims.SCREENER_VERSION
    assert "no_risk" in report.red_flags


@pytest.mark.parametrize("stored", [{}, {"text": "another text's digest", "flags": []}])
def test_a_report_with_nothing_usable_stored_is_screened_as_it_is_viewed(
    client, db, stored
) -> None:
    # reports made before the screening was kept, or a record that is not this text's
    report = _report()
    PatientReport.objects.filter(pk=report.pk).update(screening=stored)
    assert _marked(_page(client, report))
