"""English rules written from CLAIMS.md's own words (session 21) rather than from a missed row,
each kept only when, on its own, it flags no honest sentence of the dev split, the written
rounds or the synthetic set: ageing or hair loss reversed, diseases by the count or the handful,
"100%" as a result, harm ruled out in a list, nearly anyone a candidate, a result seen at once,
and the improvement stated as what happens. rules.py appends them after rules_implied's, so
rule numbers stay as they were."""

from __future__ import annotations

from .rule_form import _Rule, _rule
from .rule_words import _DENIAL, _FDA

# up to 50 characters of one clause with no word that denies what follows ("not", "n't",
# "never", "no", "without", "rather than", "instead of")
_UNDENIED = r"(?:(?!" + _DENIAL + r"|\bwithout\b|\brather\s+than\b|\binstead\s+of\b)[^.!?;]){0,50}?"
# what the face, skin or hair is said to become
_AREA = (
    r"(?:skin|hair|face|complexion|wrinkles|fine\s+lines|lines|scars?|pores|texture|tone|neck|eyes"
    r"|cheeks|lips|appearance|scalp)"
)
_IMPROVED = (
    r"(?:smoother|firmer|tighter|younger(?:[- ]looking)?|fuller|thicker|denser|brighter|clearer"
    r"|healthier|plumper|softer|stronger|more\s+(?:youthful|radiant|elastic|supple|even|vibrant"
    r"|defined|lifted)|rejuvenated|restored|refreshed|radiant|renewed|revitali[sz]ed|lifted|glowing"
    r"|flawless)"
)
# a verb not softened by the word before it ("may look", "can become", "helps ... look")
_NOT_HEDGED = (
    r"(?<!may\s)(?<!might\s)(?<!can\s)(?<!could\s)(?<!should\s)(?<!often\s)(?<!usually\s)"
    r"(?<!typically\s)(?<!to\s)(?<!help\s)(?<!helps\s)"
)

