"""The clinic's right of reply, its services (issue 20): invitations (a signed link carrying a
random secret that only the clinic has), what the portal shows (every fact of the clinic with
its source), the clinic's confirmations and corrections, and the curators' decisions on them.

A correction changes nothing by itself. A curator accepts it (the value written through the
model's own validation, with a history reason naming the correction, the clinic's documents
attached to the fact they support, then ``after_write`` rescores) or declines it with a reason
the clinic sees. Every portal action is a PortalEvent.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .documents import Document, DocumentRejected, UploadedVia
from .models import (
    Claim,
    Clinic,
    ClinicCorrection,
    ClinicInvitation,
    Credential,
    Evidence,
    PortalEvent,
    Practitioner,
    PriceQuote,
    ProcessingProtocol,
)
from .portal_language import (
    field_label,
    invitation_message,
    language_codes,
    language_for_country,
    long_date,
)
from .portal_models import CorrectionAction, CorrectionStatus, PortalAction
from .schema import PRACTICE_KEYS

SALT = "clinics.portal.invitation"
MAX_DOCUMENTS = 3  # per correction


def invitation_days() -> int:
    return int(getattr(settings, "PORTAL_INVITATION_DAYS", 30))


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def invitation_create(
    clinic: Clinic,
    *,
    email: str = "",
    user: Any = None,
    days: int | None = None,
    language: str | None = None,
) -> tuple[ClinicInvitation, str]:
    """A new invitation and its token (the only copy of the secret: put it in the link). Its
    language (of the e-mail and the portal) is ``language``, else the clinic's country's."""
    if language and language not in language_codes():
        raise ValueError(f"{language!r} is not one of the site's languages {language_codes()}.")
    secret = secrets.token_urlsafe(32)
    invitation = ClinicInvitation.objects.create(
        clinic=clinic,
        email=email,
        language=language or language_for_country(clinic.country),
        secret_hash=_hash(secret),
        created_by=user if getattr(user, "pk", None) else None,
        expires_at=timezone.now() + datetime.timedelta(days=days or invitation_days()),
    )
    token = signing.dumps({"i": invitation.pk, "s": secret}, salt=SALT)
    return invitation, token


def invitation_for_token(
    token: str, *, now: datetime.datetime | None = None
) -> ClinicInvitation | None:
    """The active invitation a token opens, or None (a token forged, altered, revoked, expired
    or of a deleted invitation: all alike to the caller)."""
    try:
        data = signing.loads(token, salt=SALT)
        pk, secret = int(data["i"]), str(data["s"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    invitation = ClinicInvitation.objects.select_related("clinic").filter(pk=pk).first()
    if invitation is None or not hmac.compare_digest(invitation.secret_hash, _hash(secret)):
        return None
    return invitation if invitation.is_active(now or timezone.now()) else None


def invitation_active(
    pk: int | None, *, now: datetime.datetime | None = None
) -> ClinicInvitation | None:
    """The session's invitation, while it is still active (a revocation ends the session's
    access at its next request)."""
    if pk is None:
        return None
    invitation = ClinicInvitation.objects.select_related("clinic").filter(pk=pk).first()
    if invitation is None or not invitation.is_active(now or timezone.now()):
        return None
    return invitation


def invitation_opened(invitation: ClinicInvitation) -> None:
    now = timezone.now()
    updates: dict[str, Any] = {"last_opened_at": now}
    if invitation.first_opened_at is None:
        updates["first_opened_at"] = now
    ClinicInvitation.objects.filter(pk=invitation.pk).update(**updates)
    portal_event(invitation, PortalAction.OPENED)


def invitation_revoke(invitation: ClinicInvitation) -> bool:
    if invitation.revoked_at is not None:
        return False
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    return True


def invitation_send(invitation: ClinicInvitation, link: str) -> None:
    """E-mail the link to the invitation's address (the console in development), in the
    invitation's language."""
    subject, body = invitation_message(invitation, link)
    send_mail(
        subject=subject,
        message=body,
        from_email=None,
        recipient_list=[invitation.email],
    )


