"""A clinic's website as evidence (issue 19): capture a page (fetched or uploaded) into a
snapshot with its proposals, re-check watched pages and report what changed, and apply a
curator's decisions: an accepted proposal is written to the clinic, cited to the snapshot and
its passage, with history, and the clinic is rescored. Nothing is written to a clinic's data
without a curator's decision."""

from __future__ import annotations

import datetime
import gzip
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from checklist.engine.claims import SCREENER_VERSIONS, sentences
from checklist.services.assessments import assessment_refresh
from clinics.choices import CredentialKind, EvidenceKind, Treatment
from clinics.languages import detect
from clinics.models import (
    Citation,
    Claim,
    Clinic,
    Credential,
    Evidence,
    Practitioner,
    PriceQuote,
    ProcessingProtocol,
    Snapshot,
    WebsitePage,
)
from clinics.snapshots import ProposalStatus, SnapshotSource

from . import fetch as fetching
from .extract import extract
from .propose import propose

Fetcher = Callable[[str], fetching.Fetched]
PROTOCOL_FIELDS = ("cell_source", "cell_form", "processing", "manipulation")
CHANGES_LISTED = 40
# Enough of a page's text to tell its language by; reading more only costs time.
LANGUAGE_SAMPLE = 4000
# Sentences that tell a patient about risks, limits or consent: a re-check reports those a
# page no longer carries (a dropped disclosure is as telling as a new claim).
DISCLOSURE = re.compile(
    r"\bside[- ]effects?\b|\bcomplications?\b|\binfection\b|\bresults? (?:may |can |will )?vary\b|"
    r"\bnot (?:be )?guaranteed\b|\bno guarantee\b|\bnot (?:been )?approved\b|\binformed consent\b|"
    r"\bconsent form\b|\blimited (?:long[- ]term )?(?:data|evidence)\b|\binvestigational\b|"
    r"\bexperimental\b|\bnot (?:a )?(?:cure|suitable)\b|\brisk\w*\b|"
    # Spanish and Turkish pages: risks, side effects, consent, results that vary, no guarantee
    r"\briesgos?\b|\befectos (?:secundarios|adversos)\b|\bcomplicaci[oó]n\w*|"
    r"\bconsentimiento informado\b|\bresultados? (?:pueden |puede )?var[ií]a\w*|"
    r"\bno (?:se )?garantiza\w*|\bno (?:est[aá] )?aprobad\w*|\bexperimentales?\b|"
    r"\byan etki\w*|\bkomplikasyon\w*|\bonam\w*|\bsonu[cç]lar\w* (?:ki[sş]iden ki[sş]iye )?"
    r"de[gğ]i[sş]\w*|\bgaranti (?:edilmez|verilmez|vermiyoruz)",
    re.IGNORECASE,
)
# What an accreditation named on a page is recorded as, until a curator checks it.
ACCREDITATION_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind)
    for pattern, kind in (
        (r"\bc?GMP\b", CredentialKind.GMP_CERTIFICATE),
        (r"\bCAP\b|\bCLIA\b|\bAABB\b|\bFACT\b|ISO 15189", CredentialKind.LAB_ACCREDITATION),
        (
            r"COFEPRIS|\bCQC\b|Care Quality|\bTGA\b|\bMHRA\b|Sağlık Bakanlığı|Ministry of Health",
            CredentialKind.REGULATOR_REGISTRATION,
        ),
        (r".", CredentialKind.FACILITY_LICENSE),
    )
)
UNCHECKED_NOTE = "Named on the clinic's website (captured {date}); not yet checked with the issuer."


def recheck_days() -> int:
    return int(getattr(settings, "CAPTURE_RECHECK_DAYS", 30))


def _default_fetch(url: str) -> fetching.Fetched:
    return fetching.fetch(url)


# Tests replace this with a fetcher that reaches their local server.
FETCH: Fetcher = _default_fetch


def accreditation_kind(name: str) -> str:
    return next(kind for pattern, kind in ACCREDITATION_KINDS if pattern.search(name))


def _recorded_keys(clinic: Clinic) -> set[tuple[str, str]]:
    """What the clinic's data already holds, keyed as proposals are: a proposal for a fact
    already recorded is shown as such, not offered again."""
    keys: set[tuple[str, str]] = set()
    keys.update(("claim", text) for text in clinic.claims.values_list("text", flat=True))
    for kind, identifier in clinic.evidence.values_list("kind", "identifier"):
        keys.add(("trial" if kind == EvidenceKind.TRIAL else "doi", identifier.casefold()))
    keys.update(
        ("practitioner", name.casefold())
        for name in clinic.practitioners.values_list("name", flat=True)
    )
    keys.update(
        ("accreditation", issuer.casefold())
        for issuer in clinic.credentials.values_list("issuer", flat=True)
    )
    for row in clinic.protocols.values(*PROTOCOL_FIELDS):
        keys.update((name, value) for name, value in row.items())
    keys.update(
        ("price", f"{currency} {low} {high}")
        for currency, low, high in clinic.prices.values_list("currency", "min_amount", "max_amount")
    )
    return keys


