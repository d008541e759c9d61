"""What the clinic promises: realistic claims and timelines, no misuse of the FDA, risks disclosed."""

from __future__ import annotations

from typing import Final

from checklist.engine.facts import (
    ClinicFacts,
)

from .catalogue import MET, NOT_APPLICABLE, NOT_MET, UNKNOWN, Criterion, Evaluation, Option
from .sources import (
    _cfr,
    _expert,
    _fda_alert,
    _fda_patient,
    _isscr_ask,
    _isscr_warning,
    _murdoch,
    _placidway,
)
from .wording import (
    CLAIM_WORDS,
    FDA_FLAGS,
    PROMISE_FLAGS,
    TIMELINE_FLAGS,
    TIMELINE_WORDS,
    UNKNOWN_OPTION,
    YES_NO,
    _join,
)

NOT_SCREENED: Final = "None of its marketing text has been screened."


# A research site that only enrols participants sells nothing and advertises nothing: with no
# text screened, the marketing criteria do not apply (screened text is still judged).
NO_MARKETING: Final = "The clinic does not market treatments to the public."


def _unscreened(facts: ClinicFacts) -> Evaluation | None:
    """No text screened: the marketing criteria do not apply to a site that sells nothing, and
    are unknown for any other; None when there is text to judge."""
    if facts.claim_flags is not None:
        return None
    if facts.markets_treatments is False:
        return NOT_APPLICABLE, NO_MARKETING
    return UNKNOWN, NOT_SCREENED


def _flag_check(facts: ClinicFacts, categories: tuple[str, ...], after: str) -> Evaluation | None:
    unscreened = _unscreened(facts)
    if unscreened is not None:
        return unscreened
    flags = facts.claim_flags or frozenset()
    found = [CLAIM_WORDS[c] for c in categories if c in flags]
    if not found:
        return None
    # Whole sentences, one for each ending, so that each is translated as one (engine_messages).
    if after == FDA_APPROVED_ONLY:
        return NOT_MET, (
            f"Its marketing {_join(found)}; the only FDA-approved stem-cell products are "
            "cord-blood cells for blood disorders."
        )
    return NOT_MET, f"Its marketing {_join(found)}."


def _realistic_claims(facts: ClinicFacts) -> Evaluation:
    return _flag_check(facts, PROMISE_FLAGS, "") or (
        MET,
        "No unrealistic promises were found in its marketing.",
    )


def _realistic_timeline(facts: ClinicFacts) -> Evaluation:
    unscreened = _unscreened(facts)
    if unscreened is not None:
        return unscreened
    flags = facts.claim_flags or frozenset()
    promised = [c for c in TIMELINE_FLAGS if c in flags]
    if promised:
        return NOT_MET, (
            f"Its marketing promises {_join(TIMELINE_WORDS[c] for c in promised)} results; "
            "results build over 3 to 6 months and the skin keeps ageing."
        )
    return MET, "Its marketing does not promise instant or permanent results."


FDA_APPROVED_ONLY = "fda_approved_only"


def _no_fda_misuse(facts: ClinicFacts) -> Evaluation:
    return _flag_check(facts, FDA_FLAGS, FDA_APPROVED_ONLY) or (
        MET,
        "No misleading FDA claims were found in its marketing.",
    )


def _risks_disclosed(facts: ClinicFacts) -> Evaluation:
    if facts.risks_disclosed is None:
        return UNKNOWN, "Whether the clinic discloses side effects is not known."
    if not facts.risks_disclosed:
        return NOT_MET, (
            "Does not disclose side effects, though swelling, bruising, redness and infection "
            "can occur."
        )
    return MET, "Discloses side effects such as swelling, bruising, redness and infection."


