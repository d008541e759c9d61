"""The website capture in the admin (issue 19, parts 1-4): a curator gives a clinic's pages or
uploads a file and a worker captures them; the snapshot's review page shows the page's text
with every proposal marked beside the clinic's data; the curator previews the grade, then
accepts or rejects; a reviewer can read but not decide; originals download as attachments; the
public page says when the website was last checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from capture import services
from clinics.models import Citation, Snapshot
from jobs.models import Job, JobState
from tests.factories import ClinicFactory
from tests.jobs.test_jobs import work

pytestmark = pytest.mark.django_db

PAGES = Path(__file__).parent / "pages"


def capture_url(clinic) -> str:
    return reverse("admin:clinics_snapshot_capture", args=[clinic.pk])


def test_the_capture_form_names_a_bad_address_and_keeps_the_rest(client, curator):
    clinic = ClinicFactory(website="https://lumen.example/")
    client.force_login(curator)
    page = client.get(capture_url(clinic))
    assert page.status_code == 200 and "https://lumen.example/" in page.content.decode()
    answer = client.post(
        capture_url(clinic), {"urls": "https://lumen.example/\nnot an address", "recheck": "on"}
    )
    body = answer.content.decode()
    assert answer.status_code == 200 and "Line 2 is not a web address" in body
    assert "https://lumen.example/" in body  # what was typed is kept
    assert not Job.objects.exists()
    empty = client.post(capture_url(clinic), {"urls": ""})
    assert "Give at least one address" in empty.content.decode()


def test_an_upload_is_read_by_its_content_not_its_name(client, curator):
    clinic = ClinicFactory()
    client.force_login(curator)
    png = SimpleUploadedFile("brochure.pdf", b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    answer = client.post(capture_url(clinic), {"urls": "", "upload": png})
    assert "neither an HTML page nor a PDF" in answer.content.decode()
    assert not Job.objects.exists()


def test_a_capture_runs_as_a_job_and_its_snapshots_wait_for_the_curator(
    client, curator, site, django_capture_on_commit_callbacks
):
    clinic = ClinicFactory()
    client.force_login(curator)
    url = site("/treatments", (PAGES / "careful.html").read_bytes())
    upload = SimpleUploadedFile("saved.html", (PAGES / "spanish.html").read_bytes())
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(capture_url(clinic), {"urls": url, "upload": upload, "recheck": "on"})
    job = Job.objects.get()
    assert answer.status_code == 302 and answer["Location"].endswith(f"/{job.pk}/change/")
    assert job.kind == "capture" and job.params["urls"] == [url] and job.started_by == curator
    work()
    job.refresh_from_db()
    assert job.state == JobState.DONE, job.error
    assert "2 page(s)" in job.summary
    job_page = client.get(reverse("admin:jobs_job_change", args=[job.pk])).content.decode()
    for snapshot in Snapshot.objects.filter(clinic=clinic):
        assert reverse("admin:clinics_snapshot_change", args=[snapshot.pk]) in job_page
    snapshots = Snapshot.objects.filter(clinic=clinic)
    assert {s.source for s in snapshots} == {"fetched", "uploaded"}
    assert not clinic.claims.exists()  # proposals only
    panel = client.get(reverse("admin:clinics_clinic_change", args=[clinic.pk])).content.decode()
    assert "Capture from the website" in panel and "to decide" in panel
    assert url in panel


def review(client, snapshot, data=None):
    path = reverse("admin:clinics_snapshot_change", args=[snapshot.pk])
    return client.post(path, data) if data is not None else client.get(path)


def test_the_review_page_marks_every_proposal_in_the_escaped_text(client, curator):
    clinic = ClinicFactory()
    hostile = (
        (PAGES / "careful.html")
        .read_bytes()
        .replace(
            b"<p>Our facility", b"<p>Call &lt;script&gt;alert(1)&lt;/script&gt; now. Our facility"
        )
    )
    snapshot = services.capture_upload(clinic, body=hostile, name="saved.html")
    client.force_login(curator)
    body = review(client, snapshot).content.decode()
    assert "<script>alert(1)" not in body and "&lt;script&gt;alert(1)" in body
    assert '<mark class="cv-term"' in body and "Dr. Helen Marsh</mark>" in body
    assert 'id="p-0"' in body and 'href="#p-0"' in body
    assert 'name="decision-0"' in body and "Preview the grade" in body


def test_preview_then_save_then_the_decisions_stand(client, curator):
    clinic = ClinicFactory()
    snapshot = services.capture_upload(
        clinic, body=(PAGES / "cure-all.html").read_bytes(), name="saved.html"
    )
    donor = next(p for p in snapshot.proposals if p["kind"] == "cell_source")
    claim = next(p for p in snapshot.proposals if p["kind"] == "claim")
    client.force_login(curator)
    choice = {f"decision-{donor['id']}": "accept", "protocol": "new"}
    preview = review(client, snapshot, {**choice, "action": "preview"}).content.decode()
    assert "Preview: nothing is saved yet" in preview and "to <strong>F · Avoid</strong>" in preview
    assert 'value="accept" checked' in preview  # the choice is kept on the page
    assert not clinic.protocols.exists()

    refused = review(
        client, snapshot, {**choice, f"decision-{claim['id']}": "reject", "action": "save"}
    ).content.decode()
    assert "Say why a proposal is rejected" in refused and not clinic.protocols.exists()
    assert 'value="reject" checked' in refused

    saved = review(
        client,
        snapshot,
        {
            **choice,
            f"decision-{claim['id']}": "reject",
            f"reason-{claim['id']}": "A headline, not a claim about results.",
            "action": "save",
        },
    )
    assert saved.status_code == 302
    assert clinic.protocols.get().cell_source == "umbilical_cord"
    assert Citation.objects.get().passage == donor["passage"]
    panel = client.get(reverse("admin:clinics_clinic_change", args=[clinic.pk])).content.decode()
    assert "Facts accepted from the website" in panel and "cell_source" in panel
    after = review(client, snapshot).content.decode()
    assert "A headline, not a claim about results." in after
    assert f'name="decision-{donor["id"]}"' not in after  # decided: no longer offered


def test_a_reviewer_reads_but_cannot_decide(client, reviewer):
    clinic = ClinicFactory()
    snapshot = services.capture_upload(
        clinic, body=(PAGES / "careful.html").read_bytes(), name="saved.html"
    )
    client.force_login(reviewer)
    page = review(client, snapshot)
    assert page.status_code == 200 and 'name="decision-0"' not in page.content.decode()
    assert review(client, snapshot, {"decision-0": "accept", "action": "save"}).status_code == 403
    assert client.get(capture_url(clinic)).status_code == 403
    assert not clinic.claims.exists()


def test_the_original_downloads_as_an_attachment_and_snapshots_are_never_deleted(client, curator):
    clinic = ClinicFactory()
    body = (PAGES / "careful.html").read_bytes()
    snapshot = services.capture_upload(clinic, body=body, name="saved.html")
    client.force_login(curator)
    answer = client.get(reverse("admin:clinics_snapshot_original", args=[snapshot.pk]))
    assert answer.status_code == 200 and answer.content == body
    assert answer["Content-Type"] == "application/octet-stream"
    assert answer["Content-Disposition"] == f'attachment; filename="snapshot-{snapshot.pk}.html"'
    delete = client.get(reverse("admin:clinics_snapshot_delete", args=[snapshot.pk]))
    assert delete.status_code == 403
    assert client.get(reverse("admin:clinics_snapshot_add")).status_code == 403


def test_the_snapshot_list_and_review_page_cost_a_fixed_number_of_queries(
    client, curator, django_assert_max_num_queries
):
    clinic = ClinicFactory()
    for _ in range(3):
        snapshot = services.capture_upload(
            clinic, body=(PAGES / "careful.html").read_bytes(), name="saved.html"
        )
    client.force_login(curator)
    with django_assert_max_num_queries(16):
        assert review(client, snapshot).status_code == 200
    changelist = reverse("admin:clinics_snapshot_changelist")
    with django_assert_max_num_queries(9) as few:
        assert client.get(changelist).status_code == 200
    for _ in range(12):
        services.capture_upload(ClinicFactory(), body=b"<p>Our own fat cells.</p>", name="x.html")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(changelist).status_code == 200


def test_the_public_page_says_when_the_website_was_last_checked(client, site):
    clinic = ClinicFactory(published=True)
    services.capture_url(clinic, site("/t", (PAGES / "careful.html").read_bytes()))
    page = client.get(clinic.get_absolute_url()).content.decode()
    checked = clinic.website_pages.get().last_checked_at
    assert "Website last checked" in page and f"{checked:%-d %B %Y}" in page