BROAD_RULES: tuple[_Rule, ...] = (
    _rule(
        "cure",
        # ageing or hair loss said to be reversed: "reverse the signs of hair fall", "reverse a
        # balding scalp", "can slow and reverse this process" (ageing, named just before)
        r"\b(?:revers\w*|turn\w*\s+back|rewind\w*)\s+(?:the\s+|your\s+|a\s+)?(?:visible\s+)?"
        r"(?:signs?\s+of\s+)?(?:skin\s+|facial\s+|cell(?:ular)?\s+)?(?:ag(?:e)?ing|hair\s+(?:loss|fall)"
        r"|balding|baldness|thinning\s+hair|(?:the\s+)?ag(?:e)?ing\s+process|this\s+process)\b",
        # a count of diseases treated: "used to treat hundreds of conditions", "the treatment of
        # more than 70 life-threatening diseases", "the range of diseases stem cells successfully
        # treat"
        r"\b(?:treat\w*|cur(?:e|es|ed|ing)|heal\w*|used\s+(?:to\s+treat|for|in\s+the\s+treatment\s+of)"
        r"|treatments?\s+(?:for|of))\s+(?:more\s+than\s+|over\s+|hundreds\s+of\s+|dozens\s+of\s+"
        r"|thousands\s+of\s+|\d+\s+)(?:\d+\+?\s+)?(?:\w+[- ]){0,2}?(?:diseases|illnesses|conditions"
        r"|disorders|ailments|pathologies)\b"
        r"|\b(?:\d+|dozens|hundreds)\+?\s+(?:\w+[- ]){0,2}?(?:diseases|illnesses|conditions|disorders)"
        r"\s+(?:\w+\s+){0,3}?(?:treated|cured|healed|treatable)\b"
        r"|\brange\s+of\s+(?:diseases|illnesses|conditions)\s+(?:\w+\s+){0,3}?(?:successfully\s+)?"
        r"(?:treat|cure|heal)\w*\b",
        # diseases by the handful: "stem cells can fight many diseases", "treat all kinds of
        # illnesses"
        r"\b(?:treat\w*|cur(?:e|es|ed|ing)|heal\w*|fight\w*|combat\w*|prevent\w*|beat\w*)\s+(?:many"
        r"|all|various|numerous|countless|multiple|most|several|all\s+kinds\s+of|all\s+sorts\s+of"
        r"|a\s+(?:wide\s+)?(?:range|variety|host)\s+of|a\s+number\s+of)\s+(?:\w+\s+)?(?:diseases"
        r"|illnesses|ailments|disorders)\b",
    ),
    _rule(
        "guaranteed",
        # "100% Solution for Hair Loss"
        r"\b100\s?%\s+(?:solution|results?|satisfaction|success|guaranteed|cure|fix)\b",
    ),
    _rule(
        "no_risk",
        # harm ruled out in a list: "without surgery or harmful side effects"
        r"\bwithout\s+(?:[\w-]+\s+){1,3}?(?:or|and|nor)\s+(?:any\s+)?(?:harmful|negative|adverse"
        r"|unwanted|serious|nasty)?\s*(?:side[- ]effects|risks?|complications)\b",
    ),
    _rule(
        "universal",
        # "literally anyone", "almost everyone eligible", "can be applied to anyone", "treats
        # anyone that has irregularities"
        r"\b(?:literally|almost|nearly|virtually|practically|basically)\s+(?:any(?:one|body)"
        r"|every(?:one|body))\b"
        r"|\b(?:appli(?:ed|cable)|suitable|available|treats?|offered|recommended|ideal)\s+(?:to\s+|for\s+)?"
        r"(?:any(?:one|body)|every(?:one|body))\b",
        # as a candidate for the treatment, not as one who has the condition ("almost everyone
        # loses some hair with age")
        needs_in_clause=r"\b(?:candidates?|eligible|suitable|benefit\w*|treat\w*|can\s+(?:have|get"
        r"|try|undergo)|qualif\w*|appli\w*|undergo|fit|right\s+for|works?\s+for|facial|procedure"
        r"|session|therapy|injection)",
    ),
    _rule(
        "instant",
        # a result seen at once with no word between that denies it: "changes can be seen and
        # felt immediately" (not "the results may not be immediate", not "change doesn't happen
        # overnight")
        r"\b(?:results?|effects?|visible|seen|noticeable|improve\w*|difference|changes?|glow\w*"
        r"|tighten\w*|lift\w*|smooth\w*|plump\w*|younger)\b"
        + _UNDENIED
        + r"\b(?:immediate(?:ly)?|instant(?:ly|aneous(?:ly)?)?|right\s+away|straight\s+away"
        r"|within\s+(?:a\s+few\s+)?(?:hours|minutes)|overnight)\b",
    ),
    _rule(
        "guaranteed",
        # the improvement stated as what happens: "after therapy sessions, the skin tightens and
        # looks smoother", and with no article where a clause begins ("Over time, hair becomes
        # thicker and fuller"); not what it may, can or should do, nor what a treatment helps it do
        r"(?:\b(?:the|your|their)\s+(?:\w+\s+)?|^|(?<=[.!?:;,]\s))"
        + _AREA
        + r"\s+(?:(?!not\b|never\b|no\b)\w+\s+){0,2}?"
        + _NOT_HEDGED
        + r"(?:becomes?|looks?|appears?|tightens|grows?|turns?|gets?|will\s+(?:be|look|become|appear"
        r"|get))\s+(?:\w+\s+)?" + _IMPROVED + r"\b",
        # what a treatment helps or lets the skin do, or is meant to make it do
        not_before=r"\b(?:helps?|helping|help\s+to|lets?|allows?|enables?|may|might|can|could|to"
        r"|(?:to|help|helps|can|may|could)\s+make|aims?\s+to|designed\s+to|whether|if)\s+$",
    ),
    # session 22: what the Spanish collection's pages said, read the same way in English
    _rule(
        "fda_misrepresentation",
        # the same-day exemption read as sanction: "the FDA does not regulate the use of adult
        # stem cells when ...", "not regulated by the FDA", "exempt from FDA approval"
        r"\b" + _FDA + r"\b[^.!?]{0,40}?\b(?:does\s+not|doesn't|do\s+not"
        r"|don't|cannot|can't)\s+(?:\w+\s+)?regulate\b"
        r"|\b(?:not|never)\s+(?:\w+\s+)?regulated\s+by\s+(?:the\s+)?fda\b"
        r"|\b(?:exempt|free)\s+from\s+(?:the\s+)?fda(?:'s)?\s+(?:\w+\s+)?(?:approval|regulation|oversight"
        r"|rules)\b"
        # session 23: "falls outside the jurisdiction of the FDA", "the US FDA issued an
        # exemption for the use of autologous adult stem cells"
        r"|\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?(?:jurisdiction|purview|oversight|authority)\s+of\s+"
        r"(?:the\s+)?(?:us\s+|u\.s\.\s+)?fda\b"
        r"|\b"
        + _FDA
        + r"\b[^.!?]{0,20}?\b(?:issued|granted|gave|created)\s+(?:an?\s+)?exemption\b",
        needs_in_clause=r"\b(?:cells?|stem|autologous|same[- ]day|exosomes?|treatment|therapy"
        r"|procedure)\b",
    ),
    _rule(
        "fda_misrepresentation",
        # the treatment said to be legal in the United States
        r"\b(?:is|are)\s+(?:(?!not\b|never\b)\w+\s+)?(?:legal|permitted|allowed|lawful)\s+in\s+"
        r"(?:the\s+)?(?:us|usa"
        r"|u\.s\.|united\s+states|america)\b"
        # ... or "legally approved", no approver named (session 23)
        r"|\blegally\s+approved\b",
        needs_in_clause=r"\b(?:cells?|stem|exosomes?|treatment|therapy|procedure)\b",
    ),
    _rule(
        "no_risk",
        # "lacks adverse reactions", "free from side effects"
        r"\b(?:lacks?|lacking|devoid\s+of|free\s+(?:of|from))\s+(?:any\s+)?(?:adverse|side)[- ]"
        r"(?:reactions?|effects?)\b",
    ),
    _rule(
        "universal",
        # "useful for practically any type of hair loss"
        r"\b(?:practically|virtually|almost|nearly|just\s+about)\s+(?:any|every|all)\s+(?:types?"
        r"|kinds?|forms?|sorts?)\s+of\b",
    ),
    _rule(
        "cure",
        # the disease's root cause treated ("target the root cause of CP", "addresses the root
        # cause of ageing skin"), or chronic conditions fought ("combat chronic conditions")
        r"\b(?:address|treat|target|tackle|fix|correct|revers|cure|heal|resolv|eliminat)\w*\s+"
        r"(?:the\s+)?(?:root|underlying|real|true)\s+causes?\s+of\b",
        r"\b(?:combat|fight|treat|beat|revers|heal|cure|overcome)\w*\s+(?:your\s+|the\s+|many\s+"
        r"|all\s+)?chronic\s+(?:conditions|diseases|illness(?:es)?|disorders|pain|inflammation)\b",
    ),
)
