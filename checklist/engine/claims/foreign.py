"""Screening Spanish and Turkish text: the same categories, each language's own rules and
context words (``rules_es``, ``rules_tr``), read the same way for both.

The English screener (``screening``) is untouched by this module: ``screen(text, "es")`` and
``screen(text, "tr")`` come here instead. What is shared with English: the categories and their
reasons, the sentence cutter (``text._Doc``) and the way touching flags of one category merge.
What is the language's own, as data in its rules module (a ``Language``):

- the rules: patterns per category, with words just before or after a match that make it
  harmless, and the word that must also stand in the clause or sentence;
- negation before a phrase (Spanish "no", "nunca", "sin"), a denial after it (Turkish negation
  is mostly a suffix: "kalıcı değildir", "-maz/-mez"), hedges per category ("puede",
  "olabilir"), warnings ("cuidado con", "dikkat") and reported or judged claims ("engaño",
  "iddia"), each of which drops a proposal in its sentence;
- a negation inside the phrase's own last word (Turkish verbs negate with a suffix, so a rule's
  stem can take "durdurmaz", "does not stop", into its match) drops it like a denial after it;
- a rule whose pattern carries its own negation ("no hay riesgo", "yan etkisi yok") is
  ``self_negated``: the negation checks do not read it as a denial.

Patterns are written in plain lower-case ASCII and matched against a folded copy of the text
(``fold``): lower case with Turkish dotted and dotless i both read as "i", accents and Turkish
letters read as their base letter ("curación" and "curacion", "kalıcı" and "kalici", "İ" and
"I" alike), letter for letter, so every offset in the folded text is an offset in the input.

Beside the rules, each language has an exemplar bank of its own (``semantic.py``:
``data/exemplars_es.tsv``, ``exemplars_tr.tsv``, the language's dev split and its curators'
reviewed labels): a sentence that resembles a known claim of its own language, and speaks of
what that category is about (the language's ``semantic_anchors``), is proposed whole, and goes
through the same context step as a rule's proposal. WordLlama's vectors are English-trained, so
the layer recognises close rewordings of a known sentence rather than a claim's meaning; it is
what lets a curator's reviewed Spanish or Turkish label teach the screener.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Final

from . import semantic
from .categories import CATEGORIES
from .context import (
    COVERED_BY_A_RULE,
    DENIED_AFTER,
    NEGATED_BEFORE,
    overlaps_same_kind,
    set_aside_by_rules,
)
from .prefilter import FOREIGN, Presence
from .text import _Doc

LANGUAGES: Final[tuple[str, ...]] = ("en", "es", "tr")


@dataclass(frozen=True, slots=True)
class Rule:
    category: str
    pattern: re.Pattern[str]
    # skip the match when these follow it / precede it (harmless uses of a flag word)
    not_after: re.Pattern[str] | None = None
    not_before: re.Pattern[str] | None = None
    # the clause (or, for needs_in_sentence, the sentence) must also contain this
    needs_in_clause: re.Pattern[str] | None = None
    needs_in_sentence: re.Pattern[str] | None = None
    # the sentence must not contain this (e.g. "autólogo" beside a source word)
    not_in_sentence: re.Pattern[str] | None = None
    # the pattern carries its own negation ("no hay riesgo", "yan etkisi yok")
    self_negated: bool = False


def rule(
    category: str,
    *alternatives: str,
    not_after: str | None = None,
    not_before: str | None = None,
    needs_in_clause: str | None = None,
    needs_in_sentence: str | None = None,
    not_in_sentence: str | None = None,
    self_negated: bool = False,
) -> Rule:
    """A rule from lower-case ASCII patterns, matched against the folded text."""

    def compiled(pattern: str | None) -> re.Pattern[str] | None:
        return re.compile(pattern) if pattern else None

    return Rule(
        category=category,
        pattern=re.compile("|".join(f"(?:{a})" for a in alternatives)),
        not_after=compiled(not_after),
        not_before=compiled(not_before),
        needs_in_clause=compiled(needs_in_clause),
        needs_in_sentence=compiled(needs_in_sentence),
        not_in_sentence=compiled(not_in_sentence),
        self_negated=self_negated,
    )


@dataclass(frozen=True, slots=True)
class Language:
    """One language's rules and context words, all read against the folded text."""

    code: str
    rules: tuple[Rule, ...]
    clause_break: re.Pattern[str]
    # the end of the text before a phrase (within its clause) negates it
    negated_before: re.Pattern[str]
    # the start of the text after a phrase (within its clause) denies it
    denied_after: re.Pattern[str]
    # for unverified_source: only a denial of the product itself clears it
    source_denied_after: re.Pattern[str]
    # for unverified_source, anywhere in the sentence: the source is named to inform, not sold
    # (its established use in blood cancers, a regulator's or a court's action on it, harm on
    # record, what the tissue is, firms that sell it, the risks it carries)
    source_informs: re.Pattern[str] = re.compile(r"(?!)")
    # the last word of the phrase itself carries a negation (Turkish "durdurmaz", "onaylanmadı":
    # a rule's stem written as ``stem\w*`` takes the negative suffix into the match)
    negative_ending: re.Pattern[str] = re.compile(r"(?!)")
    # per category: a hedge in the clause before the phrase / just after it
    hedges_before: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    hedges_after: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    # per category: a hedge anywhere in the sentence ("if medicine proves ...")
    hedges_in_sentence: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    # anywhere in the sentence: a warning about other clinics, a reported or judged claim
    warning: re.Pattern[str] = re.compile(r"(?!)")
    reported: re.Pattern[str] = re.compile(r"(?!)")
    # a question asked, not answered: the sentence starts with one of these or ends with "?"
    question: re.Pattern[str] = re.compile(r"(?!)")
    # the exemplar bank: what a semantic proposal of a category must also speak of (read on the
    # folded sentence; cure has none), and the bank's digest, so that a changed bank changes
    # the language's version ("" where the language has no bank)
    semantic_anchors: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    exemplars: str = ""


