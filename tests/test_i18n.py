"""The site in English, Spanish and Turkish (issue 21, part 1): the language is in the address
(English at the root, /es/, /tr/); every page says its language, links its versions in the other
languages (hreflang) and offers a switcher that keeps the page and its query; staff pages stay
English; the catalogues ship complete (no empty and no fuzzy entry) and compile with Babel."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db
LOCALE = Path(settings.BASE_DIR) / "locale"
LANGUAGES = ("es", "tr")


@pytest.mark.parametrize(("prefix", "code"), [("", "en"), ("/es", "es"), ("/tr", "tr")])
def test_each_language_has_its_address_and_says_it(client, prefix, code):
    page = client.get(f"{prefix}/clinics/?sort=price")
    body = page.content.decode()
    assert page.status_code == 200
    assert f'<html lang="{code}">' in body
    host = "http://testserver"
    for other, path in (("en", "/clinics/"), ("es", "/es/clinics/"), ("tr", "/tr/clinics/")):
        assert f'<link rel="alternate" hreflang="{other}" href="{host}{path}">' in body
        # the switcher keeps the page and its query
        assert re.search(rf'<a href="{re.escape(path)}\?sort=price" hreflang="{other}"', body)
    assert f'<link rel="alternate" hreflang="x-default" href="{host}/clinics/">' in body


def test_a_clinic_page_and_the_checklist_answer_in_every_language(client, careful_clinic):
    careful_clinic.published = True
    careful_clinic.save()
    path = careful_clinic.get_absolute_url()
    for prefix in ("", "/es", "/tr"):
        assert client.get(f"{prefix}{path}").status_code == 200
        assert client.get(f"{prefix}/check/").status_code == 200
        assert client.get(f"{prefix}/methodology/").status_code == 200


def test_urls_are_reversed_in_the_active_language():
    with translation.override("es"):
        assert reverse("clinics:directory") == "/es/clinics/"
    with translation.override("tr"):
        assert reverse("checklist:methodology") == "/tr/methodology/"
    assert reverse("clinics:directory") == "/clinics/"


def test_staff_pages_and_the_portal_stay_at_their_addresses(client):
    assert client.get("/es/admin/").status_code == 404
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/es/portal/").status_code == 404


def test_the_catalogues_ship_complete():
    for code in LANGUAGES:
        catalogues = sorted((LOCALE / code / "LC_MESSAGES").glob("*.po"))
        assert [po.name for po in catalogues] == ["django.po", "djangojs.po"], code
        for po in catalogues:
            with po.open("rb") as handle:
                catalog = read_po(handle, locale=code)
            assert len(catalog) >= (50 if po.name == "django.po" else 3), f"{po}: too few entries"
            empty, fuzzy = [], []
            for message in catalog:
                if not message.id:
                    continue
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                if not all(s.strip() for s in strings):
                    empty.append(message.id)
                if message.fuzzy:
                    fuzzy.append(message.id)
            assert not empty, f"{po}: untranslated: {empty[:10]}"
            assert not fuzzy, f"{po}: fuzzy: {fuzzy[:10]}"


def test_the_catalogues_compile_with_babel(tmp_path, settings):
    folder = tmp_path / "locale" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Clinics"\nmsgstr "Clínicas"\n\n'
        '#, fuzzy\nmsgid "Check a clinic"\nmsgstr "Revisar"\n',
        encoding="utf-8",
    )
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    out = StringIO()
    call_command("compile_catalogues", stdout=out)
    assert "1 catalogue(s) compiled" in out.getvalue()
    from babel.messages.mofile import read_mo

    with (folder / "django.mo").open("rb") as handle:
        compiled = read_mo(handle)
    assert compiled["Clinics"].string == "Clínicas"
    assert "Check a clinic" not in compiled  # a fuzzy entry stays English
    out = StringIO()
    call_command("compile_catalogues", stdout=out)
    assert "0 catalogue(s) compiled" in out.getvalue()  # nothing newer to compile


def test_the_javascript_strings_come_in_the_pages_language(client):
    script = client.get("/es/jsi18n/").content.decode()
    assert "Revisar esta cl" in script  # (the catalogue writes \u00ed)
    english = client.get("/jsi18n/").content.decode()
    assert "Revisar" not in english


def test_engine_sentences_built_with_values_are_translated_whole():
    from checklist.templatetags.checklist_tags import translated

    price = (
        "Quoted $7,500, within the range typical for a full face in the United Kingdom: "
        "$6,000–$12,000."
    )
    processing = "How the cells are processed is not stated. The lab is at the clinic."
    with translation.override("es"):
        spanish = translated(price)
        # the figures grouped the Spanish way, the words in Spanish
        assert spanish.startswith("Precio cotizado: $7.500") and "Reino Unido" in spanish
        assert "$6.000–$12.000" in spanish
        assert "How the cells" not in translated(processing)
    with translation.override("tr"):
        assert "Birleşik Krallık" in translated(price) or "İngiltere" in translated(price)
        assert "$7.500" in translated(price)
        # a list of five claim kinds is four joins deep: every one of them translated
        listed = (
            "Its marketing guarantees results, says there is no risk, claims to cure disease or "
            "reverse ageing, says it works for everyone and sells cells from donors, cords, "
            "animals, plants or a secret source."
        )
        assert "says there is no risk" not in translated(listed)
        # a list joins words inside a sentence, never two sentences that hold an "and"
        processing = (
            "Processed in a closed, sterile system. Prepared and given back on the same day, "
            "with minimal handling."
        )
        assert "Prepared" not in translated(processing)
        assert "found none" not in translated(
            "No enforcement record found in the public lists (you looked and found none)."
        )
        # a sentence opened by a filled-in value opens capitalised, the Turkish way
        assert translated(
            "Uses placental or amniotic cells; for a cosmetic treatment only your "
            "own cells are acceptable."
        )[:1].isupper()
    assert translated(price) == price  # English stays as the engine wrote it


def test_dates_on_the_public_pages_are_written_the_way_each_language_writes_them(
    client, careful_clinic
):
    import datetime

    from tests.factories import ClaimFactory

    careful_clinic.published = True
    careful_clinic.save()
    ClaimFactory(
        clinic=careful_clinic,
        text="Results build over three to six months.",
        captured_on=datetime.date(2026, 5, 11),
    )
    path = careful_clinic.get_absolute_url()
    written = {"": "captured 11 May 2026", "/es": "11 de mayo de 2026", "/tr": "11 Mayıs 2026"}
    for prefix, date in written.items():
        body = client.get(f"{prefix}{path}").content.decode()
        assert date in body, prefix
    # the Spanish month is not left bare between numbers ("11 mayo 2026")
    assert "11 mayo 2026" not in client.get(f"/es{path}").content.decode()
