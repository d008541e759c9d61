"""Rules that need more than one pattern (disease claims, FDA endorsement, success odds,
emphatic promises) and the honest counterparts each category has."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from . import prefilter
from .rule_words import _DISEASES
from .rules import _RULES
from .text import _FLAGS, _NARROW_NEGATORS, _NEGATORS, _Doc, _Span, _tokens
from .vocabulary import conditions

# --- Finders that need more than one pattern ------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    category: str
    start: int
    end: int
    outcome_only: bool = False
    # Which rule or finder proposed it (for --explain); not part of what the candidate is.
    origin: str = field(default="", compare=False)
    # How close the semantic layer found it to its exemplar; None for a rule's proposal.
    score: float | None = field(default=None, compare=False)


# Matched against the lowercased text (_Doc.lower), like the rules.
_DISEASE = re.compile(_DISEASES)
_NOT_THE_DISEASE_BEFORE = re.compile(
    # (a list goes on past the scars, "heals acne scars and rosacea", but not past what left
    # them, "scars from acne and eczema")
    r"\b(?:scars?|scarring|marks?|pitting|pits|cicatri\w*)\s+(?:(?:from|of|by|after)\s+"
    r"(?:[\w-]+\s+){0,3}|(?:(?!and\b|or\b|&)[\w-]+\s+){0,4})$"
    r"|\b(?:not|no|non|without)\s+(?:[\w-]+\s+){0,4}$|\b(?:post|after)[\s-]+(?:[\w-]+\s+)?$"
    # a disease that describes the patient ("patients with diabetes heal slowly") is not the
    # thing being treated
    r"|(?<!treat\s)(?<!treats\s)(?<!treating\s)(?<!helps\s)(?<!help\s)(?<!helping\s)"
    r"\b(?:patients|people|individuals|those|anyone|someone|smokers|women|men|you|candidates"
    r"|clients)\s+(?:who\s+have\s+|with\s+|experiencing\s+)(?:[\w-]+\s+){0,2}$|\bif\s+you\s+(?:have|suffer\s+from)\s+"
    r"(?:[\w-]+\s+){0,2}$|\bhistory\s+of\s+(?:[\w-]+\s+){0,2}$",
    _FLAGS,
)
_NOT_THE_DISEASE_AFTER = re.compile(
    r"^[\s-]*(?:scars?|scarring|marks?|pits?|pitting|cicatri\w*|leaves)\b", _FLAGS
)
_LIST_FOLLOWS = re.compile(r"\s*:\s*(?=\S)")
_CURE_VERB = re.compile(
    r"\b(?:cur(?:e|es|ed|ing|a|ar|amos|an)|(?<!wound\s)heal(?:s|ed|ing)?(?!\s+(?:response|process|cascade|factors?|mechanisms?))|sana\w*|treat(?:s|ed|ing)?"
    r"|clear(?:s|ed|ing)(?:\s+up)?|clear\s+(?:up|away|your|the|my|their|her|his|them|it|all)"
    r"|eliminat\w*|eradicat\w*|restor(?:e|es|ed|ing)|regrow\w*|repigment\w*|prevent(?:s|ed|ing)?"
    r"|get(?:s|ting)?\s+rid\s+of|sort(?:s|ed)?\s+out|fix(?:es|ed)?|resolv\w*|solv(?:e|es|ed|ing)|revers\w*|beat(?:s)?|banish\w*"
    r"|erase[sd]?|wipe[sd]?\s+out|wiped\s+out|gone|disappear\w*|vanish\w*"
    r"|improv(?:e|es|ed|ing)|stop(?:s|ped)?(?!\s+(?:taking|using|smoking|drinking))|halt(?:s|ed|ing)?"
    r"|fight(?:s)?|combat(?:s)?|remed(?:y|ies)|reliev\w*|eas(?:e|es|ing)|alleviat\w*"
    r"|reduc(?:e|es|ed|ing)|decreas(?:es|ing)|decrease(?!\s+(?:in|of)\b)|ward(?:s|ed|ing)?\s+off|repair\w*|regenerat(?!ive\b)\w*|rebuild\w*|recover\w*|target(?:s|ing)?"
    # (not the reader's "concerns" addressed: "to address their hair loss concerns")
    r"|address(?:es|ed|ing)?(?![^.!?]{0,40}\bconcerns?\b)"
    # the condition said to respond ("male pattern hair loss responds well when caught early")
    r"|respond(?:s|ed)?\s+(?:very\s+)?(?:well|favou?rably|positively)"
    r"|help(?:s|ing)?\s+(?:with|patients|people|those|sufferers)|slow(?:s|ing)?\s+(?:down\s+)?"
    r"(?:the\s+)?progression|delay(?:s|ing)?\s+(?:the\s+|their\s+)?progression|manag(?:e|es|ing)"
    r"|(?:imped|hinder|arrest|retard)(?:e|es|ed|ing|s)?\s+(?:the\s+|their\s+)?progression"
    # efficacy said of the condition ("effective for acne and rosacea", "works for psoriasis")
    r"|(?:effective|efficacious|beneficial|useful)\s+(?:for|against|in|on)"
    # "present effective treatments for a variety of diseases"
    r"|(?<!only\s)(?:effective|proven)\s+(?:treatments?|therap(?:y|ies)|remed(?:y|ies))\s+(?:for|against|of)"
    r"|works?\s+(?:(?:(?:very\s+)?(?:well|effectively|wonders|best)\s+)?(?:for|on|against)|(?:very\s+)?well\s+with)|(?:good|great|excellent)\s+results\s+(?:for|in|with)"
    # the condition said to gain ("osteoarthritis ... frequently benefits from MSC treatment")
    r"|benefit(?:s|ed|ing)?\s+from)\b",
    _FLAGS,
)


def _find_disease_claims(doc: _Doc) -> Iterator[_Candidate]:
    """A cure or treatment verb in a clause that names a disease, or that points back to one
    named earlier in the sentence, in questions just before ("Melasma? Rosacea? Our facial
    heals both.") or in the sentence before ("Many of our patients have arthritis. Our
    injections heal it.")."""
    for index, sentence in enumerate(doc.sentences):
        scope = [sentence]
        back = index - 1
        while back >= 0 and len(scope) < 4:
            previous = doc.slice(doc.sentences[back]).strip()
            if not (previous.endswith("?") and len(previous) < 60):
                break
            scope.append(doc.sentences[back])
            back -= 1
        # the sentence before counts only for a pronoun right after the verb ("heal it")
        before_sentence = doc.sentences[index - 1] if len(scope) == 1 and index > 0 else None
        for verb in doc.presence.finditer(_CURE_VERB, doc.text, sentence.start, sentence.end):
            before = doc.text[max(sentence.start, verb.start() - 20) : verb.start()]
            after = doc.text[verb.end() : min(sentence.end, verb.end() + 60)]
            if _PATIENT_BEING_TREATED.search(before) or _TREATED_ELSEWHERE.match(after):
                continue
            clause = doc.clause(verb.start())
            listed = _LIST_FOLLOWS.match(after)
            if (
                _names_disease(doc, clause)
                # the conditions listed after a colon ("We can use PRP to treat: Osteoarthritis,
                # tendon problems ...")
                or (
                    listed is not None
                    and _names_disease(doc, doc.clause(verb.end() + listed.end()))
                )
                or (
                    _REFERS_BACK.search(doc.slice(clause))
                    and any(_names_disease(doc, span) for span in scope)
                )
                or (
                    before_sentence is not None
                    and _OBJECT_PRONOUN.match(after)
                    and _names_disease(doc, before_sentence)
                )
            ):
                yield _Candidate("cure", verb.start(), verb.end(), origin="disease claim finder")


# "patients being treated for cancer" and "treated by a dermatologist" describe care elsewhere
_PATIENT_BEING_TREATED = re.compile(
    r"\b(?:being|currently|already|recently|been|get|gets|getting)\s+$"
    # "diabetes slows healing": the disease impairs healing, nothing is promised
    r"|\b(?:slows?|slower|delays?|delayed|impairs?|impaired|poor|affects?)\s+(?:wound\s+)?$"
    # "delay in healing of the wounds": a complication reported
    r"|\bdelay(?:s|ed)?\s+in\s+$",
    _FLAGS,
)
_OBJECT_PRONOUN = re.compile(r"\s+(?:\w+\s+)?(?:it|them|both|this|these|those)\b", _FLAGS)
_TREATED_ELSEWHERE = re.compile(
    r"\s+(?:first\s+)?(?:by|at)\s+(?:a|an|your|the)\s+(?:\w+\s+)?(?:dermatologist|doctor|gp"
    r"|specialist|physician|rheumatologist|endocrinologist|hospital)",
    _FLAGS,
)
_REFERS_BACK = re.compile(r"\b(?:it|them|both|this|these|those|either|all\s+of\s+them)\b", _FLAGS)


def _diseases(doc: _Doc, span: _Span) -> Iterator[tuple[int, int]]:
    """Where ``span`` names a disease or condition (the lay words of rules._DISEASES or the
    ICD-10-CM vocabulary) as the thing treated, not as acne's scars or the patient's history."""
    for start, end in _disease_spans(doc):
        if start < span.start or end > span.end:
            continue
        before = doc.text[max(span.start, start - 45) : start]
        after = doc.text[end : span.end]
        if not _NOT_THE_DISEASE_BEFORE.search(before) and not _NOT_THE_DISEASE_AFTER.match(after):
            yield start, end


def _disease_spans(doc: _Doc) -> list[tuple[int, int]]:
    """Every span of the text that names a disease or condition, however it is named there; found
    once per text (both disease finders and the context step ask, clause by clause)."""
    every: list[tuple[int, int]] | None = doc.memo.get("diseases")
    if every is None:
        every = [(m.start(), m.end()) for m in doc.presence.finditer(_DISEASE, doc.lower)]
        every += conditions(doc.lower)
        doc.memo["diseases"] = every
    return every


def _names_disease(doc: _Doc, span: _Span) -> bool:
    return next(_diseases(doc, span), None) is not None


# "an effective back pain treatment", "a therapy for COPD", "results for conditions like
# chronic pain": treatment offered for a condition, with no verb of cure.
_TREATMENT_NOUN = re.compile(
    r"\b(?:treatments?|therap(?:y|ies)|options?|alternatives?|solutions?|answer|remed(?:y|ies)"
    r"|(?:stem\s+)?cells|exosomes|prp|shots?|facials?|transplant\w*|implant\w*"
    r"|hope|injections?|infusions?|protocols?|procedures?|results|relief|recovery|benefits?"
    r"|improvements?|breakthrough|tratamiento|terapia"
    # a treatment said to be put to a condition's use ("is utilized for conditions such as autism")
    r"|used|utili[sz]ed|indicated)\b",
    _FLAGS,
)
_TREATMENT_FOR = re.compile(
    r"^\s*(?:for|of|to|against|in|from)\s+(?:(?:conditions|diseases|disorders|patients|people"
    r"|those|sufferers|such|as|like|including|with|the|a|an|your|their|many|various|chronic"
    r"|severe|all|types?|of|numerous|several|multiple|different|other|treatment|related"
    r"|medical|challenges|problems|issues|complex|skin|health|kinds"
    r"|degenerative|conditions,|diseases,|disorders,|e\.g\.,?|suffering|from|and|or"
    # a list's earlier items ("our cornerstone procedure for longevity, Alzheimer's")
    r"|[\w'\u2019-]+,)\s+){0,8}$",
    _FLAGS,
)
_TREATMENT_AFTER = re.compile(
    r"[\s-]*(?:\w+\s+)?(?:treatments?|therap(?:y|ies)|relief|patients|sufferers)\b", _FLAGS
)
_PATIENTS_SEE = re.compile(
    r"\b(?:see|sees|saw|seen|experience[sd]?|report(?:s|ed)?|notice[sd]?|enjoy(?:s|ed)?|show(?:s|ed)?"
    r"|get|gets|achieve[sd]?)\s+(?:\w+\s+){0,2}?(?:improvements?|relief|recovery|reduc\w+|better"
    r"|less|fewer|increased|significant|dramatic|remarkable|(?:\w+\s+)?(?:encouraging|promising"
    r"|excellent|great|positive|amazing|impressive)\s+results)\b",
    _FLAGS,
)
# Repairing the body's tissue is a disease claim whatever the disease is called.
_TISSUE_REPAIR = re.compile(
    r"\b(?:repair\w*|restor\w*|regenerat\w*|rebuild\w*|regrow\w*|heal\w*|reconstruct\w*"
    r"|replac(?:e|es|ing)|renew\w*)\s+(?:[\w,]+\s+){0,3}?(?:damaged|injured|degenerat\w*|worn"
    r"|diseased|dead|dying|lost|torn|broken|deteriorat\w*|aging\s+joints?)\s+(?:\w+\s+){0,2}?"
    r"(?:tissues?|organs?|cartilage|joints?|nerves?|neurons?|neural|brain|cells?|structures?|myelin"
    r"|function|discs?|tendons?|ligaments?|muscles?|bones?|heart|lungs?|kidneys?|liver|spine"
    r"|spinal|connections)\b"
    r"|\b(?:repair\w*|regenerat\w*|rebuild\w*|regrow\w*|restor\w*|heal(?:s|ed|ing)?)\s+"
    r"(?:the\s+|your\s+|their\s+|his\s+|her\s+)?"
    r"(?:(?:health|function)\s+of\s+(?:the\s+|your\s+)?)?(?:\w+\s+){0,2}?(?:cartilage|joints?|nerves?|neurons?|brain|discs?|tendons?|ligaments?"
    r"|muscles?|bones?(?!\s+marrow)|heart|lungs?|kidneys?|liver|spinal\s+cord|organs?|mobility|myelin|knees?"
    r"|shoulders?|hips?"
    r"|lost\s+function|function\s+of)\b"
    # new tissue said to grow ("promotes the development of new cartilage")
    r"|\b(?:(?:growth|development|formation|generation|production)\s+of|grows?|growing)\s+new\s+"
    r"(?:\w+\s+)?(?:cartilage|bone|tendons?|ligaments?|nerves?|neurons?|discs?|joint\s+tissue)\b",
    _FLAGS,
)


_HAIR_LOSS = re.compile(
    r"(?:(?:male|female)\s+pattern\s+)?(?:hair\s+loss|baldness|alopecia|thinning\s+hair|hair\s+thinning)",
    _FLAGS,
)


def _find_treatment_offers(doc: _Doc) -> Iterator[_Candidate]:
    """A treatment offered for a named condition ("stem cell treatment for COPD", "an
    effective back pain treatment"), patients with one said to improve, or damaged tissue said
    to be repaired."""
    text = doc.text
    for sentence in doc.sentences:
        for start, end in _diseases(doc, sentence):
            clause = doc.clause(start)
            before = text[max(clause.start, start - 90) : start]
            # a treatment named for hair loss is how such pages describe PRP and exosomes, and
            # the corpus reads it as honest; a cure verb ("cures baldness", the disease claim
            # finder) or patients said to improve still make the claim
            hair_loss = _HAIR_LOSS.fullmatch(text, start, end) is not None
            for noun in () if hair_loss else _TREATMENT_NOUN.finditer(before):
                if _TREATMENT_FOR.match(before[noun.end() :]):
                    at = max(clause.start, start - 90) + noun.start()
                    yield _Candidate("cure", at, end, origin="treatment offered for a condition")
                    break
            else:
                after = text[end : min(clause.end, end + 25)]
                named = None if hair_loss else _TREATMENT_AFTER.match(after)
                if named is not None:
                    yield _Candidate(
                        "cure", start, end + named.end(), origin="treatment offered for a condition"
                    )
                elif (seen := _PATIENTS_SEE.search(text, sentence.start, sentence.end)) is not None:
                    yield _Candidate(
                        "cure", seen.start(), seen.end(), origin="patients with a condition improve"
                    )
        for repair in doc.presence.finditer(_TISSUE_REPAIR, text, sentence.start, sentence.end):
            yield _Candidate("cure", repair.start(), repair.end(), origin="tissue repair finder")


_FDA = re.compile(
    r"(?<![A-Za-z])(?:U\.?\s?S\.?\s+)?(?:FDA|F\.D\.A\.?|Food\s+and\s+Drug\s+Administration)"
    r"(?![A-Za-z])",
    _FLAGS,
)
_FDA_ENDORSEMENT = re.compile(
    r"\b(?:approv\w*|aprov\w*|aprob\w*|approuv\w*|cleared|clearance|certif\w*|endors\w*"
    r"|back(?:ed|ing)|sanction\w*|bless\w*|signed\s+off|sign[- ]off|seal|authori[sz]\w*"
    r"|licen[cs]ed|compliant|compliance|complies|accredit\w*|green[- ]?light\w*|onay\w*"
    r"|recogni[sz]\w*|vetted|validated|permitted|permission|stamp|allowed)\b",
    _FLAGS,
)
_FDA_BADGE = re.compile(
    r"(?<![A-Za-z])FDA[- ](?:registered|inspected|listed|regulated)\b"
    r"|\bunder\s+(?:the\s+)?FDA(?:'s)?\s+(?:guidance|oversight|supervision|regulation|approval)\b"
    r"|\b(?:meet|meets|meeting|follow|follows|following|according\s+to|in\s+line\s+with"
    r"|compl(?:y|ies|iant)\s+with|in\s+compliance\s+with|adheres?\s+to|conforms?\s+to"
    r"|obey\w*|respect\w*|exceed\w*|abid\w*\s+by)\s+"
    r"(?:all\s+|the\s+|strict\s+|every\s+(?:single\s+)?|each\s+|any\s+)?(?:of\s+the\s+)?"
    r"(?:applicable\s+|relevant\s+|current\s+)?(?:U\.?S\.?\s+)?FDA(?:'s)?"
    # ... with another authority named beside it ("follows all FDA and COFEPRIS guidelines")
    r"(?:\s+(?:and|&)\s+(?:the\s+)?[\w()'-]+(?:\s+[\w()'-]+){0,5}?)?"
    r"\s+(?:standards?|guidelines?|requirements?|regulations?|rules?|protocols?|laws?"
    r"|mandates?|polic(?:y|ies)|procedures)\b"
    # the exemption held as a credential: "recognized as a 361 HCT/P", "our 361 products"
    r"|\brecogni[sz]ed\s+as\s+(?:an?\s+)?(?:section\s+)?361\b"
    r"|\b(?:our|its)\s+(?:section\s+)?361\s+(?:hct/?ps?|products?|tissues?|allografts?)\b",
    _FLAGS,
)
_FDA_RULES_FOLLOWED = re.compile(
    r"\b(?:follow\w*|according\s+to|within|compl(?:y|ies|iant)\s+with|meets?|adher\w*\s+to"
    r"|conform\w*\s+to|abid\w*\s+by|in\s+line\s+with)\s+(?:all\s+|the\s+|strict\s+)?(?:guidelines"
    r"|rules|standards|laws|regulations|requirements)\b[^.!?]{0,120}?\b(?:by|of|and)\s+(?:the\s+)?"
    r"(?:U\.?S\.?\s+|United\s+States\s+)?(?:FDA|Food\s+(?:and|&)\s+Drug\s+Administration)\b",
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
    r"|as\s+well|therefore|so\s+(?:the|your|our)\s+(?:cells?|treatment|procedure|therapy))\b"
    # a clearance said to be for the cells themselves, not denied
    r"|(?<!\bnot\s)\bfor\s+(?:\w+\s+)?(?:stem[- ]cells?|cell(?:ular)?\s+therap\w*|svf"
    r"|exosomes?|regenerative\s+(?:medicine|therap\w*|treatments?))\b"
    # the cleared thing named as a cell treatment: "the only FDA-cleared cell facial"
    # ... or read as the cells' own approval ("so I knew the cells themselves had been approved")
    r"|(?<!\bnot\s)\bcells?\s+(?:themselves\s+)?(?:had\s+been|have\s+been|were|are|was)\s+(?:also\s+)?"
    r"(?:approved|cleared)\b"
    r"|\bcleared\s+(?:stem[- ]cells?|cell(?:ular)?)\s+(?:[\w-]+\s+)?(?:system|facials?"
    r"|treatments?|therap\w*|rejuvenation|procedures?)\b",
    _FLAGS,
)


def _find_fda_claims(doc: _Doc) -> Iterator[_Candidate]:
    """FDA named next to an endorsement word, an FDA badge, or an exemption read as approval."""
    text = doc.text
    badges = (_FDA_BADGE, _FDA_EXEMPTION, _FDA_RULES_FOLLOWED)
    if not any(doc.presence.may_match(p) for p in (_FDA, *badges)):
        return
    for sentence in doc.sentences:
        for fda in doc.presence.finditer(_FDA, text, sentence.start, sentence.end):
            nearest = _nearest_endorsement(doc, sentence, fda)
            if nearest is None:
                continue
            start, end = min(fda.start(), nearest.start()), max(fda.end(), nearest.end())
            inner = text[min(fda.end(), nearest.end()) : max(fda.start(), nearest.start())]
            denied_after = re.match(r"\s+(?:none|nothing|no\b|neither)", text[end : end + 20])
            if _denies(inner) or denied_after or _device_only(doc, sentence, start, end):
                continue
            yield _Candidate("fda_misrepresentation", start, end, origin="FDA endorsement finder")
        for pattern in badges:
            for badge in doc.presence.finditer(pattern, text, sentence.start, sentence.end):
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
    # a share spelled out ("over eighty-five per cent of patients")
    r"|\b(?P<wpct>(?:seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:a|one)\s+hundred)\s+(?:per\s?cent|percent)\b"
    r"|\b(?P<num>\d{1,3}|nine|eight|ten|nineteen|ninety(?:-\w+)?)[\s-]+"
    r"(?:out\s+of|in|of\s+every|of)[\s-]+"
    r"(?:every\s+)?(?P<den>\d{1,3}|ten|hundred|a\s+hundred|twenty)\b",
    _FLAGS,
)
_WORD_NUMBERS: Final[Mapping[str, float]] = MappingProxyType(
    {"eight": 8, "nine": 9, "ten": 10, "nineteen": 19, "twenty": 20, "hundred": 100}
)
# "100% safe" or "100% your own cells" is a different claim from a success rate
_NOT_AN_OUTCOME = re.compile(
    r"\s*(?:safe|secure|natural|autologous|organic|your\s+own|yours|own|sterile|fda|painless"
    r"|free|pure|human|of\s+(?:the\s+)?(?:\w+\s+)?(?:fat|volume|graft|grafts|cells|tissue))\b"
    # a price compared ("50 per cent to 70 per cent less than in the US", "30% off")
    r"|\s*(?:less|cheaper|lower|off|discount|savings?|of\s+the\s+(?:cost|price))\b",
    _FLAGS,
)
_ODDS_CUE = re.compile(
    r"\bodds\b|\bchances?\b|\bso\s+you\b|\byou\s+can\s+(?:be\s+)?(?:confident|sure|certain"
    r"|expect|count|rely|trust)|\byou\s+too\b|\bassured\b|\bguarant\w*|\byou(?:'ll|\s+will)\b"
    r"|\bexpect\b|\b(?:which|that)\s+means\s+you|\byour\s+(?:success|result|transformation)\b"
    r"|\b(?:now\s+)?it's\s+your\s+turn\b",
    _FLAGS,
)
_SUCCESS_WORD = re.compile(
    # (not the connective "as a result")
    r"\bsucce\w*|\beffective\w*|\bworks?\b|\bcure\s+rate\b|(?<!\bas\sa\s)\bresults?\b|\bimprov\w*"
    r"|\bengraftment\b"
    r"|\bsatisf\w*|\b(?:improvement|response|recovery)\s+rate\b"
    # a share said to keep the result ("90% of clients have permanent hair loss")
    r"|\bpermanent(?:ly)?\b|\b(?:graft\s+)?survival\b"
    # a share of patients pleased, or looking better: the same figure in other words
    r"|\b(?:happy|happier|delighted|thrilled|pleased)\b"
    r"|\b(?:smoother|firmer|younger|tighter|fuller|clearer|brighter)\b"
    r"|\b(?:see|saw|notice|noticed)\s+(?:a|an)\s+(?:\w+\s+)?(?:lift|difference|improvement|change)\b",
    _FLAGS,
)
_CITED_OR_CAVEATED = re.compile(
    r"\bstud(?:y|ies)\b|\btrials?\b|\breviews?\b|\bmeta-?analys\w*|\bjournal\b|\bpublished\b"
    r"|\bliterature\b|\bet\s+al\b|\bseries\b|\bregistr(?:y|ies)\b|\(\s*[^)]*\b(?:19|20)\d\d\s*\)"
    r"|\b(?:may|might|can|will)\s+(?:differ|vary)\b|\bvar(?:y|ies)\b|\bnot\s+a\s+prediction\b"
    r"|\bno\s+guarantee\b|\bnot\s+(?:a\s+)?guarantee|\bindividual\s+results\b"
    # "data is limited and cannot assure a guaranteed result"
    r"|\b(?:cannot|can't|can\s+not)\s+(?:assure|guarantee|promise)\b|\blimited\s+data\b"
    r"|\bdata\s+(?:is|are)\s+(?:\w+\s+)?limited\b"
    r"|\bdoes(?:n't|\s+not)\s+(?:tell|predict|mean)\b"
    # a study's own apparatus: a confidence interval, a p value, a control group, a sample size
    # a threshold defined ("growth over 85% should be considered as successful")
    r"|\bshould\s+be\s+considered\b"
    # a content analysis counting what it read ("twenty-two articles (85%) used ...")
    r"|\b(?:articles|websites|sites|clinics|posts|videos|respondents)\s+\(\s?\d{1,3}(?:[.,]\d+)?\s?%\s?\)"
    r"|\b(?:9[059]\s?%\s?ci|confidence\s+interval|p\s?[<=]\s?0?\.\d|control\s+group"
    r"|n\s?=\s?\d+)",
    _FLAGS,
)


