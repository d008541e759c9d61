"""ClinicFacts and the pure adapters: clinic profile -> facts, facts <-> JSON (no database).

The claims screener belongs to another module; these tests put a keyword stand-in in its place
so they test how facts are built, not how text is screened.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import json
from datetime import date
from typing import Any

import pytest

from checklist.engine.claims import Flag
from checklist.engine.enforcement import enforcement_facts
from checklist.engine.facts import (
    CellForm,
    CellSource,
    ClinicFacts,
    EvidenceKind,
    Lab,
    Manipulation,
    Processing,
    facts_from_dict,
    facts_to_dict,
)
from checklist.engine.profile_facts import facts_from_profile
from checklist.engine.scoring import score
from tests.checklist.careful import CAREFUL

TODAY = date(2026, 3, 1)

KEYWORDS = {
    "guaranteed": "guaranteed",
    "permanent": "permanent",
    "no risk": "no_risk",
    "fda approved": "fda_misrepresentation",
}


def keyword_screen(text: str) -> tuple[Flag, ...]:
    """Stand-in for claims.screen: one flag per keyword found."""
    lowered = text.lower()
    flags = []
    for word, category in KEYWORDS.items():
        start = lowered.find(word)
        if start >= 0:
            end = start + len(word)
            flags.append(Flag(category, start, end, text[start:end], f"says {word}"))
    return tuple(flags)


@pytest.fixture(autouse=True)
def _keyword_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("checklist.engine.profile_facts.screen", keyword_screen)


def licence(**overrides: Any) -> dict[str, Any]:
    return {
        "kind": "medical_license",
        "issuer": "Consejo Mexicano de Medicina",
        "number": "MX-123",
        "issued_on": "2015-01-01",
        "expires_on": "2030-01-01",
        "verified": True,
        "verified_by": "curator",
        "verified_on": "2026-01-15",
        "source_url": "https://example.org/registry",
    } | overrides


CAREFUL_PROFILE: dict[str, Any] = {
    "slug": "clinica-cuidadosa",
    "name": "Clínica Cuidadosa (fictional)",
    "country": "MX",
    "city": "Guadalajara",
    "website": "https://example.org",
    "description": "A fictional careful clinic.",
    "published": True,
    "practitioners": [
        {
            "name": "Dr. Ana Ruiz",
            "role": "treating physician",
            "specialty": "regenerative_medicine",
            "years_experience": 12,
            "credentials": [licence()],
        },
        {
            "name": "Dr. Luis Ortega",
            "role": "dermatologist",
            "specialty": "dermatology",
            "years_experience": 10,
            "credentials": [licence(number="MX-456", expires_on=None)],
        },
    ],
    "credentials": [
        licence(kind="facility_license", number="F-1", expires_on="2027-06-30"),
        licence(kind="regulator_registration", number="COFEPRIS-9"),
        licence(kind="gmp_certificate", number="GMP-7"),
    ],
    "protocols": [
        {
            "name": "Adipose-derived cells, same day",
            "cell_source": "autologous_adipose",
            "cell_form": "live_cells",
            "processing": "closed_system",
            "manipulation": "same_day",
            "lab": "on_site",
            "harvest_cc": 80,
            "delivery": ["injection", "microneedling"],
            "sessions": 1,
            "procedure_hours": 3,
            "documented": True,
            "treats_disease": False,
        }
    ],
    "claims": [
        {
            "text": "Results build gradually over three to six months and fade with age.",
            "source_url": "https://example.org/faq",
            "captured_on": "2026-01-10",
        }
    ],
    "prices": [
        {"treatment": "full_face", "min_usd": 4500, "max_usd": 6000},
        {"treatment": "full_face", "min_usd": 5000, "max_usd": 7000},
        {"treatment": "other", "min_usd": 100, "max_usd": 90000},
    ],
    "evidence": [
        {"kind": "publication", "identifier": "10.1186/s13018-017-0645-5", "title": "CAL"},
        {"kind": "publication", "identifier": "10.1000/example", "title": "Another"},
    ],
    "practices": {
        "consultation": True,
        "written_consent": True,
        "consent_states_limited_data": True,
        "risks_disclosed": True,
        "follow_up": True,
        "complication_reporting": True,
        "outcomes_published": True,
        "procedures_performed": 400,
        "charges_for_trial": False,
        "markets_treatments": True,
        "release_testing": True,
        "adverse_event_reporting": True,
        "offered_as_study": False,
        "sales_pressure": False,
    },
}

DANGEROUS_PROFILE: dict[str, Any] = {
    "slug": "young-again",
    "name": "Young Again Cell Spa (fictional)",
    "country": "MX",
    "practitioners": [
        {
            "name": "Mr. Smith",
            "specialty": "other",
            "credentials": [licence(verified=False)],
        }
    ],
    "credentials": [],
    "protocols": [
        {
            "name": "Young donor cell facial",
            "cell_source": "allogeneic_donor",
            "cell_form": "live_cells",
            "processing": "open",
            "manipulation": "culture_expanded",
            "lab": "external",
            "documented": False,
        }
    ],
    "claims": [{"text": "Guaranteed permanent results with young donor stem cells!"}],
    "prices": [{"treatment": "full_face", "min_usd": 1500, "max_usd": 2500}],
    "evidence": [],
    "practices": {
        "consultation": False,
        "written_consent": False,
        "risks_disclosed": False,
        "follow_up": False,
        "charges_for_trial": True,
    },
}


def profile(**changes: Any) -> dict[str, Any]:
    return copy.deepcopy(CAREFUL_PROFILE) | changes


def facts_of(data: dict[str, Any]) -> ClinicFacts:
    return facts_from_profile(data, today=TODAY)


# --- From a profile --------------------------------------------------------------------------


def test_the_careful_profile_gives_the_careful_facts() -> None:
    # Enforcement records are not part of a profile: the rescore adds them (assessments).
    assert facts_of(CAREFUL_PROFILE) == dataclasses.replace(
        CAREFUL, enforcement_record=None, enforcement_detail=None
    )


def test_the_dangerous_profile_gives_what_it_shows() -> None:
    facts = facts_of(DANGEROUS_PROFILE)

    assert facts == ClinicFacts(
        cell_sources=frozenset({CellSource.ALLOGENEIC_DONOR}),
        cell_forms=frozenset({CellForm.LIVE_CELLS}),
        processing=frozenset({Processing.OPEN}),
        manipulation=frozenset({Manipulation.CULTURE_EXPANDED}),
        labs=frozenset({Lab.EXTERNAL}),
        protocol_documented=False,
        product_misnamed=False,
        has_practitioners=True,
        verified_current_medical_licences=0,
        expired_medical_licences=0,
        regenerative_specialist=False,
        facility_licence_verified=False,
        regulator_registration_verified=False,
        lab_accreditation_verified=False,
        expired_facility_credentials=0,
        claim_flags=frozenset({"guaranteed", "permanent"}),
        evidence_count=0,
        evidence_kinds=frozenset(),
        consultation=False,
        written_consent=False,
        risks_disclosed=False,
        follow_up=False,
        charges_for_trial=True,
        country="MX",
        full_face_price_min_usd=1500,
        full_face_price_max_usd=2500,
    )


def test_a_profile_with_only_its_identity_knows_nothing_but_the_country() -> None:
    assert facts_of({"slug": "x", "name": "X", "country": "TR"}) == ClinicFacts(country="TR")


def test_null_is_the_same_as_an_absent_key() -> None:
    nulls = {key: None for key in CAREFUL_PROFILE} | {"slug": "x", "name": "X"}

    assert facts_of(nulls) == ClinicFacts()


def test_empty_lists_mean_looked_and_found_none() -> None:
    facts = facts_of(
        {
            "country": "US",
            "practitioners": [],
            "credentials": [],
            "protocols": [],
            "evidence": [],
            "prices": [],
            "practices": {},
        }
    )

    assert facts == ClinicFacts(
        cell_sources=frozenset(),
        cell_forms=frozenset(),
        processing=frozenset(),
        manipulation=frozenset(),
        labs=frozenset(),
        protocol_documented=False,
        has_practitioners=False,
        verified_current_medical_licences=0,
        expired_medical_licences=0,
        regenerative_specialist=False,
        facility_licence_verified=False,
        regulator_registration_verified=False,
        lab_accreditation_verified=False,
        expired_facility_credentials=0,
        evidence_count=0,
        evidence_kinds=frozenset(),
        country="US",
    )


def test_an_empty_claims_list_gives_no_text_to_screen_so_claims_stay_unknown() -> None:
    assert facts_of(profile(claims=[])).claim_flags is None
    assert facts_of(profile(claims=[{"text": "  "}, {"text": None}])).claim_flags is None


def test_screened_claims_that_raise_no_flag_are_clean() -> None:
    assert facts_of(CAREFUL_PROFILE).claim_flags == frozenset()


def test_flags_from_every_claim_are_gathered() -> None:
    claims = [{"text": "FDA approved!"}, {"text": "No risk at all."}, {"text": "Book now."}]

    assert facts_of(profile(claims=claims)).claim_flags == {"fda_misrepresentation", "no_risk"}


def test_a_protocol_saying_unknown_counts_as_not_known() -> None:
    unknown_protocol = {
        "cell_source": "unknown",
        "cell_form": "unknown",
        "processing": "unknown",
        "manipulation": "unknown",
        "lab": "unknown",
        "documented": None,
    }
    facts = facts_of(profile(protocols=[unknown_protocol]))

    assert (facts.cell_sources, facts.cell_forms, facts.processing) == (None, None, None)
    assert (facts.manipulation, facts.labs, facts.protocol_documented) == (None, None, None)


def test_a_protocol_leaving_a_value_out_marks_the_set_as_incomplete() -> None:
    protocols = [*CAREFUL_PROFILE["protocols"], {"name": "Unclear second treatment"}]
    facts = facts_of(profile(protocols=protocols))

    assert facts.cell_sources == {CellSource.AUTOLOGOUS_ADIPOSE, CellSource.UNKNOWN}
    assert score(facts).result("autologous_source").status == "partial"


def test_one_undocumented_protocol_makes_the_protocol_undocumented() -> None:
    documented = CAREFUL_PROFILE["protocols"][0]

    assert (
        facts_of(profile(protocols=[documented, {"documented": False}])).protocol_documented
        is False
    )
    assert (
        facts_of(profile(protocols=[documented, {"documented": None}])).protocol_documented is None
    )


def test_an_expired_medical_licence_is_not_counted() -> None:
    practitioners = [{"name": "Dr. A", "credentials": [licence(expires_on="2026-02-28")]}]
    facts = facts_of(profile(practitioners=practitioners))

    assert (facts.verified_current_medical_licences, facts.expired_medical_licences) == (0, 1)
    assert score(facts).result("licensed_physicians").status == "not_met"


def test_a_licence_is_valid_through_its_expiry_date() -> None:
    practitioners = [{"name": "Dr. A", "credentials": [licence(expires_on="2026-03-01")]}]

    assert facts_of(profile(practitioners=practitioners)).verified_current_medical_licences == 1


@pytest.mark.parametrize(("verified", "counted"), [(False, 0), (None, None)])
def test_an_unverified_licence_is_not_counted(verified: bool | None, counted: int | None) -> None:
    # Checked and not confirmed is a known zero; never checked leaves it unknown.
    practitioners = [{"name": "Dr. A", "credentials": [licence(verified=verified)]}]

    assert (
        facts_of(profile(practitioners=practitioners)).verified_current_medical_licences == counted
    )


def test_a_verified_licence_without_an_expiry_date_counts() -> None:
    practitioners = [{"name": "Dr. A", "credentials": [licence(expires_on=None)]}]

    assert facts_of(profile(practitioners=practitioners)).verified_current_medical_licences == 1


def test_a_board_certification_is_not_a_medical_licence() -> None:
    practitioners = [{"name": "Dr. A", "credentials": [licence(kind="board_certification")]}]

    assert facts_of(profile(practitioners=practitioners)).verified_current_medical_licences == 0


def test_licences_not_recorded_for_anyone_are_unknown_not_missing() -> None:
    practitioners = [{"name": "Dr. A"}, {"name": "Dr. B", "credentials": None}]
    facts = facts_of(profile(practitioners=practitioners))

    assert (facts.has_practitioners, facts.verified_current_medical_licences) == (True, None)
    assert score(facts).result("licensed_physicians").status == "unknown"


def test_an_empty_credentials_list_for_a_doctor_means_no_licence() -> None:
    practitioners = [{"name": "Dr. A", "credentials": []}]

    assert facts_of(profile(practitioners=practitioners)).verified_current_medical_licences == 0


def test_dates_may_arrive_as_date_objects() -> None:
    practitioners = [{"name": "Dr. A", "credentials": [licence(expires_on=date(2026, 2, 1))]}]

    assert facts_of(profile(practitioners=practitioners)).verified_current_medical_licences == 0


def test_an_expired_facility_licence_is_not_verified_and_has_lapsed() -> None:
    credentials = [licence(kind="facility_license", expires_on="2025-12-31")]
    facts = facts_of(profile(credentials=credentials))

    assert (facts.facility_licence_verified, facts.expired_facility_credentials) == (False, 1)


def test_a_renewed_facility_licence_beside_the_expired_one_is_no_lapse() -> None:
    credentials = [
        licence(kind="facility_license", expires_on="2025-12-31"),
        licence(kind="facility_license", expires_on="2028-12-31"),
    ]
    facts = facts_of(profile(credentials=credentials))

    assert (facts.facility_licence_verified, facts.expired_facility_credentials) == (True, 0)


def test_registrations_and_lab_certificates_are_grouped_by_what_they_show() -> None:
    credentials = [
        licence(kind="tissue_establishment_registration"),
        licence(kind="lab_accreditation"),
    ]
    facts = facts_of(profile(credentials=credentials))

    assert facts.facility_licence_verified is False
    assert facts.regulator_registration_verified is True
    assert facts.lab_accreditation_verified is True


def test_a_specialist_is_known_only_when_every_specialty_is_known() -> None:
    # Regenerative medicine, dermatology and plastic surgery (fat grafting) all count.
    unknown = [{"name": "A", "specialty": "other"}, {"name": "B"}]
    none = [{"name": "A", "specialty": "other"}, {"name": "B", "specialty": "other"}]
    two = [
        {"name": "A", "specialty": "regenerative_medicine", "years_experience": 3},
        {"name": "B", "specialty": "dermatology", "years_experience": 9},
        {"name": "C", "specialty": "other", "years_experience": 30},
    ]

    assert facts_of(profile(practitioners=unknown)).regenerative_specialist is None
    assert facts_of(profile(practitioners=none)).regenerative_specialist is False
    facts = facts_of(profile(practitioners=two))
    assert (facts.regenerative_specialist, facts.specialist_years_experience) == (True, 9)
    plastic = [{"name": "D", "specialty": "plastic_surgery", "years_experience": 15}]
    facts = facts_of(profile(practitioners=plastic))
    assert (facts.regenerative_specialist, facts.specialist_years_experience) == (True, 15)


def test_evidence_without_a_doi_or_trial_number_is_not_counted() -> None:
    evidence = [
        {"kind": "trial", "identifier": "NCT01234567"},
        {"kind": "publication", "identifier": ""},
        {"kind": "publication", "title": "A testimonial page"},
    ]
    facts = facts_of(profile(evidence=evidence))

    assert (facts.evidence_count, facts.evidence_kinds) == (1, {EvidenceKind.TRIAL})


def test_full_face_prices_span_the_lowest_and_highest_quote() -> None:
    facts = facts_of(CAREFUL_PROFILE)

    assert (facts.full_face_price_min_usd, facts.full_face_price_max_usd) == (4500, 7000)


def test_a_price_with_one_bound_keeps_the_other_unknown() -> None:
    facts = facts_of(profile(prices=[{"treatment": "full_face", "min_usd": 5000}]))

    assert (facts.full_face_price_min_usd, facts.full_face_price_max_usd) == (5000, None)


def test_practices_left_out_stay_unknown() -> None:
    facts = facts_of(profile(practices={"consultation": True}))

    assert facts.consultation is True
    assert (facts.follow_up, facts.procedures_performed, facts.charges_for_trial) == (
        None,
        None,
        None,
    )


def test_the_country_code_is_normalised() -> None:
    assert facts_of(profile(country=" mx ")).country == "MX"


def test_building_facts_does_not_change_the_profile() -> None:
    data = copy.deepcopy(CAREFUL_PROFILE)
    facts_of(data)

    assert data == CAREFUL_PROFILE


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"protocols": [{"cell_source": "allogenic"}]}, r"protocols\[0\]\.cell_source"),
        ({"protocols": {"cell_source": "embryonic"}}, "protocols: expected a list"),
        ({"protocols": ["embryonic"]}, r"protocols\[0\]: expected an object"),
        ({"protocols": [{"documented": "yes"}]}, r"protocols\[0\]\.documented"),
        (
            {"practitioners": [{"credentials": [licence(expires_on="01/02/2027")]}]},
            r"practitioners\[0\]\.credentials\[0\]\.expires_on",
        ),
        (
            {"practitioners": [{"credentials": [licence(verified="true")]}]},
            r"practitioners\[0\]\.credentials\[0\]\.verified",
        ),
        ({"credentials": [{"verified": True}]}, r"credentials\[0\]\.kind"),
        ({"practitioners": [{"specialty": "surgery"}]}, r"practitioners\[0\]\.specialty"),
        ({"practitioners": [{"years_experience": -1}]}, r"practitioners\[0\]\.years_experience"),
        ({"prices": [{"treatment": "full_face", "min_usd": 9, "max_usd": 5}]}, r"prices\[0\]"),
        ({"prices": [{"treatment": "full_face", "min_usd": "cheap"}]}, r"prices\[0\]\.min_usd"),
        ({"evidence": [{"kind": "testimonial", "identifier": "x"}]}, r"evidence\[0\]\.kind"),
        ({"claims": [{"text": 42}]}, r"claims\[0\]\.text"),
        ({"practices": {"follow_up": 1}}, r"practices\.follow_up"),
        ({"practices": {"procedures_performed": True}}, r"practices\.procedures_performed"),
        ({"country": 52}, "country"),
    ],
)
def test_a_value_the_format_does_not_allow_is_refused_by_field(
    changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        facts_of(profile(**changes))


# --- JSON round trip -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "facts",
    [
        CAREFUL,
        ClinicFacts(),
        dataclasses.replace(
            CAREFUL,
            cell_sources=frozenset({CellSource.UNKNOWN, CellSource.PLANT, CellSource.ANIMAL}),
            claim_flags=frozenset({"permanent", "cure"}),
            full_face_price_min_usd=4500.5,
        ),
    ],
    ids=["careful", "nothing known", "mixed"],
)
def test_facts_survive_a_json_round_trip(facts: ClinicFacts) -> None:
    stored = json.loads(json.dumps(facts_to_dict(facts)))

    assert facts_from_dict(stored) == facts


def test_sets_are_stored_as_sorted_lists_of_plain_values() -> None:
    stored = facts_to_dict(
        dataclasses.replace(CAREFUL, cell_sources=frozenset({CellSource.PLANT, CellSource.ANIMAL}))
    )

    assert stored["cell_sources"] == ["animal", "plant"]
    assert stored["claim_flags"] == []
    assert facts_to_dict(ClinicFacts())["cell_sources"] is None


def test_stored_facts_missing_a_field_read_it_as_unknown() -> None:
    assert facts_from_dict({"country": "GB"}) == ClinicFacts(country="GB")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"cell_source": ["embryonic"]}, "unknown fact field"),
        ({"cell_sources": ["stem"]}, "cell_sources: 'stem' is not one of"),
        ({"cell_sources": "embryonic"}, "cell_sources: expected a list"),
        ({"follow_up": "no"}, "follow_up: expected true, false or null"),
        ({"evidence_count": True}, "evidence_count: expected a whole number"),
        ({"full_face_price_min_usd": "5000"}, "full_face_price_min_usd: expected an amount"),
        ({"country": 1}, "country: expected a string"),
    ],
)
def test_stored_facts_that_do_not_fit_are_refused(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        facts_from_dict(data)


def test_facts_are_frozen_and_unknown_by_default() -> None:
    facts = ClinicFacts()

    assert all(getattr(facts, f.name) is None for f in dataclasses.fields(ClinicFacts))
    with pytest.raises(dataclasses.FrozenInstanceError):
        facts.country = "US"  # type: ignore[misc]


def test_an_unchecked_licence_leaves_the_licence_question_open() -> None:
    profile = {
        "practitioners": [
            {"name": "Dr. A", "credentials": [{"kind": "medical_license", "verified": None}]}
        ]
    }
    facts = facts_from_profile(profile, today=date(2026, 11, 21))
    assert facts.has_practitioners is True
    assert facts.verified_current_medical_licences is None


def test_a_licence_checked_and_not_confirmed_counts_as_unlicensed() -> None:
    profile = {
        "practitioners": [
            {"name": "Dr. A", "credentials": [{"kind": "medical_license", "verified": False}]}
        ]
    }
    facts = facts_from_profile(profile, today=date(2026, 11, 21))
    assert facts.verified_current_medical_licences == 0


@pytest.mark.parametrize(
    ("records", "checked", "expected"),
    [
        ([], None, (None, None)),
        ([], datetime.date(2026, 12, 1), ("none", "lists updated 2026-12-01")),
        (
            [{"kind": "injunction", "issued_on": datetime.date(2019, 6, 3)}],
            None,
            ("legal_action", "injunction, 2019-06-03"),
        ),
        (
            [
                {"kind": "recall", "issued_on": datetime.date(2018, 9, 28)},
                {"kind": "warning_letter", "issued_on": datetime.date(2025, 5, 5)},
            ],
            datetime.date(2026, 12, 1),
            ("open_letter", "warning letter, 2025-05-05"),
        ),
        (
            [
                {
                    "kind": "untitled_letter",
                    "issued_on": datetime.date(2020, 4, 10),
                    "closed_out_on": datetime.date(2021, 12, 5),
                }
            ],
            None,
            ("closed_letter_recent", "untitled letter, closed out 2021-12-05"),
        ),
        (
            [
                {
                    "kind": "warning_letter",
                    "issued_on": datetime.date(2017, 8, 24),
                    "closed_out_on": datetime.date(2021, 12, 3),
                }
            ],
            datetime.date(2026, 12, 1),
            ("none", "lists updated 2026-12-01"),
        ),
        (
            [
                {"kind": "injunction", "issued_on": datetime.date(2019, 6, 3)},
                {
                    "kind": "recall",
                    "issued_on": datetime.date(2018, 9, 28),
                    "concerns": ["products", "harm"],
                },
            ],
            None,
            ("harm", "recall, 2018-09-28"),
        ),
        (
            [{"kind": "harm_report", "issued_on": datetime.date(2017, 3, 16)}],
            None,
            ("harm", "harm report, 2017-03-16"),
        ),
    ],
    ids=[
        "never checked",
        "checked, none",
        "court order",
        "open letter outranks a recall",
        "closed within five years",
        "closed more than five years ago",
        "harm on record outranks a court order",
        "a published report of harm",
    ],
)
def test_enforcement_facts_take_the_gravest_record(records, checked, expected) -> None:
    assert (
        enforcement_facts(records, checked_on=checked, today=datetime.date(2026, 12, 4)) == expected
    )


@pytest.mark.parametrize(
    ("credentials", "expected"),
    [
        ([], False),  # looked and found none
        ([{"kind": "facility_license", "verified": None}], None),  # not yet checked
        ([{"kind": "gmp_certificate", "verified": None}], None),  # another kind, unchecked
        ([{"kind": "gmp_certificate", "verified": True}], False),  # checked list, no licence
        ([{"kind": "facility_license", "verified": False}], False),
        ([{"kind": "facility_license", "verified": True}], True),
    ],
    ids=["empty", "unchecked licence", "unchecked other", "checked other", "refused", "verified"],
)
def test_an_unchecked_credential_leaves_the_facility_licence_unknown(credentials, expected):
    """Issue 15: recording one unchecked credential turned an unknown licence into a "no"."""
    facts = facts_of({"country": "US", "credentials": credentials})
    assert facts.facility_licence_verified is expected