# --- what the portal shows ------------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """One fact of the clinic as the portal shows it, with where it came from, and the key a
    confirmation or a correction names it by."""

    target: str  # the record's model name ('clinic', 'credential', ...)
    target_id: int
    field: str  # '' for a whole record (a claim, a price)
    section: str
    label: str
    value: str
    source: str = ""
    source_url: str = ""
    changeable: bool = True  # a field whose value a curator can write from a correction
    removable: bool = False  # a record the clinic may ask us to remove

    @property
    def key(self) -> str:
        return f"{self.target}:{self.target_id}:{self.field}"


PRACTICE_FIELDS = PRACTICE_KEYS  # every practice of the profile (clinics.schema)
PROTOCOL_FIELDS = (
    "cell_source",
    "cell_form",
    "processing",
    "manipulation",
    "lab",
    "harvest_cc",
    "sessions",
    "documented",
    "treats_disease",
)
PRACTITIONER_FIELDS = ("name", "role", "specialty", "years_experience")
CREDENTIAL_FIELDS = ("issuer", "number", "issued_on", "expires_on")
PRICE_FIELDS = ("currency", "min_amount", "max_amount", "includes")
# model name -> (model, the fields a correction may change, may a record be removed)
CORRECTABLE: dict[str, tuple[type[models.Model], tuple[str, ...], bool]] = {
    "clinic": (Clinic, ("city", "website", *PRACTICE_FIELDS), False),
    "practitioner": (Practitioner, PRACTITIONER_FIELDS, True),
    "credential": (Credential, CREDENTIAL_FIELDS, True),
    "processingprotocol": (ProcessingProtocol, PROTOCOL_FIELDS, False),
    "claim": (Claim, (), True),
    "pricequote": (PriceQuote, PRICE_FIELDS, True),
    "evidence": (Evidence, (), True),
}


def _model_field(instance: models.Model, name: str) -> models.Field:
    found = instance._meta.get_field(name)
    assert isinstance(found, models.Field), name  # a column, never a relation's reverse side
    return found


def shown(instance: models.Model, name: str) -> str:
    """A field's value in words, in the active language: 'Unknown' for what nobody has
    established."""
    value = getattr(instance, name)
    display = getattr(instance, f"get_{name}_display", None)
    if value is None or value == "":
        return _("Unknown")
    if value is True:
        return _("Yes")
    if value is False:
        return _("No")
    if display is not None:
        return str(display())
    return str(value)


def _fields(
    instance: models.Model, target: str, names: Iterable[str], section: str, *, source: str
) -> Iterator[Fact]:
    for name in names:
        yield Fact(
            target,
            instance.pk,
            name,
            section,
            field_label(_model_field(instance, name)),
            shown(instance, name),
            source,
        )


def portal_facts(clinic: Clinic) -> list[Fact]:
    """Every fact the clinic's grade rests on, with its source: the clinic's own page, a
    register, the curator who checked it, or a document. Words in the active language."""
    curators = _("Entered by our curators")
    facts: list[Fact] = list(
        _fields(clinic, "clinic", ("city", "website"), _("The clinic"), source=curators)
    )
    facts += _fields(
        clinic, "clinic", PRACTICE_FIELDS, _("Care around the treatment"), source=curators
    )
    for credential in Credential.objects.filter(clinic=clinic).order_by("id"):
        facts += _credential_facts(credential, _("The clinic's licences and registrations"))
    # Each doctor's credentials come with the doctors: one query for all of them.
    doctors = clinic.practitioners.order_by("id").prefetch_related(
        models.Prefetch("credentials", queryset=Credential.objects.order_by("id"))
    )
    for practitioner in doctors:
        section = _("Practitioner: %(name)s") % {"name": practitioner.name}
        facts += _fields(
            practitioner, "practitioner", PRACTITIONER_FIELDS, section, source=curators
        )
        for credential in practitioner.credentials.all():
            facts += _credential_facts(credential, section)
    for protocol in clinic.protocols.order_by("id"):
        facts += _fields(
            protocol,
            "processingprotocol",
            PROTOCOL_FIELDS,
            _("Treatment: %(name)s") % {"name": protocol.name},
            source=curators,
        )
    for claim in clinic.claims.order_by("id"):
        source = (
            _("Published by the clinic, captured %(date)s") % {"date": long_date(claim.captured_on)}
            if claim.captured_on
            else _("Published by the clinic")
        )
        facts.append(
            Fact(
                "claim",
                claim.pk,
                "",
                _("Claims in the clinic's marketing"),
                _("Claim"),
                claim.text,
                source,
                claim.source_url,
                changeable=False,
                removable=True,
            )
        )
    for price in clinic.prices.order_by("id"):
        facts += _fields(
            price,
            "pricequote",
            PRICE_FIELDS,
            _("Price: %(treatment)s") % {"treatment": price.get_treatment_display()},
            source=curators,
        )
    for evidence in clinic.evidence.order_by("id"):
        facts.append(
            Fact(
                "evidence",
                evidence.pk,
                "",
                _("Evidence cited"),
                str(evidence.get_kind_display()),
                evidence.identifier,
                curators,
                changeable=False,
                removable=True,
            )
        )
    return facts


def _credential_facts(credential: Credential, section: str) -> list[Fact]:
    if credential.verified is True:
        about = {"who": credential.verified_by, "date": long_date(credential.verified_on)}
        if credential.verified_by and credential.verified_on:
            source = _("Checked by %(who)s on %(date)s") % about
        elif credential.verified_by:
            source = _("Checked by %(who)s") % about
        elif credential.verified_on:
            source = _("Checked by our curators on %(date)s") % about
        else:
            source = _("Checked by our curators")
    elif credential.verified is False:
        source = _("Checked with the issuer: it did not hold")
    else:
        source = _("Not yet checked with the issuer")
    kind = credential.get_kind_display()
    return [
        Fact(
            "credential",
            credential.pk,
            name,
            section,
            _("%(kind)s: %(field)s")
            % {"kind": kind, "field": field_label(_model_field(credential, name), capital=False)},
            shown(credential, name),
            source,
            credential.source_url,
        )
        for name in CREDENTIAL_FIELDS
    ]


def fact_for_key(clinic: Clinic, key: str) -> Fact | None:
    return next((fact for fact in portal_facts(clinic) if fact.key == key), None)


# --- the clinic's replies -------------------------------------------------------------------


def portal_event(invitation: ClinicInvitation, action: str, **about: Any) -> PortalEvent:
    """Log one thing done through the portal (the portal's history)."""
    return PortalEvent.objects.create(
        clinic_id=invitation.clinic_id, invitation=invitation, action=action, **about
    )


def _as_curators_read(invitation: ClinicInvitation, fact: Fact) -> Fact:
    """The fact in the site's language (what is stored is read by curators; the portal shows
    facts in the clinic's language)."""
    if translation.get_language() == settings.LANGUAGE_CODE:
        return fact
    with translation.override(settings.LANGUAGE_CODE):
        return fact_for_key(invitation.clinic, fact.key) or fact


def fact_confirm(invitation: ClinicInvitation, fact: Fact) -> None:
    fact = _as_curators_read(invitation, fact)
    portal_event(
        invitation,
        PortalAction.CONFIRMED_FACT,
        target=fact.target,
        target_id=fact.target_id,
        field=fact.field,
        detail=f"{fact.label}: {fact.value}"[:300],
    )


def facts_confirm_all(invitation: ClinicInvitation) -> None:
    portal_event(invitation, PortalAction.CONFIRMED_ALL)


@dataclass
class Upload:
    name: str
    data: bytes = field(repr=False)


@transaction.atomic
def correction_submit(
    invitation: ClinicInvitation,
    *,
    fact: Fact | None,
    action: str,
    proposed_value: str,
    statement: str,
    public_line: str = "",
    uploads: Iterable[Upload] = (),
) -> ClinicCorrection:
    """Record a correction (raises ValidationError, naming the field, for a bad one, in the
    active language; then nothing is kept, documents included)."""
    uploads = list(uploads)
    if not statement.strip():
        raise ValidationError({"statement": _("Say what is wrong and why.")})
    if action not in CorrectionAction.values:
        raise ValidationError({"action": _("Choose what should happen to this fact.")})
    if fact is not None and action == CorrectionAction.CHANGE and not fact.changeable:
        raise ValidationError(
            {"action": _("This fact cannot be changed, only removed or disputed.")}
        )
    if fact is not None and action == CorrectionAction.REMOVE and not fact.removable:
        raise ValidationError(
            {"action": _("This fact cannot be removed; propose a change instead.")}
        )
    if action in (CorrectionAction.CHANGE, CorrectionAction.ADD) and not proposed_value.strip():
        raise ValidationError({"proposed_value": _("Give the value you propose.")})
    if len(uploads) > MAX_DOCUMENTS:
        raise ValidationError({"documents": too_many_documents()})
    if fact is not None:
        fact = _as_curators_read(invitation, fact)
    correction = ClinicCorrection.objects.create(
        clinic_id=invitation.clinic_id,
        invitation=invitation,
        target=fact.target if fact else "general",
        target_id=fact.target_id if fact else None,
        field=fact.field if fact else "",
        fact_label=(f"{fact.section} · {fact.label}" if fact else "A fact we do not show")[:300],
        current_value=fact.value if fact else "",
        action=action,
        proposed_value=proposed_value.strip(),
        statement=statement.strip(),
        public_line=public_line.strip()[:200],
    )
    for upload in uploads:
        try:
            Document.store(
                upload.data,
                name=upload.name,
                clinic=correction.clinic,
                uploaded_via=UploadedVia.CLINIC,
                correction=correction,
            )
        except DocumentRejected as rejected:
            raise ValidationError({"documents": f"{upload.name}: {rejected}"}) from None
    with translation.override(settings.LANGUAGE_CODE):  # the log is the curators'
        detail = f"Correction {correction.pk}: {CorrectionAction(action).label} "
    portal_event(
        invitation,
        PortalAction.CORRECTION,
        target=correction.target,
        target_id=correction.target_id,
        field=correction.field,
        detail=f"{detail}({len(uploads)} document(s))",
    )
    return correction


def too_many_documents() -> str:
    return ngettext(
        "Attach at most %(count)s document.", "Attach at most %(count)s documents.", MAX_DOCUMENTS
    ) % {"count": MAX_DOCUMENTS}


# --- the curators' decisions ----------------------------------------------------------------


class DecisionRefused(ValueError):
    pass


def _target(correction: ClinicCorrection) -> models.Model:
    entry = CORRECTABLE.get(correction.target)
    if entry is None or correction.target_id is None:
        raise DecisionRefused(
            "This correction names no record we can change: write the fact in the clinic's "
            "admin, then accept it with a note (choose 'accept without writing')."
        )
    model = entry[0]
    instance: models.Model | None = model._default_manager.filter(pk=correction.target_id).first()
    if instance is None:
        raise DecisionRefused("The fact it corrects no longer exists.")
    if _clinic_id(instance) != correction.clinic_id:
        raise DecisionRefused("The fact belongs to another clinic.")
    return instance


def _clinic_id(instance: models.Model) -> int | None:
    if isinstance(instance, Clinic):
        return instance.pk
    if isinstance(instance, Credential) and instance.practitioner is not None:
        return instance.practitioner.clinic_id
    return getattr(instance, "clinic_id", None)


@transaction.atomic
def correction_accept(
    correction: ClinicCorrection,
    *,
    user: Any,
    value: str | None = None,
    reason: str = "",
    write: bool = True,
    after_write: Callable[[Clinic], Any] | None = None,
) -> ClinicCorrection:
    """Accept a correction: write ``value`` (the clinic's proposal unless the curator edits
    it) to the fact, or remove the record, through the model's own validation; attach the
    clinic's documents to the fact they support; record who and why; rescore. ``write=False``
    accepts without writing (the curator wrote it by hand, or the correction was a dispute)."""
    correction = ClinicCorrection.objects.select_for_update().get(pk=correction.pk)
    if correction.status != CorrectionStatus.OPEN:
        raise DecisionRefused("This correction was decided already.")
    history_reason = f"Correction {correction.pk} from the clinic, accepted"
    written = ""
    if write and correction.action in (CorrectionAction.CHANGE, CorrectionAction.REMOVE):
        instance = _target(correction)
        if correction.action == CorrectionAction.REMOVE:
            if not CORRECTABLE[correction.target][2]:
                raise DecisionRefused("This kind of record is not removed on a clinic's request.")
            instance._change_reason = history_reason  # type: ignore[attr-defined]
            instance.delete()
            written = "(removed)"
        else:
            written = _write_field(
                instance,
                correction,
                value if value is not None else correction.proposed_value,
                history_reason,
            )
        _attach_documents(correction, instance)
    correction.status = CorrectionStatus.ACCEPTED
    correction.decided_by = user if getattr(user, "pk", None) else None
    correction.decided_at = timezone.now()
    correction.decision_reason = reason.strip()
    correction.written_value = written
    correction.save()
    if written and after_write is not None:
        after_write(correction.clinic)
    return correction


def _write_field(
    instance: models.Model, correction: ClinicCorrection, raw: str, reason: str
) -> str:
    name = correction.field
    if name not in CORRECTABLE[correction.target][1]:
        raise DecisionRefused(f"The field {name!r} is not changed from a correction.")
    model_field = _model_field(instance, name)
    text = raw.strip()
    try:
        if isinstance(model_field, models.BooleanField) and model_field.null:
            lowered = text.lower()
            parsed: Any = {
                "yes": True,
                "true": True,
                "no": False,
                "false": False,
                "unknown": None,
                "": None,
            }[lowered]
        elif model_field.choices:
            labels = {str(label).lower(): key for key, label in model_field.choices}
            parsed = text if text in dict(model_field.choices) else labels[text.lower()]
        else:
            parsed = model_field.to_python(text) if text else (None if model_field.null else "")
        setattr(instance, name, parsed)
        instance.full_clean(exclude=[f.name for f in instance._meta.fields if f.name != name])
    except KeyError:
        raise DecisionRefused(f"{raw!r} is not one of the values this field takes.") from None
    except ValidationError as error:
        messages = (
            "; ".join(m for ms in error.message_dict.values() for m in ms)
            if hasattr(error, "message_dict")
            else "; ".join(error.messages)
        )
        raise DecisionRefused(f"{raw!r} cannot be written: {messages}") from None
    instance._change_reason = reason  # type: ignore[attr-defined]
    instance.save()
    return shown(instance, name)


def _attach_documents(correction: ClinicCorrection, instance: models.Model) -> None:
    """The clinic's documents now support the fact: a copy of each document's record on the
    credential or protocol it corrects (the file itself is shared, never copied)."""
    target = {"credential": "credential", "processingprotocol": "protocol"}.get(correction.target)
    if target is None or instance.pk is None:
        return
    for document in correction.documents.all():
        Document.objects.create(
            clinic_id=document.clinic_id,
            file=document.file.name,
            original_name=document.original_name,
            content_type=document.content_type,
            size=document.size,
            sha256=document.sha256,
            description=f"From the clinic's correction {correction.pk}",
            uploaded_via=document.uploaded_via,
            **{target: instance},
        )


@transaction.atomic
def correction_decline(correction: ClinicCorrection, *, user: Any, reason: str) -> ClinicCorrection:
    if not reason.strip():
        raise DecisionRefused(
            "Say why: the clinic sees the reason, and a dispute's answer is public."
        )
    correction = ClinicCorrection.objects.select_for_update().get(pk=correction.pk)
    if correction.status != CorrectionStatus.OPEN:
        raise DecisionRefused("This correction was decided already.")
    correction.status = CorrectionStatus.DECLINED
    correction.decided_by = user if getattr(user, "pk", None) else None
    correction.decided_at = timezone.now()
    correction.decision_reason = reason.strip()
    correction.save()
    return correction


# --- what the public page says of the clinic's reply ----------------------------------------


@dataclass(frozen=True)
class PublicReply:
    """The clinic page's lines about the clinic's right of reply."""

    reviewed_on: datetime.date | None  # the clinic confirmed its data
    invited_unanswered_on: datetime.date | None  # invited, and nothing done through the portal
    disputes: tuple[ClinicCorrection, ...]  # open or declined corrections with a public line
    corrected: tuple[ClinicCorrection, ...] = ()  # accepted corrections that changed a fact

    @property
    def empty(self) -> bool:
        return not (
            self.reviewed_on or self.invited_unanswered_on or self.disputes or self.corrected
        )


def public_reply(clinic: Any) -> PublicReply:
    """From the clinic page's annotations (clinics.views: ``invited_at``, ``confirmed_at``,
    ``replied_at``) and one query for the disputes and corrections."""
    latest = list(
        ClinicCorrection.objects.filter(clinic=clinic)
        .filter(
            models.Q(status__in=(CorrectionStatus.OPEN, CorrectionStatus.DECLINED))
            & ~models.Q(public_line="")
            | models.Q(status=CorrectionStatus.ACCEPTED) & ~models.Q(written_value="")
        )
        .order_by("-created_at")[:6]
    )
    disputes = tuple(c for c in latest if c.status != CorrectionStatus.ACCEPTED)[:3]
    corrected = tuple(c for c in latest if c.status == CorrectionStatus.ACCEPTED)[:3]
    invited = getattr(clinic, "invited_at", None)
    replied = getattr(clinic, "replied_at", None)
    confirmed = getattr(clinic, "confirmed_at", None)
    return PublicReply(
        reviewed_on=timezone.localdate(confirmed) if confirmed else None,
        invited_unanswered_on=timezone.localdate(invited) if invited and not replied else None,
        disputes=disputes,
        corrected=corrected,
    )