# "studies have shown ... over 80% of patients" names no study: the figure is not cited
_UNNAMED_STUDIES = re.compile(
    r"\b(?:(?:many|several|numerous|some|clinical|scientific|recent)\s+)?(?:studies|research)\s+"
    r"(?:has\s+|have\s+)?(?:shown|show|shows|proven|prove|proves|found|demonstrated|demonstrate"
    r"|demonstrates|confirmed|confirm|confirms)\b(?![^.!?]{0,40}\b(?:19|20)\d\d\b)",
    _FLAGS,
)


def _find_success_odds(doc: _Doc) -> Iterator[_Candidate]:
    """The clinic's own high success figure offered as the reader's odds."""
    for index, sentence in enumerate(doc.sentences):
        # the figures first: most sentences have none, and need no look for a citation
        figures = list(doc.presence.finditer(_PERCENT, doc.text, sentence.start, sentence.end))
        if not figures:
            continue
        sentence_text = doc.slice(sentence)
        following = doc.slice(doc.sentences[index + 1]) if index + 1 < len(doc.sentences) else ""
        if _CITED_OR_CAVEATED.search(_UNNAMED_STUDIES.sub(" ", sentence_text + " " + following)):
            continue
        for figure in figures:
            share = _share(figure)
            if share is None or share < 0.7 or _NOT_AN_OUTCOME.match(doc.text, figure.end()):
                continue
            offered_as_odds = _ODDS_CUE.search(sentence_text) is not None
            success_claim = share >= 0.7 and _SUCCESS_WORD.search(sentence_text) is not None
            if offered_as_odds or success_claim:
                yield _Candidate(
                    "guaranteed", figure.start(), figure.end(), origin="success odds finder"
                )


