"""What you pay: no fees to join a "trial", a price within the regional range."""

from __future__ import annotations

from typing import Final

from checklist.engine.facts import (
    ClinicFacts,
)
from checklist.engine.pricing import price_check

from .catalogue import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    PARTIAL,
    UNKNOWN,
    Criterion,
    Evaluation,
    Option,
    Status,
)
from .sources import _fda_alert, _fda_patient, _isscr_warning, _placidway
from .wording import UNKNOWN_OPTION


def _no_trial_fees(facts: ClinicFacts) -> Evaluation:
    if facts.charges_for_trial is None:
        return UNKNOWN, "Whether patients pay to take part in a trial is not known."
    if facts.charges_for_trial:
        return NOT_MET, (
            'Charges patients to take part in a "trial", a warning sign named by the ISSCR '
            "and the FDA."
        )
    return MET, "Does not charge patients to take part in a trial."


def _price_in_range(facts: ClinicFacts) -> Evaluation:
    verdict = price_check(
        facts.country, facts.full_face_price_min_usd, facts.full_face_price_max_usd
    )
    status: Status = {"within": MET, "above": PARTIAL, "below": NOT_MET}.get(
        verdict.status, UNKNOWN
    )
    if status == UNKNOWN and facts.markets_treatments is False:
        return NOT_APPLICABLE, "The clinic sells no treatment, so it has no price to compare."
    return status, verdict.message


CRITERIA: Final[tuple[Criterion, ...]] = (
    Criterion(
        id="no_trial_fees",
        title="No fees to join a trial",
        group="care",
        checks='The clinic does not charge you to take part in a "trial" or study.',
        why_it_matters="Real trials rarely charge participants; paying to be in a study "
        "outside regulator oversight is a recognised warning sign.",
        severity="major",
        points=8,
        question="Are you asked to pay to take part in a study or trial?",
        options=(
            Option("no", "No"),
            Option("yes", "Yes"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Is this a registered clinical trial? If so, what is its NCT number and "
        "why am I being charged to take part?",
        sources=(
            _isscr_warning("High costs or hidden fees are a warning sign."),
            _fda_patient("Being charged outside an FDA-overseen trial is a red flag."),
            _fda_alert("A listing in a trial registry is not FDA approval."),
        ),
        evaluate=_no_trial_fees,
        reads=("charges_for_trial",),
    ),
    Criterion(
        id="price_in_range",
        title="Price in the usual range",
        group="care",
        checks="The full-face price is within the usual range for the country.",
        why_it_matters="A price far below the range may not buy what is described; far above "
        "it, ask what the extra pays for.",
        severity="minor",
        points=3,
        question="Compared with the usual price for a full face in that country, the quote is:",
        options=(
            Option("within", "Within the usual range"),
            Option("below", "Below it"),
            Option("above", "Above it"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="What exactly does the price include, what is injected, and who processes it?",
        sources=(
            _placidway(
                "Estimated full-face costs (USD): US 7,000-15,000, UK 6,000-12,000, Mexico "
                "3,500-8,000, Turkey 2,500-7,000."
            ),
            _isscr_warning("High costs or hidden fees are a warning sign."),
        ),
        evaluate=_price_in_range,
        reads=(
            "country",
            "full_face_price_min_usd",
            "full_face_price_max_usd",
            "markets_treatments",
        ),
    ),
)
