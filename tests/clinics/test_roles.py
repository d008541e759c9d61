"""What each role can and cannot do in the admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from clinics.models import Clinic
from clinics.roles import CURATORS, REVIEWERS
from tests.clinics.test_admin import clinic_form_data


@pytest.mark.django_db
def test_both_groups_exist_on_a_fresh_database():
    assert set(Group.objects.values_list("name", flat=True)) >= {CURATORS, REVIEWERS}


@pytest.mark.parametrize(
    ("role", "changelist", "add", "change_post", "delete"),
    [("curator", 200, 200, 302, 200), ("reviewer", 200, 403, 403, 403)],
)
@pytest.mark.django_db
def test_role_matrix_on_clinics(
    client, request, careful_clinic, role, changelist, add, change_post, delete
):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("admin:clinics_clinic_changelist")).status_code == changelist
    assert client.get(reverse("admin:clinics_clinic_add")).status_code == add
    response = client.post(
        reverse("admin:clinics_clinic_change", args=[careful_clinic.pk]),
        clinic_form_data("Renamed", "careful-clinic"),
    )
    assert response.status_code == change_post
    assert (
        client.get(reverse("admin:clinics_clinic_delete", args=[careful_clinic.pk])).status_code
        == delete
    )
    careful_clinic.refresh_from_db()
    assert (careful_clinic.name == "Renamed") is (role == "curator")


@pytest.mark.django_db
def test_reviewer_sees_the_change_form_read_only(client, reviewer, careful_clinic):
    client.force_login(reviewer)
    response = client.get(reverse("admin:clinics_clinic_change", args=[careful_clinic.pk]))
    assert response.status_code == 200
    assert 'name="name"' not in response.content.decode()


@pytest.mark.django_db
def test_anonymous_is_sent_to_login_and_nothing_changes(client, careful_clinic):
    response = client.post(
        reverse("admin:clinics_clinic_change", args=[careful_clinic.pk]),
        clinic_form_data("Hacked", "x"),
    )
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Clinic.objects.get(pk=careful_clinic.pk).name == "Careful Clinic"


@pytest.mark.django_db
def test_staff_without_a_group_gets_403(client, django_user_model, careful_clinic):
    nobody = django_user_model.objects.create_user("nobody", password="x", is_staff=True)
    client.force_login(nobody)
    assert client.get(reverse("admin:clinics_clinic_changelist")).status_code == 403


def _codenames(group: str) -> set[str]:
    return set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))


@pytest.mark.django_db
def test_reviewers_may_review_rescore_and_work_the_queue_but_not_edit_clinics():
    reviewers = _codenames(REVIEWERS)
    assert {
        "review_clinic",
        "rescore_clinic",
        "view_patientreport",
        "change_patientreport",
    } <= reviewers
    assert not {"change_clinic", "add_clinic", "delete_clinic", "delete_patientreport"} & reviewers


@pytest.mark.django_db
def test_curators_may_rescore_but_neither_review_nor_touch_the_report_queue():
    curators = _codenames(CURATORS)
    assert {"change_clinic", "rescore_clinic"} <= curators
    assert "review_clinic" not in curators
    assert not {c for c in curators if c.endswith("_patientreport")}