def _key(proposal: Mapping[str, Any]) -> tuple[str, str]:
    kind, value = proposal["kind"], proposal["value"]
    if kind == "price":
        return kind, f"{proposal['currency']} {proposal['min_amount']} {proposal['max_amount']}"
    if kind in ("trial", "doi", "practitioner", "accreditation"):
        return kind, str(value).casefold()
    return kind, str(value)


def page_language(text: str) -> str:
    """The language the screener reads a page in: the one its text is written in, when the
    screener reads it, else English."""
    found = detect(text[:LANGUAGE_SAMPLE])
    return found if found in SCREENER_VERSIONS else "en"


def proposals_for(clinic: Clinic, text: str, language: str = "en") -> list[dict[str, Any]]:
    recorded = _recorded_keys(clinic)
    found = []
    for index, proposal in enumerate(propose(text, language)):
        item = {**proposal.to_dict(), "id": index}
        item["status"] = (
            ProposalStatus.RECORDED if _key(item) in recorded else ProposalStatus.PENDING
        )
        found.append(item)
    return found


def _store(
    clinic: Clinic,
    *,
    body: bytes,
    source: str,
    requested_url: str,
    final_url: str = "",
    status: int | None = None,
    content_type: str = "",
    fetched_at: datetime.datetime,
    page: WebsitePage | None = None,
    user_id: int | None = None,
    previous: Snapshot | None = None,
) -> Snapshot:
    extracted = extract(body, url=final_url)
    language = page_language(extracted.text)
    snapshot = Snapshot(
        clinic=clinic,
        page=page,
        source=source,
        requested_url=requested_url[:1000],
        final_url=final_url[:1000],
        status=status,
        content_type=content_type[:100],
        fetched_at=fetched_at,
        content_hash=hashlib.sha256(body).hexdigest(),
        original=gzip.compress(body, mtime=0),
        original_size=len(body),
        title=extracted.title[:400],
        page_date=extracted.date[:10],
        text=extracted.text,
        screener_version=SCREENER_VERSIONS[language],
        proposals=proposals_for(clinic, extracted.text, language),
        previous=previous,
        captured_by_id=user_id,
    )
    if previous is not None:
        snapshot.changes = compare(previous, snapshot)
        snapshot.attention = bool(
            snapshot.changes["new_red_flags"] or snapshot.changes["removed_disclosures"]
        )
    snapshot.save()
    return snapshot


def capture_url(
    clinic: Clinic, url: str, *, user_id: int | None = None, recheck: bool = True
) -> Snapshot:
    """Fetch one page of the clinic's site into a snapshot (raises fetch.Refused, saying why,
    and records the reason on the watched page)."""
    page, _ = WebsitePage.objects.get_or_create(
        clinic=clinic, url=url, defaults={"added_by_id": user_id, "recheck": recheck}
    )
    return _snapshot_of(page, _fetched(page), user_id=user_id, previous=None)


def _fetched(page: WebsitePage) -> fetching.Fetched:
    try:
        return FETCH(page.url)
    except fetching.Refused as refused:
        page.last_error = str(refused)[:300]
        page.save(update_fields=["last_error"])
        raise


def _checked(page: WebsitePage, fetched: fetching.Fetched) -> None:
    page.last_checked_at, page.last_error = fetched.fetched_at, ""
    page.save(update_fields=["last_checked_at", "last_error"])


def _snapshot_of(
    page: WebsitePage,
    fetched: fetching.Fetched,
    *,
    user_id: int | None,
    previous: Snapshot | None,
) -> Snapshot:
    snapshot = _store(
        page.clinic,
        body=fetched.body,
        source=SnapshotSource.FETCHED,
        requested_url=page.url,
        final_url=fetched.url,
        status=fetched.status,
        content_type=fetched.content_type,
        fetched_at=fetched.fetched_at,
        page=page,
        user_id=user_id,
        previous=previous,
    )
    _checked(page, fetched)
    return snapshot


def capture_upload(
    clinic: Clinic, *, body: bytes, name: str, user_id: int | None = None
) -> Snapshot:
    """A saved page (HTML) or brochure (PDF) a curator uploaded, as a snapshot."""
    return _store(
        clinic,
        body=body,
        source=SnapshotSource.UPLOADED,
        requested_url=name,
        content_type="application/pdf" if body.lstrip()[:5] == b"%PDF-" else "text/html",
        fetched_at=timezone.now(),
        user_id=user_id,
    )


