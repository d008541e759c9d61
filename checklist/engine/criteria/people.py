"""Who treats you: licensed doctors, a regenerative-medicine specialist, a track record."""

from __future__ import annotations

from typing import Final

from checklist.engine.facts import (
    ClinicFacts,
)

from .catalogue import MET, NOT_MET, PARTIAL, UNKNOWN, Criterion, Evaluation, Option
from .sources import _asaps, _expert, _isscr_ask, _isscr_warning, _placidway
from .wording import (
    EXPERIENCED_YEARS,
    TRACK_RECORD_PROCEDURES,
    UNKNOWN_OPTION,
    YES_NO,
    _join,
    _plural,
)


def _licensed_physicians(facts: ClinicFacts) -> Evaluation:
    licensed = facts.verified_current_medical_licences
    if licensed is not None and licensed >= 1:
        if licensed == 1:
            return MET, "A treating doctor holds a verified, current medical licence."
        return MET, f"{licensed} treating doctors hold a verified, current medical licence."
    if facts.has_practitioners is True and licensed == 0:
        expired = facts.expired_medical_licences
        if expired:
            return NOT_MET, (
                "No treating doctor holds a verified, current medical licence: "
                f"{expired} on record {_plural(expired, 'has', 'have')} expired."
            )
        return NOT_MET, "No treating doctor holds a verified, current medical licence."
    if facts.has_practitioners is False:
        return UNKNOWN, "The clinic names no treating doctor, so no licence can be checked."
    if facts.has_practitioners is True:
        return (
            UNKNOWN,
            "Treating doctors are named, but no licence of theirs has been verified yet.",
        )
    return UNKNOWN, "Who treats patients is not known."


def _regenerative_specialist(facts: ClinicFacts) -> Evaluation:
    specialist = facts.regenerative_specialist
    if specialist is None:
        return UNKNOWN, "Whether a specialist treats patients is not known."
    if not specialist:
        return NOT_MET, (
            "No treating doctor specialises in regenerative medicine, dermatology or plastic "
            "surgery."
        )
    years = facts.specialist_years_experience
    if years is None:
        return PARTIAL, f"A {SPECIALIST} treats patients; their experience is not stated."
    if years < EXPERIENCED_YEARS:
        return PARTIAL, (
            f"A {SPECIALIST} treats patients, with only {years} "
            f"{_plural(years, 'year', 'years')} of experience."
        )
    return MET, f"A {SPECIALIST} with {years} years of experience treats patients."


SPECIALIST: Final = "specialist in regenerative medicine, dermatology or plastic surgery"


def _track_record(facts: ClinicFacts) -> Evaluation:
    performed = facts.procedures_performed
    signals: list[tuple[bool | None, str]] = [
        (facts.outcomes_published, "publishes its outcomes"),
        (facts.complication_reporting, "reports complications"),
        (
            None if performed is None else performed >= TRACK_RECORD_PROCEDURES,
            f"has performed {performed} procedures",
        ),
    ]
    shown = [words for value, words in signals if value is True]
    if len(shown) >= 2:
        return MET, f"Shows a track record: {_join(shown)}."
    if shown:
        return PARTIAL, f"Shows only part of a track record: {shown[0]}."
    if any(value is not None for value, _ in signals):
        return NOT_MET, (
            "No published outcomes, no complication reporting and no substantial number of "
            "procedures on record."
        )
    return UNKNOWN, "Nothing is known about its track record."


CRITERIA: Final[tuple[Criterion, ...]] = (
    Criterion(
        id="licensed_physicians",
        title="Licensed doctors",
        group="people",
        checks="The treating doctors hold verified medical licences that have not expired.",
        why_it_matters="A licence that can be checked is the minimum: it means a medical board "
        "stands behind the person who treats you. An expired licence is not verified.",
        severity="knockout",
        points=15,
        question="Is the doctor who will treat you licensed, and did you check the licence "
        "with the medical board?",
        options=(
            Option("verified", "Yes, I checked a current licence with the medical board"),
            Option("expired", "The licence I found has expired"),
            Option("none", "No licence could be found"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="What is the treating doctor's full name and licence number, and which "
        "medical board can confirm it is current?",
        sources=(
            _placidway(
                "Choose a reputable clinic with experienced doctors and verify its credentials."
            ),
            _isscr_ask("Ask who will perform the procedure and what their qualifications are."),
        ),
        evaluate=_licensed_physicians,
        reads=(
            "has_practitioners",
            "verified_current_medical_licences",
            "expired_medical_licences",
        ),
    ),
    Criterion(
        id="regenerative_specialist",
        title="An experienced specialist",
        group="people",
        checks="An experienced doctor who specialises in regenerative medicine, dermatology or "
        f"plastic surgery (fat grafting) treats patients ({EXPERIENCED_YEARS} years or more).",
        why_it_matters="Harvesting, processing and injecting cells are skills of their own; "
        "experience means complications are recognised and handled.",
        severity="major",
        points=8,
        question="Does a doctor who specialises in regenerative medicine, dermatology or "
        "plastic surgery treat you, and for how long have they done so?",
        options=(
            Option("experienced", f"Yes, for {EXPERIENCED_YEARS} years or more"),
            Option("new", f"Yes, for less than {EXPERIENCED_YEARS} years"),
            Option("no", "No"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Who will treat me, what is their specialty, and how many of these "
        "procedures have they performed?",
        sources=(
            _asaps(
                "Fat grafting and its cells are the work of plastic surgeons; the societies "
                "ask for evidence and careful practice."
            ),
            _placidway(
                "The key to safety is a clinic with experienced doctors who specialise in "
                "regenerative medicine."
            ),
        ),
        evaluate=_regenerative_specialist,
        reads=("regenerative_specialist", "specialist_years_experience"),
    ),
    Criterion(
        id="track_record",
        title="Track record",
        group="people",
        checks="Publishes its outcomes, reports complications, and has performed "
        f"{TRACK_RECORD_PROCEDURES} or more procedures (two of the three).",
        why_it_matters="A clinic that counts and publishes its results and complications can "
        "be held to them; testimonials are not evidence.",
        severity="minor",
        points=3,
        question="Does the clinic publish its results and complications, and say how many "
        "procedures it has done?",
        options=YES_NO,
        ask_clinic="How many of these procedures have you performed, what were the results, "
        "and how do you record and report complications?",
        sources=(
            _placidway("Verify the clinic's track record with patients."),
            _isscr_warning("Testimonials offered as evidence are a warning sign."),
            _expert("Standard reporting guidelines are needed."),
        ),
        evaluate=_track_record,
        reads=("outcomes_published", "complication_reporting", "procedures_performed"),
    ),
)
