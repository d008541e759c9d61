"""The rules as data: one or more patterns per category, with the words around a match that
make it harmless. Read them as a list of what clinics write; the machinery is elsewhere."""

from __future__ import annotations

from .rule_form import _Rule, _rule
from .rule_words import (
    _DISEASES,
    _EVERYONE,
    _GUARANTEE_WORD,
    _OUTCOME,
    _SOON,
)
from .rules_broad import BROAD_RULES
from .rules_implied import IMPLIED_RULES

# a source named as what is compared against or not used ("less powerful than embryonic stem
# cells", "instead of donor cells"): not the source sold
_COMPARED_AGAINST = r"\b(?:than|unlike|versus|vs\.?|compared\s+(?:to|with)|instead\s+of)\s+(?:(?:human|the|using)\s+)?$"

_RULES: tuple[_Rule, ...] = (
    # permanent ------------------------------------------------------------------------------
    _rule(
        "permanent",
        r"\bp[ae]rm[ae]n[ae]n?t(?:ly|e|es|emente)?\b|\bpermament(?:ly)?\b",
        not_after=r"^\s*(?:make[- ]?up|eyeliner|eyebrows?|lip\s+liner|tattoo\w*|hair\s+(?:removal|reduction)"
        r"|address|premises|residen\w*|staff|team|position|location|home|member|job|contract"
        r"|exhibition|collection|waves?|dye|marker|link|record|closure|move|office|clinic|based"
        r"|located|closed|moved|relocated|settled|stationed|employed"
        # a sanction: a permanent injunction or ban, a clinic permanently barred from a thing
        r"|injunctions?|injunctive|bans?|barred|banned|enjoined|enjoin|refrain|revocation|revoked"
        r"|prohibited|prohibition|restrain\w*|excluded|exclusion|disqualif\w*|debar\w*"
        # the concern itself called permanent ("permanent dark circles make you look tired"),
        # not a result promised
        r"|dark\s+circles|under[- ]eye\s+(?:circles|bags|hollows)|creases|hair\s+loss|baldness"
        r"|(?:acne\s+)?scars"
        # the adult teeth ("permanent teeth, such as wisdom teeth, also hold stem cells")
        r"|teeth|tooth|molars?|dentition)\b",
        not_before=r"\b(?:moved|relocated|closed|located|based|stationed|employed|living|live"
        r"|resides?|semi"
        # a near-miss ("nearly permanent", "relatively permanent"), like CLAIMS.md's
        # comparisons
        r"|nearly|almost|relatively|fairly|somewhat|quasi)[\s-]+$",
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
        not_after=r"^\s*(?:membership|access|warranty|validity|subscription|achievement|member|passion|interest|dream"
        # a cord-blood bank's "Lifetime Storage Plan" stores, it promises no result
        r"|storage|plan|fees?"
        r"|learning|learner|commitment|friends?|friendship|love|smokers?|conditions?|diseases?"
        r"|illness|medication|in\s+(?:your|my|our)\s+memory)\b",
    ),
    _rule(
        "permanent",
        r"\bfor\s+good\b(?=\s*(?:[.,;:!?)\-–—]|$|and\b|but\b|so\b|nobody\b|no\b))",
        r"\bonce\s+and\s+for\s+all\b|\bone[- ]and[- ]done\b|\byours\s+to\s+keep\b"
        r"|\bone[- ]time\s+(?:investment|solution|fix)\b",
        r"\birr?evers[ai]bl[ey]\b(?!\s+(?:(?:and|or)\s+(?:\w+\s+){0,2})?(?:process|damage|condition|disease|loss|harm|injur\w*|scarring|cell|cells|cell\s+cycle|arrest|growth\s+arrest|consequences|complications?|deformit\w*|disfigure\w*))"
        r"|\birreversibly\b",
        # "you won't have to shave anymore"
        r"\b(?:won't|will\s+not|never)\s+(?:ever\s+)?(?:have|need)\s+to\s+(?:shave|wax|pluck|come\s+back"
        r"|repeat\s+(?:it|the\s+treatment))\s+(?:\w+\s+)?(?:anymore|any\s+more|again)\b"
        r"(?!\s+(?:for|until|before|within|in)\b)"
        r"|\bnot\s+(?:a\s+|just\s+a\s+)?temporary\b"
        r"|\b(?:zero|no|without)[- ](?:maintenance|upkeep)\b"
        r"|\bmaintenance[- ]free\b|\bfor\s+keeps\b",
        # (not the final result a patient waits "to see the definitive results" of)
        r"(?<!see\sthe\s)(?<!see\syour\s)\bdefinitiv[eoa]s?\s+(?:results?|resultados?|solution|soluci[oó]n|correction|fix"
        r"|treatment)\b|\b(?:tratamiento|treatment)\s+(?:\w+\s+)?definitiv[eoa]\b"
        r"|\bno\s+(?:necesita|necesitas|hay\s+que|hace\s+falta)\s+repetir\w*"
        r"|\b(?:results?|resultados?|effects?|efectos?|outcome)\s+(?:are\s+|is\s+|son\s+|es\s+)?"
        r"(?:\w+\s+)?definitiv\w*",
        r"\bnever\s+(?:\w+\s+)?(?:fade[sd]?|fading|wears?\s+off|worn\s+off|diminish\w*"
        r"|go(?:es)?\s+away|come\s+back|comes\s+back|sag\s+again|droop\s+again|leaves"
        r"|disappears|vanishes|falls?\s+out)\b",
        r"\bnever\s+(?:\w+\s+){0,4}?again\b",
        r"\b(?:results?|effects?|volume|improvement|lift|glow|smoothness|fullness)\s+(?:will\s+not"
        r"|won't|does\s+not|doesn't|do\s+not|don't)\s+(?:ever\s+)?(?:fade|wear\s+off|go\s+away"
        r"|disappear|diminish)\b",
        r"\b(?:last|only|one|single)\s+(?:[\w-]+\s+){0,3}?you(?:'ll|\s+will|'d|\s+would)?\s+ever"
        r"\s+need\b|\ball\s+you(?:'ll|\s+will)?\s+ever\s+need\b",
        # (not a photo's "no filter, no retouching")
        r"(?<!filter,\s)(?<!filters,\s)\b(?:never|no|won't|will\s+not|don't|do\s+not|doesn't"
        r"|does\s+not|nobody|no\s+one|no-one|without)\s+(?:[\w-]+\s+){0,3}?(?:(?:need|needs|needed|needing|require|requires"
        r"|required|have\s+to|has\s+to|having\s+to)\s+)?(?:to\s+be\s+|to\s+|any\s+|a\s+)?"
        r"(?:repeat\w*|redo\w*|redone|done\s+again|top(?:ped|ping)?[- ]?ups?"
        r"|touch(?:ed|ing)?[- ]?ups?|retouch\w*|re-?treat\w*|refill\w*"
        r"|(?:second|another|repeat|further)\s+(?:round|session|treatment|procedure|injection"
        r"|appointment|face-?lift|facial|filler|lift|surgery|operation)s?|(?:more|further)\s+(?:sessions|treatments|injections|procedures"
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
        r"|a\s+(?:younger|smoother|new|visible)|visible|to\s+(?:deliver|give\s+you)"
        # ... or a share of the outcome ("we promise that 90% of the grafts will grow")
        r"|\d{1,3}\s?%|the\s+(?:results?|grafts?|fat|cells|outcome)\b)",
        r"\b(?:our|a|the|my|its|their)\s+(?:[\w-]+\s+)?pledge\b",
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
        r"|money|re-?treat\w*)\b"
        # the outcome itself refunded ("if you don't take a baby home ..., we will refund you")
        r"|\bif\s+(?:you\s+)?(?:don't|don\u2019t|do\s+not|dont)\s+(?:have|take|get|bring|achieve|become)\s+"
        r"(?:\w+\s+){0,3}?(?:baby|pregnan\w*|results?|live\s+birth)\b[^.;!?]{0,100}?\brefund\w*",
        r"\byou(?:'ll|\s+will|\s+are\s+going\s+to|\s+gonna)\s+(?:definitely|certainly|surely"
        r"|absolutely|undoubtedly|100\s?%|for\s+sure)\s+\w+"
        r"|\bwill\s+(?:definitely|certainly|surely|absolutely|undoubtedly|100\s?%)\s+(?:see"
        r"|look|notice|love|disappear|fade|vanish|improve|work|shrink|tighten|transform|change"
        r"|be\s+(?:gone|smoother|younger|firmer|fuller|thicker|better))\b",
        r"\b(?:you(?:'ll|\s+will|'d|\s+would|\s+are\s+going\s+to|\s+gonna)|(?:the\s+)?patients?\s+will)"
        r"\s+(?:also\s+|even\s+|quickly\s+|soon\s+|then\s+)?(?:be\s+able\s+to\s+|begin\s+to\s+"
        r"|start\s+to\s+)?(?:see|notice)\s+(?:a\s+|an\s+"
        r"|the\s+)?(?:[\w-]+,?\s+){0,2}?(?:results?|differences?|improvements?"
        r"|changes?|effects|transformation|smoother|younger|thicker|fuller|tighter|firmer)\b",
        r"\b(?:you(?:'re|\s+are)\s+going\s+to|you(?:'ll|\s+will))\s+love\s+(?:your|the)\s+"
        r"(?:new\b|results?\b|look\b|outcome\b)",
        r"\bfor\s+sure\b|\bfor\s+certain\b(?!\s+[a-z])|\bno\s+ifs\b|\bwithout\s+fail\b"
        r"|,\s*(?:period|full\s+stop)\b(?=[.!]*(?:\s|$))",
        r"\bcertainty\b(?!\s+(?:of|about)\s+(?:the\s+)?(?:risks?|diagnosis))"
        r"|\b(?:sure[- ]?fire|sure\s+thing|fool-?proof|fail-?proof|fail-?safe)\b"
        r"|\b(?:can(?:not|'t)|can\s+not|never|won't|will\s+not|impossible\s+to)\s+(?:\w+\s+)?"
        r"fail(?:s|ed)?\b",
        r"\bnot\s+a\s+(?:question|matter)\s+of\s+(?:whether|if)\b"
        r"|\bonly\s+(?:a\s+)?(?:question|matter)\s+of\s+(?:how\s+much|when|how\s+soon|time)\b",
        r"\b(?:assured|guaranteed|certain|definite)\s+(?:results?|success|outcome|improvement"
        r"|transformation)\b|\b(?:results?|success|transformation|outcome|improvement"
        r"|satisfaction)\s+(?:is\s+|are\s+|will\s+be\s+)?(?:100\s?%\s+|fully\s+|completely\s+)?"
        r"(?:assured|certain|a\s+certainty|a\s+sure\s+thing)\b",
        r"\bworks?\s+every\s+(?:single\s+)?time\b|\b(?:every|each)\s+(?:single\s+)?(?:patient"
        r"|client|one)\s+(?:\w+\s+){0,2}?(?:goes|leaves|walks\s+out|is\s+going|went|left)\s+"
        r"(?:home\s+)?(?:happy|satisfied|delighted|thrilled)\b",
        r"\b100\s?%\s+(?:success\w*|effective\w*|results?|satisf\w*|of\s+(?:our\s+|its\s+|their\s+|my\s+)?(?:prior\s+|past\s+|former\s+)?(?:patients"
        r"|clients|consumers|customers)\s+(?:see|saw|get|got|achieve|notice|are\s+(?:happy|satisfied|delighted)"
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
        # what patients "always" get, what "you can count on", what every patient leaves with
        r"\b(?:patients|clients|customers)\s+(?:always|invariably|consistently)\s+(?:see|get"
        r"|achieve|notice|love|leave|report)\b"
        r"|\byou\s+can\s+(?:always\s+)?(?:count|rely|bank)\s+on\s+(?:\w+,?\s+){0,3}?(?:smooth\w*"
        r"|firm\w*|young\w*|tight\w*|radiant|glow\w*|flawless|results?|improvement)\b"
        r"|\b(?:every|each)\s+(?:single\s+)?(?:patient|client)\s+(?:leaves|goes\s+home|walks\s+out)"
        r"\s+(?:with|looking)\b",
        r"\b(?:the\s+)?odds\s+are\s+(?:\w+\s+)?(?:on|in)\s+your\s+(?:side|favou?r)\b"
        r"|\byour\s+odds\s+(?:could(?:\s+not|n't)|can(?:not|'t))\s+be\s+better\b",
    ),
    # no_risk --------------------------------------------------------------------------------
    _rule(
        "no_risk",
        r"\b(?:zero|no|nil|without(?:\s+any)?|not\s+any|not\s+(?:a|one)(?:\s+single)?"
        r"|free\s+(?:of|from)(?:\s+any|\s+all)?|absolutely\s+no|sin|cero)[\s-]+"
        # "no serious side effects" leaves the milder ones standing
        r"(?:(?:a\s+)?single\s+(?:[\w-]+\s+)?|one\s+|(?!(?:increased|added|extra|additional"
        r"|higher|greater|further|serious|severe|major|significant)\b)[\w-]+\s+)?"
        r"(?:risks?|side[- ]?effects?|adverse\s+(?:effects?|reactions?|events?)|complications?"
        r"|dangers?|hazards?|harm|efectos\s+secundarios|riesgos?)\b(?!-)",
        r"\b(?:zero|no|not\s+(?:even\s+)?(?:the\s+slightest|the\s+smallest|the\s+tiniest|any|a"
        r"|even\s+a)|without\s+(?:any\s+)?)\s+(?:\w+\s+)?(?:chance|possibility|likelihood|risk"
        r"|danger)\s+(?:of|for)\b"
        r"(?=[^.;:!?]{0,60}\b(?:complication|side|reaction|rejection|infection|scar|harm|burn"
        r"|damage|problem|allerg|risk|bruis|swell|pain|injur|adverse|lump|necrosis|wrong"
        r"|failure))",
        r"\brisk[- ]?(?:free|less)\b|\brisk\s+free\b|\brisksiz\b",
        r"\b(?:side[- ]?effects?|risks?|complications?)\s+(?:are|is)\s+(?:\w+\s+)?(?:negligible"
        r"|non-?existent|nil)\b"
        # "the risk of spreading contagious skin infections is zero"
        r"|\brisks?\s+of\s+[^.!?;]{0,60}?\b(?:is|are)\s+zero\b",
        r"\b(?:100\s?%|totally|completely|entirely|perfectly|absolutely|fully|utterly"
        r"|one\s+hundred\s+per\s?cent|100\s+per\s?cent|totalmente|completamente|%\s?100)\s+"
        r"(?:safe|safely|safety|secure|harmless|seguro|segura|g[üu]venli)\b",
        r"\bharmless\s+(?:way|treatment|procedure|therapy|method|injections?|option|solution)\b"
        r"|\b(?:is|are|it's)\s+(?!not\b|never\b)(?:\w+\s+)?harmless\b",
        r"\bno\s+(?:[\w-]+\s+)?(?:reactions?|rejection|infections?|complications?|problems?)"
        r"(?:\s+(?:or|and)\s+[\w-]+)?\s+(?:is|are|can|will)\s+(?:be\s+)?(?:possible|occur"
        r"|happen)\b",
        r"\b(?:eliminat|remov|eradicat)\w*\s+(?:all|any|every)\s+(?:\w+\s+)?(?:risks?"
        r"|side[- ]effects?|complications?|dangers?)\b",
        r"\b(?:nothing|little)\s+(?:\w+\s+){0,2}?go(?:es)?\s+wrong\b|\bno\s+way\s+(?:for\s+)?(?:anything"
        r"|something|it)\s+(?:to\s+|can\s+)?go(?:es)?\s+wrong\b",
        r"\b(?:complications?|side[- ]effects?|infections?|rejection|reactions?|problems?"
        r"|scarring|risks?)\b[^.;:!?]{0,40}?\b(?:cannot|can't|can\s+not|never|will\s+not"
        r"|won't)\s+(?:\w+\s+)?(?:happen|occur|arise|develop)\b",
        r"\b(?:complications?|side[- ]effects?|infections?|rejection|reactions?|scarring|risks?"
        r"|allerg\w*|harm|dangers?)\b[^.;:!?]{0,60}?\b(?:is|are)\s+(?:simply\s+|completely\s+"
        r"|totally\s+|practically\s+|virtually\s+|essentially\s+|almost\s+)?(?:impossible|off\s+the\s+table|ruled\s+out|not\s+possible|eliminated"
        r"|excluded|non-?existent|nil|a\s+thing\s+of\s+the\s+past)\b",
        r"\b(?:never|not\s+once)\s+(?:\w+\s+){0,3}?(?:seen|had|caused|reported|experienced)\s+"
        r"(?:a\s+|any\s+|one\s+|a\s+single\s+)?(?:complications?|side\s+effects?|adverse"
        r"|reactions?|problems?|infections?)\b",
        r"\b(?:can(?:not|'t)|won't|will\s+not|never|impossible\s+to|no\s+way\s+to)\s+"
        r"(?:\w+\s+){0,2}?(?:reject\w*|react\w*|have\s+(?:a|any)\s+(?:reaction|allergic))"
        r"(?=[^.!?]{0,80}\b(?:own|autologous|yours?)\b)"
        # ... or the body named as what never rejects them, whose cells they are ("UC-MSCs are
        # immune-privileged: the body does not reject them")
        r"|\b(?:the\s+|your\s+)?(?:body|immune\s+system)\s+(?:does\s+not|doesn't|will\s+not|won't"
        r"|cannot|can't|never|would\s+not|wouldn't)\s+(?:\w+\s+)?(?:reject|attack|react\s+(?:to"
        r"|against))\b",
        # your own cells "cannot be rejected": read as no risk at all (CLAIMS.md)
        r"\b(?:no|zero|nil|without\s+(?:any\s+)?)\s+(?:\w+\s+){0,2}?(?:fear|worry|risk|threat"
        r"|danger|chance|possibility|concerns?)\s+(?:\w+\s+){0,3}?(?:of|for|about)\s+(?:\w+\s+){0,4}?"
        r"(?:reject\w*|rejection)\b|\b(?:zero|no)\s+(?:\w+\s+)?rejection\b"
        r"|\b(?:are|is|will\s+be|cannot\s+be|can't\s+be|won't\s+be)\s+(?:not\s+|never\s+)?"
        r"(?:be\s+)?rejected\b(?=[^.!?]{0,80}\b(?:own|autologous|yours?|foreign)\b)"
        r"|\bproven\s+(?:to\s+be\s+)?(?:effective\s+and\s+)?safe\b",
        r"\bsafe\s+for\s+(?:every(?:one|body)|anyone|all)\b"
        r"|\b(?:guaranteed|assured)\s+safe(?:ty)?\b|\bsafety\s+(?:is\s+)?guaranteed\b",
        not_after=r"^\s*(?:consultation|cancell?ation|booking|deposit|trial|reservation"
        r"|payment|purchase|return|quote|checkout|to\s+(?:shower|fly|travel|drive|exercise"
        r"|wash|sleep|return|go|wear|apply|eat|drink|take|resume))\b"
        # another treatment's harms named: a comparison, not a claim of none ("without the side
        # effects associated with steroids")
        r"|^\s*(?:associated\s+with|linked\s+to|that\s+come\s+with|seen\s+with|caused\s+by)\s+"
        r"(?:\w+\s+){0,2}?(?:steroids?|cortisone|surgery|surgical|drugs?|medications?|opioids?"
        r"|anti-?inflammator\w*|implants?|general\s+an(?:a)?esthe\w*)\b",
        # both ways: "options with and without side effects"
        not_before=r"\bwith\s+(?:and|or)\s+$",
    ),
    # cure (ageing claims; disease claims come from _find_disease_claims) ---------------------
    _rule(
        "cure",
        r"\bcur(?:e|es|ed|ing|e-all)\b|\bcura(?:r|mos)?\b|\bmiracle\s+cure\b|\bcurative\b",
        # "say goodbye to (your) knee arthritis"
        r"\b(?:goodbye|bye[- ]bye|farewell)\s+(?:to\s+)?(?:your\s+)?(?:[\w-]+\s+){0,2}?"
        + _DISEASES,
        _DISEASES + r"[- ]free\b|\bag(?:e)?ing\s+is\s+optional\b",
        r"\brevers\w*\s+(?:the\s+)?(?:signs\s+of\s+|effects\s+of\s+)?(?:skin\s+|biological\s+"
        r"|your\s+|my\s+|her\s+|his\s+)?(?:ag(?:e)?ing|age|the\s+clock|time|the\s+years|years|(?:sun|uv|photo)[- ]?"
        r"(?:damage|ag(?:e)?ing))\b|\bage[- ]reversal\b|\bde-?ag(?:e)?ing\b"
        r"|\brevers\w*\s+(?:\w+\s+)?ag(?:e)?ing\s+signs\b"
        r"|\brevers\w*\s+(?:[\w-]+\s+){1,2}?(?:signs|effects)\s+of\s+(?:skin\s+)?ag(?:e)?ing\b"
        # "can help to reverse these age-related changes"
        r"|\brevers\w*\s+(?:these\s+|the\s+|those\s+|your\s+)?age[- ]related\s+(?:changes|decline"
        r"|damage|loss)\b",
        r"\b(?:stop|stops|stopped|halt|halts|halted|freeze|freezes|froze|pause|pauses|paused"
        r"|arrest|arrests|end|ends)\s+(?:the\s+)?(?:skin\s+|your\s+)?"
        r"(?:ag(?:e)?ing|the\s+ag(?:e)?ing"
        r"\s+process|time|the\s+clock|getting\s+older|growing\s+older)\b",
        r"\b(?:a\s+)?(?:halt|stop|end|pause|reversal|brake)\s+(?:to|of|on)\s+(?:skin\s+)?"
        r"(?:ag(?:e)?ing|time|the\s+clock)\b",
        r"\bturn(?:s|ed|ing)?\s+back\s+(?:the\s+|your\s+)?(?:skin's\s+|body's\s+)?(?:biological\s+)?"
        r"(?:clock|time|years|hands\s+of\s+time)\b"
        r"|\b(?:wind|winds|wound|rewind|rewinds|rewound)\s+(?:back\s+)?(?:the\s+)?(?:clock|years"
        r"|time|a\s+decade|\w+\s+years)\b",
        r"\b(?:eternal|everlasting|permanent|endless)\s+youth\b|\bfountain\s+of\s+youth\b"
        r"|\brestor\w*\s+(?:your\s+)?youth\b(?!ful)"
        # the skin taken back "to its original youthful shape"
        r"|\b(?:to|back\s+to)\s+(?:its|their|your|her|his)\s+(?:original|former)\s+(?:youthful|younger"
        r"|young)\b|\bag(?:e|es|ing)\s+backwards?\b"
        r"|\b(?:turn|set|wind|put)\w*\s+(?:the\s+|your\s+)?(?:biological\s+|body\s+|skin's\s+)?"
        r"clock\s+back\b|\b(?:reduc|lower|revers|rewind|reset|turn\w*\s+back)\w*\s+(?:your\s+|the\s+)?"
        r"(?:biological|skin(?:'s)?|cellular)\s+(?:age|clock)\b|\b(?:age|clock)\s+goes\s+back\b"
        # "a clock-turning treatment for ageing skin"
        r"|\bclock[- ]turn(?:ing|er)\b",
        r"\b(?:younger|age[- ]reversal|de-?ag(?:e)?ing)\b[^.!?]{0,30}\bat\s+(?:a|the)\s+"
        r"(?:cellular|dna|genetic|biological)\s+level\b"
        r"|\byounger\s+(?:at\s+(?:a|the)\s+)?(?:cellular|biological"
        r"|dna)\s+level\b|\b(?:years?|yrs|decades?)\s+younger\s+(?:for\s+real|biologically"
        r"|literally|really|truly|permanently|for\s+good)\b"
        # (the cells are younger, not the patient: "cord blood stem cells are biologically younger")
        r"|(?<!cells\sare\s)\b(?:really|truly|literally|actually|biologically|physically)\s+(?:\w+\s+){0,2}?"
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
        r"(?:wiped\s+out|erased|deleted|eliminated)\b"
        # "deep wrinkles and scars disappear"
        r"|\b(?:wrinkl\w*|wrinkels|age\s+spots|signs\s+of\s+ag(?:e)?ing)(?:\s+(?:and|&)\s+[\w-]+)?\s+"
        r"(?:will\s+|completely\s+|simply\s+|just\s+)?(?:disappear|vanish)(?:s|ed)?\b"
        # aged cells made young (session 27): "your aging dermal cells behave like young cells
        # again"
        r"|\b(?:behave|act|function|work)\s+like\s+(?:\w+\s+)?young(?:er)?\s+cells\s+again\b",
    ),
    _rule(
        "guaranteed",
        # a free re-treatment if no result shows, as a refund would be (session 27): "if you do not
        # see a visible result ..., we will re-treat that specific area once more for free"
        r"\bif\b[^.!?]{0,120}?\b(?:not|no|n't)\b[^.!?]{0,60}?\b(?:results?|changes?|improvements?)\b"
        r"[^.!?]{0,140}?\b(?:re-?treat\w*|treat\s+(?:\w+\s+){0,3}?again)\b[^.!?]{0,40}?\bfree\b",
    ),
    # instant --------------------------------------------------------------------------------
    _rule(
        "instant",
        # an IV drip's promise (session 27): "recharge instantly", "for immediate energy"
        r"\b(?:immediate|instant)\s+(?:energy|hydration|rehydration|boost)\b|\brecharge\s+(?:instantly"
        r"|immediately)\b|\b(?:instantly|immediately)\s+(?:recharge|energi[sz]e|rehydrate"
        r"|revitali[sz]e)\w*",
    ),
    _rule(
        "instant",
        _SOON,
        not_after=r"^\s*(?:online\s+)?(?:booking|book|quotes?|messag\w*|reply|replies|response"
        r"|confirmation|access|download|pay\w*|chat|financ\w*|appointments?|consultations?"
        # a product or a trip called overnight ("overnight masks", "an overnight stay")
        r"|processing|masks?|creams?|serums?|stays?|flights?|oats)\b",
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
        r"|indicated|designed|made|open|great|good)\s+(?:for|to|on)\s+(?:patients\s+(?:with|of)\s+)?"
        + _EVERYONE
        + r"\b"
        r"|\b(?:suit(?:s|ed|able)?|works?|effective|open)\s+(?:for|to|on)\s+all\b"
        r"(?=\s*(?:[.!,;]|$))",
        r"(?<!differ\s)(?<!vary\s)(?<!varies\s)(?<!different\s)\bfor\s+(?:every(?:one|body)|evry(?:one|body)|anyone|anybody|all\s+ages"
        r"|all\s+(?:\w+\s+)?skin\s*types|ev(?:e)?ry\s+(?:age|skin(?:\s+type)?|skin\s+tone|complexion)"
        r"|any\s+(?:age|skin(?:\s+type)?|complexion))\b"
        # "may be used in any patient in any ethnical group"
        r"|\b(?:used|performed|done|applied|given)\s+(?:in|on|for|to)\s+(?:any|every)\s+"
        r"(?:patient|person|client)\b(?!\s+(?:who|whose|with|that|if))"
        # "performed on any type of hair and skin"
        r"|\b(?:on|for|to)\s+(?:any|every|all)\s+(?:types?|kinds?)\s+of\s+(?:hair\s+and\s+)?skin\b",
        # "anyone suffering from knee pain or joint discomfort can benefit"
        r"\bany(?:one|body)\s+(?:suffering|living|dealing|struggling)\s+(?:from|with)\s+[^.!?]{0,50}?"
        r"\b(?:can|will|could)\s+(?:\w+\s+)?benefit\b",
        r"\b(?:every(?:one|body)|evry(?:one|body)|any(?:one|body)|every\s+one\s+of\s+them"
        r"|every\s+(?:single\s+)?(?:patient|person|client|woman|man|face|skin)"
        # "practically any patient is a good candidate"
        r"|any\s+(?:patient|person|client|adult)(?=\s+(?:is|can|qualif))|all\s+(?:of\s+)?"
        r"our\s+(?:patients|clients)"
        r"|all\s+of\s+them|all\s+(?:people|patients|persons|clients)|each\s+one)\s+(?:here\s+"
        r"|(?:from|aged|between)\s+\d+\s+(?:to|and|-)\s+\d+\s+)?"
        r"(?:qualif\w*|(?:is|are)\s+(?:a\s+|an\s+)?(?:good\s+|ideal\s+|suitable\s+|perfect\s+"
        r"|great\s+)?(?:candidates?|suitable|eligible|accepted)|(?:can|may)\s+(?:have|get|do|take|book"
        r"|benefit|receive|join|try|be\s+treated|undergo|enjoy)|benefits?|will\s+benefit)\b"
        # (not harm anyone can come to: "anyone can get an infection from a dirty needle")
        r"(?!\s+(?:an?\s+|some\s+)?(?:infections?|complications?|reactions?|side[- ]effects?|allerg\w*"
        r"|bruis\w*|scar\w*|sick|ill|cancer|diseases?|hurt|injur\w*|swelling|pain)\b)",
        r"\bno\s+(?:upper\s+|specific\s+|strict\s+)?(?:age|skin[- ]?type|candidate|weight|health|bmi)\s+(?:limits?"
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
        r"|the)\s+|how\s+)?(?:patients?(?:'s|’s|')?\s+)?(?:age|old|skin|health|complexion|condition"
        r"|medical|status|gender|weight"
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
        # whom a condition strikes, not whom a treatment suits ("affects millions of women of
        # all ages", "common in people of all skin types")
        not_before=r"\b(?:affect(?:s|ed|ing)?|afflict\w*|strikes?|common\s+(?:in|among)|occurs?\s+in"
        r"|seen\s+in|suffer(?:s|ed|ing)?(?:\s+from)?)\s+(?:[\w,-]+\s+){0,4}?(?:of\s+|in\s+|at\s+)?$",
    ),
    # unverified_source ----------------------------------------------------------------------
    _rule(
        "unverified_source",
        r"\bdonor\w*|\bdonante\w*|\bdon[öo]r\b|\bdonated\s+(?:cells|tissue|stem)",
        # the donor site or donor hair of a hair transplant, and the donor fat of a fat transfer,
        # are the patient's own; donor eggs, organs or a donor registry are not cells for the face
        not_after=r"^\s*(?:site|area|region|sites|areas|zone|zones|hairs?|follicles?|grafts?|fat"
        r"|strip|scalp|eggs?|sperm|organs?|kidneys?|livers?|registry|registries|card|milk"
        # the donor area's care in a hair transplant ("donor management")
        r"|management|dominance|capacity|supply|and\s+recipient\s+(?:sites?|areas?|zones?))\b",
        # "the patient or donor" under anaesthesia: who a harvest is done on
        not_before=r"\bown\s+$|\b(?:patient|recipient)\s+(?:or|and)\s+$|" + _COMPARED_AGAINST,
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
        r"|\bcell\s+line\b"
        # umbilical cord and Wharton's jelly cells by their initials: UC-MSCs, hUC-MSC, WJ-MSCs;
        # donor tissue from a tissue bank ("sourced from AATB-accredited tissue banks")
        r"|\bh?(?:uc|wj|ucb)[- ]?mscs?\b|\baatb\b|\btissue\s+banks?\b",
        not_before=_COMPARED_AGAINST,
    ),
    _rule(
        "unverified_source",
        r"\b(?:animal|sheep|ovine|lamb|bovine|cow|calf|porcine|pig|piglet|swine|equine|horse"
        r"|shark|fish|salmon|marine|caviar|snail|rabbit|deer|goat|chicken)(?![\w-]*-free)[\w-]*\s+"
        r"(?:[\w-]+\s+)"
        r"{0,3}?(?:stem[- ]?cells?|cells?|exosomes?|cell\s+extracts?)\b"
        # "the stem cells are taken out of sheep"
        r"|\b(?:stem[- ]?cells?|cells|exosomes)\s+(?:are\s+|were\s+)?(?:taken|derived|extracted|harvested"
        r"|sourced|obtained|isolated)\s+(?:out\s+)?(?:of|from)\s+(?:\w+\s+)?(?:sheep|lambs?|cows?|calves"
        r"|pigs?|rabbits?|sharks?|fish|salmon|animals?|plants?)\b",
        r"\b(?:plant|botanical|vegetal|phyto|apple|grape|edelweiss|argan|lilac|orchid|lotus"
        r"|ginseng|alpine|malus|uttwiler|citrus|olive|tomato|aloe|gardenia|rice|algae|seaweed"
        r"|moss|lavender|saffron|cactus|fruit|flower|herbal)(?![\w-]*-free)[\w-]*\s+"
        r"(?:[\w-]+\s+){0,3}?"
        r"(?:stem[- ]?cells?|cells?|exosomes?|derived\s+exosomes?)\b",
        r"\b(?:proprietary|secret|undisclosed|confidential|patented|mystery)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:stem[- ]?cells?|cells?|cell\s+(?:line|source|blend|formula|cocktail|mix)|blend"
        r"|formula|cocktail|source|exosomes?)\b"
        # "exosomes ... proprietarily developed with our in-house scientists"
        r"|\b(?:exosomes?|cells?)\s+(?:[\w-]+\s+){0,4}?(?:are|were|is)\s+proprietar(?:il)?y\s+"
        r"(?:developed|made|produced|derived|sourced|manufactured)\b",
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
    *IMPLIED_RULES,
    *BROAD_RULES,
)
