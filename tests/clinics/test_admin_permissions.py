"""Who can reach which admin page and run which action: every role against every admin URL
and action of the review work. Anything refused answers 403 (or sends to the login page)
and changes nothing in the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from checklist.models import ClinicAssessment, PatientReport
from checklist.services.assessments import assessment_refresh
from clinics.models import Clinic, Credential, Practitioner
from tests.clinics.test_admin import clinic_form_data
from tests.clinics.test_admin_review import shared_report

ROLES = ("anonymous", "patient", "reviewer", "curator", "superuser")
LOGIN = "login"


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    url: Callable[[dict[str, Any]], str]
    # reviewer, curator, superuser; anonymous and a patient's session always go to the login page
    expected: tuple[int, int, int]
    data: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    query: str = ""


def admin_url(name: str, *keys: str) -> Callable[[dict[str, Any]], str]:
    return lambda world: reverse(f"admin:{name}", args=[world[key] for key in keys])


def action(name: str, selected: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda world: {"action": name, "_selected_action": [world[selected]], "index": "0"}


def csv_upload(world: dict[str, Any]) -> dict[str, Any]:
    file = SimpleUploadedFile("c.csv", b"slug,name,country\nup-loaded,Uploaded,US\n")
    return {"resource": "0", "format": "0", "import_file": file}


CLINICS = admin_url("clinics_clinic_changelist")
REPORTS = admin_url("checklist_patientreport_changelist")

CASES = [
    # --- pages -----------------------------------------------------------------------------------
    Case("index (dashboard)", "get", admin_url("index"), (200, 200, 200)),
    Case("clinic list", "get", CLINICS, (200, 200, 200)),
    Case("clinic list, needs review", "get", CLINICS, (200, 200, 200), query="?review=needs"),
    Case("clinic add", "get", admin_url("clinics_clinic_add"), (403, 200, 200)),
    Case("clinic change", "get", admin_url("clinics_clinic_change", "clinic"), (200, 200, 200)),
    Case("clinic delete", "get", admin_url("clinics_clinic_delete", "clinic"), (403, 200, 200)),
    Case("clinic history", "get", admin_url("clinics_clinic_history", "clinic"), (200, 200, 200)),
    Case(
        "clinic old version",
        "get",
        admin_url("clinics_clinic_simple_history", "clinic", "version"),
        (200, 200, 200),
    ),
    Case("clinic import", "get", admin_url("clinics_clinic_import"), (403, 200, 200)),
    Case("clinic export", "get", admin_url("clinics_clinic_export"), (403, 200, 200)),
    Case(
        "clinic preview",
        "get",
        lambda w: reverse("clinics:preview", kwargs={"slug": w["slug"]}),
        (200, 200, 200),
    ),
    Case("practitioner list", "get", admin_url("clinics_practitioner_changelist"), (200, 200, 200)),
    Case("practitioner add", "get", admin_url("clinics_practitioner_add"), (403, 200, 200)),
    Case(
        "practitioner change",
        "get",
        admin_url("clinics_practitioner_change", "practitioner"),
        (200, 200, 200),
    ),
    Case(
        "practitioner delete",
        "get",
        admin_url("clinics_practitioner_delete", "practitioner"),
        (403, 200, 200),
    ),
    Case(
        "credentials due",
        "get",
        admin_url("clinics_credential_changelist"),
        (200, 200, 200),
        query="?expiry=due",
    ),
    Case("credential add", "get", admin_url("clinics_credential_add"), (403, 200, 200)),
    Case(
        "credential change",
        "get",
        admin_url("clinics_credential_change", "credential"),
        (200, 200, 200),
    ),
    Case(
        "credential delete",
        "get",
        admin_url("clinics_credential_delete", "credential"),
        (403, 200, 200),
    ),
    Case(
        "assessment list",
        "get",
        admin_url("checklist_clinicassessment_changelist"),
        (200, 200, 200),
    ),
    Case(
        "assessment view",
        "get",
        admin_url("checklist_clinicassessment_change", "assessment"),
        (200, 200, 200),
    ),
    Case("assessment add", "get", admin_url("checklist_clinicassessment_add"), (403, 403, 403)),
    Case(
        "assessment delete",
        "get",
        admin_url("checklist_clinicassessment_delete", "assessment"),
        (403, 403, 403),
    ),
    Case("report queue", "get", REPORTS, (200, 403, 200)),
    Case("report queue, disagreeing", "get", REPORTS, (200, 403, 200), query="?discrepancy=yes"),
    Case(
        "report page", "get", admin_url("checklist_patientreport_change", "report"), (200, 403, 200)
    ),
    Case("report add", "get", admin_url("checklist_patientreport_add"), (403, 403, 403)),
    Case(
        "report delete",
        "get",
        admin_url("checklist_patientreport_delete", "report"),
        (403, 403, 200),
    ),
    # --- writes ----------------------------------------------------------------------------------
    Case(
        "clinic add (post)",
        "post",
        admin_url("clinics_clinic_add"),
        (403, 302, 302),
        data=lambda w: clinic_form_data("Added", "added"),
    ),
    Case(
        "clinic change (post)",
        "post",
        admin_url("clinics_clinic_change", "clinic"),
        (403, 302, 302),
        data=lambda w: clinic_form_data("Renamed", w["slug"]),
    ),
    Case(
        "clinic revert (post)",
        "post",
        admin_url("clinics_clinic_simple_history", "clinic", "version"),
        (403, 302, 302),
        data=lambda w: clinic_form_data("Reverted", w["slug"]),
    ),
    Case(
        "clinic delete (post)",
        "post",
        admin_url("clinics_clinic_delete", "clinic"),
        (403, 302, 302),
        data=lambda w: {"post": "yes"},
    ),
    Case(
        "practitioner delete (post)",
        "post",
        admin_url("clinics_practitioner_delete", "practitioner"),
        (403, 302, 302),
        data=lambda w: {"post": "yes"},
    ),
    Case(
        "credential delete (post)",
        "post",
        admin_url("clinics_credential_delete", "credential"),
        (403, 302, 302),
        data=lambda w: {"post": "yes"},
    ),
    Case(
        "import upload (dry run)",
        "post",
        admin_url("clinics_clinic_import"),
        (403, 200, 200),
        data=csv_upload,
    ),
    Case(
        "import confirm",
        "post",
        admin_url("clinics_clinic_process_import"),
        (403, 200, 200),
        data=lambda w: {},
    ),
    Case(
        "export",
        "post",
        admin_url("clinics_clinic_export"),
        (403, 200, 200),
        data=lambda w: {"format": "0", "resource": "0"},
    ),
    Case(
        "assessment delete (post)",
        "post",
        admin_url("checklist_clinicassessment_delete", "assessment"),
        (403, 403, 403),
        data=lambda w: {"post": "yes"},
    ),
    Case(
        "report change (post)",
        "post",
        admin_url("checklist_patientreport_change", "report"),
        (302, 403, 302),
        data=lambda w: {"status": "dismissed", "assignee": "", "reviewer_notes": "done"},
    ),
    Case(
        "report delete (post)",
        "post",
        admin_url("checklist_patientreport_delete", "report"),
        (403, 403, 302),
        data=lambda w: {"post": "yes"},
    ),
    # --- actions ---------------------------------------------------------------------------------
    Case("action rescore", "post", CLINICS, (302, 302, 302), data=action("rescore", "clinic")),
    Case("action publish", "post", CLINICS, (403, 302, 302), data=action("publish", "hidden")),
    Case("action unpublish", "post", CLINICS, (403, 302, 302), data=action("unpublish", "clinic")),
    Case(
        "action mark reviewed",
        "post",
        CLINICS,
        (302, 403, 302),
        data=action("mark_reviewed", "clinic"),
    ),
    # One rule for the JSON and the spreadsheet export (issue 16, item 10)
    Case(
        "action export profiles",
        "post",
        CLINICS,
        (403, 200, 200),
        data=action("export_profiles", "clinic"),
    ),
    Case(
        "action delete clinics",
        "post",
        CLINICS,
        (403, 200, 200),
        data=action("delete_selected", "clinic"),
    ),
    Case(
        "action delete practitioners",
        "post",
        admin_url("clinics_practitioner_changelist"),
        (403, 200, 200),
        data=action("delete_selected", "practitioner"),
    ),
    Case(
        "action an unknown name",
        "post",
        CLINICS,
        (403, 403, 403),
        data=action("drop_tables", "clinic"),
    ),
    *(
        Case(f"queue action {name}", "post", REPORTS, (302, 403, 302), data=action(name, "report"))
        for name in (
            "assign_to_me",
            "assign_to_chosen",
            "unassign",
            "mark_in_review",
            "mark_actioned",
            "mark_dismissed",
            "reopen",
        )
    ),
    Case(
        "queue action delete",
        "post",
        REPORTS,
        (403, 403, 200),
        data=action("delete_selected", "report"),
    ),
]


def snapshot() -> dict[str, Any]:
    """Everything a refused request must leave as it was."""
    state: dict[str, Any] = {
        model.__name__: list(model.objects.order_by("pk").values())
        for model in (Clinic, Practitioner, Credential, ClinicAssessment, PatientReport)
    }
    state["history"] = Clinic.history.count()
    return state


@pytest.fixture
def world(careful_clinic, red_flag_clinic) -> dict[str, Any]:
    assessment = assessment_refresh(clinic=careful_clinic)
    hidden = red_flag_clinic
    Clinic.objects.filter(pk=hidden.pk).update(published=False)
    practitioner = careful_clinic.practitioners.get()
    return {
        "clinic": careful_clinic.pk,
        "slug": careful_clinic.slug,
        "hidden": hidden.pk,
        "practitioner": practitioner.pk,
        "credential": practitioner.credentials.get().pk,
        "assessment": assessment.pk,
        "report": shared_report(careful_clinic).pk,
        "version": careful_clinic.history.earliest().history_id,
    }


def sign_in(client, role: str, django_user_model) -> None:
    if role == "anonymous":
        return
    if role == "patient":
        # A patient who started the checklist: a session, no account.
        client.post(
            reverse("checklist:start"), {"choice": "unlisted", "name": "Elsewhere", "country": "MX"}
        )
        assert client.session.session_key
        return
    if role == "superuser":
        client.force_login(django_user_model.objects.create_superuser("root", password="x"))
        return
    client.force_login(User.objects.get(username=role))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_role_reaches_exactly_what_it_may(
    client, request, world, case, role, django_user_model
):
    if role in ("reviewer", "curator"):
        request.getfixturevalue(role)
    sign_in(client, role, django_user_model)
    before = snapshot()
    url = case.url(world) + case.query
    if case.method == "get":
        response = client.get(url)
    else:
        response = client.post(url, case.data(world) if case.data else {})
    expected = LOGIN if role in ("anonymous", "patient") else case.expected[ROLES.index(role) - 2]
    if expected == LOGIN:
        assert response.status_code == 302, (case.name, role)
        assert response["Location"].startswith(reverse("admin:login")), (case.name, role)
    else:
        assert response.status_code == expected, (case.name, role, response.status_code)
    if expected in (LOGIN, 403):
        assert snapshot() == before, f"{case.name} as {role} changed the database"


@pytest.mark.parametrize("role", ("reviewer", "curator", "superuser"))
def test_the_json_and_the_spreadsheet_export_follow_one_rule(
    client, request, world, role, django_user_model
):
    if role != "superuser":
        request.getfixturevalue(role)
    sign_in(client, role, django_user_model)
    offered = (
        "export_profiles" in client.get(reverse("admin:clinics_clinic_changelist")).content.decode()
    )
    spreadsheet = client.get(reverse("admin:clinics_clinic_export")).status_code == 200
    json_export = client.post(CLINICS(world), action("export_profiles", "clinic")(world))
    assert offered == spreadsheet == (json_export.status_code == 200), role
    assert spreadsheet == (role != "reviewer")
    if role == "reviewer":
        assert json_export.status_code == 403 and b"careful" not in json_export.content


def test_a_reviewer_cannot_revert_a_clinic_to_an_old_version(client, reviewer, world):
    """simple-history lets anyone who may view a clinic post its revert form; refused here."""
    client.force_login(reviewer)
    url = reverse("admin:clinics_clinic_simple_history", args=[world["clinic"], world["version"]])
    response = client.post(url, clinic_form_data("Reverted", world["slug"]))
    assert response.status_code == 403
    assert Clinic.objects.get(pk=world["clinic"]).name == "Careful Clinic"


def test_a_curator_reverting_a_clinic_gets_it_rescored(client, curator, world):
    client.force_login(curator)
    url = reverse("admin:clinics_clinic_simple_history", args=[world["clinic"], world["version"]])
    data = clinic_form_data("Reverted", world["slug"], charges_for_trial="true")
    assert client.post(url, data).status_code == 302
    clinic = Clinic.objects.get(pk=world["clinic"])
    assert clinic.name == "Reverted"
    assert clinic.current_assessment_id != world["assessment"]


def test_the_report_page_does_not_link_to_the_patients_private_address(client, reviewer, world):
    client.force_login(reviewer)
    report = PatientReport.objects.get(pk=world["report"])
    body = client.get(
        reverse("admin:checklist_patientreport_change", args=[report.pk])
    ).content.decode()
    assert report.token not in body and 'class="viewsitelink"' not in body


def test_the_view_on_site_shortcut_never_reveals_a_reports_private_address(client, curator, world):
    from django.contrib.contenttypes.models import ContentType

    client.force_login(curator)
    report = PatientReport.objects.get(pk=world["report"])
    content_type = ContentType.objects.get_for_model(PatientReport)
    response = client.get(reverse("admin:view_on_site", args=[content_type.pk, report.pk]))
    assert report.token not in response.get("Location", "")
