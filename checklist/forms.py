"""The patient checklist's forms, built from the criteria catalogue."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from crispy_forms.helper import FormHelper
from django import forms
from django.template.loader import render_to_string
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from checklist.engine.answers import MAX_MARKETING_TEXT, Question, questions_in
from checklist.engine.criteria import CATALOGUE
from checklist.engine.pricing import CURRENCY_NAMES, RATES_AS_OF
from clinics.choices import RegisterKind
from clinics.models import Clinic, PublicRegister

# Marked here, translated where the fields are built (in the request's language); the constant
# itself stays the English text.
CHOOSE_AN_ANSWER = gettext_noop("Choose an answer, or “I don’t know / they didn’t say”.")

# The questions a public register answers, and which registers of the clinic's country are
# linked under each (clinics.models.PublicRegister); the report lists the same ones.
REGISTER_QUESTIONS: dict[str, tuple[str, ...]] = {
    "licensed_physicians": (RegisterKind.DOCTORS,),
    "facility_credentials_current": (RegisterKind.FACILITIES,),
    "regulatory_oversight": (RegisterKind.REGULATOR, RegisterKind.FACILITIES),
}
REGISTER_PROMPTS = {
    RegisterKind.DOCTORS: _("Check a doctor’s licence"),
    RegisterKind.FACILITIES: _("Check the clinic’s licence"),
    RegisterKind.REGULATOR: _("The national regulator"),
}
Registers = dict[str, list[PublicRegister]]


def register_links(registers: Registers, kinds: tuple[str, ...]) -> list[dict[str, Any]]:
    """The registers of ``kinds``, each with the words that introduce its link."""
    return [
        {"prompt": REGISTER_PROMPTS[RegisterKind(kind)], "register": register}
        for kind in kinds
        for register in registers.get(kind, ())
    ]


def render_register_links(registers: Registers, kinds: tuple[str, ...]) -> str:
    links = register_links(registers, kinds)
    return render_to_string("checklist/_registers.html", {"links": links}) if links else ""


class CrispyMixin:
    """Each step template owns its <form>; crispy renders only the fields."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class ListedClinicForm(forms.Form):
    clinic = forms.ModelChoiceField(
        queryset=Clinic.objects.filter(published=True),
        to_field_name="slug",
        widget=forms.HiddenInput,
        error_messages={
            "invalid_choice": _("That clinic is not in our directory; name it below instead.")
        },
    )


class UnlistedClinicForm(CrispyMixin, forms.Form):
    name = forms.CharField(label=_("Clinic name"), max_length=200)
    country = CountryField(blank_label=_("Choose a country")).formfield(
        label=_("Country"),
        help_text=_("Where you would be treated: it sets the usual price range."),
    )
    city = forms.CharField(label=_("City"), max_length=120, required=False)
    website = forms.URLField(
        label=_("Website"),
        required=False,
        assume_scheme="https",
        help_text=_("Optional, e.g. https://clinic.example"),
    )


def _question_field(question: Question) -> forms.ChoiceField:
    # The engine's texts in the page's language (their catalogue: checklist/engine_messages.py).
    return forms.ChoiceField(
        label=gettext(question.text),
        choices=[(option.value, gettext(option.label)) for option in question.options],
        widget=forms.RadioSelect,
        help_text=gettext(question.why),
        # A forged value is not repeated back: the page says what to do, not what was sent.
        error_messages={
            "required": gettext(CHOOSE_AN_ANSWER),
            "invalid_choice": gettext(CHOOSE_AN_ANSWER),
        },
    )


class GroupStep(CrispyMixin, forms.Form):
    """One step: the questions of one catalogue group (subclassed per group)."""

    group_id = ""

    def __init__(self, *args: Any, registers: Registers | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for question in questions_in(self.group_id):
            field = self.fields[question.key] = _question_field(question)
            links = render_register_links(registers or {}, REGISTER_QUESTIONS.get(question.key, ()))
            if links:
                # crispy renders help text as markup: both parts are escaped here.
                field.help_text = format_html("{}{}", gettext(question.why), links)

    @classmethod
    def asks_about_registers(cls) -> bool:
        return any(q.key in REGISTER_QUESTIONS for q in questions_in(cls.group_id))

    def answers(self) -> dict[str, str]:
        return {q.key: self.cleaned_data[q.key] for q in questions_in(self.group_id)}


class ClaimsStep(GroupStep):
    group_id = "claims"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit = number_format(MAX_MARKETING_TEXT, force_grouping=True)
        self.fields["marketing_text"] = forms.CharField(
            label=gettext("Paste the clinic's marketing text (optional)"),
            required=False,
            widget=forms.Textarea(attrs={"rows": 6}),
            max_length=MAX_MARKETING_TEXT,
            help_text=gettext(
                "From its website, brochure or messages, up to %(limit)s characters. "
                "We look for red-flag promises such as “permanent”, “guaranteed” or “no risk”."
            )
            % {"limit": limit},
            error_messages={
                # %(show_value)s is left for the validator to fill in with the text's length.
                "max_length": gettext(
                    "Please paste at most %(limit)s characters "
                    "(this text has %(show_value)s). The most important part is enough."
                )
                % {"limit": limit, "show_value": "%(show_value)s"}
            },
        )


class CareStep(GroupStep):
    group_id = "care"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["price_amount"] = forms.DecimalField(
            label=gettext("The price you were quoted for a full face (optional)"),
            required=False,
            min_value=Decimal("1"),
            max_value=Decimal("100000000"),
            decimal_places=2,
            help_text=gettext("Leave empty if you have no quote yet."),
        )
        self.fields["price_currency"] = forms.ChoiceField(
            label=gettext("Currency"),
            choices=[(code, f"{code} – {name}") for code, name in CURRENCY_NAMES.items()],
            initial="USD",
            help_text=gettext("Converted to US dollars at fixed reference rates of %(date)s.")
            % {"date": RATES_AS_OF},
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("price_amount") is not None and not cleaned.get("price_currency"):
            self.add_error("price_currency", gettext("Choose the currency of the price."))
        return cleaned


class FinishStep(CrispyMixin, forms.Form):
    shared = forms.BooleanField(
        label=_("Share this report with the Clinic Vetting reviewers"),
        required=False,
        help_text=_(
            "Optional. Reviewers use shared reports to check our clinic profiles. "
            "Your report holds no name or e-mail either way."
        ),
    )


def _step_class(group_id: str) -> type[GroupStep]:
    special = {"claims": ClaimsStep, "care": CareStep}
    if group_id in special:
        return special[group_id]
    return type(f"{group_id.title()}Step", (GroupStep,), {"group_id": group_id})


def step_forms() -> list[tuple[str, type[forms.Form]]]:
    """(step name, form class) in order: one step per catalogue group, then finish."""
    steps: list[tuple[str, type[forms.Form]]] = [
        (group.id, _step_class(group.id)) for group in CATALOGUE.groups
    ]
    steps.append(("finish", FinishStep))
    return steps
