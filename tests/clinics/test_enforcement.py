"""Public enforcement records: FDA's list and our CSV read, filtered to cell and tissue
products, written all or nothing and idempotently; matches proposed by name, website and city,
never linked without a curator; a dismissed match is remembered; the clinic page shows them.
The companies below are fictional (the real sample is in test_enforcement_sample.py)."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from clinics.choices import MatchStatus
from clinics.enforcement import (
    CSV_COLUMNS,
    EnforcementImportError,
    clinic_proposals,
    domain,
    enforcement_import,
    normalised,
)
from clinics.models import EnforcementAction, EnforcementImport, EnforcementMatch
from tests.factories import ClinicFactory, PractitionerFactory

FDA_HEADER = (
    "Posted Date,Letter Issue Date,Company Name,Issuing Office,Subject,Response Letter,"
    "Closeout Letter\n"
)
FDA_LIST = FDA_HEADER + (
    "03/05/2024,02/20/2024,Glimmerfield Regenerative LLC,Center for Biologics Evaluation and "
    'Research,"Unapproved Products/Human Cells, Tissues, and Cellular and Tissue-Based Products '
    '(HCT/Ps)",,\n'
    "01/10/2023,12/01/2022,Quillbrook Stem Cell Institute Inc.,Center for Biologics Evaluation "
    "and Research,CGMP/Deviations,,06/30/2023\n"
    "04/01/2024,03/15/2024,Harborview Snacks Inc.,Center for Food Safety and Applied Nutrition,"
    "CGMP/Food/Adulterated,,\n"
)
CSV_HEADER = ",".join(CSV_COLUMNS) + "\n"


def csv_row(**values: str) -> str:
    row = {
        "agency": "U.S. District Court (fictional)",
        "kind": "injunction",
        "reference": "",
        "issued_on": "2024-05-01",
        "closed_out_on": "",
        "company": "Lumen Skin Institute",
        "website": "",
        "city": "",
        "country": "",
        "subject": "",
        "products": "",
        "concerns": "products;harm",
        "url": "https://court.example/order.pdf",
        "summary": "The court ordered the firm to stop selling its cell products.",
    }
    row.update(values)
    return ",".join(f'"{row[c]}"' for c in CSV_HEADER.strip().split(",")) + "\n"


@pytest.mark.django_db
def test_fdas_list_is_read_keeping_only_cell_and_tissue_letters_and_a_rerun_changes_nothing():
    summary = enforcement_import(text=FDA_LIST, source="fda-warning-letters")
    assert (summary.rows, summary.kept, summary.created) == (3, 2, 2)
    glimmer = EnforcementAction.objects.get(company="Glimmerfield Regenerative LLC")
    assert glimmer.issued_on == datetime.date(2024, 2, 20) and glimmer.is_open
    assert glimmer.kind == "warning_letter" and "Biologics" in glimmer.agency
    quill = EnforcementAction.objects.get(company__startswith="Quillbrook")
    assert quill.closed_out_on == datetime.date(2023, 6, 30) and not quill.is_open
    assert not EnforcementAction.objects.filter(company__startswith="Harborview").exists()

    again = enforcement_import(text=FDA_LIST, source="fda-warning-letters")
    assert (again.created, again.updated) == (0, 2)
    assert EnforcementAction.objects.count() == 2
    assert EnforcementImport.objects.count() == 2


@pytest.mark.django_db
def test_a_bad_row_names_its_row_and_column_and_nothing_is_written():
    text = (
        CSV_HEADER
        + csv_row(company="Fine Clinic")
        + csv_row(kind="letter", issued_on="01/05/2024", url="ftp://x", concerns="gossip")
    )
    with pytest.raises(EnforcementImportError) as raised:
        enforcement_import(text=text, source="csv")
    message = str(raised.value)
    for expected in (
        "row 3: kind: 'letter' is not one of",
        "row 3: concerns: gossip not one of",
        "row 3: issued_on: '01/05/2024' is not a date",
        "row 3: url: 'ftp://x' is not an http(s) address",
    ):
        assert expected in message
    assert not EnforcementAction.objects.exists() and not EnforcementImport.objects.exists()


@pytest.mark.django_db
def test_a_missing_column_is_named():
    with pytest.raises(EnforcementImportError, match=r"missing column.*Closeout Letter"):
        enforcement_import(
            text=FDA_HEADER.replace(",Closeout Letter", "") + "x\n", source="fda-warning-letters"
        )


def test_names_are_compared_without_legal_form_accents_or_punctuation():
    assert normalised("Clínica Lúmen, S.A. de C.V.") == "clinica lumen"
    assert normalised("The Lumen Skin Institute, LLC") == "lumen skin institute"
    assert domain("https://www.Lumen-Skin.example/about") == "lumen-skin.example"


def test_proposals_weigh_name_city_and_website():
    clinics = [
        (1, "Lumen Skin Institute", "https://lumen.example", "Austin"),
        (2, "Lumen Skin Institute", "", "Miami"),
        (3, "Harbor Dental", "https://harbor.example", "Austin"),
        (4, "Totally Different Name", "https://www.glimmer.example", ""),
    ]

    class Record:
        company = "Lumen Skin Institute, LLC"
        city = "Austin"
        website = "https://glimmer.example/shop"

    found = {p.clinic_id: p for p in clinic_proposals(Record(), clinics)}
    assert found[1].score == 100 and "same city" in found[1].reasons
    assert found[2].score == 90 and "another city" in found[2].reasons
    assert 3 not in found
    assert found[4].score == 100 and "same website (glimmer.example)" in found[4].reasons


@pytest.mark.django_db
def test_matches_are_proposed_never_linked_and_a_dismissed_one_is_not_proposed_again(
    client, curator
):
    lumen = ClinicFactory(name="Lumen Skin Institute", city="Austin")
    ClinicFactory(name="Unrelated Dental Care", city="Austin")
    text = CSV_HEADER + csv_row(city="Austin")
    assert enforcement_import(text=text, source="csv").proposed == 1
    match = EnforcementMatch.objects.get()
    assert match.clinic == lumen and match.status == MatchStatus.PROPOSED
    action = match.action
    assert not action.clinics.exists()  # proposed only

    client.force_login(curator)
    changelist = reverse("admin:clinics_enforcementmatch_changelist")
    response = client.post(
        changelist, {"action": "dismiss", "_selected_action": [match.pk]}, follow=True
    )
    assert "1 match dismissed." in response.content.decode()
    assert enforcement_import(text=text, source="csv").proposed == 0
    assert EnforcementMatch.objects.get().status == MatchStatus.DISMISSED


@pytest.mark.django_db
def test_accepting_a_match_links_the_action_and_the_clinic_page_shows_it(
    client, curator, django_capture_on_commit_callbacks
):
    # the cached clinic page is retired by each step, as after a commit
    lumen = ClinicFactory(name="Lumen Skin Institute", slug="lumen", city="Austin")
    page = reverse("clinics:detail", kwargs={"slug": "lumen"})
    assert "not yet checked this clinic against" in client.get(page).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        enforcement_import(text=CSV_HEADER + csv_row(city="Austin"), source="csv")
    body = client.get(page).content.decode()
    assert "No public enforcement record we hold is linked" in body

    client.force_login(curator)
    match = EnforcementMatch.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:clinics_enforcementmatch_changelist"),
            {"action": "accept", "_selected_action": [match.pk]},
        )
    assert list(match.action.clinics.all()) == [lumen]
    client.logout()
    body = client.get(page).content.decode()
    assert (
        "Court injunction or consent decree</strong>, U.S. District Court (fictional), 1 May 2024"
        in body
    )
    assert 'href="https://court.example/order.pdf"' in body
    assert "The court ordered the firm to stop selling its cell products." in body


@pytest.mark.django_db
def test_reviewers_read_enforcement_records_but_cannot_decide_matches(client, reviewer):
    ClinicFactory(name="Lumen Skin Institute", city="Austin")
    enforcement_import(text=CSV_HEADER + csv_row(city="Austin"), source="csv")
    client.force_login(reviewer)
    assert client.get(reverse("admin:clinics_enforcementaction_changelist")).status_code == 200
    match = EnforcementMatch.objects.get()
    response = client.post(
        reverse("admin:clinics_enforcementmatch_changelist"),
        {"action": "accept", "_selected_action": [match.pk]},
    )
    assert response.status_code == 403
    assert EnforcementMatch.objects.get().status == MatchStatus.PROPOSED


@pytest.mark.django_db
def test_board_discipline_is_proposed_for_the_practitioner_it_names():
    doctor = PractitionerFactory(name="Dr. Avery Quinlan")
    text = CSV_HEADER + csv_row(
        kind="board_discipline", agency="Medical Board (fictional)", company="Avery Quinlan, MD"
    )
    enforcement_import(text=text, source="csv")
    assert EnforcementMatch.objects.get().practitioner == doctor


@pytest.mark.django_db
def test_the_command_imports_and_says_what_it_did(tmp_path):
    path = tmp_path / "letters.csv"
    path.write_text(FDA_LIST, encoding="utf-8")
    out = io.StringIO()
    call_command("import_enforcement", str(path), "--source", "fda-warning-letters", stdout=out)
    assert "3 rows read, 2 about cell or tissue products: 2 new actions" in out.getvalue()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("import_enforcement", str(bad), "--source", "csv")
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_enforcement", str(tmp_path / "none.csv"), "--source", "csv")


# --- The grade: no_enforcement_history -----------------------------------------------------------


@pytest.mark.django_db
def test_a_linked_court_order_fails_the_clinic_and_a_clean_check_meets_the_criterion():
    from checklist.services.assessments import assessment_refresh

    lumen = ClinicFactory(name="Lumen Skin Institute", city="Austin")
    clean = ClinicFactory(name="Harbor Dental", city="Miami")
    # never checked: unknown, not clear
    assert (
        assessment_refresh(clinic=lumen).to_assessment().result("no_enforcement_history").status
        == "unknown"
    )

    enforcement_import(text=CSV_HEADER + csv_row(city="Austin"), source="csv")
    clean_result = assessment_refresh(clinic=clean).to_assessment().result("no_enforcement_history")
    assert clean_result.status == "met" and "lists updated" in clean_result.reason

    EnforcementAction.objects.get().clinics.add(lumen)
    stored = assessment_refresh(clinic=lumen)
    result = stored.to_assessment().result("no_enforcement_history")
    assert result.status == "not_met" and "injunction, 2024-05-01" in result.reason
    assert stored.grade == "F" and "no_enforcement_history" in stored.failed_knockouts


@pytest.mark.django_db
def test_an_open_letter_to_a_doctor_fails_and_a_recent_close_out_counts_half():
    from checklist.services.assessments import assessment_refresh

    doctor = PractitionerFactory(name="Dr. Avery Quinlan")
    clinic = doctor.clinic
    letter = EnforcementAction.objects.create(
        agency="FDA (fictional)",
        kind="warning_letter",
        issued_on=datetime.date(2024, 1, 10),
        company="Avery Quinlan, MD",
        url="https://agency.example/letter",
    )
    letter.practitioners.add(doctor)
    result = assessment_refresh(clinic=clinic).to_assessment().result("no_enforcement_history")
    assert result.status == "not_met" and "warning letter, 2024-01-10" in result.reason

    letter.closed_out_on = datetime.date(2024, 9, 1)
    letter.save()
    result = assessment_refresh(clinic=clinic).to_assessment().result("no_enforcement_history")
    assert result.status == "partial" and "closed out 2024-09-01" in result.reason
