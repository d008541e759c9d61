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
# A sentence that reports or judges claims (a regulator, a court, a journalist, a study) rather
# than making one: "unproven 'cures'", "the lawsuit alleges", "have been studied for".
# the start of a sentence, wherever it stands in the text (a search from a sentence's offset does not
# read "^" there)
_SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))"
# the firms whose words a report carries ("these businesses say", "clinics promise")
_FIRMS = r"(?:clinics|businesses|companies|providers|marketers|sellers|firms|spas)"
_REPORTED = re.compile(
    r"\bunproven\b|\bunsubstantiated\b|\balleg(?:e|es|ed|edly|ations?)\b|\bfalsely\b"
    r"|\bwith\s+the\s+(?:assurance|promise)\s+that\b"
    r"|\b(?:sell(?:s|ing)?|sold|market(?:s|ed|ing)?|pitch(?:es|ed|ing)?)\s+(?:it|them|this|these"
    r"|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+as\b|\bover(?:sell|sold|stat|hyp|promis)\w*|\bmisconceptions?\b"
    r"|\bdecei\w*|\bdeceptive\w*|\bmislead\w*|\bhype\b|\bcure-alls?\b|\bfraud\w*"
    r"|\blawsuits?\b|\bcomplaint\b|\bwarning\s+letters?\b"
    r"|\b(?:no\s+(?:scientific\s+|good\s+)?|lack(?:s|ed|ing)\s+(?:\w+\s+)?)evidence\b"
    r"|\b(?:have|has|had)\s+(?:also\s+)?been\s+(?:studied|investigated|tested|explored"
    r"|proposed|suggested)"
    r"|\bbeing\s+(?:(?:actively|extensively|widely)\s+)?(?:studied|investigated|tested|explored"
    r"|researched|considered|evaluated|trial(?:l)?ed)\b|\bresearchers\b"
    r"|\b(?:studies|trials)\s+(?:are\s+)?(?:now\s+)?(?:looking\s+at|investigating|examining|exploring"
    r"|evaluating)\b"
    r"|\bnot\s+(?:yet\s+)?(?:been\s+)?proven\b|\b(?:remains?|is|are)\s+(?:still\s+|largely\s+)?"
    r"(?:an?\s+)?(?:experimental|investigational)\b"
    r"|\b(?:mixed|inconsistent|conflicting)\s+(?:results|evidence|findings|outcomes)\b"
    # the question left open: "it is still unclear whether ...", "whether ... remains unknown"
    r"|\b(?:is|are|remains?)\s+(?:still\s+|yet\s+|currently\s+|largely\s+)?(?:unknown|unclear"
    r"|uncertain|not\s+(?:yet\s+)?(?:known|clear|established))\s+(?:whether|if)\b"
    r"|\bwhether\b[^.!?]{0,150}\b(?:is|are|remains?)\s+(?:still\s+|yet\s+|currently\s+)?"
    r"(?:unknown|unclear|uncertain|debated|an\s+open\s+question|not\s+(?:yet\s+)?(?:known|clear))\b"
    r"|\b(?:results|evidence|findings|outcomes)\s+(?:\w+\s+){0,4}?(?:have\s+been|has\s+been|are|were"
    r"|was|is)\s+(?:mixed|inconsistent|conflicting)\b"
    r"|\bclaimed\b|\bclaim(?:s|ing)?\s+(?:that|they|it|to\s+\w+)\b"
    # an advertisement described ("an online ad for a clinic that offered ..."), a question left
    # open ("whether the results will be permanent or not")
    r"|\b(?:an?\s+)?(?:online\s+)?(?:ad|advert|advertisement)\s+for\b|\bwhether\b[^.!?]{0,80}?\bor\s+not\b"
    # a claim carried by someone else's words: "touted as a miracle solution", "saying it can
    # cure ageing", "no proven clinical benefit of ... to cure"
    r"|\b(?:touted|billed|hyped|peddled)\s+as\b|\bno\s+proven\s+(?:clinical\s+)?(?:benefits?|efficacy)\b"
    r"|\bsnake[- ]oil\b|\bsales\s+pitch|\bthe\s+pitch\s+of\b"
    r"|\bsaying\s+(?:that\s+)?(?:it|they)\s+(?:can|could|will|would)\b"
    # "purportedly treats", fetal stem cell "treatments" in scare quotes, "sold to the elderly
    # as", "claiming these had live cells", what "he told the group", what a court enjoined,
    # what firms are not permitted to call their products, the public warned
    r"|\bpurported(?:ly)?\b|[\"\u201c](?:treatments?|therap(?:y|ies)|cures?|miracles?|magic)[\"\u201d]"
    # a product named in quotes to doubt it ('"umbilical cord stem cell" infusions')
    r"|[\"\u201c][\w\s-]{0,30}?\bstem[\s-]+cells?[\"\u201d]"
    r"|\bsold\s+(?:to\s+(?:\w+\s+){1,3}?)?as\b|\bclaiming\b|\benjoin\w*"
    # what clinics, not ours, promise or offer ("clinics promise reversed aging", "a niche of
    # longevity clinics is offering it ... to reduce biological age"); research said to be lacking;
    # a question said to be debated
    r"|(?<!our\s)(?<!other\s)(?<!unlike\s)\b"
    + _FIRMS
    + r"\s+(?!that\b|who\b|which\b)(?:\w+\s+){0,2}?"
    r"(?:promis(?:e|ed|ing)|offer(?:ing|ed)?)\b"
    r"|\b(?:not\s+(?:been\s+)?enough|insufficient|too\s+little)\s+(?:research|evidence|studies|data)\b"
    r"|\b(?:a\s+)?(?:subject|matter|topic)\s+of\s+(?:\w+\s+)?debate\b"
    # what "these businesses say" (not what "every clinic can say")
    r"|\b(?:these|such|many|some|the)\s+" + _FIRMS + r"\s+(?:\w+\s+)?(?:say|said)\b"
    r"|\bclaim(?:s|ed)?\s+(?:on|in)\s+(?:the|their|its|his|her)\s+(?:\w+\s+){0,2}?(?:website|site|page"
    r"|ads?|adverts?|brochures?)\b"
    r"|\btold\s+(?:the|an?)\s+(?:group|audience|crowd|room|seminar|attendees)\b"
    r"|\bnot\s+(?:permitted|allowed)\s+to\s+(?:call|market|sell|advertise|claim|promote)\b"
    r"|\b(?:public|consumers|patients)\s+(?:is|are)\s+(?:further\s+|hereby\s+|also\s+)?warned\b"
    r"|\b(?:are|were)\s+telling\s+(?:patients|people|consumers|customers)\b"
    r"|\b(?:were|was|are|is|been)\s+(?:also\s+|widely\s+|heavily\s+|often\s+)?(?:advertised|marketed"
    r"|promoted|touted|hyped)\b"
    r"|\baccording\s+to\s+(?:them|the\s+(?:company|clinic|seller|website))\b"
    r"|\b(?:clinics?|business(?:es)?|compan(?:y|ies)|providers?|marketers?|sellers?|firms?"
    r"|defendants?|respondents?)\s+(?:\w+\s+){0,4}?(?:talk"
    r"|making|make|advertis\w*|promot\w*|market\w*|tout\w*|claim(?:s|ed|ing)?|argu(?:e|es|ed|ing)"
    r"|represent(?:s|ed|ing)?"
    r"|insist\w*)\b|\brepackaged\b|\bthese\s+claims\b"
    r"|\bcrack(?:ed|ing)?\s+down\b|\bthink\s+twice\b|\bmyths?\b"
    # "is still under investigation", "no established finding", "is prohibited in India"
    r"|\bunder\s+investigation\b|\bno\s+established\b"
    r"|\b(?:use|uses|treatments?|therap(?:y|ies)|sale|marketing|practice)\b[^.!?;]{0,80}?\b(?:is|are"
    r"|was|were)\s+(?:now\s+|currently\s+|still\s+)?(?:prohibited|banned|outlawed)\b"
    r"|\bmarketing\s+(?:claims?|language|copy|speak)\b|\bletters?\s+of\s+warning\b"
    r"|\baccus(?:e|es|ed|ing)\b|\bthere\s+(?:are|were)\s+(?:also\s+)?concerns\b"
    r"|\b(?:the\s+)?(?:fda|ftc|agency|regulators?|court|judge)\)?\s+(?:has\s+|had\s+)?(?:said|says|found|held|wrote"
    r"|warned|stated|noted)\b|\bno\s+(?:human\s+)?(?:clinical\s+)?(?:studies|trials)\b"
    r"|\b(?:those|people|patients|anyone)\s+(?:expecting|hoping\s+for|promised|seeking)\b"
    # what a clinic's staff or its brochure told a patient or a reporter, reported by them ("the
    # clinic told me the graft would be permanent, but ...", "staff told our undercover reporter",
    # "instructed to tell everyone", "the brochure promised zero side effects, yet ..."), what
    # experts told a journalist, a number shown "as if it were an approval"
    r"|\btold\s+(?:me|us|our\s+(?:\w+\s+)?(?:reporter|journalist|team))\b"
    r"|\b(?:instructed|trained|told)\s+to\s+tell\b"
    r"|\b(?:brochure|homepage|leaflet|flyer|advert\w*|salesperson|salesman|saleswoman|sales\s+staff)\s+"
    r"(?:\w+\s+)?(?:promised|claimed|boasted|said|stated)\b"
    # what someone else's website or seminar is reported to say ("his website also claims the
    # company is in compliance with FDA guidelines"), claims said to have been made
    r"|\b(?:his|her|its|their|the)\s+(?:\w+\s+)?(?:website|web\s+site|site|web\s+page|facebook\s+page"
    r"|ads?|seminars?|presentation)(?:,\s*[^,]{1,40},)?\s+(?:also\s+)?(?:claims|states|says|promises"
    r"|boasts|touts|claimed|stated|said|promised|boasted|touted)\b"
    r"|\bclaims\s+(?:were|was|had\s+been|have\s+been)\s+made\b"
    r"|\bexperts?\s+(?:told|tell|say|said|warn\w*)\b|\bas\s+if\s+(?:it|they)\s+(?:were|was)\b"
    r"|\b(?:i|we)\s+asked\s+(?:whether|if)\b"
    # session 16, voices the rules had not heard: what a patient was told or keeps being told,
    # what "my clinic" or a website says, a claim quoted to be rated ("Claim: '...'", "Verdict:",
    # "promised in the advert are not supported"), a code that forbids the words ("must not tell
    # patients", "may not be reproduced", "breaches the code", "report any clinic"), a court's
    # parties, listings removed "for selling" a thing, what an insurer will not pay for. Each is
    # a frame around someone else's words: a bare "prohibited", "report" or "use" is not (a
    # clinic's aftercare sheet says "smoking is prohibited" beside its own claims)
    r"|\b(?:had\s+been|was|were|being)\s+told\b|\bkeeps?\s+(?:telling|saying)\b"
    r"|\b(?:my|the|their|a)\s+(?:[\w'-]+\s+)?(?:coordinator|website|site|advert\w*|ad|post|review"
    r"|salesperson|agency|facilitator|video|page|brochure|caption|listing|seller|vendor"
    r"|influencer)\s+(?:\w+\s+)?(?:says|said|saying|claims|claiming|promises|promised|told|boasted"
    r"|boasts|touted)\b"
    # a patient's clinic or doctor quoted, only when doubted ("my clinic says the effect is
    # permanent but ..."): a testimonial quotes them to agree
    r"|\b(?:my|the|their|a)\s+(?:[\w-]+\s+)?(?:clinic|doctor|surgeon)\s+(?:\w+\s+)?(?:says|said"
    r"|claims|promised|told)\b(?=[^.!]*?(?:\bbut\b|\byet\b|\bhowever\b|\?|\bactually\b"
    r"|\breally\b))|\bclaims?\s*:\s*['\"]|\bclaims?\s+['\"]|['\"]\s+claims?\b|\b(?:our\s+)?(?:rating|verdict)\s*:"
    r"|\bfact[- ]?check\w*|\bpromised\s+in\s+(?:the|their|an?)\b|\bnot\s+supported\s+by\b"
    r"|\b(?:is|are|was|were)\s+not\s+supported\b|\bdescrib\w*\s+(?:as\s+)?(?:a\s+|an\s+)?['\"]"
    # something advertised or described as what it is sold as ("advertises them as", "describes
    # it as"; "advertised stem cells as", "billed as")
    r"|\b(?:(?:advertis\w*|describ\w*)\s+(?:it|them|this|these|their|an?|the|any|your)\s+"
    r"(?:[\w-]+\s+){0,3}?|(?:advertised|touted|pitched|promoted|hyped|billed)\s+(?:[\w-]+\s+){1,3}?)"
    r"as\s+(?!well\b)"
    r"|\b(?:must|should|may|shall)\s+not\s+(?:\w+\s+)?(?:tell|claim|advertise|promise|describe|imply"
    r"|suggest|state)\b|\bmay\s+not\s+be\s+(?:reproduced|advertised|published|claimed|promoted"
    r"|described)\b|\bbreach\w*\s+(?:\w+\s+){0,2}?(?:code|rules?|law|regulations?|guidance|standards)\b"
    r"|\breport\s+(?:any|such)\s+(?:clinics?|offers?|sellers?|providers?|adverts?|ads)\b"
    r"|\bshould\s+be\s+reported\b|\b(?:plaintiff|defendant|tribunal|jury|testified|prosecutors?)\b"
    r"|\b(?:removed|banned|fined|sued|warned|closed|cited|charged|suspended|struck\s+off|delisted)\b"
    r"[^.!?]{0,60}?\bfor\s+(?:selling|offering|advertising|marketing|promoting)\b"
    r"|\b(?:sold|offered|marketed|advertised)\s+by\s+(?:some|many|unlicensed|other|a\s+few)\b"
    r"|\bexcluded\s+from\s+(?:cover|coverage|the\s+policy)\b|\bwe\s+will\s+not\s+pay\b"
    # session 27, payers' and assessors' voice: a policy's determination ("the Company considers
    # injection of amniotic fluid to be investigational", "may be considered medically
    # necessary", "the evidence is insufficient to determine efficacy"), coverage weighed
    r"|\b(?:considers?|considered|deems?|deemed|classif(?:y|ies|ied))\s+(?:[\w()*,/-]+\s+){0,12}?"
    r"(?:to\s+be\s+|as\s+)?(?:experimental|investigational|unproven)\b"
    r"|\bmedically\s+necessary\b|\bmedical\s+necessity\b"
    r"|\bevidence\s+(?:\w+\s+){0,4}?(?:is|was|are|were|remains)\s+(?:still\s+)?(?:insufficient"
    r"|inadequate)\b|\b(?:insurance|medicare|medicaid)\s+coverage\b"
    r"|\b(?:offers?|provides?|denies|deny)\s+coverage\b|\bcoverage\s+(?:determinations?|polic(?:y|ies)"
    r"|decisions?)\b|\b(?:this|the)\s+(?:medical\s+)?polic(?:y|ies)\s+(?:addresses|governs|applies"
    r"|describes)\b"
    r"|\b(?:do\s+not|don't|would\s+not|wouldn't|cannot|can't)\s+recommend\s+(?:them|it|these|such)\b"
    r"(?!\s+(?:\w+\s+){0,2}?enough)"
    # someone else's marketing met ("ads for placenta serums", "a flyer for cord blood
    # infusions"), a worry voiced, scientists reported, a hope for one day
    r"|\b(?:ads|adverts|flyers?|leaflets?|spam|emails)\s+(?:for|about|offering|selling|promising)\b"
    r"|\b(?:really\s+)?worries\s+me\b|\bi(?:'m|\s+am)\s+(?:really\s+|so\s+)?worried\b"
    r"|\bscientists?\s+(?:\w+\s+)?(?:say|said|believe|hope|think|argue|caution\w*|warn\w*)\b|\bcould\s+one\s+day\b"
    # a promise received, a law that a promise breaks, an answer refused, a quiz
    r"|\b(?:been|was|were|got)\s+promised\b|\bconsumer\s+protection\b"
    r"|\b(?:declined|refused|failed)\s+to\s+(?:say|disclose|provide|name|reveal|answer)\b"
    r"|\bcould\s+not\s+provide\b|\btrue\s+or\s+false\b|\brather\s+than\s+expect\w*"
    r"|\bsounds\s+like\s+(?:a\s+)?(?:\w+\s+){0,2}?(?:gloss|marketing|hype|sales\s+pitch|fantasy"
    r"|science\s+fiction|too\s+good)\b"
    r"|\basked\s+(?:\w+\s+){0,2}?(?:whether|if)\b"
    # a lawyer's or a charity's voice: "if a clinic promised you ...", "a line like '...'", "ask
    # for proof", "if the answer is", "according to court documents", "misrepresentation"
    r"|\bif\s+(?:a|the|your)\s+(?:clinic|provider|doctor|practitioner|seller)\s+(?:\w+\s+)?"
    r"(?:promised|claimed|told|said|guaranteed|advertised)\b|\bmisrepresent\w*"
    r"|\b(?:lines?|phrases?|statements?|promises?|claims?|wording|words|sentences?)\s+(?:like"
    r"|such\s+as)\s+['\"]|\bask\s+(?:exactly\s+|precisely\s+)?(?:for\s+proof|where\s+the|whether|which|if\s+the|them\s+(?:for"
    r"|whether|if|where))\b|\bif\s+the\s+answer\s+is\b|\baccording\s+to\s+(?:him|her|experts?|scientists?|researchers?|court|police"
    r"|prosecutors|the\s+(?:court|lawsuit|complaint|indictment|charges))\b|\bno\s+(?:\w+\s+)?stud(?:y|ies)\s+"
    r"(?:demonstrat\w*|supports?|shows?|showing|has\s+shown|found)\b"
    # an enforcement document's own voice (session 19): what a firm "represented", the FDA's
    # letter to "your company" about a website "last visited", a firm's claims or advertising
    # named as its own, what a law prohibits advertising, content an agency cited, a product
    # that does not meet the criteria, parents scared into believing (a claim quoted and then
    # named as one, and stem cells "advertised ... as" a cure, sit beside their kin above)
    r"|\brepresent(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?that\b|\brepresentations?\s+(?:that|about)\b"
    r"|\byour\s+(?:company|firm)\b|\blast\s+visited\b"
    r"|\b(?:company|firm|clinic|defendants?|respondents?)(?:'s|s')\s+(?:[\w-]+\s+){0,3}?(?:claims?"
    r"|representations?|advertising|adverts?|ads|marketing)\b"
    r"|\bprohibit\w*\s+(?:\w+\s+){0,3}?(?:advertis\w*|claims?|marketing|representations?"
    r"|statements?)\b|\bcited\s+(?:\w+\s+){0,3}?(?:content|claims?|statements?|web\s?pages?|posts?"
    r"|materials?)\b|\bdo(?:es)?\s+not\s+meet\s+(?:the\s+)?(?:\w+\s+)?(?:criteria|requirements"
    r"|definition)\b|\binto\s+believing\b"
    # session 26, boards' and courts' voice: what "he claims" or a firm "implied that", an
    # assertion "with no scientific backing", what lies outside a profession's scope of practice
    r"|\b(?:he|she|they)\s+claims?\b|\bimpl(?:ied|ying)\s+that\b|\bassertions?\b"
    r"|\bno\s+(?:scientific|medical|clinical)\s+(?:backing|basis|support|foundation)\b"
    r"|\bscope\s+of\s+practice\b"
    # a hope for one day ("the hope is one day they'll treat", "banking on these cells to one
    # day treat"; not "in one day"), research going on, support said to be lacking
    r"|(?<!in\s)(?<!within\s)(?<!just\s)(?<!only\s)\b(?:one\s+day|someday|some\s+day)\b[,\s]+"
    r"(?:[\w-]+[,\s]+){0,5}?(?:\w+['\u2019]ll|will|could|might|may)\b|\bto\s+one\s+day\b"
    r"|\b(?:have|has)\s+been\s+(?:studying|researching|investigating|testing|exploring)\b"
    r"|\b(?:without|lacks?|lacking|not\s+have|no)\s+(?:the\s+)?(?:\w+\s+)?backing\b"
    # an idea or hypothesis set out, a notice issued, the race to a cure, claims called wild,
    # what someone called it
    r"|\bthe\s+(?:idea|theory|hypothesis|thinking|premise|notion)\s+is\s+that\b|\bhypothes\w*"
    r"|\b(?:issued|released|published)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:warning|communication|alert"
    r"|statement|advisory|notice)\b|\bthe\s+(?:race|quest|search|hunt)\s+(?:to|for)\b"
    r"|\b(?:wild|bold|outlandish|extravagant|exaggerated|dubious|bogus|false|lofty)\s+claims?\b"
    r"|\bcalled\s+(?:it|them|this)\s+(?:a|an|the)\b"
    # guarantees weighed ("unenforceable", "inherently subjective"), what people look for or
    # expect, the best any clinic can give
    r"|\bunenforceable\b|\b(?:difficult|hard)\s+to\s+enforce\b|\binherently\s+subjective\b"
    r"|\b(?:individuals|people|patients|men|women|clients)\s+(?:\w+\s+)?(?:look|looking|search"
    r"|searching)\s+for\b"
    # (what patients expect, not what they "can expect")
    r"|\b(?:patients|people|clients)\s+(?:(?!can\b|will\b|may\b|could\b|should\b|would\b)\w+\s+)?"
    r"expect\b"
    r"|\bany\s+clinic\s+(?:can|could|should|will)\b"
    # session 26's written round in the same voices: a board's or judge's findings, an attorney
    # general, an assurance of "..." quoted, clinics that preyed on patients, none of the
    # treatments shown to work, requests declined, a position maintained and rejected, what
    # regulators have not approved, what a clinic kept saying
    r"|\b(?:board|panel|commission|tribunal|hearing\s+officer|administrative\s+law\s+judge)\s+"
    r"(?:further\s+|also\s+)?(?:finds|found|concludes|concluded|determines|determined)\b"
    r"|\battorneys?\s+general\b"
    r"|\b(?:assurances?|promises?|claims?|representations?|guarantees?)\s+of\s+[\"\u201c]"
    r"|\bprey(?:ed|s|ing)?\s+(?:up)?on\b"
    r"|\bnone\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:has|have)\s+been\s+(?:shown|proven|demonstrated)\b"
    r"|\bdeclined\s+(?:\w+\s+){0,2}?requests?\b|\brequests?\s+for\s+comment\b|\bdeclined\s+to\s+comment\b"
    r"|\b(?:maintained|asserted|contended)\b[^.!?]{0,30}?\bthat\b"
    r"|\brejected\s+by\s+(?:mainstream|(?:the\s+)?(?:medical|scientific)\s+(?:community|establishment)"
    r"|experts|scientists|regulators|oncologists|the\s+(?:court|board|fda|agency))\b"
    r"|\b(?:regulators?|fda|agency|authorities)\b[^.!?]{0,80}?\b(?:have|has)\s+not\s+approved\b"
    r"|\bkept\s+(?:telling|saying)\b"
    # session 27: what testimonials claim, what patients want to believe, what someone was talking
    # about, a "cure-for-all-diseases" mocked like a cure-all
    r"|\btestimonials?\s+(?:\w+\s+){0,3}?(?:claim|claims|say|says|report|describe)\b"
    r"|\bwant(?:s|ed)?\s+to\s+believe\b|\b(?:was|were)\s+talking\s+about\b|\bcure-for-all\b"
    # a trial registry's voice ("the overall goal of this study is to evaluate", "this clinical
    # trial aims to investigate", "a pilot clinical trial evaluating", "Safety Study of ..."),
    # customers' words reported ("the three customers ... all say that they paid")
    r"|\b(?:goal|aim|purpose|objective)s?\s+of\s+(?:this|the)\s+(?:\w+\s+){0,2}?(?:study|trial)\b"
    r"|\b(?:this|the)\s+(?:\w+\s+){0,2}?(?:study|trial)\s+(?:aims?|seeks?|is\s+designed|will\s+(?:evaluate"
    r"|assess|investigate|examine|compare|test|determine))\b|\b(?:pilot|phase\s+\w+|randomi[sz]ed)"
    r"\s+(?:\w+\s+){0,2}?(?:study|trial)\s+(?:evaluating|assessing|investigating|comparing)\b"
    r"|" + _SENTENCE_START + r"\W*(?:safety|efficacy|pilot)\s+(?:and\s+\w+\s+)?study\s+of\b"
    r"|\bcustomers\b[^.!?]{0,80}?\b(?:say|said|allege\w*)\s+(?:that\s+)?(?:they|he|she)\b"
    # guarantees weighed rather than given ("the terms of your guarantee, including all
    # exclusions", "can void the guarantee", "guarantees sound reassuring", "no universal standard
    # for hair transplant guarantees"), a clinic in general ("A clinic promises a full refund if
    # ..."), what courts do, what an advertising regulator ruled
    r"|\b(?:void|voids|voided|terms\s+of|exclusions\s+(?:of|from|to)|fine\s+print\s+of|details\s+of)"
    r"\s+(?:\w+\s+){0,3}?guarantees?\b|\bguarantees?\s+(?:sound|vary|differ|are\s+only)\b"
    r"|\bstandard\s+for\s+(?:\w+\s+){0,3}?guarantees?\b"
    r"|"
    + _SENTENCE_START
    + r"\W*(?:a|some|many)\s+clinics?\s+(?:\w+\s+)?(?:promises?|offers?|guarantees?)\b"
    r"|\bcourts\s+(?:will|would|may|can|have|generally|usually|often)\b"
    r"|\b(?:asa|cap|ahpra|tga|mhra|nad|narb)\s+(?:\w+\s+)?(?:ruled|found|said|concluded|considered|noted|stated)\b",
)
# "a supportive treatment for autism, not a cure" denies the cure it names.
_NOT_A_CURE = re.compile(
    r"\b(?:not|no|isn't|never)\s+(?:a\s+|an\s+)?(?:\w+\s+)?[\"']?(?:cure|miracle|magic)\b"
    r"|\bpotential\s+(?:to|for|(?:treatment|therap(?:y|ie)|use)s?\s+(?:of|for|in))\b"
    r"|\bcalling\s+(?:it|this|them|these)\s+a\s+cure\b"
    # hedges stacked ("could possibly serve as a source for therapies")
    r"|\b(?:may|might|could)\s+(?:potentially|possibly|eventually|someday|one\s+day)\b",
)


# These three, like the rules, are written in lower case and read the lowercased text.
def _reported(doc: _Doc, sentence: _Span, category: str) -> bool:
    if doc.presence.search(_REPORTED, doc.lower, sentence.start, sentence.end):
        return True
    return (
        category == "cure"
        and doc.presence.search(_NOT_A_CURE, doc.lower, sentence.start, sentence.end) is not None
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
register(_CLAUSE_BREAK, _WARNING, _REPORTED, _NOT_A_CURE)
