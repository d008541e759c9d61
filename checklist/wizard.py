"""The patient checklist: a session-backed wizard from clinic choice to stored report."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib import messages
from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from formtools.wizard.views import SessionWizardView

from checklist.engine.criteria import CATALOGUE
from checklist.forms import CareStep, ClaimsStep, FinishStep, GroupStep, Registers, step_forms
from checklist.models import PatientReport
from checklist.services.reports import UnlistedClinic, report_create
from clinics.models import Clinic
from clinics.registers import registers_by_kind
from config.ratelimit import REPORTS, retry_after, too_many_requests

# The clinic chosen on the start page; the wizard's own answers live under formtools' key.
CLINIC_KEY = "checklist_clinic"
# "Update my answers": the report being updated and its answers, to pre-fill every step. Under
# the "wizard_" prefix, so that choosing another clinic on the start page forgets it.
UPDATE_KEY = "wizard_update_of"
GROUP_TITLES = {group.id: group.title for group in CATALOGUE.groups}
EXPIRED = _("Your checklist session has expired or was interrupted; please start again.")


def chosen_clinic(request: HttpRequest) -> tuple[Clinic | None, UnlistedClinic | None] | None:
    """The start page's choice from the session, or None when there is none (or it is stale)."""
    choice = request.session.get(CLINIC_KEY)
    if not isinstance(choice, dict):
        return None
    if "slug" in choice:
        clinic = Clinic.objects.filter(slug=choice["slug"], published=True).first()
        return (clinic, None) if clinic else None
    unlisted = choice.get("unlisted")
    if isinstance(unlisted, dict) and unlisted.get("name") and unlisted.get("country"):
        return None, UnlistedClinic(
            **{k: str(unlisted.get(k, "")) for k in ("name", "country", "city", "website")}
        )
    return None


def _when(stamp: Any) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromisoformat(stamp) if isinstance(stamp, str) else None
    except ValueError:
        return None


class ChecklistWizard(SessionWizardView):
    form_list = step_forms()
    template_name = "checklist/step.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.choice = chosen_clinic(request)
        if self.choice is None:
            messages.info(request, gettext("First choose the clinic you want to check."))
            return redirect("checklist:start")
        self._registers: Registers | None = None
        return super().dispatch(request, *args, **kwargs)

    def _update(self) -> dict[str, Any]:
        update = self.request.session.get(UPDATE_KEY)
        return update if isinstance(update, dict) else {}

    def get_form_initial(self, step: str) -> dict[str, Any]:
        # Every step takes what it has fields for from the stored report's answers.
        return dict(self._update().get("initial") or {})

    def get_form_kwargs(self, step: str | None = None) -> dict[str, Any]:
        form_class = self.get_form_list().get(step) if step else None
        if not (isinstance(form_class, type) and issubclass(form_class, GroupStep)):
            return {}
        if not form_class.asks_about_registers():
            return {}
        if self._registers is None:
            # One query per request, whichever steps are built (the last step rebuilds all).
            clinic, unlisted = self.choice
            country = str(clinic.country) if clinic else unlisted.country
            self._registers = registers_by_kind(country=country)
        return {"registers": self._registers}

    def post(self, *args: Any, **kwargs: Any) -> HttpResponse:
        # A forged or stale step name must not reach formtools, which would fail on it.
        data = self.request.POST
        named = [
            data.get(f"{self.get_prefix(self.request)}-current_step"),
            data.get("wizard_goto_step"),
        ]
        if any(step is not None and step not in self.get_form_list() for step in named):
            messages.warning(
                self.request, gettext("That step does not exist; here is where you were.")
            )
            return HttpResponseRedirect(self.request.path)
        # The last step's POST (not Back) is the one that stores a report; a patient who is
        # limited keeps every answer in the session and can send it again later.
        current, goto = named
        if current == self.steps.last and goto is None:
            wait = retry_after(REPORTS, self.request)
            if wait is not None:
                return too_many_requests(self.request, REPORTS, wait)
        try:
            return super().post(*args, **kwargs)
        except SuspiciousOperation:
            messages.warning(self.request, EXPIRED)
            return HttpResponseRedirect(self.request.path)

    def render_goto_step(self, goto_step: str, **kwargs: Any) -> HttpResponse:
        # Back keeps what was typed on this step, even half-finished.
        form = self.get_form(data=self.request.POST, files=self.request.FILES)
        self.storage.set_step_data(self.steps.current, self.process_step(form))
        return super().render_goto_step(goto_step, **kwargs)

    def get_context_data(self, form: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(form=form, **kwargs)
        clinic, unlisted = self.choice
        step = self.steps.current
        finish = pgettext("the checklist's last step", "Finish")
        context.update(
            clinic=clinic,
            clinic_name=clinic.name if clinic else unlisted.name,
            step_title=GROUP_TITLES.get(step, finish),
            step_number=self.steps.step1,
            step_count=self.steps.count,
            step_titles=[GROUP_TITLES.get(name, finish) for name in self.get_form_list()],
            updating=_when(self._update().get("created")),
        )
        return context

    def done(self, form_list: Any, **kwargs: Any) -> HttpResponse:
        answers: dict[str, str] = {}
        extra: dict[str, Any] = {}
        for form in form_list:
            if isinstance(form, GroupStep):
                answers.update(form.answers())
            if isinstance(form, ClaimsStep):
                extra["marketing_text"] = form.cleaned_data.get("marketing_text") or ""
            if isinstance(form, CareStep) and form.cleaned_data.get("price_amount") is not None:
                extra["price_amount"] = form.cleaned_data["price_amount"]
                extra["price_currency"] = form.cleaned_data["price_currency"]
            if isinstance(form, FinishStep):
                extra["shared"] = form.cleaned_data.get("shared", False)
        clinic, unlisted = self.choice
        token = self._update().get("token")
        # The earlier version may have been deleted meanwhile: then this one stands alone.
        previous = PatientReport.objects.filter(token=token).only("pk").first() if token else None
        report = report_create(
            clinic=clinic, unlisted=unlisted, answers=answers, previous=previous, **extra
        )
        self.request.session.pop(CLINIC_KEY, None)
        self.request.session.pop(UPDATE_KEY, None)
        return HttpResponseRedirect(reverse("checklist:report", kwargs={"token": report.token}))
