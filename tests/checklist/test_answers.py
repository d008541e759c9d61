"""Every checklist question maps to facts that the engine scores as the answer means."""

from decimal import Decimal

import pytest

from checklist.engine.answers import QUESTIONS, facts_from_answers
from checklist.engine.criteria import CATALOGUE
from checklist.engine.pricing import to_usd
from checklist.engine.scoring import score

CAREFUL = {
    "autologous_source": "autologous_adipose",
    "product_disclosed": "live_cells",
    "honest_product_wording": "live",
    "local_cosmetic_use": "no",
    "sterile_closed_system": "closed_system",
    "minimal_manipulation": "same_day",
    "qc_release_testing": "yes",
    "protocol_documented": "yes",
    "lab_accredited": "yes",
    "licensed_physicians": "verified",
    "regenerative_specialist": "experienced",
    "track_record": "yes",
    "realistic_claims": "no",
    "no_fda_misuse": "no",
    "realistic_timeline": "no",
    "risks_disclosed": "yes",
    "evidence_cited": "yes",
    "regulatory_oversight": "yes",
    "facility_credentials_current": "yes",
    "no_enforcement_history": "no",
    "ethics_review": "not_study",
    "adverse_event_reporting": "yes",
    "informed_consent": "yes_limited",
    "consultation": "yes",
    "no_sales_pressure": "no",
    "no_trial_fees": "no",
    "follow_up": "yes",
}
DANGEROUS = {
    **{key: "unknown" for key in CAREFUL},
    "autologous_source": "umbilical_cord",
    "licensed_physicians": "none",
    "realistic_timeline": "yes",
    "no_trial_fees": "yes",
}

