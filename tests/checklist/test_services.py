import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from checklist.engine.claims import REASONS
from checklist.engine.criteria import CATALOGUE
from checklist.models import ClinicAssessment
from checklist.services.assessments import assessment_refresh, assessments_refresh, listing
from clinics.models import NO_PRICE, UNRANKED, Clinic
from tests.factories import (
    ClaimFactory,
    ClinicFactory,
    CredentialFactory,
    PractitionerFactory,
    PriceQuoteFactory,
    ProcessingProtocolFactory,
)


@pytest.mark.django_db
def test_careful_clinic_grades_well_and_red_flag_clinic_is_avoid(careful_clinic, red_flag_clinic):
    careful = assessment_refresh(clinic=careful_clinic)
    red = assessment_refresh(clinic=red_flag_clinic)
    assert careful.grade == "A", careful.results
    assert careful.catalogue_version == CATALOGUE.version
    assert red.grade == "F"
    assert {"autologous_source", "licensed_physicians"} <= set(red.failed_knockouts)
    assert {"permanent", "guaranteed", "no_risk"} <= set(red.claim_flags)
    reasons = {r["criterion_id"]: r["reason"] for r in red.results}
    assert "expired" in reasons["licensed_physicians"]


@pytest.mark.django_db
def test_a_new_row_is_written_only_when_the_result_changes(careful_clinic):
    first = assessment_refresh(clinic=careful_clinic)
    again = assessment_refresh(clinic=careful_clinic)
    assert again.pk == first.pk
    ClaimFactory(clinic=careful_clinic, text="Permanent results, guaranteed.")
    changed = assessment_refresh(clinic=careful_clinic)
    assert changed.pk != first.pk
    assert changed.score < first.score
    assert list(careful_clinic.assessments.values_list("pk", flat=True)) == [changed.pk, first.pk]
    careful_clinic.refresh_from_db()
    assert careful_clinic.current_assessment_id == changed.pk


@pytest.mark.django_db
def test_a_licence_expiring_changes_the_score_on_rescore(careful_clinic):
    licence = careful_clinic.practitioners.get().credentials.get()
    before = assessment_refresh(clinic=careful_clinic, today=datetime.date.today())
    after = assessment_refresh(
        clinic=careful_clinic, today=licence.expires_on + datetime.timedelta(days=1)
    )
    assert before.grade == "A" and after.grade == "F"
    assert after.failed_knockouts == ["licensed_physicians"]


@pytest.mark.django_db
def test_stored_facts_explain_the_score_exactly(careful_clinic):
    from checklist.engine.facts import facts_from_dict
    from checklist.engine.scoring import score

    stored = assessment_refresh(clinic=careful_clinic)
    recomputed = score(facts_from_dict(stored.facts))
    assert recomputed.score == stored.score
    assert recomputed.to_dict()["results"] == stored.results


def _clinics(n):
    for _ in range(n):
        clinic = ClinicFactory()
        CredentialFactory(practitioner=PractitionerFactory(clinic=clinic))
        ProcessingProtocolFactory(clinic=clinic)
        ClaimFactory(clinic=clinic)


@pytest.mark.django_db
def test_rescore_of_500_clinics_costs_a_fixed_number_of_queries(django_assert_max_num_queries):
    _clinics(500)
    Clinic.objects.update(current_assessment=None)
    ClinicAssessment.objects.all().delete()
    # count; per batch of 500: ids, savepoint pair, clinic rows, 7 child-row queries, current
    # assessments, the screenings of new or edited claims (one UPDATE run for every claim: 1),
    # the bulk insert (SQLite splits it by its parameter limit: 6) and the pointer and the
    # directory's copy (one UPDATE run for every clinic: 1), the enforcement records linked to
    # the batch's clinics and their doctors (2) and when the lists were read (1); then the empty
    # closing batch. None of it depends on the number of clinics.
    with django_assert_max_num_queries(25):
        out = StringIO()
        call_command("rescore", "--no-progress", stdout=out)
    assert "Rescored 500 clinics" in out.getvalue() and "500 changed" in out.getvalue()
    assert ClinicAssessment.objects.count() == 500
    out = StringIO()
    call_command("rescore", "--no-progress", stdout=out)
    assert "0 changed" in out.getvalue()
    assert ClinicAssessment.objects.count() == 500


@pytest.mark.django_db
def test_import_scores_every_clinic(tmp_path):
    from tests.clinics.test_import import FULL_PROFILE, MINIMAL

    path = tmp_path / "p.json"
    path.write_text(json.dumps([FULL_PROFILE, MINIMAL]))
    call_command("import_clinics", str(path), stdout=StringIO())
    grades = dict(Clinic.objects.values_list("slug", "current_assessment__grade"))
    assert grades == {"harbour-skin": "A", "bare-clinic": "insufficient"}


@pytest.mark.django_db
def test_export_scores_prints_one_json_line_per_clinic(careful_clinic, red_flag_clinic):
    assessments_refresh()
    out = StringIO()
    call_command("export_scores", stdout=out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["slug"] for line in lines] == ["careful-clinic", "red-flag-clinic"]
    careful, red = lines
    assert set(careful) == {
        "slug",
        "score",
        "grade",
        "coverage",
        "knockouts",
        "criteria",
        "claim_flags",
    }
    assert careful["grade"] == "A" and careful["knockouts"] == [] and careful["claim_flags"] == []
    assert 0 <= careful["score"] <= 100 and 0 <= careful["coverage"] <= 100
    assert set(careful["criteria"]) == set(CATALOGUE.by_id)
    assert set(careful["criteria"].values()) <= {
        "met",
        "partial",
        "not_met",
        "unknown",
        "not_applicable",
    }
    assert careful["criteria"]["ethics_review"] == "not_applicable"  # not offered as a study
    assert red["grade"] == "F" and "autologous_source" in red["knockouts"]
    assert "permanent" in red["claim_flags"]