CRITERIA: Final[tuple[Criterion, ...]] = (
    Criterion(
        id="realistic_claims",
        title="No unrealistic promises",
        group="claims",
        checks="Its marketing does not guarantee results, claim there is no risk, claim to "
        "cure disease, promise it works for everyone, or sell cells from unverified sources.",
        why_it_matters="Every procedure has risks and results vary; promises that say "
        "otherwise are a recognised sign of an unproven treatment.",
        severity="major",
        points=10,
        question="Did the clinic guarantee results, say there is no risk, or say it works "
        "for everyone?",
        options=(
            Option("no", "No, it was careful about what to expect"),
            Option("yes", "Yes"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="What results can I realistically expect, how are they measured, and what "
        "happens if I see no improvement?",
        sources=(
            _placidway("Avoid clinics that make unrealistic promises."),
            _isscr_warning(
                "Claims of no risk and many conditions treated with one cell type are warning "
                "signs."
            ),
            _fda_alert("Be wary of claims made for unapproved regenerative products."),
        ),
        evaluate=_realistic_claims,
        reads=("claim_flags",),
    ),
    Criterion(
        id="no_fda_misuse",
        title="No misleading FDA claims",
        group="claims",
        checks="Its marketing does not present FDA registration, inspection, a trial listing "
        'or a device clearance as "FDA approval" of the treatment.',
        why_it_matters="Registration is an administrative duty, not a review, and a trial "
        "listing is not approval; a clinic that blurs this is misleading you about the main "
        "safeguard.",
        # Major, not knockout: the flag comes from automatic text screening, which can misfire,
        # and a knockout should rest on a checked fact about what is done to the patient.
        severity="major",
        points=10,
        question="Did the clinic say the treatment is FDA approved, cleared or registered?",
        options=(
            Option("no", "No"),
            Option("yes", "Yes"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Which FDA approval covers this treatment, by number? Is it approval of "
        "the treatment, or only a registration or a device clearance?",
        sources=(
            _fda_alert(
                "Only cord-blood blood-forming cells are approved; being registered with the "
                "FDA or listed in a trial registry is not approval."
            ),
            _fda_patient("Report harm from regenerative products through MedWatch."),
            _cfr("Registration is an administrative duty, not a review of the product."),
        ),
        evaluate=_no_fda_misuse,
        reads=("claim_flags",),
    ),
    Criterion(
        id="realistic_timeline",
        title="Realistic timeline",
        group="claims",
        checks="Results are described as gradual (at their best after 3 to 6 months) and not "
        "permanent.",
        why_it_matters="Early plumping is swelling; real change builds over months and the "
        "skin keeps ageing afterwards.",
        severity="minor",
        points=4,
        question="Did the clinic promise instant or permanent results?",
        options=(
            Option("no", "No, it said results build over months and fade with time"),
            Option("yes", "Yes"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="When will I see the final result, and how long does it usually last?",
        sources=(
            _expert("Long-term data are limited: how long results last is not established."),
            _placidway(
                "Results are not permanent; they unfold over months and peak at 3 to 6 months."
            ),
        ),
        evaluate=_realistic_timeline,
        reads=("claim_flags",),
    ),
    Criterion(
        id="risks_disclosed",
        title="Side effects disclosed",
        group="claims",
        checks="The clinic tells you about side effects: swelling and bruising, redness and "
        "tenderness, and the rare risk of infection.",
        why_it_matters="You can only consent to risks you were told about; few clinic websites "
        "state them.",
        severity="major",
        points=8,
        question="Did the clinic tell you about side effects such as swelling, bruising, "
        "redness and infection?",
        options=YES_NO,
        ask_clinic="What side effects and complications should I expect, how often do they "
        "happen, and what do you do if one occurs?",
        sources=(
            _placidway(
                "Swelling and bruising for a week or two, redness and tenderness for days, and "
                "a small risk of infection."
            ),
            _murdoch("Few stem-cell clinic websites state the risks of treatment."),
            _isscr_ask("Ask about the risks and what happens in an emergency."),
        ),
        evaluate=_risks_disclosed,
        reads=("risks_disclosed",),
    ),
)
