"""The clinic portal (issue 20): a clinic's representative opens the private link they were
sent, and from then on the session carries the invitation (the link's address, secret and all,
is left at once for an address without it). They see the clinic's facts with their sources, the
draft grade and what each criterion needs; confirm facts; send corrections with documents; and
read the curators' answers. One clinic only: nothing here reaches another clinic, a patient's
report or a reviewer's note.

Every page is in the invitation's language (``in_portal``): the portal's addresses carry no
language prefix, so the invitation, not the address, says which."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from checklist.engine.criteria import CATALOGUE
from config.ratelimit import PORTAL_OPENS, PORTAL_SUBMISSIONS, is_post, rate_limited

from . import portal
from .documents import max_bytes
from .models import ClinicInvitation
from .portal_models import CorrectionAction, PortalAction
from .views import verdict_of

SESSION_KEY = "portal_invitation"


def _private(response: HttpResponse) -> HttpResponse:
    # The site's Referrer-Policy (same-origin) stays: a page of the portal holds no secret, and
    # "no-referrer" would make browsers send "Origin: null" with its forms (refused as CSRF).
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _in_language(language: str, page: Callable[[], HttpResponse]) -> HttpResponse:
    """``page`` rendered in ``language``, and its response saying so."""
    with translation.override(language):
        response = page()
    response["Content-Language"] = language
    return response


def _closed(request: HttpRequest) -> HttpResponse:
    # No invitation to say the clinic's language: the browser's, among the site's.
    request.session.pop(SESSION_KEY, None)
    language = translation.get_language_from_request(request)
    return _in_language(
        language,
        lambda: _private(render(request, "clinics/portal/closed.html", status=403)),
    )


PortalView = Callable[..., HttpResponse]


def in_portal(view: PortalView) -> Callable[..., HttpResponse]:
    """A portal page: the session's invitation, still active, passed to ``view``, which runs
    and renders in the invitation's language; else the closed page."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        invitation = portal.invitation_active(request.session.get(SESSION_KEY))
        if invitation is None:
            return _closed(request)
        return _in_language(invitation.language, lambda: view(request, invitation, *args, **kwargs))

    return wrapped


@never_cache
@rate_limited(PORTAL_OPENS, when=lambda request: True)
def enter(request: HttpRequest, token: str) -> HttpResponse:
    """The link from the invitation: check it, keep the invitation in a fresh session, and go
    on to an address without the secret (so that it stays out of history and referrers)."""
    invitation = portal.invitation_for_token(token)
    if invitation is None:
        return _closed(request)
    request.session.cycle_key()
    request.session[SESSION_KEY] = invitation.pk
    request.session.set_expiry(invitation.expires_at)
    portal.invitation_opened(invitation)
    response = _private(HttpResponseRedirect(reverse("portal:home")))
    response["Referrer-Policy"] = "no-referrer"  # the link's address goes nowhere
    return response


@never_cache
@in_portal
def home(request: HttpRequest, invitation: ClinicInvitation) -> HttpResponse:
    clinic = invitation.clinic
    # The draft grade: the newest, held while the clinic may reply, else the public one.
    stored = clinic.held_assessment or clinic.current_assessment
    assessment, verdict = verdict_of(stored)
    facts = portal.portal_facts(clinic)
    confirmed = {
        f"{e.target}:{e.target_id}:{e.field}": e.at
        for e in clinic.portal_events.filter(action=PortalAction.CONFIRMED_FACT).order_by("at")
    }
    sections: dict[str, list[dict[str, Any]]] = {}
    for fact in facts:
        sections.setdefault(fact.section, []).append(
            {"fact": fact, "confirmed": confirmed.get(fact.key)}
        )
    criteria = []
    if assessment is not None:
        by_id = {c.id: c for c in CATALOGUE.criteria}
        for result in assessment.results:
            criterion = by_id.get(result.criterion_id)
            if criterion is not None:
                criteria.append({"criterion": criterion, "result": result})
    context = {
        "clinic": clinic,
        "invitation": invitation,
        "stored": stored,
        "verdict": verdict,
        "criteria": criteria,
        "sections": sections,
        "corrections": clinic.corrections.prefetch_related("documents").order_by("-created_at")[
            :50
        ],
        "confirmed_all": clinic.portal_events.filter(action=PortalAction.CONFIRMED_ALL)
        .order_by("-at")
        .first(),
    }
    return _private(render(request, "clinics/portal/home.html", context))


