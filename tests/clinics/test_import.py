import copy
import json

import pytest
from django.core.management import CommandError, call_command

from clinics.models import Claim, Clinic, Credential, Practitioner, ProcessingProtocol
from clinics.services import clinic_profiles_export

FULL_PROFILE = {
    "slug": "harbour-skin",
    "name": "Harbour Skin Clinic",
    "country": "GB",
    "city": "Bristol",
    "website": "https://harbour-skin.example",
    "description": "Fictional clinic for tests.",
    "published": True,
    "practitioners": [
        {
            "name": "Dr. Ada Test",
            "role": "Medical director",
            "specialty": "regenerative_medicine",
            "years_experience": 14,
            "credentials": [
                {
                    "kind": "medical_license",
                    "issuer": "General Medical Council",
                    "number": "7000001",
                    "issued_on": "2010-08-01",
                    "expires_on": "2028-08-01",
                    "verified": True,
                    "verified_by": "M. Ortega (curator)",
                    "verified_on": "2026-10-01",
                    "source_url": "https://register.example/7000001",
                }
            ],
        }
    ],
    "credentials": [
        {
            "kind": "facility_license",
            "issuer": "Care Quality Commission",
            "number": "1-234",
            "verified": True,
            "verified_by": "M. Ortega (curator)",
            "verified_on": "2026-10-01",
        }
    ],
    "protocols": [
        {
            "name": "Own-fat cell facial",
            "cell_source": "autologous_adipose",
            "cell_form": "live_cells",
            "processing": "closed_system",
            "manipulation": "same_day",
            "lab": "on_site",
            "harvest_cc": 80,
            "delivery": ["injection", "microneedling"],
            "sessions": 1,
            "procedure_hours": 3.5,
            "documented": True,
            "treats_disease": False,
        }
    ],
    "claims": [
        {
            "text": "Results build over three to six months.",
            "source_url": "https://harbour-skin.example/faq",
            "captured_on": "2026-09-14",
        }
    ],
    "prices": [{"treatment": "full_face", "min_usd": 7000, "max_usd": 9500}],
    "evidence": [
        {"kind": "publication", "identifier": "10.1186/s13018-017-0645-5", "title": "Meta-analysis"}
    ],
    "practices": {
        "consultation": True,
        "written_consent": True,
        "consent_states_limited_data": True,
        "risks_disclosed": True,
        "follow_up": True,
        "complication_reporting": None,
        "outcomes_published": False,
        "procedures_performed": 250,
        "charges_for_trial": False,
        "markets_treatments": True,
        "release_testing": True,
        "adverse_event_reporting": None,
        "offered_as_study": False,
        "ethics_review": None,
        "sales_pressure": False,
    },
}
MINIMAL = {"slug": "bare-clinic", "name": "Bare Clinic", "country": "TR"}