# (question, answer) -> the status of each criterion it answers, given otherwise careful answers.
EXPECTED = [
    (
        "autologous_source",
        "autologous_adipose",
        {"autologous_source": "met", "no_embryonic_cells": "met"},
    ),
    (
        "autologous_source",
        "autologous_bone_marrow",
        {"autologous_source": "met", "no_embryonic_cells": "met"},
    ),
    (
        "autologous_source",
        "autologous_other",
        {"autologous_source": "met", "no_embryonic_cells": "met"},
    ),
    (
        "autologous_source",
        "allogeneic_donor",
        {"autologous_source": "not_met", "no_embryonic_cells": "met"},
    ),
    (
        "autologous_source",
        "umbilical_cord",
        {"autologous_source": "not_met", "no_embryonic_cells": "met"},
    ),
    (
        "autologous_source",
        "placental_amniotic",
        {"autologous_source": "not_met", "no_embryonic_cells": "met"},
    ),
    (
        "autologous_source",
        "embryonic",
        {"autologous_source": "not_met", "no_embryonic_cells": "not_met"},
    ),
    ("autologous_source", "animal", {"autologous_source": "not_met", "no_embryonic_cells": "met"}),
    ("autologous_source", "plant", {"autologous_source": "not_met", "no_embryonic_cells": "met"}),
    (
        "autologous_source",
        "unknown",
        {"autologous_source": "unknown", "no_embryonic_cells": "unknown"},
    ),
    ("product_disclosed", "live_cells", {"product_disclosed": "met"}),
    ("product_disclosed", "exosomes", {"product_disclosed": "met"}),
    ("product_disclosed", "unknown", {"product_disclosed": "unknown"}),
    ("sterile_closed_system", "closed_system", {"sterile_closed_system": "met"}),
    ("sterile_closed_system", "open", {"sterile_closed_system": "not_met"}),
    ("sterile_closed_system", "unknown", {"sterile_closed_system": "unknown"}),
    ("minimal_manipulation", "same_day", {"minimal_manipulation": "met"}),
    # Lab-grown with no trial known: outside the only path that could make it lawful.
    ("minimal_manipulation", "culture_expanded", {"minimal_manipulation": "not_met"}),
    ("minimal_manipulation", "same_day_enzymatic", {"minimal_manipulation": "not_met"}),
    ("minimal_manipulation", "unknown", {"minimal_manipulation": "unknown"}),
    ("protocol_documented", "yes", {"protocol_documented": "met"}),
    ("protocol_documented", "no", {"protocol_documented": "not_met"}),
    ("protocol_documented", "unknown", {"protocol_documented": "unknown"}),
    ("lab_accredited", "yes", {"lab_accredited": "met"}),
    ("lab_accredited", "no", {"lab_accredited": "not_met"}),
    ("lab_accredited", "unknown", {"lab_accredited": "unknown"}),
    ("licensed_physicians", "verified", {"licensed_physicians": "met"}),
    ("licensed_physicians", "expired", {"licensed_physicians": "not_met"}),
    ("licensed_physicians", "none", {"licensed_physicians": "not_met"}),
    ("licensed_physicians", "unknown", {"licensed_physicians": "unknown"}),
    ("regenerative_specialist", "experienced", {"regenerative_specialist": "met"}),
    ("regenerative_specialist", "new", {"regenerative_specialist": "partial"}),
    ("regenerative_specialist", "no", {"regenerative_specialist": "not_met"}),
    ("regenerative_specialist", "unknown", {"regenerative_specialist": "unknown"}),
    ("track_record", "yes", {"track_record": "met"}),
    ("track_record", "no", {"track_record": "not_met"}),
    ("track_record", "unknown", {"track_record": "unknown"}),
    ("realistic_claims", "no", {"realistic_claims": "met"}),
    ("realistic_claims", "yes", {"realistic_claims": "not_met"}),
    ("no_fda_misuse", "no", {"no_fda_misuse": "met"}),
    ("no_fda_misuse", "yes", {"no_fda_misuse": "not_met"}),
    ("realistic_timeline", "no", {"realistic_timeline": "met"}),
    ("realistic_timeline", "yes", {"realistic_timeline": "not_met"}),
    ("risks_disclosed", "yes", {"risks_disclosed": "met"}),
    ("risks_disclosed", "no", {"risks_disclosed": "not_met"}),
    ("risks_disclosed", "unknown", {"risks_disclosed": "unknown"}),
    ("evidence_cited", "yes", {"evidence_cited": "met"}),
    ("evidence_cited", "no", {"evidence_cited": "not_met"}),
    ("evidence_cited", "unknown", {"evidence_cited": "unknown"}),
    ("regulatory_oversight", "yes", {"regulatory_oversight": "met"}),
    ("regulatory_oversight", "no", {"regulatory_oversight": "not_met"}),
    ("regulatory_oversight", "unknown", {"regulatory_oversight": "unknown"}),
    ("honest_product_wording", "live", {"honest_product_wording": "met"}),
    ("honest_product_wording", "named", {"honest_product_wording": "not_met"}),
    ("honest_product_wording", "honest", {"honest_product_wording": "met"}),
    ("honest_product_wording", "unknown", {"honest_product_wording": "unknown"}),
    ("local_cosmetic_use", "no", {"local_cosmetic_use": "met"}),
    ("local_cosmetic_use", "routes", {"local_cosmetic_use": "not_met"}),
    ("local_cosmetic_use", "disease", {"local_cosmetic_use": "not_met"}),
    ("local_cosmetic_use", "unknown", {"local_cosmetic_use": "unknown"}),
    ("qc_release_testing", "yes", {"qc_release_testing": "met"}),
    ("qc_release_testing", "no", {"qc_release_testing": "not_met"}),
    ("qc_release_testing", "unknown", {"qc_release_testing": "unknown"}),
    ("ethics_review", "approved", {"ethics_review": "met"}),
    ("ethics_review", "unapproved", {"ethics_review": "not_met"}),
    ("ethics_review", "not_study", {"ethics_review": "not_applicable"}),
    ("ethics_review", "unknown", {"ethics_review": "unknown"}),
    ("adverse_event_reporting", "yes", {"adverse_event_reporting": "met"}),
    ("adverse_event_reporting", "no", {"adverse_event_reporting": "not_met"}),
    ("adverse_event_reporting", "unknown", {"adverse_event_reporting": "unknown"}),
    ("no_sales_pressure", "no", {"no_sales_pressure": "met"}),
    ("no_sales_pressure", "yes", {"no_sales_pressure": "not_met"}),
    ("no_sales_pressure", "unknown", {"no_sales_pressure": "unknown"}),
    ("no_enforcement_history", "no", {"no_enforcement_history": "met"}),
    ("no_enforcement_history", "yes", {"no_enforcement_history": "not_met"}),
    ("no_enforcement_history", "unknown", {"no_enforcement_history": "unknown"}),
    ("facility_credentials_current", "yes", {"facility_credentials_current": "met"}),
    ("facility_credentials_current", "no", {"facility_credentials_current": "partial"}),
    ("facility_credentials_current", "unknown", {"facility_credentials_current": "unknown"}),
    ("informed_consent", "yes_limited", {"informed_consent": "met"}),
    ("informed_consent", "yes", {"informed_consent": "partial"}),
    ("informed_consent", "no", {"informed_consent": "not_met"}),
    ("informed_consent", "unknown", {"informed_consent": "unknown"}),
    ("consultation", "yes", {"consultation": "met"}),
    ("consultation", "no", {"consultation": "not_met"}),
    ("consultation", "unknown", {"consultation": "unknown"}),
    ("no_trial_fees", "no", {"no_trial_fees": "met"}),
    ("no_trial_fees", "yes", {"no_trial_fees": "not_met"}),
    ("no_trial_fees", "unknown", {"no_trial_fees": "unknown"}),
    ("follow_up", "yes", {"follow_up": "met"}),
    ("follow_up", "no", {"follow_up": "not_met"}),
    ("follow_up", "unknown", {"follow_up": "unknown"}),
]


