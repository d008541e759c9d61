"""The site in Spanish and Turkish in Chromium (issue 21, part 5): a patient runs the whole
checklist in each language, every page passes axe, and no English sentence is left on the
translated pages: the visible text of each page is collected and compared, text node by text
node, with the same page in English; whatever reads the same in both is either a name (a
clinic's, a source's, the brand), a figure, or an untranslated string, which fails the test."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse

from checklist.models import PatientReport
from clinics.models import Clinic
from tests.checklist.test_answers import CAREFUL
from tests.e2e.test_accessibility import _blocking_violations
from tests.e2e.test_checklist import STEPS, answer

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# What may read the same in every language: names and codes, not sentences.
SAME_EVERYWHERE = re.compile(
    r"^(Clinic Vetting|English|Español|Türkçe|[A-F]|FDA|IRB|GMP|NCT\d+|SVF|IV|CQC|COFEPRIS|MHRA|"
    r"TİTCK|ISSCR|FTC|AEMPS|US\$|USD|EUR|GBP|MXN|TRY|cc|DOI|PDF|OK|Botox|FDA MedWatch\.?|"
    r"MHRA Yellow Card\.?|[\W\d\s]*)$"
)
TEXT_NODES = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    if (!parent || parent.closest('script,style,[hidden],.site-languages')) continue;
    const style = getComputedStyle(parent);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const text = node.textContent.replace(/\\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}"""


def visible_text(page: Any, url: str) -> list[str]:
    page.goto(url)
    return page.evaluate(TEXT_NODES)


def names() -> set[str]:
    """What stays as it is in every language: the clinics' own words and names (as curated),
    places, and the titles of the sources cited (a citation keeps its title)."""
    from django_countries import countries

    from checklist.engine.criteria import CATALOGUE
    from clinics.models import Credential

    found: set[str] = set()
    for clinic in Clinic.objects.all():
        place = f"{clinic.city}, {clinic.country.name}"
        found |= {clinic.name, clinic.city, f"{clinic.city}, ", place, clinic.website}
        found |= {f"{place} ·", clinic.description}
        found |= {p.name for p in clinic.practitioners.all()}
        found |= {c.text for c in clinic.claims.all()}
        found |= {p.name for p in clinic.protocols.all()}
        found |= {e.identifier for e in clinic.evidence.all()}
        found |= {e.title for e in clinic.evidence.all()}
    found |= set(Credential.objects.values_list("issuer", flat=True))
    # the public registers a patient can check (curated records: their names and notes)
    from clinics.models import PublicRegister

    for name, notes, source in PublicRegister.objects.values_list("name", "notes", "source"):
        found |= {name, notes, source}
    found |= {str(name) for _, name in countries}
    for criterion in CATALOGUE.criteria:
        for source in criterion.sources:
            found |= {source.name, f"; {source.name}", f"{source.name}; ", f"; {source.name}."}
    return {n for n in found if n}


def untranslated(english: list[str], translated: list[str], allowed: set[str]) -> list[str]:
    # A claim is quoted as the clinic published it; the page marks its flagged words, so a
    # piece of a claim can be a text node of its own.
    claims = [c for c in Clinic.objects.values_list("claims__text", flat=True) if c]
    left = []
    same = set(english) & set(translated)
    for text in sorted(same):
        if SAME_EVERYWHERE.match(text) or text in allowed or text.lstrip(". ;,·") in allowed:
            continue
        # a list of citations, joined by "; ": each one a title
        if all(part.strip(" .") in allowed or not part.strip(" .") for part in text.split(";")):
            continue
        if not re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{2,}", text):
            continue  # a single word or a code: a name more often than not
        if any(text in claim for claim in claims):
            continue
        left.append(text)
    return left


# Words of English that neither Spanish nor Turkish writes: two of them close together inside a
# translated sentence are a piece of English left in it ("..., says there is no risk, ...").
ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "is",
        "are",
        "to",
        "of",
        "for",
        "with",
        "there",
        "says",
        "that",
        "this",
        "its",
        "be",
        "was",
        "were",
        "has",
        "have",
        "your",
        "you",
        "from",
        "by",
        "at",
        "or",
        "not",
        "which",
        "what",
        "will",
        "it",
        "they",
        "their",
        "been",
        "does",
        "do",
        "than",
    ]
)
WORD = re.compile(r"[^\W\d_]+")


def english_inside(translated: list[str], allowed: set[str]) -> list[str]:
    """Translated text nodes that still hold English words, once names, titles and the clinics'
    own words (which stay as published) are taken out."""
    quoted = sorted(
        {c for c in Clinic.objects.values_list("claims__text", flat=True) if c} | allowed,
        key=len,
        reverse=True,
    )
    claims = [c for c in Clinic.objects.values_list("claims__text", flat=True) if c]
    found = []
    for text in translated:
        if any(text in claim for claim in claims):
            continue  # a piece of a claim the page marks: quoted as published
        rest = text
        for name in quoted:
            if len(name) > 3 and name in rest:
                rest = rest.replace(name, " ")
        words = [w.lower() for w in WORD.findall(rest)]
        for start in range(len(words)):
            if len({w for w in words[start : start + 4] if w in ENGLISH_WORDS}) >= 2:
                found.append(text)
                break
    return found


@pytest.mark.parametrize("language", ["es", "tr"])
def test_the_checklist_runs_end_to_end_and_nothing_is_left_in_english(demo_site, page, language):
    found: dict[str, list[str]] = {}
    prefix = f"/{language}"
    page.goto(f"{demo_site}{prefix}/check/")
    assert page.locator("html").get_attribute("lang") == language
    page.fill("#clinic-search", "lumen")
    page.locator("#clinic-results button").first.click()
    page.wait_for_url(f"**{prefix}/check/questions/")
    for step in STEPS:
        answer(page, step, CAREFUL)
        if step == "care":
            page.fill("input[name='care-price_amount']", "9500")
        violations = _blocking_violations(page)
        if violations:
            found[step] = violations
        page.locator("button[type=submit].btn-primary").last.click()
    page.locator("button[type=submit].btn-primary").last.click()  # the finish step
    page.wait_for_url(f"**{prefix}/check/report/**")
    report = PatientReport.objects.get()
    assert report.grade == "A"
    violations = _blocking_violations(page)
    if violations:
        found["report"] = violations
    assert not found, f"serious or critical accessibility violations: {found}"

    # The same pages in English and in this language: nothing but names reads the same.
    clinic = Clinic.objects.get(slug="lumenvale-skin-institute")
    f_clinic = Clinic.objects.filter(listing_grade="F").order_by("name").first()
    report_path = page.url.removeprefix(demo_site).removeprefix(prefix)
    paths = [
        "/",
        reverse("clinics:directory"),
        clinic.get_absolute_url(),
        f_clinic.get_absolute_url(),
        f"{reverse('clinics:compare')}?c={clinic.slug}&c={f_clinic.slug}",
        reverse("checklist:methodology"),
        reverse("checklist:start"),
        report_path,
    ]
    allowed = names()
    leftovers = {}
    for path in paths:
        english = visible_text(page, f"{demo_site}{path}")
        other = visible_text(page, f"{demo_site}{prefix}{path}")
        left = untranslated(english, other, allowed) + english_inside(other, allowed)
        if left:
            leftovers[path] = left[:15]
    assert not leftovers, f"English left on the {language} pages: {leftovers}"
