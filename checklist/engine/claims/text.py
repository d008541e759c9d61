"""How a text is read: sentences and clauses, negation, honest hedges, warnings and FAQ
questions. Shared by every rule: a phrase is a claim only if its context lets it stand."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from .prefilter import Presence, register

# --- Text structure -------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FLAGS = re.IGNORECASE

# Same-length substitutions only: every offset in the normalised text is an offset in the input.
_NORMALISE = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "\u00a0": " "})

_ABBREVIATIONS: Final = _words(
    "dr mr mrs ms prof st vs approx no nr inc ltd co jr sr mt ft fig ref dept e.g i.e u.s a.m p.m"
    # Turkish "and so on", "for example", "see"
    " vb örn bkz"
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"')\]]*(?=\s|$)|\n\s*")
_CLAUSE_BREAK = re.compile(
    r";|:(?!\d)|\s[-–—]+\s|--|\s[–—]|[–—]\s"
    # "anything but permanent" is one phrase, not two clauses
    r"|(?<!anything\s)(?<!nothing\s)(?<!everything\s)\bbut\b|\bhowever\b|\balthough\b|\bthough\b"
    r"|\bwhereas\b",
    _FLAGS,
)


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


class _Doc:
    """The text with its sentence and clause boundaries, looked up by offset."""

    def __init__(self, text: str) -> None:
        self.original = text  # as given, for the trained encoder (encoder.py)
        self.text = text.translate(_NORMALISE)
        # Lowercased offset for offset (a letter whose lower case is longer, such as "İ", is
        # kept as it is): what the rules' patterns are matched against.
        lower = self.text.lower()
        if len(lower) != len(self.text):
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
        self.lower = lower
        # What a recognizer works out once per text and asks again per clause.
        self.memo: dict[str, list[tuple[int, int]]] = {}
        # Which alternatives of the patterns can match the text at all (speed only).
        self.presence = Presence(lower)
        self.sentences = _split_sentences(self.text)
        self._sentence_starts = [s.start for s in self.sentences]
        self.clauses = [
            c for s in self.sentences for c in _split_clauses(self.text, s, self.presence)
        ]
        self._clause_starts = [c.start for c in self.clauses]

    def sentence_index(self, pos: int) -> int:
        return max(bisect_right(self._sentence_starts, pos) - 1, 0)

    def sentence(self, pos: int) -> _Span:
        return self.sentences[self.sentence_index(pos)]

    def clause(self, pos: int) -> _Span:
        return self.clauses[max(bisect_right(self._clause_starts, pos) - 1, 0)]

    def slice(self, span: _Span) -> str:
        return self.text[span.start : span.end]


# Real sentences are far shorter; cutting run-on text keeps every per-phrase check bounded, so a
# pasted page without full stops still screens in linear time.
_MAX_SENTENCE: Final = 400


def sentences(text: str) -> list[str]:
    """The text's sentences as the screener cuts them (a page's text, for one proposal each)."""
    doc = _Doc(text)
    return [part for span in doc.sentences if (part := doc.slice(span).strip())]


def _split_sentences(text: str) -> list[_Span]:
    spans: list[_Span] = []
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        before = text[max(start, boundary.start() - 40) : boundary.start()]
        if boundary.group().startswith(".") and _ends_with_abbreviation(before):
            continue
        spans.extend(_cap_length(text, start, boundary.end()))
        start = boundary.end()
    if start < len(text) or not spans:
        spans.extend(_cap_length(text, start, len(text)))
    return spans


def _cap_length(text: str, start: int, end: int) -> Iterator[_Span]:
    while end - start > _MAX_SENTENCE:
        cut = text.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
        cut = cut + 1 if cut > start else start + _MAX_SENTENCE
        yield _Span(start, cut)
        start = cut
    yield _Span(start, end)


def _ends_with_abbreviation(before: str) -> bool:
    word = re.search(r"(\S+)$", before)
    if word is None:
        return False
    token = word.group(1).lower().rstrip(".")
    # single letters and dotted tokens cover initials and acronyms such as "U.S" or "F.D.A"
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or "." in token


def _split_clauses(text: str, sentence: _Span, presence: Presence) -> list[_Span]:
    spans: list[_Span] = []
    start = sentence.start
    for brk in presence.finditer(_CLAUSE_BREAK, text, sentence.start, sentence.end):
        if brk.start() > start:
            spans.append(_Span(start, brk.start()))
        start = brk.end()
    spans.append(_Span(start, sentence.end))
    return spans


# --- Negation, hedging and warnings ---------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?|,", re.UNICODE)

_NEGATORS: Final = _words(
    "not never nothing nobody none neither nor cannot no-one noone nunca hardly dont doesnt "
    "isnt arent wont cant didnt wouldnt couldnt shouldnt havent hasnt aint wasnt werent "
    "myth myths untrue impossible refrain refrains abstain abstains"
)
# "no" and "without" negate only the phrase right after them: "no downtime and zero risk" still
# claims zero risk, but "no treatment can guarantee" denies the guarantee.
_NARROW_NEGATORS: Final = frozenset({"no", "without", "ni", "sin", "unlike"})
_NOT_A_NEGATION_AFTER: Final = frozenset({"just", "only", "merely", "simply", "but"})
_SCOPE_BLOCKERS: Final = frozenset({"and", "plus", "with", "&"})
_RELATIVE: Final = frozenset({"that", "which", "who"})
_MODALS: Final = _words(
    "can could will would should may might is are has have does do offers gives makes"
)
_CLAUSE_STARTERS: Final = _words(
    "it it's its they they're we we're you you're your i this that these those results "
    "result which who our is are was were will be has have the because since so if when "
    "while where unless until once"
)
_MULTIWORD_NEGATION = re.compile(
    r"(?:\bno\s+such\s+thing\s+as|\bnot\s+true\s+that|\ba\s+myth\s+that|\bfar\s+from"
    r"|\binstead\s+of|\brather\s+than|\bas\s+opposed\s+to|\bno\s+longer"
    r"|\bthere\s+is\s+no\s+such|\banything\s+but)\s+(?:[\w'-]+\s+){0,3}$"
    # "there are no live FDA approved or allowed umbilical cord ... products": one noun phrase
    r"|\bthere\s+(?:are|is|were|was)\s+(?:currently\s+|still\s+)?no\s+"
    r"(?:(?!(?:and|to|of|for|with|but|so|because|since|which|you|we|it|they|i|our|your|this|that|there)\b)[\w'-]+,?\s+){0,9}$"
    r"|\b(?:no|little|not\s+any|without)\s+(?:good\s+|scientific\s+|reliable\s+|real\s+)?"
    r"(?:evidence|proof|data|studies)\s+(?:that|to\s+show|showing|for)\s+(?:[\w'-]+\s+){0,6}$"
    r"|\b(?:non|semi|un)[- ]?$"
    # "it is unlikely that it will ever be permanent"
    r"|\bunlikely\s+(?:that\s+|to\s+)?(?:[\w'-]+\s+){0,5}$",
    _FLAGS,
)
# Only denials of the phrase itself count: "our risk-free facial doesn't need surgery" still
# claims no risk, while "registration is not approval" denies the approval.
_SUFFIX_DENIAL = re.compile(
    r"^[\s\"']*(?:[\w'-]+\s+){0,4}?(?:(?:is|are|was|were)\s*(?:not|n't)\b|isnt\b|arent\b"
    r"|(?:do|does|did)\s*(?:not|n't)\s+(?:exist|mean|imply|cover|apply|work|last|happen)\b"
    r"|(?:cannot|can't|can\s+not)\s+be\s+(?:guaranteed|promised|achieved|true|done)\b"
    r"|(?:is|are)\s+(?:a\s+)?(?:myths?|lies?|false|untrue|fiction|fantasy|marketing|nonsense)\b"
    r"|only\s+means\b|says\s+nothing\b|(?:does|do)\s*(?:not|n't)\s+(?:contain|include))",
    _FLAGS,
)
_SUFFIX_STOPS: Final = _words("and but so because since which that who as while if then or")
# Donor or cord cells said to be "not rejected" are still being sold; only denials of the
# product itself ("creams that do not contain living cells") clear it.
_SOURCE_DENIAL = re.compile(
    r"(?:n't|not|never|cannot)\s+(?:\w+\s+)?(?:contain|include|have|use|used|come|exist|approved"
    r"|allowed|offered|sold|legal|proven|available|regenerate|work|survive|living|licensed)",
    _FLAGS,
)


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _prefix_negated(prefix: str, suffix: str) -> bool:
    """True when a negation in the clause before a phrase reaches that phrase."""
    if _MULTIWORD_NEGATION.search(prefix):
        return True
    # the phrase is itself a list item ("never use donor, cord or placental cells"); a leading
    # "no" covers the whole list only when it ends in "or" ("no embryonic, fetal or animal cells")
    in_list = re.match(r"\s*(?:,|or\b|and\b|nor\b)", suffix) is not None
    in_either_list = re.match(r"[^.;:!?]*?\b(?:or|nor)\b", suffix) is not None
    tokens = _tokens(prefix)
    since_comma: list[str] = []
    crossed_comma = False
    between: list[str] = []  # words between a candidate negator and the phrase, nearest last
    for i in range(len(tokens) - 1, max(len(tokens) - 14, -1), -1):
        token = tokens[i]
        if token == ",":
            # a comma ends the scope unless what follows it is a short list item
            if len(since_comma) > 3 or _CLAUSE_STARTERS.intersection(since_comma):
                return False
            if not since_comma and not in_list:
                return False
            crossed_comma = True
            since_comma = []
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in _NARROW_NEGATORS:
            if (crossed_comma and not (in_either_list and len(between) <= 2)) or (
                _SCOPE_BLOCKERS.intersection(between)
            ):
                between.append(token)
                since_comma.append(token)
                continue
            if len(between) <= 2 or _MODALS.intersection(between):
                return True
            # "no treatment that clears it for good": what is denied is a thing that does it
            if len(between) <= 8 and _RELATIVE.intersection(between[::-1][1:3]):
                return True
        elif (token in _NEGATORS or token.endswith("n't")) and following not in (
            _NOT_A_NEGATION_AFTER
        ):
            return len(between) <= 8
        between.append(token)
        since_comma.append(token)
    return False


def _suffix_negated(suffix: str, category: str) -> bool:
    """True when the rest of the clause denies the phrase ("registration is not approval")."""
    if re.match(r"^\W*(?:no|not|nope)\W*$", suffix, _FLAGS):
        return True
    denial = _SUFFIX_DENIAL.search(suffix)
    if denial is None:
        return False
    lead = suffix[: denial.end()]
    if "," in lead or _SUFFIX_STOPS.intersection(_tokens(lead)):
        return False
    if category == "unverified_source":
        return _SOURCE_DENIAL.search(suffix) is not None
    return True


_HEDGES: Final[Mapping[str, re.Pattern[str]]] = MappingProxyType(
    {
        "permanent": re.compile(
            r"\b(?:intended|designed|meant|potentially"
            r"|may|might|could|possibly|perhaps|some|most|many|often|usually|typically"
            r"|generally|sometimes|partly|partially|portion|fraction|likely|tends?\s+to"
            r"|can\s+(?:be|last|remain|stay|become))\b",
            _FLAGS,
        ),
        "instant": re.compile(
            r"\b(?:may|might|could|potentially|some|slight|slightly|partial|early|initial|first"
            r"|a\s+bit"
            r"|a\s+little)\b",
            _FLAGS,
        ),
        "no_risk": re.compile(
            r"(?<!\bthe\s)\b(?:most|many|usually|typically|generally|often|majority|some|rarely)\b",
            _FLAGS,
        ),
        "universal": re.compile(
            r"\b(?:most|almost|nearly|many|majority|generally|usually|typically)\b", _FLAGS
        ),
        "guaranteed": re.compile(
            # (not permission to claim what is promised: "you may submit a claim under our money
            # back guarantee")
            r"\b(?:may(?!\s+(?:submit|request|claim|apply|ask\s+for|return))|might|could|hope|hopefully"
            r"|aims?\s+to|likely|possibly|perhaps|potentially|often|usually|typically|generally"
            r"|strive|strives|striving|endeavou?r|try|tries|trying|most|many|some)\b",
            _FLAGS,
        ),
    }
)


def _hedged(prefix: str, suffix: str, category: str) -> bool:
    hedge = _HEDGES.get(category)
    if hedge is None:
        return False
    # only the part of the clause after its last comma qualifies the phrase
    near = prefix.rsplit(",", 1)[-1][-60:]
    if hedge.search(near):
        return True
    if category == "no_risk":
        return (
            re.match(
                r"^\W*(?:\w+\s+){0,3}?in\s+(?:most|many|the\s+majority\s+of)\s+", suffix, _FLAGS
            )
            is not None
        )
    if category == "permanent":
        return (
            re.match(
                r"^\W*(?:\w+\s+){0,3}?(?:in|for)\s+(?:some|many|most)\b|^\W*(?:in\s+part|partly)",
                suffix,
                _FLAGS,
            )
            is not None
        )
    return False


# A warning that quotes red-flag words ("beware of clinics that promise no risk") covers the
# rest of its sentence, up to a turn back to the clinic itself (", we ..." or ";").
_WARNING = re.compile(
    r"\bbeware\b|\bwatch\s+out\b|\bbe\s+(?:wary|careful|cautious|suspicious|sceptical|skeptical)\b"
    r"|\bred[- ]flags?\b|\bwarning\s+signs?\b|\bsteer\s+clear\b|\bclose\s+the\s+tab\b"
    r"|\bwalk\s+away\b|\brun\s+(?:away|a\s+mile)\b|\bscam\w*"
    # a warning reported: "Yamanaka warned of the risks of clinics that offered cures"
    r"|\bwarn(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:about|of|against)\b"
    r"|\b(?:don't|do\s+not|dont|never)\s+(?:believe|trust|fall\s+for)\b"
    r"|\b(?:other|some|many|certain|most|rogue|unscrupulous|dodgy|shady|these|predatory|bogus"
    r"|fraudulent)\s+(?:\w+\s+)?"
    r"(?:clinics?|websites?|sites|ads|adverts?|advertisements|providers?|salons|sellers"
    r"|companies|practitioners|marketers|influencers)\s+(?:\w+\s+)?(?:promise|claim|say|offer"
    r"|sell|advertise|guarantee|tell|use|market|boast|display)"
    r"|\b(?:clinics?|websites?|sites?|ads?|adverts?|providers?|salons?|sellers?|companies)\s+"
    # ("clinics that to my knowledge are presently offering treatment")
    r"(?:that|who|which)\s+(?:\w+\s+){0,5}?(?:promise[sd]?|promising|claim(?:s|ed)?|claiming|says?"
    r"|offer(?:s|ed)?|offering|sells?|sold|selling|advertise[sd]?|guarantees?|tells?|told|uses?"
    r"|market(?:s|ed)?|won't|will\s+not|refuses?)\b"
    r"|\b(?:anyone|someone|people|doctors?|anybody)\s+(?:that|who)\s+(?:\w+\s+)?(?:promise[sd]?"
    r"|claims?|says?|tells?|guarantees?|advertises?|sells?)\b"
    r"|\b(?:clinics?|websites?|sites?|ads?|providers?|salons?|sellers?)\s+(?:promising|claiming"
    r"|offering|selling|advertising|guaranteeing)\b"
    r"|\b(?:if|when|whenever)\s+(?:a|any|the|your|an)\s+(?:clinic|website|site|ad|advert|doctor|provider|salon"
    r"|seller|practitioner|someone|anyone|brochure|page)\s+(?:\w+\s+)?(?:says|claims|promises"
    r"|tells|offers|advertises|guarantees|sells|uses|asks)\b"
    r"|\b(?:phrases|words|claims|promises|language|terms|slogans|buzzwords)\s+(?:like|such\s+as)\b"
    r"|\bask\s+(?:any|every|each|the|your|a)\s+(?:clinic|provider|doctor|practitioner|seller)\b"
    r"|\b(?:advertised|promised|claimed|seen|saw)\s+(?:elsewhere|online|on\s+social\s+media"
    r"|by\s+others|by\s+other\s+clinics)\b"
    r"|\bthe\s+word\b|\bclinics?\s+to\s+avoid\b|\b(?:should|must|are\s+best|is\s+best)\s+be"
    r"\s+avoided\b|\bclaims?\s+(?:of|that)\b|\bsold\s+online\b"
    r"|\b(?:marketed|advertised)\s+(?:as|with)\b"
    r"|\bavoid\s+(?:any\s+)?(?:clinics?|providers?|anyone|ads|websites)\b"
    r"|\bany\s+clinic\s+(?:that|which|offering|promising|claiming|selling)\b"
    r"|\b(?:patients|people|clients|many|some|they|you|visitors)\s+(?:\w+\s+){0,3}?"
    r"(?:ask|asks|asked"
    r"|wonder|wonders)\s+(?:us\s+|me\s+)?(?:whether|if|about|for|how|why|what)\b",
)
_WARNING_ENDS = re.compile(r";|,\s*(?:but\s+)?(?:we|our|at\s+our|here)\b")

_FAQ_QUESTION = re.compile(
    # "Why keep paying ... when you can fix it once?" answers itself
    # ("What if I told you ...?" is the clinic's own claim put as a question)
    r"^\W*(?:is|are|does|do|will|can|could|would|should|did|was|were|has|have|how"
    r"|what(?!\s+if\s+(?:i|we)\s+(?:told|tell|said|say)\b)"
    r"|why(?![^?]*\bwhen\s+you\s+(?:can|could)\b)"
    r"|when|which|who|isn't|aren't|doesn't|won't)\b(?!\s+you\s+know)",
    _FLAGS,
)
_NO_ANSWER = re.compile(
    r"^\W*(?:no\b|not\b|nope|never|unfortunately|sadly|sorry|it\s+is\s*n[o']t|it\s+isn't"
    r"|it's\s+not|that\s+is\s+not|that's\s+not|they\s+are\s+not|they're\s+not|they\s+aren't"
    # a limit for an answer: "Permanent? Mine lasted about two years."
    r"|(?:mine|it|they|results?|the\s+effects?)\s+(?:only\s+)?last(?:ed|s)?\s+(?:about|around|only"
    r"|up\s+to|roughly|for|\d))",
    _FLAGS,
)
# A question whose "no" is the claim, and the bare no that answers it ("None.", "No, none.",
# "Not at all!"): an answer that goes on ("No treatment is risk-free", "No, but bruising can
# happen") is not bare.
_HARM_QUESTION = re.compile(
    r"^\W*(?:are|is)\s+there\s+(?:any\s+)?(?:\w+\s+)?(?:risks?|side[- ]?effects?|complications?"
    r"|dangers?|adverse\s+(?:effects?|reactions?))\b[^?]*\?$"
    r"|^\W*(?:does|do|can|could|will)\s+(?:it|this|the\s+(?:\w+\s+){0,2}?(?:treatment|procedure"
    r"|therapy|injection)s?|they)\s+(?:have|cause|carry|pose)\s+(?:any\s+)?(?:\w+\s+)?"
    r"(?:risks?|side[- ]?effects?|complications?|dangers?)\b[^?]*\?$",
    _FLAGS,
)
_BARE_NO = re.compile(
    r"^\W*(?:no|nope|none|zero|never|not\s+at\s+all|absolutely\s+(?:not|none))"
    r"(?:[,.!]?\s*(?:none|none\s+at\s+all|not\s+at\s+all|absolutely\s+none|zero))?\s*[.!]*\s*$",
    _FLAGS,
)
_YES_ANSWER = re.compile(
    r"^\W*(?:yes|yep|yeah|absolutely|definitely|of\s+course|certainly|s[ií]|evet|100\s?%|sure"
    r"|always|totally|it\s+(?:will|does|works)|they\s+(?:will|do|work)"
    r"|without\s+(?:a|any)\s+doubt|no\s+doubt)\b",
    _FLAGS,
)


def _warned(doc: _Doc, sentence: _Span, start: int) -> bool:
    text = doc.lower
    for cue in doc.presence.finditer(_WARNING, text, sentence.start, sentence.end):
        if cue.start() <= start:
            if _WARNING_ENDS.search(text, cue.end(), start) is None:
                return True
        elif _WARNING_ENDS.search(text, start, cue.start()) is None:
            return True
    return False


def _unanswered_question(doc: _Doc, index: int) -> bool:
    """FAQ headings ("Is it permanent?") are not claims unless the answer is yes; a bare
    "Permanent results?" is not one when the next sentence says no. A question about harm
    ("Are there any side effects?") is answered by a bare no: "None." claims there are none."""
    sentence = doc.slice(doc.sentences[index]).strip()
    if not sentence.endswith("?"):
        return False
    answer = doc.slice(doc.sentences[index + 1]) if index + 1 < len(doc.sentences) else ""
    if _HARM_QUESTION.search(sentence) and _BARE_NO.search(answer):
        return False
    if _FAQ_QUESTION.search(sentence):
        return not _YES_ANSWER.search(answer)
    return len(sentence.split()) <= 5 and _NO_ANSWER.search(answer) is not None


# Read once, at import, for the alternatives each text can match (prefilter.py).
register(_CLAUSE_BREAK, _WARNING)