def pages_due(
    *, now: datetime.datetime | None = None, days: int | None = None
) -> QuerySet[WebsitePage]:
    """Watched pages not fetched within the re-check interval (or never), oldest first."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=recheck_days() if days is None else days)
    return (
        WebsitePage.objects.filter(recheck=True)
        .filter(Q(last_checked_at__isnull=True) | Q(last_checked_at__lt=cutoff))
        .select_related("clinic")
        .order_by("last_checked_at", "id")
    )


def recheck(page: WebsitePage) -> Snapshot | None:
    """Capture a watched page again. Unchanged (same bytes): only the date of the check moves,
    and None is returned. Changed: a new snapshot with what changed since the last one."""
    last = page.snapshots.order_by("-fetched_at", "-id").first()
    fetched = _fetched(page)
    if last is not None and hashlib.sha256(fetched.body).hexdigest() == last.content_hash:
        _checked(page, fetched)
        return None
    return _snapshot_of(page, fetched, user_id=None, previous=last)


def compare(old: Snapshot, new: Snapshot) -> dict[str, Any]:
    """What a page changed between two snapshots, sentence by sentence: the sentences added
    and removed, the added ones the screener flags, and the disclosures (risks, limits,
    consent) the page no longer carries."""
    before, after = (
        list(dict.fromkeys(sentences(old.text))),
        list(dict.fromkeys(sentences(new.text))),
    )
    kept_before, kept_after = set(before), set(after)
    added = [s for s in after if s not in kept_before]
    removed = [s for s in before if s not in kept_after]
    added_set = set(added)
    new_flags = [
        {"text": p["value"], "flags": sorted({f["category"] for f in p["flags"]})}
        for p in new.proposals
        if p["kind"] == "claim" and p.get("flags") and p["value"] in added_set
    ]
    dropped = [s for s in removed if DISCLOSURE.search(s)]
    return {
        "added": added[:CHANGES_LISTED],
        "removed": removed[:CHANGES_LISTED],
        "added_count": len(added),
        "removed_count": len(removed),
        "new_red_flags": new_flags[:CHANGES_LISTED],
        "removed_disclosures": dropped[:CHANGES_LISTED],
    }


def snapshot_attention_clear(snapshot: Snapshot) -> None:
    """A curator has looked at what a re-check found."""
    snapshot.attention = False
    snapshot.save(update_fields=["attention"])


@dataclass(frozen=True)
class Decision:
    """A curator's decision on one proposal: accept or reject (with a reason), and where an
    accepted one goes when it could go several ways."""

    accept: bool
    reason: str = ""
    treatment: str = Treatment.FULL_FACE  # a price
    credential_kind: str = ""  # an accreditation; "" for the kind its name suggests


NEW_PROTOCOL = "new"


@dataclass(frozen=True)
class Applied:
    accepted: int
    rejected: int
    grade_before: str
    grade_after: str
    moved: tuple[tuple[str, str, str], ...]  # criteria whose status moved: id, before, after


class DecisionError(ValueError):
    pass


def _protocol(clinic: Clinic, snapshot: Snapshot, target: str) -> ProcessingProtocol:
    if target and target != NEW_PROTOCOL:
        try:
            return clinic.protocols.get(pk=int(target))
        except (ValueError, ProcessingProtocol.DoesNotExist):
            raise DecisionError("Choose one of the clinic's protocols, or a new one.") from None
    name = snapshot.title or "Treatment as described on the clinic's website"
    return ProcessingProtocol.objects.create(clinic=clinic, name=name[:200])


def _write(
    clinic: Clinic,
    snapshot: Snapshot,
    proposal: Mapping[str, Any],
    decision: Decision,
    protocol: Callable[[], ProcessingProtocol],
    reason: str,
) -> tuple[Any, str]:
    """Write one accepted proposal; return the record written and the field set ("" when a
    new record holds the fact)."""
    kind, value = proposal["kind"], proposal["value"]
    url = snapshot.final_url if snapshot.final_url.startswith(("http://", "https://")) else ""
    captured = timezone.localtime(snapshot.fetched_at).date()
    record: Any
    if kind in PROTOCOL_FIELDS:
        record = protocol()
        setattr(record, kind, value)
        record._change_reason = reason
        record.save()
        return record, kind
    if kind == "claim":
        record = Claim(clinic=clinic, text=value, source_url=url, captured_on=captured)
    elif kind == "price":
        if decision.treatment not in Treatment.values:
            raise DecisionError(f"{decision.treatment!r} is not a treatment.")
        record = PriceQuote(
            clinic=clinic,
            treatment=decision.treatment,
            currency=proposal["currency"],
            min_amount=proposal["min_amount"],
            max_amount=proposal["max_amount"],
        )
    elif kind == "practitioner":
        record = Practitioner(clinic=clinic, name=str(value)[:200])
    elif kind == "accreditation":
        credential_kind = decision.credential_kind or accreditation_kind(value)
        if credential_kind not in CredentialKind.values:
            raise DecisionError(f"{credential_kind!r} is not a kind of credential.")
        record = Credential(
            clinic=clinic,
            kind=credential_kind,
            issuer=str(value)[:200],
            source_url=url,
            verification_note=UNCHECKED_NOTE.format(date=captured.isoformat()),
        )
    elif kind in ("trial", "doi"):
        record = Evidence(
            clinic=clinic,
            kind=EvidenceKind.TRIAL if kind == "trial" else EvidenceKind.PUBLICATION,
            identifier=str(value)[:200],
        )
    else:
        raise DecisionError(f"A proposal of kind {kind!r} cannot be accepted.")
    record._change_reason = reason
    record.save()
    return record, ""


def proposals_apply(
    snapshot: Snapshot,
    decisions: Mapping[int, Decision],
    *,
    user: Any = None,
    protocol_target: str = NEW_PROTOCOL,
    preview: bool = False,
) -> Applied:
    """Apply a curator's decisions on a snapshot's pending proposals in one transaction: each
    accepted one written and cited, each rejected one kept with its reason, the clinic
    rescored. ``preview`` does all of it and rolls it back: the grade the decisions would give,
    exactly as saving would compute it, with nothing saved."""
    with transaction.atomic():
        snapshot = Snapshot.objects.select_for_update().select_related("clinic").get(pk=snapshot.pk)
        clinic = snapshot.clinic
        before = clinic.current_assessment
        now = timezone.now()
        reason = f"Accepted from the website snapshot {snapshot.pk} ({snapshot.address})"
        chosen: list[ProcessingProtocol] = []

        def protocol() -> ProcessingProtocol:
            if not chosen:
                chosen.append(_protocol(clinic, snapshot, protocol_target))
            return chosen[0]

        _check_one_value_per_field(snapshot.proposals, decisions)
        accepted = rejected = 0
        proposals = [dict(p) for p in snapshot.proposals]
        for proposal in proposals:
            decision = decisions.get(proposal["id"])
            if decision is None or proposal.get("status") != ProposalStatus.PENDING:
                continue
            stamp = {"decided_at": now.isoformat(), "decided_by": getattr(user, "pk", None)}
            if decision.accept:
                record, field = _write(clinic, snapshot, proposal, decision, protocol, reason)
                Citation.objects.create(
                    clinic=clinic,
                    snapshot=snapshot,
                    kind=proposal["kind"],
                    target=record._meta.model_name,
                    target_id=record.pk,
                    field=field,
                    value=str(proposal["value"]),
                    passage=proposal["passage"],
                    accepted_by=user if getattr(user, "pk", None) else None,
                    accepted_at=now,
                )
                proposal.update(status=ProposalStatus.ACCEPTED, **stamp)
                accepted += 1
            else:
                if not decision.reason.strip():
                    raise DecisionError("Say why a proposal is rejected.")
                proposal.update(
                    status=ProposalStatus.REJECTED, reason=decision.reason.strip()[:300], **stamp
                )
                rejected += 1
        snapshot.proposals = proposals
        # simple-history reads the reason of a save from this attribute
        setattr(snapshot, "_change_reason", f"{accepted} accepted, {rejected} rejected")  # noqa: B010
        snapshot.save(update_fields=["proposals"])
        after = assessment_refresh(clinic=clinic) if accepted else before
        result = Applied(
            accepted=accepted,
            rejected=rejected,
            grade_before=before.grade if before is not None else "",
            grade_after=after.grade if after is not None else "",
            moved=_moved(before, after),
        )
        if preview:
            transaction.set_rollback(True)
    return result


def _check_one_value_per_field(
    proposals: Iterable[Mapping[str, Any]], decisions: Mapping[int, Decision]
) -> None:
    accepted: dict[str, str] = {}
    for proposal in proposals:
        decision = decisions.get(proposal["id"])
        if proposal["kind"] not in PROTOCOL_FIELDS or decision is None or not decision.accept:
            continue
        if proposal.get("status") != ProposalStatus.PENDING:
            continue
        other = accepted.setdefault(proposal["kind"], proposal["value"])
        if other != proposal["value"]:
            field = proposal["kind"].replace("_", " ")
            raise DecisionError(
                f"Accept one {field} for the protocol, not two ({other} and {proposal['value']})."
            )


def _moved(before: Any, after: Any) -> tuple[tuple[str, str, str], ...]:
    if before is None or after is None or before is after:
        return ()
    old, new = before.statuses(), after.statuses()
    return tuple(
        (criterion, old.get(criterion, ""), status)
        for criterion, status in new.items()
        if old.get(criterion) != status
    )