# A question about harm answered with a bare no claims there is none ("¿Tiene efectos
# secundarios? Ninguno.", "Yan etkisi var mı? Hayır."); an answer that goes on is not bare.
_HARM_ASKED = re.compile(
    r"\b(?:riesgo|efectos?\s+(?:secundario|adverso)|complicacion|peligro|risk|yan\s+etki"
    r"|komplikasyon|tehlike)\w*"
)
_BARE_NO = re.compile(
    r"^\W*(?:no|ninguno|ninguna|nada|nunca|cero|hayir|yok|hic\s+yok|hicbiri|asla"
    r"|kesinlikle\s+(?:hayir|yok))(?:[,.!]?\s*(?:ninguno|ninguna|nada|yok|hic\s+yok))?\W*$"
)
# Turkish negation is mostly a suffix: a phrase whose own last word carries it is denied.
DENIED_IN_ITS_OWN_ENDING: Final = "denied in its own ending"
# A statement that ends in a tag ("a todos les funciona igualito, ¿ok?") is not a question.
# (a whole word: "¿no causa ningún daño?" ends in "daño", not in the tag "no")
_TAG_QUESTION: Final = re.compile(
    r"[,\s]*\u00bf?\s*(?<!\w)(?:ok|okay|eh|verdad|cierto|vale|no)\s*\?\s*$"
)


# --- Folding ----------------------------------------------------------------------------------


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x80, 0x250):
        char = chr(code)
        lower = char.lower()
        if len(lower) != 1:
            continue
        base = unicodedata.normalize("NFD", lower)[0]
        table[code] = base if base.isascii() and base.isalpha() else lower
    # Turkish: dotted and dotless, capital and small, are all read as "i"
    for char in "Iİı":
        table[ord(char)] = "i"
    table[ord("’")] = "'"
    table[ord("‘")] = "'"
    return table


_FOLD: Final = MappingProxyType(_fold_table())


