"""Rules that need more than one pattern (disease claims, FDA endorsement, success odds,
emphatic promises) and the honest counterparts each category has."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from .rules import _DISEASES, _PROCESS_OBJECT, _RISK_CONTEXT, _RULES
from .text import _FLAGS, _NARROW_NEGATORS, _NEGATORS, _Doc, _Span, _tokens

# --- Category-specific honesty checks -------------------------------------------------------

_FDA_DENIAL = re.compile(
    r"\bonly\s+means\b|\bdoes(?:n't|\s+not)\s+(?:mean|imply|cover|apply)|\bis\s+not\s+(?:an?\s+)?"
    r"(?:approv|endorse|clear|the\s+same)|\bisn't\s+(?:an?\s+)?(?:approv|endorse|clear|the\s+same)"
    r"|\bnot\s+the\s+same\s+(?:as|thing)|\bsays\s+nothing\b|\bno\s+such\s+(?:approval|clearance)"
    r"|\bha(?:s|ve)(?:n't|\s+not)\s+(?:been\s+)?(?:approv|clear|evaluat|review)"
    r"|\bnot\s+(?:been\s+)?(?:approved|cleared|evaluated)|\bunapproved\b|\bnon-?approved\b"
    r"|\b(?:fda|agency)\W+(?:\w+\s+){0,2}(?:warn\w*|alert\w*|caution\w*)|\bwarning\s+letter\b"
    r"|\bonly\s+(?:covers|applies)|\blimited\s+to\b|\bapproved\s+only\b|\bonly\s+approved\b",
    _FLAGS,
)
_RISK_NOUN = (
    r"(?:risks?|infection\w*|bruis\w*|swell\w*|complication\w*|side\s+effects?|reaction\w*"
    r"|lumps?|nodules?|asymmetr\w*|necrosis|scar\w*|pain|numb\w*|harm|problems?|bleeding)"
)
_RISK_ADMISSION = re.compile(
    r"\b(?:but|though|although|however|except|apart\s+from|other\s+than|besides|aside\s+from"
    r"|while)\b[^.;]{0,80}?\b" + _RISK_NOUN + r"\b"
    r"|\b" + _RISK_NOUN + r"\b[^.;]{0,50}?(?:\b(?:can|may|might|could)\s+(?:still\s+)?"
    r"(?:\w+\s+)?(?:happen|occur|develop|cause|follow|appear)|\bstill\b|\bremain\w*"
    r"|\b(?:is|are)\s+(?:still\s+)?possible)"
    r"|\b(?:small|low|minor|rare|slight|remaining)\s+(?:\w+\s+)?" + _RISK_NOUN + r"\b"
    r"|\b(?:does(?:n't|\s+not)|not)\s+rule\s+out\b",
    _FLAGS,
)
_SLOW_RESULTS = re.compile(
    r"\b(?:weeks?|months?|fortnight|gradual\w*|over\s+time|build\w*|develop\w*|settle\w*|semanas"
    r"|meses)\b",
    _FLAGS,
)
_DENIED_WAIT = re.compile(
    r"\b(?:not|no|instead\s+of|rather\s+than|without|forget)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:weeks?|months?|wait\w*)\b",
    _FLAGS,
)
_SWELLING = re.compile(
    r"\b(?:swell\w*|swollen|puff\w*|bruis\w*|fluid|oedema|edema)\b|\bnot\s+(?:the|your)\s+"
    r"(?:final\s+)?(?:result|outcome)\b|\bisn't\s+(?:the|your)\s+(?:final\s+)?result\b",
    _FLAGS,
)
_RESTRICTED_APPROVAL = re.compile(
    r"\b(?:approved|licensed|authori[sz]ed)\s+only\s+for\b|\bonly\s+(?:approved|licensed)\s+for\b",
    _FLAGS,
)


def _honest_context(doc: _Doc, category: str, start: int, end: int) -> bool:
    """Category-specific signs that the phrase sits in an honest statement."""
    sentence = doc.sentence(start)
    clause = doc.clause(start)
    sentence_text = doc.slice(sentence)
    if category == "fda_misrepresentation":
        return _FDA_DENIAL.search(sentence_text) is not None
    if category == "no_risk":
        # a narrow true point is fine when the same sentence names the risks that remain
        rest = doc.text[sentence.start : start] + " " + doc.text[end : sentence.end]
        return _RISK_ADMISSION.search(rest) is not None
    if category == "instant":
        # "in minutes, not months" mentions months only to deny them
        clause_text = _DENIED_WAIT.sub(" ", doc.slice(clause))
        return bool(_SLOW_RESULTS.search(clause_text) or _SWELLING.search(sentence_text))
    if category == "permanent":
        return _RISK_CONTEXT.search(doc.slice(clause)) is not None
    if category == "unverified_source":
        return _RESTRICTED_APPROVAL.search(sentence_text) is not None
    return False


def _promises_only_a_process(doc: _Doc, start: int, end: int) -> bool:
    """'We guarantee your privacy' promises a process, not an outcome."""
    clause = doc.clause(start)
    limit = clause.end
    if re.match(r"\s*(?:is\s*)?:", doc.text[end:]):
        # "Our guarantee: ..." names what is guaranteed after the colon
        limit = doc.sentence(start).end
    after = doc.text[end : min(limit, end + 60)].lstrip(" :")
    after = re.split(r"[,;.!?]|\band\b", after, maxsplit=1)[0]
    after = re.sub(r"^is\s*:", "", after)
    before = doc.text[max(clause.start, start - 25) : start]
    return bool(_PROCESS_OBJECT.search(after) or _PROCESS_OBJECT.search(before))


# --- Finders that need more than one pattern ------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    category: str
    start: int
    end: int
    outcome_only: bool = False
    # Which rule or finder proposed it (for --explain); not part of what the candidate is.
    origin: str = field(default="", compare=False)


_DISEASE = re.compile(_DISEASES, _FLAGS)
_NOT_THE_DISEASE_BEFORE = re.compile(
    r"\b(?:scars?|scarring|marks?|pitting|pits|cicatri\w*|post|after|not|no|non|without)\s+"
    r"(?:[\w-]+\s+){0,4}$"
    # a disease that describes the patient ("patients with diabetes heal slowly") is not the
    # thing being treated
    r"|\b(?:patients|people|those|anyone|someone|smokers|women|men|you|candidates|clients)\s+"
    r"(?:who\s+have\s+|with\s+)(?:[\w-]+\s+){0,2}$|\bif\s+you\s+(?:have|suffer\s+from)\s+"
    r"(?:[\w-]+\s+){0,2}$|\bhistory\s+of\s+(?:[\w-]+\s+){0,2}$",
    _FLAGS,
)
_NOT_THE_DISEASE_AFTER = re.compile(
    r"^[\s-]*(?:scars?|scarring|marks?|pits?|pitting|cicatri\w*|leaves)\b", _FLAGS
)
_CURE_VERB = re.compile(
    r"\b(?:cur(?:e|es|ed|ing|a|ar|amos|an)|heal(?:s|ed|ing)?|sana\w*|treat(?:s|ed|ing)?"
    r"|clear(?:s|ed|ing)(?:\s+up)?|clear\s+(?:up|away|your|the|my|their|her|his|them|it|all)"
    r"|eliminat\w*|eradicat\w*|restor(?:e|es|ed|ing)|regrow\w*|repigment\w*"
    r"|get(?:s|ting)?\s+rid\s+of|fix(?:es|ed)?|resolv\w*|revers\w*|beat(?:s)?|banish\w*"
    r"|erase[sd]?|wipe[sd]?\s+out|wiped\s+out|gone|disappear\w*|vanish\w*"
    r"|improv(?:e|es|ed|ing)|stop(?:s|ped)?(?!\s+(?:taking|using|smoking|drinking))"
    r"|fight(?:s)?|combat(?:s)?|remed(?:y|ies))\b",
    _FLAGS,
)


def _find_disease_claims(doc: _Doc) -> Iterator[_Candidate]:
    """A cure or treatment verb in a clause that names a disease, or that points back to one
    named earlier in the sentence or in questions just before ("Melasma? Rosacea? Our facial
    heals both.")."""
    for index, sentence in enumerate(doc.sentences):
        scope = [sentence]
        back = index - 1
        while back >= 0 and len(scope) < 4:
            previous = doc.slice(doc.sentences[back]).strip()
            if not (previous.endswith("?") and len(previous) < 60):
                break
            scope.append(doc.sentences[back])
            back -= 1
        for verb in _CURE_VERB.finditer(doc.text, sentence.start, sentence.end):
            before = doc.text[max(sentence.start, verb.start() - 20) : verb.start()]
            after = doc.text[verb.end() : min(sentence.end, verb.end() + 60)]
            if _PATIENT_BEING_TREATED.search(before) or _TREATED_ELSEWHERE.match(after):
                continue
            clause = doc.clause(verb.start())
            if _names_disease(doc, clause) or (
                _REFERS_BACK.search(doc.slice(clause))
                and any(_names_disease(doc, span) for span in scope)
            ):
                yield _Candidate("cure", verb.start(), verb.end(), origin="disease claim finder")


# "patients being treated for cancer" and "treated by a dermatologist" describe care elsewhere
_PATIENT_BEING_TREATED = re.compile(
    r"\b(?:being|currently|already|recently|been|get|gets|getting)\s+$", _FLAGS
)
_TREATED_ELSEWHERE = re.compile(
    r"\s+(?:first\s+)?(?:by|at)\s+(?:a|an|your|the)\s+(?:\w+\s+)?(?:dermatologist|doctor|gp"
    r"|specialist|physician|rheumatologist|endocrinologist|hospital)",
    _FLAGS,
)
_REFERS_BACK = re.compile(r"\b(?:it|them|both|this|these|those|either|all\s+of\s+them)\b", _FLAGS)


def _names_disease(doc: _Doc, span: _Span) -> bool:
    for disease in _DISEASE.finditer(doc.text, span.start, span.end):
        before = doc.text[max(span.start, disease.start() - 30) : disease.start()]
        after = doc.text[disease.end() : span.end]
        if not _NOT_THE_DISEASE_BEFORE.search(before) and not _NOT_THE_DISEASE_AFTER.match(after):
            return True
    return False


_FDA = re.compile(
    r"(?<![A-Za-z])(?:U\.?\s?S\.?\s+)?(?:FDA|F\.D\.A\.?|Food\s+and\s+Drug\s+Administration)"
    r"(?![A-Za-z])",
    _FLAGS,
)
_FDA_ENDORSEMENT = re.compile(
    r"\b(?:approv\w*|aprov\w*|aprob\w*|approuv\w*|cleared|clearance|certif\w*|endors\w*"
    r"|back(?:ed|ing)|sanction\w*|bless\w*|signed\s+off|sign[- ]off|seal|authori[sz]\w*"
    r"|licen[cs]ed|compliant|compliance|complies|accredit\w*|green[- ]?light\w*|onay\w*"
    r"|recogni[sz]\w*|vetted|validated|permitted|permission|stamp)\b",
    _FLAGS,
)
_FDA_BADGE = re.compile(
    r"(?<![A-Za-z])FDA[- ](?:registered|inspected|listed|regulated)\b"
    r"|\bunder\s+(?:the\s+)?FDA(?:'s)?\s+(?:guidance|oversight|supervision|regulation|approval)\b"
    r"|\b(?:meet|meets|meeting|follow|follows|following|according\s+to|in\s+line\s+with"
    r"|compl(?:y|ies|iant)\s+with|in\s+compliance\s+with|adheres?\s+to|conforms?\s+to)\s+"
    r"(?:all\s+|the\s+|strict\s+)?(?:U\.?S\.?\s+)?FDA(?:'s)?\s+(?:standards|guidelines"
    r"|requirements|regulations|rules|protocols)\b",
    _FLAGS,
)
_FDA_EXEMPTION = re.compile(
    r"(?:\b361\b|\bHCT/?Ps?\b|\bsame[- ]day\s+(?:exemption|exception)\b|\bNCT\s?(?:number|\d+)"
    r"|\bclinicaltrials\.gov\b|\bclinical\s+trial\s+(?:listing|registration|number|id)\b)"
    r"[^.!?]{0,80}?\b(?:approv\w*|bless\w*|sanction\w*|endors\w*|authori[sz]\w*|legal\w*"
    r"|permitted|allowed|compliant|green[- ]?light|backed)\b"
    r"|\bexempt\w*\b[^.!?]{0,40}\b(?:so|therefore|which\s+means|meaning)\b[^.!?]{0,40}\b"
    r"(?:approv\w*|legal\w*|sanction\w*|allowed|permitted|endors\w*)\b",
    _FLAGS,
)
_DEVICE = re.compile(
    r"\b(?:510\s?\(?k\)?|devices?|centrifuges?|cannulas?|machines?|equipment|kits?|systems?"
    r"|syringes?|lasers?|instruments?|needles?|microneedl\w*|pens?"
    # approved products used alongside the procedure, not the cells
    r"|fillers?|botox|botulinum|hyaluronic|an(?:a)?esthetics?|lidocaine|sutures?|drugs?(?!\s+administration)"
    r"|medications?|antibiotics?|implants?)",
    _FLAGS,
)
_DEVICE_STRETCHED = re.compile(
    r"\b(?:cover\w*|extend\w*|appl(?:y|ies)\s+to|includ\w*|means|every\s+step|whole|entire"
    r"|as\s+well|therefore|so\s+(?:the|your|our)\s+(?:cells?|treatment|procedure|therapy))\b",
    _FLAGS,
)


def _find_fda_claims(doc: _Doc) -> Iterator[_Candidate]:
    """FDA named next to an endorsement word, an FDA badge, or an exemption read as approval."""
    text = doc.text
    for sentence in doc.sentences:
        for fda in _FDA.finditer(text, sentence.start, sentence.end):
            nearest = _nearest_endorsement(doc, sentence, fda)
            if nearest is None:
                continue
            start, end = min(fda.start(), nearest.start()), max(fda.end(), nearest.end())
            inner = text[min(fda.end(), nearest.end()) : max(fda.start(), nearest.start())]
            denied_after = re.match(r"\s+(?:none|nothing|no\b|neither)", text[end : end + 20])
            if _denies(inner) or denied_after or _device_only(doc, sentence, start, end):
                continue
            yield _Candidate("fda_misrepresentation", start, end, origin="FDA endorsement finder")
        for pattern in (_FDA_BADGE, _FDA_EXEMPTION):
            for badge in pattern.finditer(text, sentence.start, sentence.end):
                if not _device_only(doc, sentence, badge.start(), badge.end()):
                    yield _Candidate(
                        "fda_misrepresentation",
                        badge.start(),
                        badge.end(),
                        origin="FDA badge or exemption finder",
                    )


def _nearest_endorsement(doc: _Doc, sentence: _Span, fda: re.Match[str]) -> re.Match[str] | None:
    window_start = max(sentence.start, fda.start() - 90)
    window_end = min(sentence.end, fda.end() + 90)
    found = list(_FDA_ENDORSEMENT.finditer(doc.text, window_start, window_end))
    if not found:
        return None
    return min(found, key=lambda m: min(abs(m.start() - fda.end()), abs(fda.start() - m.end())))


def _denies(inner: str) -> bool:
    words = _tokens(inner)
    return any(w in _NEGATORS or w in _NARROW_NEGATORS or w.endswith("n't") for w in words)


def _device_only(doc: _Doc, sentence: _Span, start: int, end: int) -> bool:
    """A device clearance is honest unless it is stretched to the cells or the procedure."""
    following = re.match(r"[\s-]*(?:[\w()]+[\s-]+){0,1}[\w()]*", doc.text[end : sentence.end])
    near = doc.text[max(sentence.start, start - 50) : end] + (
        following.group() if following else ""
    )
    if _DEVICE.search(near) is None:
        return False
    return _DEVICE_STRETCHED.search(doc.slice(sentence)) is None


_PERCENT = re.compile(
    r"(?<![\d.,])(?P<pct>\d{1,3}(?:[.,]\d+)?)\s?(?:%|per\s?cent\b|percent\b)"
    r"|%\s?(?P<tpct>\d{1,3})\b"
    r"|\b(?P<num>\d{1,3}|nine|eight|ten|nineteen|ninety(?:-\w+)?)\s+"
    r"(?:out\s+of|in|of\s+every|of)\s+"
    r"(?:every\s+)?(?P<den>\d{1,3}|ten|hundred|a\s+hundred|twenty)\b",
    _FLAGS,
)
_WORD_NUMBERS: Final[Mapping[str, float]] = MappingProxyType(
    {"eight": 8, "nine": 9, "ten": 10, "nineteen": 19, "twenty": 20, "hundred": 100}
)
# "100% safe" or "100% your own cells" is a different claim from a success rate
_NOT_AN_OUTCOME = re.compile(
    r"\s*(?:safe|secure|natural|autologous|organic|your\s+own|yours|own|sterile|fda|painless"
    r"|free|pure|human)\b",
    _FLAGS,
)
_ODDS_CUE = re.compile(
    r"\bodds\b|\bchances?\b|\bso\s+you\b|\byou\s+can\s+(?:be\s+)?(?:confident|sure|certain"
    r"|expect|count|rely|trust)|\byou\s+too\b|\bassured\b|\bguarant\w*|\byou(?:'ll|\s+will)\b"
    r"|\bexpect\b|\b(?:which|that)\s+means\s+you|\byour\s+(?:success|result|transformation)\b",
    _FLAGS,
)
_SUCCESS_WORD = re.compile(
    r"\bsucce\w*|\beffective\w*|\bworks?\b|\bcure\s+rate\b|\bresults?\b", _FLAGS
)
_CITED_OR_CAVEATED = re.compile(
    r"\bstud(?:y|ies)\b|\btrials?\b|\breview\b|\bmeta-?analys\w*|\bjournal\b|\bpublished\b"
    r"|\bliterature\b|\bet\s+al\b|\bseries\b|\(\s*[^)]*\b(?:19|20)\d\d\s*\)"
    r"|\b(?:may|might|can|will)\s+(?:differ|vary)\b|\bvar(?:y|ies)\b|\bnot\s+a\s+prediction\b"
    r"|\bno\s+guarantee\b|\bnot\s+(?:a\s+)?guarantee|\bindividual\s+results\b"
    r"|\bdoes(?:n't|\s+not)\s+(?:tell|predict|mean)\b",
    _FLAGS,
)


def _find_success_odds(doc: _Doc) -> Iterator[_Candidate]:
    """The clinic's own high success figure offered as the reader's odds."""
    for index, sentence in enumerate(doc.sentences):
        sentence_text = doc.slice(sentence)
        following = doc.slice(doc.sentences[index + 1]) if index + 1 < len(doc.sentences) else ""
        if _CITED_OR_CAVEATED.search(sentence_text + " " + following):
            continue
        for figure in _PERCENT.finditer(doc.text, sentence.start, sentence.end):
            share = _share(figure)
            if share is None or share < 0.8 or _NOT_AN_OUTCOME.match(doc.text, figure.end()):
                continue
            offered_as_odds = _ODDS_CUE.search(sentence_text) is not None
            success_claim = share >= 0.9 and _SUCCESS_WORD.search(sentence_text) is not None
            if offered_as_odds or success_claim:
                yield _Candidate(
                    "guaranteed", figure.start(), figure.end(), origin="success odds finder"
                )


def _share(figure: re.Match[str]) -> float | None:
    percent = figure.group("pct") or figure.group("tpct")
    if percent:
        return float(percent.replace(",", ".")) / 100
    num, den = figure.group("num").lower(), figure.group("den").lower().replace("a ", "")
    try:
        top = float(num) if num.isdigit() else _WORD_NUMBERS[num]
        bottom = float(den) if den.isdigit() else _WORD_NUMBERS[den]
    except KeyError:
        return None
    return top / bottom if bottom and top <= bottom else None


_EMPHATIC_WILL = re.compile(
    r"\bWILL\s+(?:(?:definitely|really|surely)\s+)?(?:see|fade|look|be|improve|disappear|vanish"
    r"|work|love|notice|get|shrink|tighten|lift|change|transform|feel)\b"
)


def _find_emphatic_will(doc: _Doc) -> Iterator[_Candidate]:
    """'Your circles WILL fade': capitals in ordinary text turn a forecast into a promise."""
    for sentence in doc.sentences:
        sentence_text = doc.slice(sentence)
        if not re.search(r"[a-z]{3}", sentence_text):
            continue
        for will in _EMPHATIC_WILL.finditer(doc.text, sentence.start, sentence.end):
            yield _Candidate("guaranteed", will.start(), will.end(), origin="emphatic WILL finder")


def _find_rule_matches(doc: _Doc) -> Iterator[_Candidate]:
    text = doc.text
    for number, rule in enumerate(_RULES):
        for found in rule.pattern.finditer(text):
            start, end = found.start(), found.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            if end == start:
                continue
            if rule.not_after and rule.not_after.search(text[end : end + 40]):
                continue
            if rule.not_before and rule.not_before.search(text[max(0, start - 30) : start]):
                continue
            if rule.needs_in_clause and not rule.needs_in_clause.search(
                doc.slice(doc.clause(start))
            ):
                continue
            yield _Candidate(
                rule.category,
                start,
                end,
                rule.outcome_only,
                origin=f"rule {number} ({rule.category})",
            )


_FINDERS: tuple[Callable[[_Doc], Iterator[_Candidate]], ...] = (
    _find_rule_matches,
    _find_disease_claims,
    _find_fda_claims,
    _find_success_odds,
    _find_emphatic_will,
)