def test_screen_claims_reads_lines_and_prints_json():
    out = StringIO()
    call_command(
        "screen_claims",
        stdin=StringIO("Results are permanent and guaranteed.\n\nResults are not permanent.\n"),
        stdout=out,
    )
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["text"] == "Results are permanent and guaranteed."
    categories = {f["category"] for f in first["flags"]}
    assert {"permanent", "guaranteed"} <= categories
    for flag in first["flags"]:
        assert set(flag) == {"category", "start", "end", "match", "reason"}
        assert flag["reason"] == REASONS[flag["category"]]
        assert first["text"][flag["start"] : flag["end"]] == flag["match"]
    assert second == {"text": "Results are not permanent.", "flags": []}


@pytest.mark.django_db
def test_methodology_page_lists_every_criterion_with_points_and_sources(client):
    response = client.get(reverse("checklist:methodology"))
    assert response.status_code == 200
    body = response.content.decode()
    for criterion in CATALOGUE.criteria:
        assert f'id="criterion-{criterion.id}"' in body
        assert f"{criterion.points} points" in body
    assert "Knockout" in body and "Not enough information" in body
    assert "closerlookatstemcells.org" in body
    assert CATALOGUE.version in body


@pytest.mark.django_db
def test_home_page_shows_grades(
    client, careful_clinic, red_flag_clinic, django_assert_max_num_queries
):
    assessments_refresh()
    with django_assert_max_num_queries(2):
        body = client.get(reverse("clinics:home")).content.decode()
    assert "Grade A" in body and "F · Avoid" in body


@pytest.mark.django_db
def test_admin_save_rescores_the_clinic(client, curator, careful_clinic):
    from tests.clinics.test_admin import clinic_form_data

    assessment_refresh(clinic=careful_clinic)
    client.force_login(curator)
    # Inline formsets posted with no initial forms leave the existing children untouched.
    data = clinic_form_data("Careful Clinic", "careful-clinic", charges_for_trial="true")
    response = client.post(reverse("admin:clinics_clinic_change", args=[careful_clinic.pk]), data)
    assert response.status_code == 302
    careful_clinic.refresh_from_db()
    assert careful_clinic.protocols.count() == 1
    assert careful_clinic.current_assessment.statuses()["no_trial_fees"] == "not_met"


@pytest.mark.django_db
def test_admin_rescore_action_reports_how_many(client, curator, careful_clinic, red_flag_clinic):
    client.force_login(curator)
    response = client.post(
        reverse("admin:clinics_clinic_changelist"),
        {"action": "rescore", "_selected_action": [careful_clinic.pk, red_flag_clinic.pk]},
        follow=True,
    )
    assert "2 clinics rescored" in response.content.decode()
    assert ClinicAssessment.objects.count() == 2


@pytest.mark.django_db
def test_a_stored_row_reads_back_as_the_engine_assessment(careful_clinic):
    from clinics.models import Clinic as ClinicModel

    bare = ClinicModel.objects.create(name="Bare", slug="bare", country="TR")
    stored = assessment_refresh(clinic=bare)
    assessment = stored.to_assessment()
    assert assessment.grade == "insufficient"
    assert "cells_and_product" in assessment.insufficient_groups
    assert assessment.score == stored.score


def _price(treatment="full_face", low=None, high=None):
    return {"treatment": treatment, "min_usd": low, "max_usd": high}


def test_listing_of_an_unscored_clinic_sorts_after_every_scored_one():
    assert listing(None, []) == {
        "listing_grade": "",
        "listing_red_flags": 0,
        "listing_price_min": None,
        "listing_price_max": None,
        "sort_rank": UNRANKED,
        "sort_score": -1.0,
        "sort_price": NO_PRICE,
    }


def test_listing_reads_the_full_face_quotes_like_the_price_criterion():
    row = ClinicAssessment(
        grade="F", score=71.5, failed_knockouts=["autologous_source"], claim_flags=["cure", "fda"]
    )
    prices = [_price(low=5000, high=9000), _price(low=4000), _price("other", 100, 200)]
    values = listing(row, prices)
    assert values["listing_grade"] == "F" and values["listing_red_flags"] == 3
    assert (values["listing_price_min"], values["listing_price_max"]) == (4000, 9000)
    # An F sorts after "not enough information", whatever its points.
    assert values["sort_rank"] == 5 and values["sort_score"] == 71.5
    assert values["sort_price"] == 4000
    assert listing(row, [_price(high=8000)])["sort_price"] == 8000


@pytest.mark.django_db
def test_rescore_keeps_the_directory_copy_in_step_with_the_assessment(careful_clinic):
    assessment_refresh(clinic=careful_clinic)
    careful_clinic.refresh_from_db()
    current = careful_clinic.current_assessment
    assert careful_clinic.listing_grade == current.grade
    assert careful_clinic.sort_score == current.score
    careful_clinic.prices.all().delete()
    PriceQuoteFactory(clinic=careful_clinic, min_usd=20000, max_usd=25000)
    assessments_refresh()
    careful_clinic.refresh_from_db()
    assert (careful_clinic.listing_price_min, careful_clinic.sort_price) == (20000, 20000)