@never_cache
@require_POST
@rate_limited(PORTAL_SUBMISSIONS, when=is_post)
@in_portal
def confirm(request: HttpRequest, invitation: ClinicInvitation) -> HttpResponse:
    key = request.POST.get("fact", "")
    if key == "all":
        portal.facts_confirm_all(invitation)
    else:
        fact = portal.fact_for_key(invitation.clinic, key)
        if fact is not None:
            portal.fact_confirm(invitation, fact)
    return HttpResponseRedirect(
        reverse("portal:home") + ("#confirmed" if key == "all" else f"#f-{key.replace(':', '-')}")
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        one = super().clean
        if isinstance(data, list | tuple):
            return [one(item, initial) for item in data]
        return [one(data, initial)] if data else []


class CorrectionForm(forms.Form):
    action = forms.ChoiceField(
        label=gettext_lazy("What should happen"),
        choices=CorrectionAction.choices,
        widget=forms.RadioSelect,
    )
    proposed_value = forms.CharField(
        label=gettext_lazy("The right value"),
        required=False,
        max_length=500,
        help_text=gettext_lazy("For a change or a missing fact: what it should say."),
    )
    statement = forms.CharField(
        label=gettext_lazy("Your explanation"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=4000,
        help_text=gettext_lazy("What is wrong and how you know; our curators read every word."),
    )
    public_line = forms.CharField(
        label=gettext_lazy("One line for the public page (optional)"),
        required=False,
        max_length=200,
        help_text=gettext_lazy(
            "If our curators do not accept this correction, the clinic's page shows this line "
            "with their answer."
        ),
    )
    documents = MultipleFileField(label=gettext_lazy("Documents (optional)"), required=False)

    def __init__(self, *args: Any, fact: portal.Fact | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["documents"].help_text = _(
            "Up to %(count)s files: PDF, PNG, JPEG or WebP; read by their content."
        ) % {"count": portal.MAX_DOCUMENTS}
        allowed = [CorrectionAction.DISPUTE]
        if fact is None:
            allowed = [CorrectionAction.ADD, CorrectionAction.DISPUTE]
        else:
            if fact.changeable:
                allowed.insert(0, CorrectionAction.CHANGE)
            if fact.removable:
                allowed.insert(len(allowed) - 1, CorrectionAction.REMOVE)
        self.fields["action"].choices = [(a.value, a.label) for a in allowed]


@never_cache
@rate_limited(PORTAL_SUBMISSIONS, when=is_post)
@in_portal
def correct(request: HttpRequest, invitation: ClinicInvitation, key: str) -> HttpResponse:
    fact = None if key == "new" else portal.fact_for_key(invitation.clinic, key)
    if key != "new" and fact is None:
        return _private(render(request, "404.html", status=404))
    form = CorrectionForm(request.POST or None, request.FILES or None, fact=fact)
    if request.method == "POST" and form.is_valid():
        files = request.FILES.getlist("documents")
        too_big = [f.name for f in files if f.size > max_bytes()]
        if too_big:
            form.add_error(
                "documents",
                _("%(file)s is larger than %(size)s MB.")
                % {"file": too_big[0], "size": max_bytes() // 2**20},
            )
        elif len(files) > portal.MAX_DOCUMENTS:
            form.add_error("documents", portal.too_many_documents())
        else:
            uploads = [portal.Upload(f.name, f.read()) for f in files]
            try:
                portal.correction_submit(
                    invitation,
                    fact=fact,
                    action=form.cleaned_data["action"],
                    proposed_value=form.cleaned_data["proposed_value"],
                    statement=form.cleaned_data["statement"],
                    public_line=form.cleaned_data["public_line"],
                    uploads=uploads,
                )
            except ValidationError as error:
                for name, messages in error.message_dict.items():
                    for message in messages:
                        form.add_error(name if name in form.fields else None, message)
            else:
                return HttpResponseRedirect(reverse("portal:home") + "#corrections")
    return _private(
        render(
            request,
            "clinics/portal/correct.html",
            {"form": form, "fact": fact, "clinic": invitation.clinic},
        )
    )


@require_POST
def leave(request: HttpRequest) -> HttpResponse:
    request.session.pop(SESSION_KEY, None)
    return HttpResponseRedirect("/")
