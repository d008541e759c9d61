"""How you are cared for: written informed consent, a consultation first, follow-up, no pressure to
buy."""

from __future__ import annotations

from typing import Final

from checklist.engine.facts import (
    ClinicFacts,
)

from .catalogue import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    PARTIAL,
    UNKNOWN,
    Criterion,
    Evaluation,
    Option,
)
from .sources import _expert, _isscr_ask, _isscr_warning, _placidway
from .wording import UNKNOWN_OPTION, YES_NO


def _informed_consent(facts: ClinicFacts) -> Evaluation:
    if facts.written_consent is None:
        return UNKNOWN, "Whether written consent is taken is not known."
    if not facts.written_consent:
        return NOT_MET, "No written informed consent is taken."
    if facts.consent_states_limited_data is True:
        return MET, "Written consent states that long-term safety data are limited."
    if facts.consent_states_limited_data is False:
        return PARTIAL, (
            "Written consent is taken, but it does not say that long-term data are limited."
        )
    return PARTIAL, (
        "Written consent is taken; whether it says long-term data are limited is not known."
    )


def _consultation(facts: ClinicFacts) -> Evaluation:
    if facts.consultation is None:
        return UNKNOWN, "Whether a doctor reviews your medical history first is not known."
    if not facts.consultation:
        return NOT_MET, "Treats without first reviewing your medical history and candidacy."
    return MET, "A consultation reviews your medical history and candidacy before treatment."


def _follow_up(facts: ClinicFacts) -> Evaluation:
    if facts.follow_up is None:
        return UNKNOWN, "Whether there is follow-up after treatment is not known."
    if not facts.follow_up:
        return NOT_MET, "No follow-up after treatment to catch and manage complications."
    return MET, "Scheduled follow-up after treatment to catch and manage complications."


def _no_sales_pressure(facts: ClinicFacts) -> Evaluation:
    pressure = facts.sales_pressure
    if pressure is None and facts.markets_treatments is False:
        return NOT_APPLICABLE, "The clinic sells nothing to the public."
    if pressure is None:
        return UNKNOWN, "Whether the clinic pushes patients to commit is not known."
    if pressure:
        return NOT_MET, (
            "Pushes patients to commit: a discount that expires, a deposit before a "
            "consultation, or payment before a doctor has decided you are a candidate."
        )
    return MET, "No pressure to pay before a doctor has seen you and you have had time to decide."


CRITERIA: Final[tuple[Criterion, ...]] = (
    Criterion(
        id="informed_consent",
        title="Honest written consent",
        group="care",
        checks="You sign a written consent that says long-term safety data are limited.",
        why_it_matters="Long-term data on these treatments are scarce; consent that says so "
        "lets you decide with the facts.",
        severity="major",
        points=8,
        question="Did you get a written consent form, and does it say that long-term data "
        "are limited?",
        options=(
            Option("yes_limited", "Yes, and it says long-term data are limited"),
            Option("yes", "Yes, but it does not mention limited data"),
            Option("no", "No written consent form"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="May I read the written consent form before the day, and does it state "
        "that long-term safety data are limited?",
        sources=(
            _expert("Long-term data on safety and efficacy are scarce."),
            _isscr_ask("Ask about consent and your rights as a patient."),
        ),
        evaluate=_informed_consent,
        reads=("written_consent", "consent_states_limited_data"),
    ),
    Criterion(
        id="consultation",
        title="Consultation first",
        group="care",
        checks="A doctor reviews your medical history and skin before deciding you are a "
        "candidate.",
        why_it_matters="Not everyone is a good candidate; a clinic that treats without asking "
        "cannot know whether you are.",
        severity="minor",
        points=4,
        question="Did a doctor review your medical history and skin before offering treatment?",
        options=YES_NO,
        ask_clinic="Who reviews my medical history before treatment, and what would make me "
        "unsuitable?",
        sources=(
            _isscr_ask(
                "Ask what the treatment is expected to do for you, how that will be measured, "
                "and what the alternatives are."
            ),
            _placidway(
                "A consultation evaluates skin concerns and medical history to decide candidacy."
            ),
        ),
        evaluate=_consultation,
        reads=("consultation",),
    ),
    Criterion(
        id="follow_up",
        title="Follow-up care",
        group="care",
        checks="A follow-up schedule after treatment, and a plan for managing complications.",
        why_it_matters="Infection and other complications show up after you leave; follow-up "
        "catches them early.",
        severity="minor",
        points=4,
        question="Is there a follow-up schedule after treatment, and someone to call if "
        "something goes wrong?",
        options=YES_NO,
        ask_clinic="When will I be seen after treatment, and who do I call if something goes "
        "wrong once I am home?",
        sources=(
            _placidway("Side effects and a small risk of infection follow treatment."),
            _isscr_ask("Ask what follow-up care is provided."),
        ),
        evaluate=_follow_up,
        reads=("follow_up",),
    ),
    Criterion(
        id="no_sales_pressure",
        title="No pressure to pay",
        group="care",
        checks="No discount that expires, no deposit before a consultation, and no payment "
        "before a doctor has assessed you.",
        why_it_matters="Whether you are a candidate is decided at the consultation; money "
        "taken before it, or a deadline to accept, decides for you. This is our judgement, "
        "resting on the guidance below.",
        severity="minor",
        points=4,
        question="Were you offered a discount that expires, or asked to pay a deposit or the "
        "fee before a doctor assessed you?",
        options=YES_NO,
        ask_clinic="Can I see a doctor and take the written information home before paying "
        "anything, and will the price still hold next month?",
        sources=(
            _placidway(
                "A consultation evaluates skin concerns and medical history to decide candidacy."
            ),
            _isscr_warning("High costs or hidden fees are a warning sign."),
            _isscr_ask("Ask about costs, consent and your rights as a patient."),
        ),
        evaluate=_no_sales_pressure,
        reads=("sales_pressure", "markets_treatments"),
    ),
)
