"""Claims screening: finds red-flag marketing language in clinic text (pure, no Django).

`screen(text)` returns one `Flag` per red-flag phrase: its category, its exact span and a
plain-English reason. Every flag comes from a readable rule (a pattern per category), and every
rule passes the same context checks, so a curator can tell why something was or was not flagged:

- the text is cut into sentences and clauses, so a denial in one sentence never cancels a
  claim in another;
- a negation just before the phrase ("results are not permanent", "no treatment can
  guarantee"), or a denial just after it ("registration is not approval"), drops it;
- honest hedges ("some of the fat may stay"), warnings that quote red-flag words ("beware of
  clinics that promise no risk"), reported questions and FAQ-style questions drop it;
- each category has its own honest counterparts: a cited study figure, an admitted remaining
  risk, results that build over months, a device clearance limited to the device.

Categories are listed in rank order (CLAIMS.md): when a text carries several, the first ranks
highest, which `primary_category` applies. `SCREENER_VERSION` names the rules and code in force:
a stored verdict is only as good as the version it was made with.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import MISSING, dataclass
from types import BuiltinFunctionType, CodeType, FunctionType, MappingProxyType, ModuleType
from typing import Final

CATEGORIES: tuple[str, ...] = (
    "fda_misrepresentation",
    "cure",
    "no_risk",
    "guaranteed",
    "permanent",
    "instant",
    "universal",
    "unverified_source",
)


@dataclass(frozen=True, slots=True)
class Flag:
    category: str
    start: int
    end: int
    match: str
    reason: str


REASONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "fda_misrepresentation": (
            "The FDA has not approved any stem-cell treatment for cosmetic use, so wording that "
            "suggests FDA approval, clearance or endorsement misleads you about how well the "
            "treatment has been checked."
        ),
        "cure": (
            "Cosmetic fat and stem-cell injections have not been shown to cure diseases or to "
            "stop or reverse ageing, so a promise to heal a condition or turn back the clock is "
            "not backed by evidence."
        ),
        "no_risk": (
            "Every fat harvest and injection carries some risk, such as infection, lumps or "
            "bruising, so a clinic that says there is none is hiding what could go wrong."
        ),
        "guaranteed": (
            "Results of fat and stem-cell treatments differ from person to person, so no honest "
            "clinic can promise your outcome or offer its own success figure as your odds."
        ),
        "permanent": (
            "Grafted fat and injected cells are partly reabsorbed and your face keeps ageing, so "
            "no result lasts forever or never needs repeating."
        ),
        "instant": (
            "Grafted fat takes weeks to months to settle and early fullness is mostly swelling, "
            "so a final result on the same day is not realistic."
        ),
        "universal": (
            "A careful clinic checks your health and tells some people the treatment is not "
            "right for them, so a treatment 'for everyone' means nobody is screening you."
        ),
        "unverified_source": (
            "Cells from donors, umbilical cord, placenta, embryos, animals or plants, or from a "
            "secret 'proprietary' source, carry extra risks and you cannot check what is in them."
        ),
    }
)

_RANK: Final[Mapping[str, int]] = MappingProxyType({c: i for i, c in enumerate(CATEGORIES)})


def rank(category: str) -> int:
    """Position of a category in the CLAIMS.md ranking: 0 is the most serious."""
    return _RANK[category]


def primary_category(flags: Iterable[Flag]) -> str | None:
    """The label CLAIMS.md gives a text with these flags: the highest-ranked one, or None."""
    categories = {flag.category for flag in flags}
    return min(categories, key=rank) if categories else None


# --- Text structure -------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FLAGS = re.IGNORECASE

# Same-length substitutions only: every offset in the normalised text is an offset in the input.
_NORMALISE = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "\u00a0": " "})

_ABBREVIATIONS: Final = _words(
    "dr mr mrs ms prof st vs approx no nr inc ltd co jr sr mt ft fig ref dept e.g i.e u.s a.m p.m"
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
        self.text = text.translate(_NORMALISE)
        self.sentences = _split_sentences(self.text)
        self._sentence_starts = [s.start for s in self.sentences]
        self.clauses = [c for s in self.sentences for c in _split_clauses(self.text, s)]
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


def _split_clauses(text: str, sentence: _Span) -> list[_Span]:
    spans: list[_Span] = []
    start = sentence.start
    for brk in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
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
    "myth myths untrue impossible"
)
# "no" and "without" negate only the phrase right after them: "no downtime and zero risk" still
# claims zero risk, but "no treatment can guarantee" denies the guarantee.
_NARROW_NEGATORS: Final = frozenset({"no", "without", "ni", "sin", "unlike"})
_NOT_A_NEGATION_AFTER: Final = frozenset({"just", "only", "merely", "simply", "but"})
_SCOPE_BLOCKERS: Final = frozenset({"and", "plus", "with", "&"})
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
    r"|\b(?:no|little|not\s+any|without)\s+(?:good\s+|scientific\s+|reliable\s+|real\s+)?"
    r"(?:evidence|proof|data|studies)\s+(?:that|to\s+show|showing|for)\s+(?:[\w'-]+\s+){0,6}$"
    r"|\b(?:non|semi|un)[- ]?$",
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
            r"\b(?:may|might|could|possibly|perhaps|some|most|many|often|usually|typically"
            r"|generally|sometimes|partly|partially|portion|fraction|likely|tends?\s+to"
            r"|can\s+(?:be|last|remain|stay|become))\b",
            _FLAGS,
        ),
        "instant": re.compile(
            r"\b(?:may|might|could|some|slight|slightly|partial|early|initial|first|a\s+bit"
            r"|a\s+little)\b",
            _FLAGS,
        ),
        "no_risk": re.compile(
            r"\b(?:most|many|usually|typically|generally|often|majority|some|rarely)\b", _FLAGS
        ),
        "universal": re.compile(
            r"\b(?:most|almost|nearly|many|majority|generally|usually|typically)\b", _FLAGS
        ),
        "guaranteed": re.compile(
            r"\b(?:may|might|could|hope|hopefully|aims?\s+to|likely|possibly|perhaps)\b", _FLAGS
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
    r"|\b(?:don't|do\s+not|dont|never)\s+(?:believe|trust|fall\s+for)\b"
    r"|\b(?:other|some|many|certain|most|rogue|unscrupulous|dodgy|shady|these)\s+(?:\w+\s+)?"
    r"(?:clinics?|websites?|sites|ads|adverts?|advertisements|providers?|salons|sellers"
    r"|companies|practitioners|marketers|influencers)\s+(?:\w+\s+)?(?:promise|claim|say|offer"
    r"|sell|advertise|guarantee|tell|use|market|boast)"
    r"|\b(?:clinics?|websites?|sites?|ads?|adverts?|providers?|salons?|sellers?|companies)\s+"
    r"(?:that|who|which)\s+(?:\w+\s+)?(?:promise[sd]?|promising|claims?|claiming|says?|offers?"
    r"|offering|sells?|selling|advertise[sd]?|guarantees?|tells?|uses?|markets?|won't|will\s+not"
    r"|refuses?)\b"
    r"|\b(?:anyone|someone|people|doctors?|anybody)\s+(?:that|who)\s+(?:\w+\s+)?(?:promise[sd]?"
    r"|claims?|says?|tells?|guarantees?|advertises?|sells?)\b"
    r"|\b(?:clinics?|websites?|sites?|ads?|providers?|salons?|sellers?)\s+(?:promising|claiming"
    r"|offering|selling|advertising|guaranteeing)\b"
    r"|\bif\s+(?:a|any|the|your|an)\s+(?:clinic|website|site|ad|advert|doctor|provider|salon"
    r"|seller|practitioner|someone|anyone|brochure|page)\s+(?:\w+\s+)?(?:says|claims|promises"
    r"|tells|offers|advertises|guarantees|sells|uses)\b"
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
    _FLAGS,
)
_WARNING_ENDS = re.compile(r";|,\s*(?:but\s+)?(?:we|our|at\s+our|here)\b", _FLAGS)

_FAQ_QUESTION = re.compile(
    r"^\W*(?:is|are|does|do|will|can|could|would|should|did|was|were|has|have|how|what|why"
    r"|when|which|who|isn't|aren't|doesn't|won't)\b(?!\s+you\s+know)",
    _FLAGS,
)
_NO_ANSWER = re.compile(
    r"^\W*(?:no\b|not\b|nope|never|unfortunately|sadly|sorry|it\s+is\s*n[o']t|it\s+isn't"
    r"|it's\s+not|that\s+is\s+not|that's\s+not|they\s+are\s+not|they're\s+not|they\s+aren't)",
    _FLAGS,
)
_YES_ANSWER = re.compile(
    r"^\W*(?:yes|yep|yeah|absolutely|definitely|of\s+course|certainly|s[ií]|evet|100\s?%|sure"
    r"|always|totally)\b",
    _FLAGS,
)


def _warned(doc: _Doc, sentence: _Span, start: int) -> bool:
    text = doc.text
    for cue in _WARNING.finditer(text, sentence.start, sentence.end):
        if cue.start() <= start:
            if _WARNING_ENDS.search(text, cue.end(), start) is None:
                return True
        elif _WARNING_ENDS.search(text, start, cue.start()) is None:
            return True
    return False


def _unanswered_question(doc: _Doc, index: int) -> bool:
    """FAQ headings ("Is it permanent?") are not claims unless the answer is yes; a bare
    "Permanent results?" is not one when the next sentence says no."""
    sentence = doc.slice(doc.sentences[index]).strip()
    if not sentence.endswith("?"):
        return False
    answer = doc.slice(doc.sentences[index + 1]) if index + 1 < len(doc.sentences) else ""
    if _FAQ_QUESTION.search(sentence):
        return not _YES_ANSWER.search(answer)
    return len(sentence.split()) <= 5 and _NO_ANSWER.search(answer) is not None


# --- Rules ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rule:
    category: str
    pattern: re.Pattern[str]
    # skip the match when these follow it / precede it (harmless uses of a flag word)
    not_after: re.Pattern[str] | None = None
    not_before: re.Pattern[str] | None = None
    # the clause must also contain this (e.g. a result word next to "immediately")
    needs_in_clause: re.Pattern[str] | None = None
    # "guarantee" and "promise" count only when what is promised is an outcome
    outcome_only: bool = False


def _rule(
    category: str,
    *alternatives: str,
    not_after: str | None = None,
    not_before: str | None = None,
    needs_in_clause: str | None = None,
    outcome_only: bool = False,
) -> _Rule:
    return _Rule(
        category=category,
        pattern=re.compile("|".join(f"(?:{a})" for a in alternatives), _FLAGS),
        not_after=re.compile(not_after, _FLAGS) if not_after else None,
        not_before=re.compile(not_before, _FLAGS) if not_before else None,
        needs_in_clause=re.compile(needs_in_clause, _FLAGS) if needs_in_clause else None,
        outcome_only=outcome_only,
    )


_GUARANTEE_WORD = r"\b(?:guarant|garant|gaurant|guarent|garent|gurant|guarnt|guaratee)\w*"
_PROCESS_OBJECT = re.compile(
    r"\b(?:privacy|private|confidential\w*|discretion|data|details|photos?|information|price"
    r"|prices|pricing|fees?|costs?|quotes?|rates?|transparen\w*|appointments?|slots?"
    r"|availability|follow[- ]?ups?|aftercare|after-care|response|reply|answers?|call\s*backs?"
    r"|same\s+doctor|steril\w*|hygien\w*|process|processing|standards?|accredit\w*|care"
    r"|service|support|attention|respect|honest\w*|consent|consultations?|bookings?|deposits?"
    r"|payments?|operating\s+room|personal|quality\s+of|safety\s+standards|lowest|best\s+price"
    r"|transfers?|hotel|translator|interpreter|parking|transport|pick-?up|airport|surgeon"
    r"|doctor|nurse|speak|talk|meet|call)\b",
    _FLAGS,
)
_RISK_CONTEXT = re.compile(
    r"\b(?:damage\w*|numbness|blind\w*|complications?|nerve\w*|necrosis|injur\w*|deformit\w*"
    r"|nodules?|lumps?|side[- ]effects?|disfigure\w*|harm\w*|asymmetr\w*|scarring|makeup"
    r"|make-up|tattoo\w*|microblading)\b",
    _FLAGS,
)

_EVERYONE = (
    r"(?:absolutely\s+|literally\s+|just\s+about\s+|simply\s+)?(?:every\s*(?:one|body)"
    r"|evry\s*(?:one|body)|any(?:one|body)|every\s+single\s+(?:one|person|patient|client)"
    r"|ev(?:e)?ry\s+(?:single\s+)?(?:patient|person|client|woman|man|age|skin(?:\s+type)?"
    r"|skin\s+tone|complexion|body(?:\s+type)?|concern|case|scalp|face)"
    r"|all\s+(?:the\s+)?(?:patients|people|persons|clients|ages|skin\s*types|skin\s+tones|skins"
    r"|complexions|genders|body\s+types|comers)|any\s+(?:age|skin(?:\s+type)?|patient|person"
    r"|complexion|body(?:\s+type)?))"
)

_OUTCOME = (
    r"\b(?:final|full|fully|finished|finshed|complete|completely|total|totally|gone"
    r"|disappear\w*|vanish\w*|corrected|renewed|younger|transform\w*|results?|resultad\w*"
    r"|effects?|lift|lifted|glow\w*|smooth\w*|firm\w*|tight(?:er|ened|ening)?|thicker|fuller"
    r"|plump\w*|rejuven\w*|visible|looking|ready|(?:is|are|looks?)\s+new|face-?lift\w*"
    r"|makeover|youth\w*|new\s+(?:face|you|look)|refreshed)\b"
)
_SOON = (
    r"\binstan\w*|\bimmediate\w*|\binmediat\w*|\bat\s+once\b|\bstra(?:i)?ght\s*away\b"
    r"|\bstrait\s+away\b|\bright\s+away\b|\bovernight\b|\bon\s+the\s+spot\b"
    r"|\b(?:in|within)\s+(?:just\s+|only\s+)?(?:\d+|one|a\s+few|few|an?)\s+(?:minutes?|mins?"
    r"|hours?|hrs?)\b|\b(?:in|within)\s+(?:minutes|hours)\b"
    r"|\b(?:the\s+)?same\s+(?:day|afternoon|evening|night|moment|morning)\b"
    r"|\bsame-day\b|\bbefore\s+(?:lunch|dinner|you\s+go\s+home)\b"
    r"|\bbefore\s+you\s+(?:even\s+)?(?:leave|get\s+up|stand\s+up|get\s+off|get\s+home"
    r"|arrive\s+home)\b|\bsame[- ]session\b"
    r"|\bby\s+(?:lunch|dinner|the\s+weekend|tonight|tomorrow|\d{1,2}(?:[:.]\d\d)?\s?"
    r"(?:am|pm|p\.m\.|a\.m\.))\b|\bat\s+dinner\b"
    r"|\bthe\s+(?:moment|second|minute|instant)\s+(?:you|the|your|it|we|they)\b"
    r"|\bwhile\s+you(?:'re|\s+are)\s+still\s+(?:on|in|at|lying)\b|\bzero[- ]wait\b"
    r"|\bno\s+waiting\b|\bday\s+one\s+is\b|\bnext\s+(?:day|morning)\b|\btomorrow\b"
    r"|\balready\s+(?:there|in\s+place|visible|done|on\s+your|your\s+final)\b"
    r"|\bby\s+the\s+time\s+(?:you|the|your)\b|\bas\s+soon\s+as\s+(?:the|you|your|it|we)\b"
)

_DISEASES = (
    r"\b(?:acn[eé]|rosac[eé]a|rosacia|r[oó]sacea|ecz[ae]ma|exzema|psoriasis|dermatitis|lupus"
    r"|arthritis|artritis|osteoarthritis|alopecia|baldness|calvicie|vitiligo|melasma"
    r"|scleroderma|lichen|hidradenitis|keloids?|diabetes|thyroid|hormon\w*|auto-?immune"
    r"|cancer|tumou?rs?|parkinson\w*|alzheimer\w*|dementia|multiple\s+sclerosis|autism"
    r"|neuropath\w*|fibromyalgia|crohn\w*|colitis|erectile\s+dysfunction|impotence|copd"
    r"|heart\s+disease|breakouts?|hair\s+loss|cystic)\b"
)

_RULES: tuple[_Rule, ...] = (
    # permanent ------------------------------------------------------------------------------
    _rule(
        "permanent",
        r"\bp[ae]rm[ae]n[ae]n?t(?:ly|e|es|emente)?\b|\bpermament(?:ly)?\b",
        not_after=r"^\s*(?:make[- ]?up|eyeliner|eyebrows?|lip\s+liner|tattoo\w*|hair\s+removal"
        r"|address|premises|residen\w*|staff|team|position|location|home|member|job|contract"
        r"|exhibition|collection|waves?|dye|marker|link|record|closure|move|office|clinic|based"
        r"|located|closed|moved|relocated|settled|stationed|employed)\b",
        not_before=r"\b(?:moved|relocated|closed|located|based|stationed|employed|living|live"
        r"|resides?|semi)[\s-]+$",
    ),
    _rule(
        "permanent",
        r"\bfor\s?ever\b|\bforevr\b|\bpara\s+siempre\b",
        not_after=r"^\s*(?:grateful|thankful|indebted|changed|in\s+our|remembered|friends)\b",
        not_before=r"\btakes?\s+$|\btaking\s+$|\bwait(?:ed)?\s+$",
    ),
    _rule(
        "permanent",
        r"\blife[- ]?(?:time|long)\b|\bfor\s+(?:a\s+)?life(?:time)?\b(?![- ]threat)"
        r"|\bfor\s+the\s+rest\s+of\s+(?:your|their|my|his|her|our)\s+li(?:fe|ves)\b"
        r"|\ball\s+(?:your|their|my|his|her|our)\s+li(?:fe|ves)\b|\bde\s+por\s+vida\b"
        r"|\b[öo]m[üu]r\s+boyu\b",
        not_before=r"\bonce\s+in\s+a\s+$",
        not_after=r"^\s*(?:membership|access|warranty|achievement|member|passion|interest|dream"
        r"|learning|learner|commitment|friends?|friendship|love|smokers?|conditions?|diseases?"
        r"|illness|medication|in\s+(?:your|my|our)\s+memory)\b",
    ),
    _rule(
        "permanent",
        r"\bfor\s+good\b(?=\s*(?:[.,;:!?)\-–—]|$|and\b|but\b|so\b|nobody\b|no\b))",
        r"\bonce\s+and\s+for\s+all\b|\bone[- ]and[- ]done\b|\byours\s+to\s+keep\b"
        r"|\bone[- ]time\s+(?:investment|solution|fix)\b",
        r"\birr?evers[ai]bl[ey]\b|\birreversibly\b",
        r"\bnot\s+(?:a\s+|just\s+a\s+)?temporary\b"
        r"|\b(?:zero|no|without)[- ](?:maintenance|upkeep)\b"
        r"|\bmaintenance[- ]free\b|\bfor\s+keeps\b",
        r"\bdefinitiv[eoa]s?\s+(?:results?|resultados?|solution|soluci[oó]n|correction|fix"
        r"|treatment)\b|\b(?:tratamiento|treatment)\s+(?:\w+\s+)?definitiv[eoa]\b"
        r"|\bno\s+(?:necesita|necesitas|hay\s+que|hace\s+falta)\s+repetir\w*"
        r"|\b(?:results?|resultados?|effects?|efectos?|outcome)\s+(?:are\s+|is\s+|son\s+|es\s+)?"
        r"(?:\w+\s+)?definitiv\w*",
        r"\bnever\s+(?:\w+\s+)?(?:fade[sd]?|fading|wears?\s+off|worn\s+off|diminish\w*"
        r"|go(?:es)?\s+away|come\s+back|comes\s+back|sag\s+again|droop\s+again|leaves"
        r"|disappears|vanishes)\b",
        r"\bnever\s+(?:\w+\s+){0,4}?again\b",
        r"\b(?:results?|effects?|volume|improvement|lift|glow|smoothness|fullness)\s+(?:will\s+not"
        r"|won't|does\s+not|doesn't|do\s+not|don't)\s+(?:ever\s+)?(?:fade|wear\s+off|go\s+away"
        r"|disappear|diminish)\b",
        r"\b(?:last|only|one|single)\s+(?:[\w-]+\s+){0,3}?you(?:'ll|\s+will|'d|\s+would)?\s+ever"
        r"\s+need\b|\ball\s+you(?:'ll|\s+will)?\s+ever\s+need\b",
        r"\b(?:never|no|won't|will\s+not|don't|do\s+not|doesn't|does\s+not|nobody|no\s+one"
        r"|no-one|without)\s+(?:[\w-]+\s+){0,3}?(?:(?:need|needs|needed|needing|require|requires"
        r"|required|have\s+to|has\s+to|having\s+to)\s+)?(?:to\s+be\s+|to\s+|any\s+|a\s+)?"
        r"(?:repeat\w*|redo\w*|redone|done\s+again|top(?:ped|ping)?[- ]?ups?"
        r"|touch(?:ed|ing)?[- ]?ups?|retouch\w*|re-?treat\w*|refill\w*"
        r"|(?:second|another|repeat|further)\s+(?:round|session|treatment|procedure|injection"
        r"|appointment)s?|(?:more|further)\s+(?:sessions|treatments|injections|procedures"
        r"|appointments)|come\s+back|return\s+visits?)\b",
        r"\bno\s+more\s+(?:retouch\w*|touch[- ]?ups?|top[- ]?ups?|fillers?|botox|injections"
        r"|appointments|maintenance|sessions|treatments)\b",
        r"\b(?:last|lasts|lasting|stay|stays|remain|remains|hold|holds|keep|keeps)\s+"
        r"(?:\w+\s+)?(?:year\s+after\s+year|for\s+decades|decades|indefinitely)\b",
        r"\b(?:locked|set)\s+in\s+(?:place\s+)?for\s+good\b|\bhere\s+to\s+stay\b",
    ),
    # guaranteed -----------------------------------------------------------------------------
    _rule(
        "guaranteed",
        _GUARANTEE_WORD,
        r"\b(?:that\s+is|that's|this\s+is|it\s+is|it's)\s+(?:a|our|my)\s+promise\b"
        r"|\b(?:results?|outcome|satisfaction|success|beauty|youth)\s+promise\b"
        r"|\b(?:we|i)\s+promise\b(?=\s*(?:[.!]|$))"
        r"|\bwe\s+promise\s+(?:you\s+)?(?:that\s+)?(?:your\b|you(?:'ll|\s+will)|results?"
        r"|a\s+(?:younger|smoother|new|visible)|visible|to\s+(?:deliver|give\s+you))",
        r"\b(?:our|a|the|my)\s+(?:[\w-]+\s+)?pledge\b",
        r"\byou\s+can\s+be\s+(?:100\s?%\s+)?(?:confident|sure|certain|assured)\b"
        r"|\brest\s+assured\s+(?:that\s+)?(?:you(?:'ll|\s+will)|your\s+(?:results?|face|skin"
        r"|hands|neck))",
        outcome_only=True,
    ),
    _rule(
        "guaranteed",
        r"\bmoney[- ]?back\b|\bor\s+(?:your\s+)?money\s+back\b|\bpay\s+only\s+if\b"
        r"|\b(?:full\s+)?refund\w*\b(?=[^.;!?]{0,80}\bif\b[^.;!?]{0,80}(?:\bnot\b|n't\b|\bno\b"
        r"|\bdont\b|\bfail\w*|\bunhappy\b|\bdissatisfied\b|\bunsatisfied\b|\bdisappoint\w*))"
        r"|\bif\s+(?:you\s+)?(?:don't|do\s+not|dont)\s+(?:see|notice|get)\s+(?:\w+\s+){0,3}?"
        r"(?:results?|difference|improvement|change)\b[^.;!?]{0,60}\b(?:refund\w*|free"
        r"|money|re-?treat\w*)\b",
        r"\byou(?:'ll|\s+will|\s+are\s+going\s+to|\s+gonna)\s+(?:definitely|certainly|surely"
        r"|absolutely|undoubtedly|100\s?%|for\s+sure)\s+\w+"
        r"|\bwill\s+(?:definitely|certainly|surely|absolutely|undoubtedly|100\s?%)\s+(?:see"
        r"|look|notice|love|disappear|fade|vanish|improve|work|shrink|tighten|transform|change"
        r"|be\s+(?:gone|smoother|younger|firmer|fuller|thicker|better))\b",
        r"\byou(?:'ll|\s+will|\s+are\s+going\s+to|\s+gonna)\s+(?:see|notice)\s+(?:a\s+|an\s+"
        r"|the\s+)?(?:(?:real|visible|dramatic|clear|big|huge|noticeable|amazing|significant"
        r"|marked|instant|immediate)\s+)?(?:results?|difference|improvement|change"
        r"|transformation|smoother|younger|thicker|fuller|tighter|firmer)\b",
        r"\b(?:you(?:'re|\s+are)\s+going\s+to|you(?:'ll|\s+will))\s+love\s+(?:your|the)\s+"
        r"(?:new\b|results?\b|look\b|outcome\b)",
        r"\bfor\s+sure\b|\bfor\s+certain\b(?!\s+[a-z])|\bno\s+ifs\b|\bwithout\s+fail\b"
        r"|,\s*(?:period|full\s+stop)\b(?=[.!]*(?:\s|$))",
        r"\bcertainty\b(?!\s+(?:of|about)\s+(?:the\s+)?(?:risks?|diagnosis))"
        r"|\b(?:sure[- ]?fire|sure\s+thing|fool-?proof|fail-?proof|fail-?safe)\b"
        r"|\b(?:can(?:not|'t)|can\s+not|never|won't|will\s+not|impossible\s+to)\s+(?:\w+\s+)?"
        r"fail\b",
        r"\bnot\s+a\s+(?:question|matter)\s+of\s+(?:whether|if)\b"
        r"|\bonly\s+(?:a\s+)?(?:question|matter)\s+of\s+(?:how\s+much|when|how\s+soon|time)\b",
        r"\b(?:assured|guaranteed|certain|definite)\s+(?:results?|success|outcome|improvement"
        r"|transformation)\b|\b(?:results?|success|transformation|outcome|improvement"
        r"|satisfaction)\s+(?:is\s+|are\s+|will\s+be\s+)?(?:100\s?%\s+|fully\s+|completely\s+)?"
        r"(?:assured|certain|a\s+certainty|a\s+sure\s+thing)\b",
        r"\bworks?\s+every\s+(?:single\s+)?time\b|\b(?:every|each)\s+(?:single\s+)?(?:patient"
        r"|client|one)\s+(?:\w+\s+){0,2}?(?:goes|leaves|walks\s+out|is\s+going|went|left)\s+"
        r"(?:home\s+)?(?:happy|satisfied|delighted|thrilled)\b",
        r"\b100\s?%\s+(?:success\w*|effective\w*|results?|satisf\w*|of\s+(?:our\s+)?(?:patients"
        r"|clients)\s+(?:see|saw|get|got|achieve|notice|are\s+(?:happy|satisfied|delighted)"
        r"|love))",
        r"\b(?:can(?:not|'t)|won't|will\s+not)\s+(?:possibly\s+)?be\s+disappointed\b"
        r"|\b(?:improvement|success|results?)\s+(?:is|are)\s+inevitable\b"
        r"|\bnever\s+(?:\w+\s+)?had\s+(?:a|an|one)\s+(?:single\s+)?(?:dissatisfied|unhappy"
        r"|disappointed)\s+(?:patient|client|customer)\b|\bor\s+you\s+(?:don't|do\s+not)\s+pay\b"
        r"|\bno\s+results?,?\s+no\s+(?:fee|pay|payment|charge)\b",
        r"\bput\s+(?:it|that|this)\s+in\s+writing\b|\bstand\s+behind\s+(?:our|the|your)\s+"
        r"results\b|\bresults\s+you\s+can\s+(?:count|rely|bank)\s+on\b"
        r"|\b(?:not\s+(?:happy|satisfied)|unhappy|dissatisfied)\b[^.!]{0,20}[?,:-]\s*(?:get\s+)?"
        r"(?:a\s+)?(?:full\s+)?(?:refund|money\s+back)",
        r"\b(?:every|each)\s+(?:single\s+)?(?:patient|client|person|one)\s+(?:\w+\s+)?(?:sees?"
        r"|gets?|achieves?|notices?|loves?)\s+(?:\w+\s+)?(?:results?|improvement|difference"
        r"|change)\b|\ball\s+(?:of\s+)?our\s+(?:patients|clients)\s+(?:\w+\s+)?(?:see|get"
        r"|achieve|notice|love)\s+(?:\w+\s+)?(?:results?|improvement|difference|change)\b",
        r"\b(?:the\s+)?odds\s+are\s+(?:\w+\s+)?(?:on|in)\s+your\s+(?:side|favou?r)\b"
        r"|\byour\s+odds\s+(?:could(?:\s+not|n't)|can(?:not|'t))\s+be\s+better\b",
    ),
    # no_risk --------------------------------------------------------------------------------
    _rule(
        "no_risk",
        r"\b(?:zero|no|nil|without(?:\s+any)?|not\s+any|not\s+(?:a|one)(?:\s+single)?"
        r"|free\s+(?:of|from)(?:\s+any|\s+all)?|absolutely\s+no|sin|cero)[\s-]+"
        r"(?:(?:a\s+)?single\s+(?:[\w-]+\s+)?|one\s+|(?!(?:increased|added|extra|additional"
        r"|higher|greater|further)\b)[\w-]+\s+)?"
        r"(?:risks?|side[- ]?effects?|adverse\s+(?:effects?|reactions?|events?)|complications?"
        r"|dangers?|harm|efectos\s+secundarios|riesgos?)\b(?!-)",
        r"\b(?:zero|no|not\s+(?:even\s+)?(?:the\s+slightest|the\s+smallest|the\s+tiniest|any|a"
        r"|even\s+a)|without\s+(?:any\s+)?)\s+(?:\w+\s+)?(?:chance|possibility|likelihood|risk"
        r"|danger)\s+(?:of|for)\b"
        r"(?=[^.;:!?]{0,60}\b(?:complication|side|reaction|rejection|infection|scar|harm|burn"
        r"|damage|problem|allerg|risk|bruis|swell|pain|injur|adverse|lump|necrosis|wrong"
        r"|failure))",
        r"\brisk[- ]?(?:free|less)\b|\brisk\s+free\b|\brisksiz\b",
        r"\b(?:100\s?%|totally|completely|entirely|perfectly|absolutely|fully|utterly"
        r"|one\s+hundred\s+per\s?cent|100\s+per\s?cent|totalmente|completamente|%\s?100)\s+"
        r"(?:safe|safety|secure|harmless|seguro|segura|g[üu]venli)\b",
        r"\bharmless\s+(?:way|treatment|procedure|therapy|method|injections?|option|solution)\b"
        r"|\b(?:is|are|it's)\s+(?!not\b|never\b)(?:\w+\s+)?harmless\b",
        r"\bno\s+(?:[\w-]+\s+)?(?:reactions?|rejection|infections?|complications?|problems?)"
        r"(?:\s+(?:or|and)\s+[\w-]+)?\s+(?:is|are|can|will)\s+(?:be\s+)?(?:possible|occur"
        r"|happen)\b",
        r"\b(?:eliminat|remov|eradicat)\w*\s+(?:all|any|every)\s+(?:\w+\s+)?(?:risks?"
        r"|side[- ]effects?|complications?|dangers?)\b",
        r"\bnothing\s+(?:\w+\s+){0,2}?go(?:es)?\s+wrong\b|\bno\s+way\s+(?:for\s+)?(?:anything"
        r"|something|it)\s+(?:to\s+|can\s+)?go(?:es)?\s+wrong\b",
        r"\b(?:complications?|side[- ]effects?|infections?|rejection|reactions?|problems?"
        r"|scarring|risks?)\b[^.;:!?]{0,40}?\b(?:cannot|can't|can\s+not|never|will\s+not"
        r"|won't)\s+(?:\w+\s+)?(?:happen|occur|arise|develop)\b",
        r"\b(?:complications?|side[- ]effects?|infections?|rejection|reactions?|scarring|risks?"
        r"|allerg\w*|harm|dangers?)\b[^.;:!?]{0,60}?\b(?:is|are)\s+(?:simply\s+|completely\s+"
        r"|totally\s+)?(?:impossible|off\s+the\s+table|ruled\s+out|not\s+possible|eliminated"
        r"|excluded|non-?existent|nil|a\s+thing\s+of\s+the\s+past)\b",
        r"\b(?:never|not\s+once)\s+(?:\w+\s+){0,3}?(?:seen|had|caused|reported|experienced)\s+"
        r"(?:a\s+|any\s+|one\s+|a\s+single\s+)?(?:complications?|side\s+effects?|adverse"
        r"|reactions?|problems?|infections?)\b",
        r"\b(?:can(?:not|'t)|won't|will\s+not|never|impossible\s+to|no\s+way\s+to)\s+"
        r"(?:\w+\s+){0,2}?(?:reject\w*|react\w*|have\s+(?:a|any)\s+(?:reaction|allergic))"
        r"(?=[^.!?]{0,80}\b(?:own|autologous|yours?)\b)",
        r"\bsafe\s+for\s+(?:every(?:one|body)|anyone|all)\b"
        r"|\b(?:guaranteed|assured)\s+safe(?:ty)?\b|\bsafety\s+(?:is\s+)?guaranteed\b",
        not_after=r"^\s*(?:consultation|cancell?ation|booking|deposit|trial|reservation"
        r"|payment|purchase|return|quote|checkout|to\s+(?:shower|fly|travel|drive|exercise"
        r"|wash|sleep|return|go|wear|apply|eat|drink|take|use|resume))\b",
    ),
    # cure (ageing claims; disease claims come from _find_disease_claims) ---------------------
    _rule(
        "cure",
        r"\bcur(?:e|es|ed|ing|e-all)\b|\bcura(?:r|mos)?\b|\bmiracle\s+cure\b|\bcurative\b",
        r"\b(?:goodbye|bye[- ]bye|farewell)\s+(?:to\s+)?(?:your\s+)?" + _DISEASES,
        _DISEASES + r"[- ]free\b|\bag(?:e)?ing\s+is\s+optional\b",
        r"\brevers\w*\s+(?:the\s+)?(?:signs\s+of\s+|effects\s+of\s+)?(?:skin\s+|biological\s+"
        r"|your\s+)?(?:ag(?:e)?ing|age|the\s+clock|time|the\s+years|years|(?:sun|uv|photo)[- ]?"
        r"(?:damage|ag(?:e)?ing))\b|\bage[- ]reversal\b|\bde-?ag(?:e)?ing\b",
        r"\b(?:stop|stops|stopped|halt|halts|halted|freeze|freezes|froze|pause|pauses|paused"
        r"|arrest|arrests|end|ends)\s+(?:the\s+)?(?:skin\s+|your\s+)?"
        r"(?:ag(?:e)?ing|the\s+ag(?:e)?ing"
        r"\s+process|time|the\s+clock|getting\s+older|growing\s+older)\b",
        r"\b(?:a\s+)?(?:halt|stop|end|pause|reversal|brake)\s+(?:to|of|on)\s+(?:skin\s+)?"
        r"(?:ag(?:e)?ing|time|the\s+clock)\b",
        r"\bturn(?:s|ed|ing)?\s+back\s+(?:the\s+)?(?:clock|time|years|hands\s+of\s+time)\b"
        r"|\b(?:wind|winds|wound|rewind|rewinds|rewound)\s+(?:back\s+)?(?:the\s+)?(?:clock|years"
        r"|time|a\s+decade|\w+\s+years)\b",
        r"\b(?:eternal|everlasting|permanent|endless)\s+youth\b|\bfountain\s+of\s+youth\b"
        r"|\brestor\w*\s+(?:your\s+)?youth\b(?!ful)|\bag(?:e|es|ing)\s+backwards?\b"
        r"|\b(?:turn|set|wind|put)\w*\s+(?:the\s+|your\s+)?(?:biological\s+|body\s+|skin's\s+)?"
        r"clock\s+back\b|\b(?:reduc|lower|revers|rewind|reset)\w*\s+(?:your\s+|the\s+)?"
        r"(?:biological|skin(?:'s)?|cellular)\s+(?:age|clock)\b|\b(?:age|clock)\s+goes\s+back\b",
        r"\b(?:younger|age[- ]reversal|de-?ag(?:e)?ing)\b[^.!?]{0,30}\bat\s+(?:a|the)\s+"
        r"(?:cellular|dna|genetic|biological)\s+level\b|\bbiologically\s+younger\b"
        r"|\byounger\s+(?:at\s+(?:a|the)\s+)?(?:cellular|biological"
        r"|dna)\s+level\b|\b(?:years?|yrs|decades?)\s+younger\s+(?:for\s+real|biologically"
        r"|literally|really|truly|permanently|for\s+good)\b"
        r"|\b(?:really|truly|literally|actually|biologically|physically)\s+(?:\w+\s+){0,2}?"
        r"younger\b",
        r"\b(?:stop|stops|stopped|no\s+longer)\s+(?:getting|growing)\s+older\b"
        r"|\b(?:stop|stops|halt|halts|prevent|prevents|keep|keeps)\s+(?:\w+\s+){0,2}from\s+"
        r"(?:ag(?:e)?ing|getting\s+older|growing\s+older)\b"
        r"|\bnever\s+(?:age|ages)\b|\bstay(?:s)?\s+the\s+(?:same\s+)?age\s+(?:they|you|it)\s+"
        r"(?:are|is)\b",
        r"\b(?:erase[sd]?|erasing|delete[sd]?|deleting|wipe[sd]?\s+out|wipes?|eliminat(?:e|es"
        r"|ed|ing)|banish(?:es|ed)?)\s+(?:out\s+)?(?:all\s+)?(?:your\s+|the\s+)?(?:wrinkl\w*"
        r"|wrinkels|fine\s+lines|lines|age\s+spots|signs\s+of\s+ag(?:e)?ing|ag(?:e)?ing|years"
        r"|crow's\s+feet)\b",
        r"\b(?:wrinkl\w*|wrinkels|age\s+spots|signs\s+of\s+ag(?:e)?ing)\s+(?:are\s+|is\s+)?"
        r"(?:wiped\s+out|erased|deleted|eliminated)\b",
    ),
    # instant --------------------------------------------------------------------------------
    _rule(
        "instant",
        _SOON,
        not_after=r"^\s*(?:online\s+)?(?:booking|book|quotes?|messag\w*|reply|replies|response"
        r"|confirmation|access|download|pay\w*|chat|financ\w*|appointments?|consultations?"
        r"|processing)\b",
        needs_in_clause=_OUTCOME,
    ),
    _rule(
        "instant",
        r"\b(?:final|full|finished|complete)\s+(?:\w+\s+)?(?:result|results|glow|look|effect"
        r"|lift|outcome)s?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:already\s+)?(?:ready|there"
        r"|in\s+place|done|on\s+your\s+face)\b",
        r"\b(?:final|full|finished|complete|total)\s+(?:results?|effects?|outcome|lift|look"
        r"|transformation)\s+(?:in|within)\s+(?:just\s+)?\d+\s+(?:minutes?|mins?|hours?|hrs?)\b",
        r"\b(?:walk|walks|walking|fly|flies|go|goes|head|heads)\s+(?:out|home)\s+(?:\w+\s+){0,3}?"
        r"(?:looking|with\s+(?:your\s+|a\s+)?(?:final|new|finished|full|complete|younger"
        r"|smoother|fuller|firmer|tighter|fresher|perfect))\b"
        r"|\bleave\s+(?:the\s+clinic\s+|our\s+clinic\s+)?(?:\w+\s+)?(?:looking\s+(?:\w+\s+)?"
        r"(?:younger|new|refreshed|lifted|years)|with\s+(?:your\s+|a\s+)?(?:final|new|finished"
        r"|full|complete|younger))\b",
        r"\bwatch\s+(?:your|the|them|it)\s+(?:[\w-]+\s+){0,3}?(?:disappear|vanish|melt\s+away"
        r"|fade\s+away)\b",
        r"\b(?:skip|no|without)\s+(?:the\s+)?(?:waiting|wait|healing|recovery\s+diary)\b"
        r"(?=[^.!?]{0,80}\b(?:final|result|finished)\b)",
    ),
    # universal ------------------------------------------------------------------------------
    _rule(
        "universal",
        r"\b(?:suit(?:s|ed|able)?|right|perfect|ideal|appropriate|works?|effective|safe"
        r"|indicated|designed|open|great|good)\s+(?:for|to|on)\s+" + _EVERYONE + r"\b"
        r"|\b(?:suit(?:s|ed|able)?|works?|effective|open)\s+(?:for|to|on)\s+all\b"
        r"(?=\s*(?:[.!,;]|$))",
        r"\bfor\s+(?:every(?:one|body)|evry(?:one|body)|anyone|anybody|all\s+ages"
        r"|all\s+skin\s*types|ev(?:e)?ry\s+(?:age|skin(?:\s+type)?|skin\s+tone|complexion)"
        r"|any\s+(?:age|skin(?:\s+type)?|complexion))\b",
        r"\b(?:every(?:one|body)|evry(?:one|body)|any(?:one|body)|every\s+one\s+of\s+them"
        r"|every\s+(?:single\s+)?(?:patient|person|client|woman|man|face|skin)|all\s+(?:of\s+)?"
        r"our\s+(?:patients|clients)"
        r"|all\s+of\s+them|all\s+(?:people|patients|persons|clients)|each\s+one)\s+(?:here\s+"
        r"|(?:from|aged|between)\s+\d+\s+(?:to|and|-)\s+\d+\s+)?"
        r"(?:qualif\w*|(?:is|are)\s+(?:a\s+|an\s+)?(?:good\s+|ideal\s+|suitable\s+|perfect\s+"
        r"|great\s+)?(?:candidates?|suitable|eligible|accepted)|can\s+(?:have|get|do|take|book"
        r"|benefit|receive|join|try|be\s+treated|undergo|enjoy)|benefits?|will\s+benefit)\b",
        r"\bno\s+(?:upper\s+)?(?:age|skin[- ]?type|candidate|weight|health|bmi)\s+(?:limits?"
        r"|restrictions?|requirements?|barriers?)\b|\bno\s+contra-?indications?\b"
        r"|\bsin\s+l[ií]mite\s+de\s+edad\b",
        r"\b(?:no|without(?:\s+a|\s+any)?|skip(?:\s+the)?|don't\s+need\s+(?:a|any)|do\s+not\s+need"
        r"\s+(?:a|any)|no\s+need\s+for\s+(?:a|any))\s+(?:prior\s+|medical\s+|pre-?treatment\s+)?"
        r"(?:consultations?|screenings?|assessments?|evaluations?|check-?ups?|(?:blood\s+|medical\s+)?"
        r"tests?|medical\s+(?:checks?"
        r"|history|questionnaire))\b(?!\s+(?:fees?|charges?|costs?))"
        r"|\b(?:don't|do\s+not|never)\s+(?:need\s+to\s+)?(?:screen|assess|evaluate|examine)\b",
        r"\b(?:no\s*one|no-one|nobody|no\s+patient|no\s+client)\s+(?:is|gets|will\s+be"
        r"|has\s+(?:ever\s+)?been)\s+(?:ever\s+)?(?:turned\s+(?:away|down)|refused|rejected"
        r"|excluded)\b|\bturn\s+(?:no\s*one|nobody|no-one)\s+away\b"
        r"|\bno\s*(?:one|body|patient|person)\s+(?:that\s+|whom\s+)?(?:we|i)\s+(?:cannot|can't"
        r"|can\s+not|could\s+not|couldn't)\s+(?:treat|help)\b",
        r"\b(?:never|not\s+once)\s+(?:\w+\s+){0,2}?(?:turn(?:ed)?\s+(?:anyone|anybody"
        r"|a\s+(?:single\s+)?(?:patient|person|client)|patients|people|clients)\s+(?:away|down)"
        r"|turn(?:ed)?\s+(?:away|down)\s+(?:anyone|anybody|a\s+(?:single\s+)?(?:patient|person"
        r"|client)|patients|people|clients)|(?:say|said)\s+no\s+to\s+(?:anyone|anybody"
        r"|a\s+(?:single\s+)?(?:patient|person|client|one)|patients|people)|(?:refuse[ds]?"
        r"|reject(?:ed)?)\s+(?:anyone|anybody|a\s+(?:single\s+)?(?:patient|person|client)"
        r"|patients|people))\b",
        r"\bwe\s+(?:accept|welcome|take\s+on)\s+(?:every|all|any)(?:one|body)?\b"
        r"(?:\s+(?:single\s+)?"
        r"(?:patient|client|person|one|applicant|case)s?)?",
        r"\b(?:every|each|all|any)\s+(?:[\w-]+\s+){0,2}?(?:problems?|concerns?|issues?"
        r"|complaints?|conditions?)\s+(?:has|have|gets?|share)\s+(?:the\s+same|one|a\s+single)\s+"
        r"(?:answer|solution|fix|treatment)\b",
        r"\b(?:one|a\s+single|the\s+same)\s+(?:treatment|injection|solution|answer|session"
        r"|procedure|protocol|therapy)\s+(?:for|handles|fixes|solves|treats|addresses|tackles"
        r"|covers|works\s+for)\s+(?:all|every|everything|them\s+all)\b"
        r"|\b(?:handles?|fixes|solves|treats|addresses|tackles|covers)\s+(?:them\s+all"
        r"|all\s+of\s+them|every\s+(?:\w+\s+)?(?:concern|problem|issue|condition))\b",
        r"\b(?:a\s+)?(?:solution|answer|treatment|option|fix)\s+for\s+(?:every(?:one|body)"
        r"|ev(?:e)?ry\s+(?:single\s+)?(?:patient|person|one|client|case|concern|problem|skin"
        r"|face)|anyone|all\s+(?:concerns|problems|patients))\b",
        r"\bnever\s+(?:\w+\s+)?met\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:we|that\s+we|which\s+we"
        r"|that)\s+(?:could\s+not|couldn't|can't|cannot)\s+(?:help|treat|improve|fix)\b",
        r"\b(?:whatever|regardless\s+of|no\s+matter)\s+(?:(?:of\s+|what\s+)?(?:your|their|his|her"
        r"|the)\s+|how\s+)?(?:age|old|skin|health|complexion|condition|medical|status|gender|weight"
        r"|history|background)\b",
        r"\bwhoever\s+you\s+are\b|\bage\s+is\s+(?:no|not\s+an?)\s+(?:barrier|obstacle|problem"
        r"|issue|limit)\b|\bwhether\s+you(?:'re|\s+are)\s+\d{1,2}\s+or\s+\d{2}\b|\byoung\s+(?:or|and|,)\s+old\b"
        r"|\bold\s+(?:or|and)\s+young\b|\byoung,\s+old\b",
        r"\b(?:any|every|all|evry)\s+ages?\b|\bat\s+any\s+age\b",
        r"\b(?:all|every|any|evry)\s+(?:the\s+)?(?:skins|skin\s*types?|skin\s+tones?"
        r"|skin\s+colou?rs?|complexions)\b|\b(?:every|evry)\s+skin\b",
        r"\badapt\w*\s+(?:themselves\s+|itself\s+)?to\s+(?:whoever|anyone|everyone|any\s+"
        r"(?:\w+\s+)?(?:patient|body|person)|every\s+(?:\w+\s+)?(?:patient|body|person))\b",
        r"\bpara\s+tod[oa]s\b|\btodo\s+el\s+mundo\b|\bcualquier\s+(?:persona|edad|piel)\b"
        r"|\btodas\s+las\s+(?:pieles|edades)\b|\btod[oa]s\s+son\s+candidat[oa]s\b"
        r"|\bherkes\w*\b|\bher\s+ya[sş]\w*",
        r"\b(?:pregnan\w*|breast-?feeding|blood\s+thinners?|chemo\w*|cancer|diabet\w*"
        r"|auto-?immune|heart\s+(?:condition|disease))\b[^.!]{0,80}?(?:you\s+can\s+still"
        r"|still\s+(?:welcome|eligible|a\s+candidate|suitable|qualify)|(?:is|are)\s+(?:not\s+"
        r"a\s+problem|no\s+problem|fine|welcome)|doesn't\s+matter|does\s+not\s+matter)\b",
        r"\b(?:can|will|could)\s+(?:help|treat)\s+(?:any|every|all)(?:one|body|\s+(?:single\s+)?"
        r"(?:patient|person|client|skin|face|scalp))\b"
        r"|\b(?:doesn't|does\s+not|won't)\s+matter\s+(?:how\s+old|what\s+(?:age|your|skin))",
        r"\bno\s+(?:patient|person|one|body|client)\s+(?:who\s+|that\s+)?(?:is|are)\s+not\s+"
        r"(?:suitable|a\s+candidate|eligible|right)\b",
        not_after=r"^\s*(?:a\s+|an\s+|your\s+)?(?:free\s+)?(?:consultation|assessment"
        r"|evaluation)\b",
    ),
    # unverified_source ----------------------------------------------------------------------
    _rule(
        "unverified_source",
        r"\bdonor\w*|\bdonante\w*|\bdon[öo]r\b|\bdonated\s+(?:cells|tissue|stem)",
        not_after=r"^\s*(?:site|area|region|sites|areas|zone|zones)\b",
        not_before=r"\bown\s+$",
    ),
    _rule(
        "unverified_source",
        r"\bumbilical\w*(?!\s+(?:area|region|incision|site|hernia|button|fat))|\bcord[- ](?:blood|tissue|lining|derived|stem|cells?|exosomes?|msc)\w*"
        r"|\bcord(?:ón|on)\b|\bkordon\w*|\bwharton\W{0,3}s?\s+jelly\b|\bwharton\b|\bplacent\w*"
        r"|\bplasent\w*|\bamnio\w*|\bamnion\w*|\bchorion\w*|\bperinatal\b|\bbirth[- ]tissues?\b"
        r"|\ballograft\w*"
        r"|\bafterbirth\b|\bembry\w*|\bf(?:o)?etal\b|\bf(?:o)?etus\w*|\bfeto\b"
        r"|\b(?:neonatal|newborn)\s+(?:cells|foreskin|fibroblasts?|tissue)\b|\bforeskin\w*|\ballogen\w*"
        r"|\bxeno(?:geneic|graft\w*|transplant\w*)\b|\boff[- ]the[- ]shelf\s+(?:stem\s+)?cells\b"
        r"|\bcell\s+line\b",
        r"\b(?:animal|sheep|ovine|lamb|bovine|cow|calf|porcine|pig|piglet|swine|equine|horse"
        r"|shark|fish|salmon|marine|caviar|snail|rabbit|deer|goat|chicken)(?![\w-]*-free)[\w-]*\s+"
        r"(?:[\w-]+\s+)"
        r"{0,3}?(?:stem[- ]?cells?|cells?|exosomes?|cell\s+extracts?)\b",
        r"\b(?:plant|botanical|vegetal|phyto|apple|grape|edelweiss|argan|lilac|orchid|lotus"
        r"|ginseng|alpine|malus|uttwiler|citrus|olive|tomato|aloe|gardenia|rice|algae|seaweed"
        r"|moss|lavender|saffron|cactus|fruit|flower|herbal)(?![\w-]*-free)[\w-]*\s+"
        r"(?:[\w-]+\s+){0,3}?"
        r"(?:stem[- ]?cells?|cells?)\b",
        r"\b(?:proprietary|secret|undisclosed|confidential|patented|mystery)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:stem[- ]?cells?|cells?|cell\s+(?:line|source|blend|formula|cocktail|mix)|blend"
        r"|formula|cocktail|source|exosomes?)\b",
        r"\b(?:cells?|source|line)\b[^.!?]{0,60}\b(?:intellectual\s+property|trade\s+secret)\b",
        r"\bexosomes?\s+(?:derived\s+|sourced\s+|isolated\s+|harvested\s+)?from\s+(?:[\w-]+\s+)"
        r"{0,2}?(?:donors?|cords?|umbilical|placent\w*|amniotic|bone\s+marrow|young|stem\s+cells"
        r"|human)\b|\b(?:stem[- ]cell|msc|mesenchymal|human)[- ](?:derived|conditioned)\s+"
        r"(?:exosomes?|media|medium)\b",
        r"\bfrom\s+(?:healthy\s+|young\s+)?(?:mothers|newborns?|babies|births?|deliveries"
        r"|c-sections|caesareans?|young\s+(?:donors|people|adults))\b|\bafter\s+(?:the\s+)?birth\b",
        r"\bimport(?:ed|s)?\s+(?:[\w-]+\s+){0,2}?(?:stem[- ]?)?cells?\b|\b(?:stem[- ]?)?cells?\s+"
        r"(?:are\s+)?(?:imported|shipped|flown\s+in|bought|purchased)\b|\bcells?\s+(?:\w+\s+){0,5}?"
        r"from\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:bank|biobank|cell\s+bank|supplier)\b",
    ),
)


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
                yield _Candidate("cure", verb.start(), verb.end())


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
            yield _Candidate("fda_misrepresentation", start, end)
        for pattern in (_FDA_BADGE, _FDA_EXEMPTION):
            for badge in pattern.finditer(text, sentence.start, sentence.end):
                if not _device_only(doc, sentence, badge.start(), badge.end()):
                    yield _Candidate("fda_misrepresentation", badge.start(), badge.end())


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
                yield _Candidate("guaranteed", figure.start(), figure.end())


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
            yield _Candidate("guaranteed", will.start(), will.end())


def _find_rule_matches(doc: _Doc) -> Iterator[_Candidate]:
    text = doc.text
    for rule in _RULES:
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
            yield _Candidate(rule.category, start, end, rule.outcome_only)


_FINDERS: tuple[Callable[[_Doc], Iterator[_Candidate]], ...] = (
    _find_rule_matches,
    _find_disease_claims,
    _find_fda_claims,
    _find_success_odds,
    _find_emphatic_will,
)


# --- Screening ------------------------------------------------------------------------------


def _stands(doc: _Doc, candidate: _Candidate) -> bool:
    """Whether a matched phrase, read in its sentence, is really a claim."""
    index = doc.sentence_index(candidate.start)
    sentence = doc.sentences[index]
    if _warned(doc, sentence, candidate.start) or _unanswered_question(doc, index):
        return False
    clause = doc.clause(candidate.start)
    prefix = doc.text[max(clause.start, candidate.start - 200) : candidate.start]
    suffix = doc.text[candidate.end : max(min(clause.end, candidate.end + 200), candidate.end)]
    if _prefix_negated(prefix, suffix) or _suffix_negated(suffix, candidate.category):
        return False
    if _hedged(prefix, suffix, candidate.category):
        return False
    if candidate.outcome_only and _promises_only_a_process(doc, candidate.start, candidate.end):
        return False
    return not _honest_context(doc, candidate.category, candidate.start, candidate.end)


def _joins(text: str, previous: _Candidate, candidate: _Candidate) -> bool:
    return candidate.start <= previous.end or not text[previous.end : candidate.start].strip()


def screen(text: str) -> tuple[Flag, ...]:
    """Red-flag phrases in `text`, ordered by position; at most one flag per category per span."""
    if not text or not text.strip():
        return ()
    doc = _Doc(text)
    candidates = sorted(
        {c for finder in _FINDERS for c in finder(doc) if _stands(doc, c)},
        key=lambda c: (c.start, -(c.end - c.start), rank(c.category)),
    )
    kept: list[_Candidate] = []
    latest: dict[str, int] = {}  # category -> index in `kept` of its last flag
    for candidate in candidates:
        index = latest.get(candidate.category)
        if index is not None and _joins(doc.text, kept[index], candidate):
            # one flag for "umbilical cord cells", not one per matching word
            previous = kept[index]
            kept[index] = _Candidate(
                previous.category, previous.start, max(previous.end, candidate.end)
            )
            continue
        latest[candidate.category] = len(kept)
        kept.append(candidate)
    return tuple(
        Flag(
            category=c.category,
            start=c.start,
            end=c.end,
            match=text[c.start : c.end],
            reason=REASONS[c.category],
        )
        for c in kept
    )


# --- Version --------------------------------------------------------------------------------


def _canonical(value: object) -> str:
    """A text that changes whenever `value` would screen differently, and only then: the same
    in every process (sets are sorted, never in hash order) and blind to comments and layout."""
    if value is None or isinstance(value, (bool, str, bytes, float)):
        return repr(value)
    if isinstance(value, int):  # re flags are ints with a symbolic repr
        return str(int(value))
    if isinstance(value, re.Pattern):
        return f"re({value.pattern!r},{int(value.flags)})"
    if isinstance(value, (tuple, list)):
        return "(" + ",".join(_canonical(v) for v in value) + ")"
    if isinstance(value, (frozenset, set)):
        return "{" + ",".join(sorted(_canonical(v) for v in value)) + "}"
    if isinstance(value, Mapping):
        items = sorted((_canonical(k), _canonical(v)) for k, v in value.items())
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    if isinstance(value, CodeType):
        # The bytecode carries no line numbers, so moving code or editing a comment keeps it.
        return (
            f"code({value.co_name},{value.co_argcount},{value.co_kwonlyargcount},"
            f"{value.co_flags},{value.co_code.hex()},{_canonical(value.co_consts)},"
            f"{_canonical(value.co_names)},{_canonical(value.co_freevars)})"
        )
    if isinstance(value, FunctionType):
        return (
            f"def({_canonical(value.__code__)},{_canonical(value.__defaults__)},"
            f"{_canonical(value.__kwdefaults__)})"
        )
    if isinstance(value, BuiltinFunctionType):
        return f"builtin({value.__module__}.{value.__qualname__})"
    if isinstance(value, property):
        return f"property({_canonical(value.fget)})"
    if isinstance(value, type):
        fields = getattr(value, "__dataclass_fields__", {})
        # Methods written here; those dataclass generates follow from the fields.
        methods = {
            name: member
            for name, member in vars(value).items()
            if isinstance(member, property)
            or (isinstance(member, FunctionType) and member.__code__.co_filename == _SOURCE)
        }
        return (
            f"class({value.__qualname__},"
            f"{_canonical({name: _default(field.default) for name, field in fields.items()})},"
            f"{_canonical(methods)})"
        )
    fields = getattr(type(value), "__dataclass_fields__", None)
    if fields is not None:  # a rule
        return f"{type(value).__qualname__}{_canonical({n: getattr(value, n) for n in fields})}"
    raise TypeError(f"SCREENER_VERSION cannot fingerprint {type(value).__qualname__}: add it here")


def _default(value: object) -> object:
    return "<required>" if value is MISSING else value


_SOURCE: Final = _canonical.__code__.co_filename
# Where the checkout lives is not a rule; neither is the version itself.
_NOT_READ: Final = frozenset({"_SOURCE", "_NOT_READ", "SCREENER_VERSION"})


def _screener_globals() -> dict[str, object]:
    """Everything the screener reads: the patterns, word lists and reasons, and the code of
    its functions and classes; not what it imports."""
    chosen: dict[str, object] = {}
    for name, value in globals().items():
        if name.startswith("__") or name in _NOT_READ or isinstance(value, ModuleType):
            continue
        if isinstance(value, (FunctionType, type)):
            if value.__module__ == __name__:
                chosen[name] = value
        elif type(value).__module__ in ("builtins", "re", __name__):
            chosen[name] = value
    return chosen


# The screener's version: a digest of its rules and code, so any change to either gives a new
# version, and a claim screened by an older one is screened again (Claim.screened_with). A new
# Python release compiles to new bytecode, which screens every claim once more: harmless.
SCREENER_VERSION: Final[str] = hashlib.sha256(
    _canonical(_screener_globals()).encode()
).hexdigest()[:32]