_TENS: Final[Mapping[str, int]] = MappingProxyType({"seventy": 70, "eighty": 80, "ninety": 90})
_UNITS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _share(figure: re.Match[str]) -> float | None:
    percent = figure.group("pct") or figure.group("tpct")
    if percent:
        return float(percent.replace(",", ".")) / 100
    if spelled := figure.group("wpct"):
        words = re.split(r"[\s-]+", spelled.lower())
        if words[-1] == "hundred":
            return 1.0
        return (_TENS[words[0]] + (_UNITS.index(words[1]) + 1 if len(words) > 1 else 0)) / 100
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
    possible = doc.presence.possible()  # every rule's pattern is read at import (below)
    for number, rule in enumerate(_RULES):
        if possible is not None and id(rule.pattern) not in possible:
            continue
        for found in doc.presence.finditer(rule.pattern, doc.lower):
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


# --- A clinic's track record offered as the reader's odds --------------------------------------

_TRACK_RECORD = re.compile(
    r"\b(?:of|out\s+of|among|from)\s+(?:our|the|my|all|these)\s+(?:last\s+|first\s+|previous\s+"
    r"|past\s+)?(?:\d[\d,]*|hundreds|thousands|several\s+hundred)\s+(?:\w+\s+)?(?:patients|clients"
    r"|cases|procedures|treatments|customers)\b(?=[^.!?]{0,80}\b(?:only|just|all|every|none|not\s+one"
    r"|no\s+one|nobody|a\s+handful|zero|never|but\s+(?:a|one|two|three))\b)"
    r"|\b(?:not\s+(?:a\s+single|one)|none\s+of\s+(?:our|my|the)|no)\s+(?:\w+\s+)?(?:patients?|clients?"
    r"|customers?)\s+(?:\w+\s+)?(?:has|have|had|ever)\s+(?:ever\s+)?(?:needed|required|asked\s+for"
    r"|come\s+back|returned|complained|been\s+disappointed|regretted|been\s+unhappy)\b",
    _FLAGS,
)