def fold(text: str) -> str:
    """Lower case, Turkish i's as "i", accents dropped: one character for one character."""
    folded = text.translate(_FOLD)
    lower = folded.lower()
    if len(lower) == len(folded):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)


# --- Screening ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Proposal:
    category: str
    start: int
    end: int
    origin: str
    why: str | None  # None: the phrase stands as a claim
    score: float | None = None  # a semantic proposal's similarity to its exemplar


def _sentences(doc: _Doc) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in doc.sentences]


def _clause(language: Language, folded: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The clause of the sentence [start, end) that holds ``pos``."""
    clause_start, clause_end = start, end
    for brk in language.clause_break.finditer(folded, start, end):
        if brk.end() <= pos:
            clause_start = brk.end()
        elif brk.start() >= pos:
            clause_end = brk.start()
            break
    return clause_start, clause_end


def _matches(
    language: Language, doc: _Doc, folded: str, presence: Presence
) -> Iterator[tuple[int, Rule, int, int]]:
    text = doc.text
    possible = presence.possible()  # the rules' patterns are read at import (screening.py)
    for number, r in enumerate(language.rules):
        if possible is not None and id(r.pattern) not in possible:
            continue
        for found in presence.finditer(r.pattern, folded):
            start, end = found.start(), found.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            if end == start:
                continue
            if r.not_after and r.not_after.search(folded[end : end + 40]):
                continue
            if r.not_before and r.not_before.search(folded[max(0, start - 40) : start]):
                continue
            yield number, r, start, end


def _last_word(folded: str, start: int, end: int) -> str:
    words = re.findall(r"[\w'-]+", folded[start:end])
    return words[-1] if words else ""


_CLAUSE_LACKS: Final = "its clause lacks what the rule needs beside it"
_SENTENCE_LACKS: Final = "its sentence lacks what the rule needs beside it"
_FORM_UNMET: Final = frozenset({_CLAUSE_LACKS, _SENTENCE_LACKS})


def _why_dropped(
    language: Language,
    folded: str,
    presence: Presence,
    sentence: tuple[int, int],
    next_sentence: str,
    r: Rule,
    start: int,
    end: int,
) -> str | None:
    s_start, s_end = sentence
    sentence_text = folded[s_start:s_end]
    c_start, c_end = _clause(language, folded, s_start, s_end, start)
    clause_text = folded[c_start:c_end]
    if r.needs_in_clause and not r.needs_in_clause.search(clause_text):
        return _CLAUSE_LACKS
    if r.needs_in_sentence and not presence.search(r.needs_in_sentence, sentence_text):
        return _SENTENCE_LACKS
    if r.not_in_sentence and presence.search(r.not_in_sentence, sentence_text):
        return "its sentence says otherwise"
    if presence.search(language.warning, sentence_text):
        return "a warning about other clinics covers it"
    if presence.search(language.reported, sentence_text):
        return "it reports or weighs a claim, it does not make one"
    stripped = _TAG_QUESTION.sub("", sentence_text.strip())
    if (
        (stripped.endswith("?") or language.question.search(stripped))
        and not re.match(
            r"^\W*(?:si|yes|evet|kesinlikle|claro|por\s+supuesto|sin\s+(?:ninguna\s+|lugar\s+a\s+)?duda)\b",
            next_sentence,
        )
        and not (_HARM_ASKED.search(stripped) and _BARE_NO.match(next_sentence))
    ):
        return "it is asked, not claimed"
    prefix = folded[max(c_start, start - 120) : start]
    suffix = folded[end : min(c_end, end + 120)]
    category = r.category
    if not r.self_negated:
        if language.negated_before.search(prefix):
            return NEGATED_BEFORE
        denial = (
            language.source_denied_after
            if category == "unverified_source"
            else language.denied_after
        )
        if denial.search(suffix):
            return DENIED_AFTER
        if language.negative_ending.search(_last_word(folded, start, end)):
            return DENIED_IN_ITS_OWN_ENDING
    if category == "unverified_source" and presence.search(language.source_informs, sentence_text):
        return "the source is named to inform, not to sell"
    hedge = language.hedges_before.get(category)
    if hedge is not None and hedge.search(prefix.rsplit(",", 1)[-1][-80:]):
        return "hedged"
    hedge = language.hedges_after.get(category)
    if hedge is not None and hedge.search(suffix):
        return "hedged"
    hedge = language.hedges_in_sentence.get(category)
    if hedge is not None and presence.search(hedge, sentence_text):
        return "hedged"
    return None


def proposals(text: str, language: Language) -> list[Proposal]:
    """Every phrase the language's rules propose in ``text``, with why each was dropped."""
    doc = _Doc(text)
    folded = fold(doc.text)
    spans = _sentences(doc)
    starts = [s for s, _ in spans]
    found: list[Proposal] = []
    # Speed only: a pattern runs only the alternatives whose fixed strings the folded text holds
    # (prefilter.py; `prefiltered` names the patterns, registered where the languages are loaded)
    presence = Presence(folded, FOREIGN)
    for number, r, start, end in _matches(language, doc, folded, presence):
        index = max(bisect_right(starts, start) - 1, 0)
        following = (
            folded[spans[index + 1][0] : spans[index + 1][1]] if index + 1 < len(spans) else ""
        )
        why = _why_dropped(language, folded, presence, spans[index], following, r, start, end)
        found.append(
            Proposal(r.category, start, end, f"{language.code} rule {number} ({r.category})", why)
        )
    if language.exemplars:
        found += _resemblances(language, doc, folded, presence, spans, found)
    return found


_DENIALS: Final = frozenset({NEGATED_BEFORE, DENIED_AFTER, DENIED_IN_ITS_OWN_ENDING})


def _resemblances(
    language: Language,
    doc: _Doc,
    folded: str,
    presence: Presence,
    spans: list[tuple[int, int]],
    ruled: list[Proposal],
) -> list[Proposal]:
    """Whole sentences that resemble a known claim of the language's bank, read by the same
    context step; where a rule already flags the category inside the sentence, the rule's
    precise span is the flag."""
    standing = [p for p in ruled if p.why is None]
    refused = [p for p in ruled if p.why in _DENIALS]
    # (set aside by the context, not a rule whose own form did not match: "its clause lacks ...")
    set_aside = [p for p in ruled if p.why is not None and p.why not in _FORM_UNMET]
    proposed = []
    for index, start, end, r in semantic.resembling(
        doc, language.semantic_anchors, language.code, folded
    ):
        following = (
            folded[spans[index + 1][0] : spans[index + 1][1]] if index + 1 < len(spans) else ""
        )
        why = _why_dropped(
            language, folded, presence, spans[index], following, _WHOLE[r.category], start, end
        )
        proposal = Proposal(r.category, start, end, r.origin, why, score=r.score)
        if why is None:
            why = (
                COVERED_BY_A_RULE
                if overlaps_same_kind(proposal, standing)
                else set_aside_by_rules(proposal, refused, set_aside)
            )
            proposal = replace(proposal, why=why)
        proposed.append(proposal)
    return proposed


def _whole_sentence(category: str) -> Rule:
    """What the context step reads for a semantic proposal: its category, and no words of a
    rule's own around it."""
    return Rule(category=category, pattern=re.compile(r"(?!)"))


_WHOLE: Final = MappingProxyType({category: _whole_sentence(category) for category in CATEGORIES})


def prefiltered(language: Language) -> list[re.Pattern[str]]:
    """The language's patterns that run through the prefilter: its rules, and what is read in a
    whole sentence (a rule's sentence words, warnings, reported claims, sources named to inform,
    hedges)."""
    patterns = [r.pattern for r in language.rules]
    patterns += [p for r in language.rules for p in (r.needs_in_sentence, r.not_in_sentence) if p]
    patterns += [language.warning, language.reported, language.source_informs]
    patterns += list(language.hedges_in_sentence.values())
    return patterns