def write(tmp_path, data, name="profiles.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def run_import(path, *args):
    from io import StringIO

    out = StringIO()
    call_command("import_clinics", str(path), *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_a_full_and_a_minimal_profile_import(tmp_path):
    out = run_import(write(tmp_path, [FULL_PROFILE, MINIMAL]))
    assert "Imported 2 clinics (2 new, 0 updated)" in out
    clinic = Clinic.objects.get(slug="harbour-skin")
    assert clinic.country.code == "GB"
    assert clinic.complication_reporting is None
    assert clinic.outcomes_published is False
    protocol = clinic.protocols.get()
    assert protocol.delivery == ["injection", "microneedling"]
    assert str(protocol.procedure_hours) == "3.5"
    assert clinic.practitioners.get().credentials.get().number == "7000001"
    assert clinic.credentials.get().kind == "facility_license"
    bare = Clinic.objects.get(slug="bare-clinic")
    assert bare.published is False and bare.consultation is None


@pytest.mark.parametrize(
    ("mutate", "field", "message"),
    [
        (lambda p: p.pop("name"), "name", "is required"),
        (lambda p: p.update(country="XX"), "country", "not a valid choice"),
        (
            lambda p: p["protocols"][0].update(cell_source="alien"),
            "protocols[0].cell_source",
            "'alien' is not one of",
        ),
        (
            lambda p: p["protocols"][0].update(delivery=["injection", "teleport"]),
            "protocols[0].delivery[1]",
            "'teleport'",
        ),
        (
            lambda p: p["practitioners"][0]["credentials"][0].update(expires_on="2028-13-01"),
            "practitioners[0].credentials[0].expires_on",
            "not a date",
        ),
        (
            lambda p: p["practitioners"][0].update(years_experience="ten"),
            "practitioners[0].years_experience",
            "whole number",
        ),
        (
            lambda p: p["prices"][0].update(min_usd=12000),
            "prices[0]",
            "minimum price cannot be above",
        ),
        (lambda p: p.update(website="not a url"), "website", "a web address may not hold"),
        (lambda p: p.update(website="not-a-url"), "website", "Enter a valid URL."),
        (lambda p: p.update(slug="Has Spaces"), "slug", "valid"),
        (
            lambda p: p["practices"].update(consultation="yes"),
            "practices.consultation",
            "true, false or null",
        ),
        (lambda p: p.update(cell_sorce="typo"), "cell_sorce", "not a key"),
        (
            lambda p: p["credentials"][0].update(verified_on=None),
            "credentials[0]",
            "needs the date it was verified",
        ),
        (lambda p: p.update(claims="text"), "claims", "must be a list"),
    ],
)
@pytest.mark.django_db
def test_a_bad_record_names_index_slug_and_field_and_imports_nothing(
    tmp_path, mutate, field, message
):
    bad = copy.deepcopy(FULL_PROFILE)
    bad["slug"] = "bad-one"
    mutate(bad)
    path = write(tmp_path, [MINIMAL, bad])
    with pytest.raises(CommandError) as error:
        run_import(path)
    text = str(error.value)
    assert "nothing imported" in text
    assert f"record 1 (slug 'bad-one'): {field}" in text or (
        field == "slug" and "record 1" in text and "slug" in text
    )
    assert message in text
    assert Clinic.objects.count() == 0


@pytest.mark.django_db
def test_not_json_and_missing_file_are_clear_errors(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("[{", encoding="utf-8")
    with pytest.raises(CommandError, match="not valid JSON"):
        run_import(path)
    with pytest.raises(CommandError, match="no such file"):
        run_import(tmp_path / "absent.json")
    with pytest.raises(CommandError, match="must hold a JSON list"):
        run_import(write(tmp_path, {"slug": "x"}))


@pytest.mark.django_db
def test_a_repeated_slug_in_one_file_is_refused(tmp_path):
    with pytest.raises(
        CommandError, match="record 1 \\(slug 'bare-clinic'\\): slug: repeats the slug of record 0"
    ):
        run_import(write(tmp_path, [MINIMAL, MINIMAL]))
    assert Clinic.objects.count() == 0


@pytest.mark.django_db
def test_an_existing_slug_needs_update(tmp_path):
    path = write(tmp_path, [MINIMAL])
    run_import(path)
    with pytest.raises(CommandError, match="already exists; use --update"):
        run_import(path)
    assert Clinic.objects.count() == 1


@pytest.mark.django_db
def test_update_replaces_fields_and_children_without_duplicating(tmp_path):
    run_import(write(tmp_path, [FULL_PROFILE]))
    changed = copy.deepcopy(FULL_PROFILE)
    changed["city"] = "Bath"
    changed["claims"].append({"text": "A second claim."})
    out = run_import(write(tmp_path, [changed, MINIMAL], "second.json"), "--update")
    assert "(1 new, 1 updated)" in out
    clinic = Clinic.objects.get(slug="harbour-skin")
    assert clinic.city == "Bath"
    assert Claim.objects.filter(clinic=clinic).count() == 2
    assert Practitioner.objects.count() == 1
    assert Credential.objects.count() == 2
    assert ProcessingProtocol.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_failure_while_writing_rolls_back_everything(tmp_path, monkeypatch):
    from clinics import services

    def explode(ids):
        raise RuntimeError("scoring failed")

    with pytest.raises(RuntimeError):
        services.clinics_import(data=[FULL_PROFILE, MINIMAL], after_write=explode)
    assert Clinic.objects.count() == 0
    assert Practitioner.objects.count() == 0


@pytest.mark.django_db
def test_export_then_import_into_an_empty_database_exports_the_same_json(
    tmp_path, django_db_blocker
):
    run_import(write(tmp_path, [FULL_PROFILE, MINIMAL]))
    first = clinic_profiles_export()
    Clinic.objects.all().delete()
    run_import(write(tmp_path, first, "export.json"))
    assert clinic_profiles_export() == first
    assert first[1]["protocols"][0]["procedure_hours"] == 3.5


@pytest.mark.django_db
def test_export_command_writes_the_profile_format(tmp_path):
    run_import(write(tmp_path, [FULL_PROFILE, MINIMAL]))
    out = tmp_path / "out.json"
    call_command("export_clinics", "harbour-skin", "-o", str(out))
    data = json.loads(out.read_text())
    assert [p["slug"] for p in data] == ["harbour-skin"]
    assert data[0]["practitioners"][0]["credentials"][0]["verified_by"] == "M. Ortega (curator)"
    with pytest.raises(CommandError, match="No clinic with slug: nope"):
        call_command("export_clinics", "nope")


@pytest.mark.django_db
def test_export_is_constant_in_queries(tmp_path, django_assert_max_num_queries):
    profiles = []
    for i in range(20):
        p = copy.deepcopy(FULL_PROFILE)
        p["slug"] = f"clinic-{i}"
        profiles.append(p)
    run_import(write(tmp_path, profiles))
    # slugs, clinic rows, practitioners, their credentials, clinic credentials, 4 other children,
    # the enforcement records the clinics are linked to
    with django_assert_max_num_queries(10):
        assert len(clinic_profiles_export()) == 20


# No database: parsing validates in Python (clinics.schema), so any query fails here.
def test_the_documented_example_is_a_valid_profile():
    from pathlib import Path

    from clinics.profiles import parse_profiles

    doc = (Path(__file__).resolve().parents[2] / "docs" / "clinic-profile.md").read_text()
    example = doc.split("```json", 1)[1].split("```", 1)[0]
    records = parse_profiles(json.loads(example))
    assert records[0].clinic.slug == "harbour-skin"


def numbered(count):
    profiles = []
    for i in range(count):
        p = copy.deepcopy(FULL_PROFILE)
        p["slug"] = f"clinic-{i}"
        profiles.append(p)
    return profiles


@pytest.mark.django_db
def test_parsing_asks_the_database_nothing_for_3_or_for_30_profiles(django_assert_num_queries):
    from clinics.profiles import parse_profiles

    # none: constraints are read in Python; existing slugs are clinics_import's one query
    with django_assert_num_queries(0):
        assert len(parse_profiles(numbered(3))) == 3
    with django_assert_num_queries(0):
        assert len(parse_profiles(numbered(30))) == 30


@pytest.mark.parametrize(
    ("mutate", "field", "message"),
    [
        (
            lambda p: p["credentials"][0].update(issued_on="2027-01-01", expires_on="2026-01-01"),
            "credentials[0]",
            "A credential cannot expire before it was issued.",
        ),
        (
            lambda p: p["practitioners"][0]["credentials"][0].update(verified_on=None),
            "practitioners[0].credentials[0]",
            "A verified credential needs the date it was verified.",
        ),
        (
            lambda p: p["prices"][0].update(min_usd=9600),
            "prices[0]",
            "The minimum price cannot be above the maximum.",
        ),
    ],
)
@pytest.mark.django_db
def test_a_constraint_violation_in_record_7_of_10_is_named_without_a_query(
    mutate, field, message, django_assert_num_queries
):
    from clinics.profiles import ProfileError, parse_profiles

    profiles = numbered(10)
    mutate(profiles[7])
    with django_assert_num_queries(0), pytest.raises(ProfileError) as error:
        parse_profiles(profiles)
    assert str(error.value) == f"record 7 (slug 'clinic-7'): {field}: {message}"


def test_a_country_is_checked_against_the_countries_of_the_field():
    from clinics.profiles import ProfileError, parse_profiles

    assert parse_profiles([{**MINIMAL, "country": "gb"}])[0].clinic.country == "GB"
    with pytest.raises(ProfileError) as error:
        parse_profiles([{**MINIMAL, "country": "xx"}])
    assert (
        str(error.value)
        == "record 0 (slug 'bare-clinic'): country: Value 'XX' is not a valid choice."
    )


@pytest.mark.django_db
def test_update_keeps_created_and_records_one_change_per_clinic(tmp_path):
    run_import(write(tmp_path, numbered(3)))
    before = {c.slug: (c.created, c.updated) for c in Clinic.objects.all()}
    changed = numbered(3)
    for profile in changed:
        profile["city"] = "Bath"
    run_import(write(tmp_path, changed, "second.json"), "--update")
    for clinic in Clinic.objects.select_related("current_assessment"):
        created, updated = before[clinic.slug]
        assert clinic.city == "Bath"
        assert clinic.created == created and clinic.updated > updated
        assert [h.history_type for h in clinic.history.order_by("history_id")] == ["+", "~"]
        assert clinic.history.latest().city == "Bath"
        # Rescored in the same transaction, as a new clinic is.
        assert clinic.current_assessment is not None


@pytest.mark.django_db
def test_an_import_costs_the_same_queries_for_3_or_30_new_profiles_but_insert_batches():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from clinics.services import clinics_import

    runs = []
    for start, count in ((0, 3), (3, 30)):
        with CaptureQueriesContext(connection) as queries:
            clinics_import(data=numbered(start + count)[start:])
        runs.append([q["sql"] for q in queries])
    few, many = runs
    # Existing slugs, in any case: one query for the whole file, whatever its length.
    for sqls in runs:
        assert sum('FROM "clinics_clinic"' in s and '"slug") IN' in s for s in sqls) == 1
    # Every other query is the same; rows go in bulk, one INSERT per table and batch (SQLite
    # takes 999 parameters a statement, some 60 rows of a history table).
    assert [s for s in few if not s.startswith("INSERT")] != []
    assert len([s for s in few if not s.startswith("INSERT")]) == len(
        [s for s in many if not s.startswith("INSERT")]
    )
    tables = {s.split('"')[1] for s in many if s.startswith("INSERT")}
    assert len([s for s in few if s.startswith("INSERT")]) == len(tables)
    assert len([s for s in many if s.startswith("INSERT")]) <= 2 * len(tables)


@pytest.mark.django_db
def test_update_writes_each_clinic_once_and_their_history_in_bulk():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from clinics.services import clinics_import

    clinics_import(data=numbered(30))
    with CaptureQueriesContext(connection) as queries:
        result = clinics_import(data=numbered(30), update=True)
    assert result.updated == 30
    sqls = [q["sql"] for q in queries]
    # One UPDATE a clinic, as save() made, but the history rows in one INSERT, not 30.
    assert sum(s.startswith('UPDATE "clinics_clinic" SET "name"') for s in sqls) == 30
    assert sum(s.startswith('INSERT INTO "clinics_historicalclinic"') for s in sqls) == 1


@pytest.mark.django_db(transaction=True)
def test_claims_are_screened_before_the_import_takes_the_write_lock(monkeypatch):
    """On SQLite the import's first write locks the database until it commits: the slow part,
    screening claims, runs before the transaction opens, and the scoring inside reads it."""
    from django.db import connection

    from checklist.engine import claims
    from checklist.services.assessments import clinics_import_and_score
    from clinics.models import Claim

    real_screen = claims.screen
    inside: list[bool] = []

    def watched(text):
        inside.append(connection.in_atomic_block)
        return real_screen(text)

    monkeypatch.setattr(claims, "screen", watched)
    clinics_import_and_score(data=[FULL_PROFILE])
    assert inside and not any(inside)
    claim = Claim.objects.get()
    assert claim.screened_with == claims.SCREENER_VERSION and claim.screening["flags"] == []