# Every track record names a number or a "not one": most texts have neither, and are passed.
_TRACK_RECORD_HINT = re.compile(
    r"\d|hundreds|thousands|\bnot\s+(?:a\s+single|one)\b|\bnone\b|\bno\s", _FLAGS
)


def _find_track_record(doc: _Doc) -> Iterator[_Candidate]:
    """ "Of our last 300 patients only a handful needed a repeat": the clinic's own record,
    with no study behind it, read as what will happen to you."""
    if _TRACK_RECORD_HINT.search(doc.text) is None:
        return
    for sentence in doc.sentences:
        # the record first: most sentences have none, and need no look for a citation
        found = list(doc.presence.finditer(_TRACK_RECORD, doc.text, sentence.start, sentence.end))
        if not found or doc.presence.search(_CITED_OR_CAVEATED, doc.slice(sentence)):
            continue
        for record in found:
            yield _Candidate(
                "guaranteed", record.start(), record.end(), origin="track record finder"
            )


# --- A source named in one sentence and sold in the next ---------------------------------------

_SOURCE_NAMED = re.compile(
    r"\b(?:donors?|donated|umbilical|cords?|placent\w*|amnio\w*|wharton\w*|embry\w*|f(?:o)?etal"
    r"|allograft\w*|animal|sheep|bovine|porcine|plant|botanical|newborns?|birth\s+tissue)\b",
    _FLAGS,
)
_USED_BY_US = re.compile(
    r"^\W*(?:(?:and\s+|so\s+|yes,?\s+)?(?:we|our\s+(?:\w+\s+)?(?:doctors?|clinic|team|lab|specialists))"
    r"\s+(?:\w+\s+)?(?:use|uses|used|inject|injects|offer|offers|sell|sells|administer|source"
    r"|sources|apply|deliver|infuse|harvest|obtain|buy|import)\s+(?:them|it|these|those|this"
    r"|such\s+cells)\b"
    r"|^\W*(?:these|those|they|such)\s+(?:\w+\s+)?(?:cells|exosomes|products)?\s*(?:are|is)\s+"
    r"(?:then\s+|what\s+)?(?:injected|infused|used|applied|administered|delivered|what\s+we\s+use)\b)",
    _FLAGS,
)


def _find_source_referred_back(doc: _Doc) -> Iterator[_Candidate]:
    """ "Some clinics use donor cells. We use them too.": the source is named before, as a
    topic, and the clinic takes it up with a pronoun in the next sentence."""
    for index in range(1, len(doc.sentences)):
        previous = doc.sentences[index - 1]
        if _SOURCE_NAMED.search(doc.text, previous.start, previous.end) is None:
            continue
        sentence = doc.sentences[index]
        found = _USED_BY_US.search(doc.slice(sentence))
        if found is not None and not _denies(found.group()):
            yield _Candidate(
                "unverified_source",
                sentence.start + found.start() + len(found.group()) - len(found.group().lstrip()),
                sentence.start + found.end(),
                origin="a source named in the sentence before, taken up here",
            )


# Read once, at import, for the alternatives each text can match (prefilter.py).
prefilter.register(
    *(rule.pattern for rule in _RULES),
    _DISEASE,
    _CURE_VERB,
    _TISSUE_REPAIR,
    _FDA,
    _FDA_BADGE,
    _FDA_EXEMPTION,
    _FDA_RULES_FOLLOWED,
    _PERCENT,
    _TRACK_RECORD,
    _CITED_OR_CAVEATED,
)