def statuses(answers, **kwargs):
    return score(facts_from_answers(answers, country="US", **kwargs)).statuses()


@pytest.mark.parametrize(("key", "value", "expected"), EXPECTED)
def test_each_answer_gives_the_status_it_means(key, value, expected):
    result = statuses({**CAREFUL, key: value})
    assert {cid: result[cid] for cid in expected} == expected


def test_every_question_and_every_option_is_covered_by_the_table():
    asked = {(q.key, o.value) for q in QUESTIONS for o in q.options}
    table = {(key, value) for key, value, _ in EXPECTED}
    claims_unknown = {
        (k, "unknown") for k in ("realistic_claims", "no_fda_misuse", "realistic_timeline")
    }
    product_options = {
        ("product_disclosed", v) for v in ("cultured_fibroblasts", "extract", "growth_factors")
    }
    assert asked - table == claims_unknown | product_options


def test_every_criterion_is_asked_once_except_the_typed_price():
    answered = [c.id for q in QUESTIONS for c in q.criteria]
    assert sorted(answered) == sorted(c.id for c in CATALOGUE.criteria if c.id != "price_in_range")
    assert len(answered) == len(set(answered))


def test_careful_answers_with_a_fair_price_grade_a():
    assessment = score(facts_from_answers(CAREFUL, country="US", price_usd=9000))
    assert assessment.grade == "A"
    assert assessment.result("price_in_range").status == "met"


def test_dangerous_answers_are_avoid_with_the_knockouts_named():
    assessment = score(facts_from_answers(DANGEROUS, country="MX", price_usd=900))
    assert assessment.grade == "F"
    assert set(assessment.failed_knockouts) == {"autologous_source", "licensed_physicians"}
    assert assessment.result("price_in_range").status == "not_met"


def test_all_unknown_is_not_enough_information():
    assessment = score(facts_from_answers({}, country=None))
    assert assessment.grade == "insufficient"
    assert assessment.coverage == 0


def test_one_unanswered_claim_question_leaves_the_claims_unknown():
    answers = {**CAREFUL, "no_fda_misuse": "unknown"}
    result = statuses(answers)
    assert result["realistic_claims"] == result["no_fda_misuse"] == "unknown"


def test_a_reported_red_flag_counts_even_when_other_claims_are_unknown():
    answers = {"realistic_timeline": "yes"}
    assert statuses(answers)["realistic_timeline"] == "not_met"


def test_pasted_marketing_text_is_screened():
    result = statuses(
        {}, marketing_text="Our facelift is FDA approved and the results are permanent."
    )
    assert result["no_fda_misuse"] == "not_met"
    assert result["realistic_timeline"] == "not_met"
    clean = statuses(
        {}, marketing_text="Results build over three to six months and fade with time."
    )
    assert clean["realistic_claims"] == clean["no_fda_misuse"] == "met"


def test_an_answer_outside_the_options_is_refused():
    with pytest.raises(ValueError, match="consultation: 'maybe' is not one of"):
        facts_from_answers({"consultation": "maybe"}, country="US")


@pytest.mark.parametrize(
    ("amount", "currency", "usd"),
    [
        ("9000", "USD", 9000),
        ("100000", "MXN", 5500),
        ("5000", "GBP", 6350),
        ("150000", "TRY", 4350),
    ],
)
def test_prices_are_converted_at_the_fixed_rates(amount, currency, usd):
    assert to_usd(Decimal(amount), currency) == usd


def test_discrepancies_name_only_criteria_where_both_sides_know_and_differ():
    from checklist.engine.answers import discrepancies

    profile = score(facts_from_answers(CAREFUL, country="US", price_usd=9000))
    answers = {**CAREFUL, "sterile_closed_system": "open", "consultation": "unknown"}
    patient = score(facts_from_answers(answers, country="US", price_usd=2000))
    found = {d.criterion_id: d for d in discrepancies(answers, patient, profile)}
    assert set(found) == {"sterile_closed_system", "price_in_range"}
    closed = found["sterile_closed_system"]
    assert (closed.patient_status, closed.profile_status) == ("not_met", "met")
    assert closed.you_said == "No, they are handled in the open"
    assert found["price_in_range"].you_said == "From the price or the text you entered"
