"""A captured page as evidence (issue 19, parts 2-5): the snapshot keeps exactly what the site
sent, its text and where and when it came from; its proposals change nothing until a curator
accepts them; an accepted proposal is written, cited to the snapshot and its passage, kept in
the history, and the clinic is rescored; a re-check reports a page's new red flags and dropped
disclosures to the curators. Pages come from a local server (pytest-httpserver), never a live
site."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import pytest
from werkzeug import Response

from capture import services
from capture.fetch import Refused
from capture.services import Decision, DecisionError, proposals_apply
from checklist.services.assessments import assessment_refresh
from checklist.services.review import needs_review_condition
from clinics.models import Citation, Claim, Clinic, Credential, Evidence, Snapshot, WebsitePage
from clinics.snapshots import ProposalStatus
from tests.factories import ClaimFactory, ClinicFactory, ProcessingProtocolFactory

pytestmark = pytest.mark.django_db

PAGES = Path(__file__).parent / "pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def by_kind(snapshot: Snapshot) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for proposal in snapshot.proposals:
        found.setdefault(proposal["kind"], []).append(proposal)
    return found


def test_a_capture_keeps_what_the_site_sent_and_changes_nothing_else(site):
    clinic = ClinicFactory()
    body = page("careful.html")
    url = site("/treatments", body)
    snapshot = services.capture_url(clinic, url)
    assert snapshot.original_bytes() == body
    assert gzip.decompress(bytes(snapshot.original)) == body and len(snapshot.original) < len(body)
    assert snapshot.content_hash == hashlib.sha256(body).hexdigest()
    assert snapshot.original_size == len(body)
    assert (snapshot.status, snapshot.content_type, snapshot.final_url) == (200, "text/html", url)
    assert "processed in a closed system" in snapshot.text and "Prices" not in snapshot.text
    assert snapshot.screener_version and snapshot.fetched_at is not None
    page_row = WebsitePage.objects.get(clinic=clinic)
    assert page_row.url == url and page_row.last_checked_at == snapshot.fetched_at
    assert {p["status"] for p in snapshot.proposals} == {ProposalStatus.PENDING}
    # Proposals only: the clinic has no new data.
    assert not clinic.claims.exists() and not clinic.protocols.exists()
    assert not clinic.practitioners.exists() and not clinic.evidence.exists()


def test_a_refused_page_is_recorded_with_its_reason_and_no_snapshot(site):
    clinic = ClinicFactory()
    site.server.clear()
    site("/robots.txt", page("robots-blocking.txt"), "text/plain")
    site("/prices", page("careful.html"))
    with pytest.raises(Refused, match="robots"):
        services.capture_url(clinic, f"http://clinic.example:{site.server.port}/prices")
    assert not any(r.path == "/prices" for r, _ in site.server.log)
    page_row = WebsitePage.objects.get(clinic=clinic)
    assert "robots.txt" in page_row.last_error and page_row.last_checked_at is None
    assert not Snapshot.objects.exists()


def test_a_40_mb_page_is_refused_while_reading_and_never_stored(site):
    clinic = ClinicFactory()
    chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n"

    def huge(_request):
        # Streamed, with no Content-Length: the cap must hold while reading.
        return Response((chunk for _ in range(40)), content_type="text/html")

    site.server.expect_request("/huge").respond_with_handler(huge)
    with pytest.raises(Refused, match="larger than 5 MB"):
        services.capture_url(clinic, f"http://clinic.example:{site.server.port}/huge")
    assert not Snapshot.objects.exists()


def test_an_uploaded_brochure_is_a_snapshot_read_by_its_content():
    from tests.capture.test_capture import minimal_pdf

    clinic = ClinicFactory()
    snapshot = services.capture_upload(
        clinic, body=minimal_pdf("Trial NCT01234567 of your own fat cells"), name="brochure.html"
    )
    assert snapshot.source == "uploaded" and snapshot.content_type == "application/pdf"
    assert snapshot.requested_url == "brochure.html" and snapshot.page is None
    assert "NCT01234567" in [p["value"] for p in by_kind(snapshot)["trial"]]


def test_facts_already_recorded_are_not_offered_again(site):
    clinic = ClinicFactory()
    ProcessingProtocolFactory(clinic=clinic, cell_source="autologous_adipose", processing="unknown")
    Evidence.objects.create(clinic=clinic, kind="trial", identifier="NCT03928444")
    snapshot = services.capture_url(clinic, site("/t", page("careful.html")))
    status = {(p["kind"], p["value"]): p["status"] for p in snapshot.proposals}
    assert status[("cell_source", "autologous_adipose")] == ProposalStatus.RECORDED
    assert status[("trial", "NCT03928444")] == ProposalStatus.RECORDED
    assert status[("processing", "closed_system")] == ProposalStatus.PENDING


def test_accepted_proposals_are_written_cited_and_rescored(site, django_user_model):
    curator = django_user_model.objects.create_user("curator")
    clinic = ClinicFactory()
    snapshot = services.capture_url(clinic, site("/t", page("careful.html")))
    found = by_kind(snapshot)
    take = [
        *found["claim"][:1],
        *found["cell_source"],
        *found["processing"],
        *found["practitioner"][:1],
        *found["accreditation"],
        *found["trial"],
        *found["doi"],
        *found["price"],
    ]
    reject = found["practitioner"][1]
    decisions = {p["id"]: Decision(accept=True) for p in take}
    decisions[reject["id"]] = Decision(accept=False, reason="Left the clinic in 2025.")
    applied = proposals_apply(snapshot, decisions, user=curator)
    assert (applied.accepted, applied.rejected) == (len(take), 1)

    clinic.refresh_from_db()
    protocol = clinic.protocols.get()
    assert (protocol.cell_source, protocol.processing) == ("autologous_adipose", "closed_system")
    claim = clinic.claims.get()
    assert claim.source_url == snapshot.final_url
    assert claim.captured_on == snapshot.fetched_at.date()
    assert list(clinic.practitioners.values_list("name", flat=True)) == ["Dr. Helen Marsh"]
    price = clinic.prices.get()
    assert (price.currency, price.min_amount, price.max_amount) == ("USD", 7500, 9800)
    assert {e.identifier for e in clinic.evidence.all()} == {
        "NCT03928444",
        "10.1186/s13018-017-0645-5",
    }
    credentials = {c.issuer: c for c in Credential.objects.filter(clinic=clinic)}
    assert credentials["GMP"].kind == "gmp_certificate"
    assert credentials["AAAASF"].kind == "facility_license"
    assert credentials["GMP"].verified is None  # named on the site, not checked
    assert "not yet checked" in credentials["GMP"].verification_note

    # Every accepted fact cites the snapshot and its passage.
    citations = Citation.objects.filter(snapshot=snapshot)
    assert citations.count() == len(take)
    cited = citations.get(target="processingprotocol", field="processing")
    assert cited.target_id == protocol.pk and "processed in a closed system" in cited.passage
    assert citations.get(target="claim").target_id == claim.pk
    assert all(c.accepted_by == curator for c in citations)
    # The decisions are kept on the snapshot, the rejection with its reason.
    snapshot.refresh_from_db()
    decided = {p["id"]: p for p in snapshot.proposals}
    assert decided[reject["id"]]["status"] == ProposalStatus.REJECTED
    assert decided[reject["id"]]["reason"] == "Left the clinic in 2025."
    assert all(decided[p["id"]]["status"] == ProposalStatus.ACCEPTED for p in take)
    # History says where each fact came from; the clinic was rescored with its new facts.
    assert f"website snapshot {snapshot.pk}" in claim.history.first().history_change_reason
    assert clinic.current_assessment is not None
    assert clinic.current_assessment.statuses()["sterile_closed_system"] == "met"


def test_a_preview_shows_the_grade_the_decisions_would_give_and_saves_nothing(site):
    clinic = ClinicFactory()
    assessment_refresh(clinic=clinic)
    snapshot = services.capture_url(clinic, site("/t", page("cure-all.html")))
    donor = by_kind(snapshot)["cell_source"][0]
    preview = proposals_apply(snapshot, {donor["id"]: Decision(accept=True)}, preview=True)
    assert preview.grade_after == "F" and preview.grade_before != "F"
    assert any(criterion == "autologous_source" for criterion, _, _ in preview.moved)
    clinic.refresh_from_db()
    assert not clinic.protocols.exists() and not Citation.objects.exists()
    snapshot.refresh_from_db()
    assert {p["status"] for p in snapshot.proposals} == {ProposalStatus.PENDING}
    saved = proposals_apply(snapshot, {donor["id"]: Decision(accept=True)})
    assert saved.grade_after == "F"
    assert Clinic.objects.get(pk=clinic.pk).current_assessment.grade == "F"


def test_bad_decisions_are_refused_whole(site):
    clinic = ClinicFactory()
    snapshot = services.capture_url(clinic, site("/t", page("careful.html")))
    found = by_kind(snapshot)
    claim = found["claim"][0]
    with pytest.raises(DecisionError, match="why"):
        proposals_apply(snapshot, {claim["id"]: Decision(accept=False)})
    terms = [
        {
            "id": 900,
            "kind": "cell_source",
            "value": "umbilical_cord",
            "passage": "x",
            "status": "pending",
        },
        {
            "id": 901,
            "kind": "cell_source",
            "value": "autologous_adipose",
            "passage": "y",
            "status": "pending",
        },
    ]
    snapshot.proposals = [*snapshot.proposals, *terms]
    snapshot.save()
    with pytest.raises(DecisionError, match="not two"):
        proposals_apply(
            snapshot,
            {claim["id"]: Decision(accept=True), 900: Decision(True), 901: Decision(True)},
        )
    assert not clinic.claims.exists() and not clinic.protocols.exists()


def test_a_decided_proposal_cannot_be_decided_again(site):
    clinic = ClinicFactory()
    snapshot = services.capture_url(clinic, site("/t", page("careful.html")))
    claim = by_kind(snapshot)["claim"][0]
    proposals_apply(snapshot, {claim["id"]: Decision(accept=True)})
    again = proposals_apply(snapshot, {claim["id"]: Decision(accept=True)})
    assert again.accepted == 0 and clinic.claims.count() == 1


def test_the_protocol_terms_can_go_to_an_existing_protocol(site):
    clinic = ClinicFactory()
    existing = ProcessingProtocolFactory(clinic=clinic, processing="unknown")
    snapshot = services.capture_url(clinic, site("/t", page("careful.html")))
    processing = by_kind(snapshot)["processing"][0]
    proposals_apply(
        snapshot, {processing["id"]: Decision(accept=True)}, protocol_target=str(existing.pk)
    )
    existing.refresh_from_db()
    assert existing.processing == "closed_system" and clinic.protocols.count() == 1


def recheck_page(site, clinic, body: bytes) -> tuple[WebsitePage, str]:
    url = site("/t", body)
    services.capture_url(clinic, url)
    return WebsitePage.objects.get(clinic=clinic), url


def test_an_unchanged_page_only_moves_the_date_of_the_check(site):
    clinic = ClinicFactory()
    page_row, _ = recheck_page(site, clinic, page("careful.html"))
    first = page_row.last_checked_at
    assert services.recheck(page_row) is None
    page_row.refresh_from_db()
    assert page_row.last_checked_at > first and Snapshot.objects.count() == 1


def test_a_changed_page_reports_new_red_flags_and_dropped_disclosures(site, httpserver):
    clinic = ClinicFactory()
    ClaimFactory(clinic=clinic)
    before = page("careful.html")
    page_row, _ = recheck_page(site, clinic, before)
    # Reviewed as it stands: only what the re-check finds can put it back in the queue.
    Clinic.objects.filter(pk=clinic.pk).update(reviewed_digest="x", data_digest="x")
    assert not Clinic.objects.filter(pk=clinic.pk).filter(needs_review_condition()).exists()
    after = before.replace(
        b"<p>Possible side effects include swelling, bruising and, rarely, infection or lumps that "
        b"may need treatment.</p>",
        b"<p>Results are guaranteed and permanent for every patient.</p>",
    )
    assert after != before
    httpserver.clear()
    site("/robots.txt", b"", "text/plain")
    site("/t", after)
    snapshot = services.recheck(page_row)
    assert snapshot is not None and snapshot.previous is not None
    changes = snapshot.changes
    assert changes["new_red_flags"] and "guaranteed" in changes["new_red_flags"][0]["text"]
    assert any("infection" in s for s in changes["removed_disclosures"])
    assert snapshot.attention
    assert Clinic.objects.filter(pk=clinic.pk).filter(needs_review_condition()).exists()
    services.snapshot_attention_clear(snapshot)
    assert not Clinic.objects.filter(pk=clinic.pk).filter(needs_review_condition()).exists()


def test_pages_due_for_a_recheck(site):
    import datetime

    from django.utils import timezone

    clinic = ClinicFactory()
    page_row, _ = recheck_page(site, clinic, page("careful.html"))
    later = timezone.now() + datetime.timedelta(days=31)
    assert list(services.pages_due()) == []
    assert list(services.pages_due(now=later)) == [page_row]
    WebsitePage.objects.update(recheck=False)
    assert list(services.pages_due(now=later)) == []
    assert Claim.objects.count() == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Los resultados pueden variar de un paciente a otro.",
        "Como todo procedimiento, puede tener complicaciones como infección o hematomas.",
        "Antes del tratamiento firmará un consentimiento informado.",
        "Sonuçlar kişiden kişiye değişir.",
        "Tedavinin kesin sonucu garanti edilmez.",
        "Nadiren komplikasyonlar görülebilir.",
    ],
)
def test_a_dropped_disclosure_is_read_in_spanish_and_turkish_too(sentence):
    assert services.DISCLOSURE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Resultados garantizados para siempre.", "Kalıcı sonuç, hemen."],
)
def test_a_claim_is_not_a_disclosure(sentence):
    assert not services.DISCLOSURE.search(sentence)
