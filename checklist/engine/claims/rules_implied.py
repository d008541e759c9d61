"""More English rules as data, for claims made without the usual trigger words: a refund that
only a failed result earns, a regulator's review implied, a slogan, harm denied in a chat reply,
nobody ruled out. rules.py appends them to its own, so rule numbers stay as they were."""

from __future__ import annotations

from .rule_form import _Rule, _rule
from .rule_words import _DENIAL, _DISEASES, _EVERYONE, _FDA, _OUTCOME

_US = r"(?:america|the\s+(?:us|usa|u\.s\.?|united\s+states|states))"
# one word between "will" and what is foretold ("your skin will soon look"), never the "not" or
# "never" that denies it ("your skin will not look younger overnight")
_ONE_WORD_UNDENIED = r"(?:(?!not\b|never\b)\w+\s+)?"
IMPLIED_RULES: tuple[_Rule, ...] = (
    # --- Claims without a trigger word (issue 14): slogans, grammar, other words -------------
    _rule(
        "cure",
        # "Pain-free at last!": a slogan that promises an end to a condition
        r"\b(?:pain|arthritis|acne|symptom|medication|drug|pill|wheelchair|disease)[- ]free\s+"
        r"(?:at\s+last|again|forever|for\s+good|for\s+life|for\s+years)\b"
        r"|\b(?:at\s+last|finally)\W+(?:pain|arthritis|symptom)[- ]free\b"
        # ... or a pain-free life told as the outcome ("is now living a pain-free life")
        r"|\b(?:living|live|lives|lead(?:s|ing)?|enjoy(?:s|ing)?)\s+(?:a\s+)?(?:\w+\s+)?pain[- ]free"
        r"\s+(?:life|lives|again)\b|\bnow\s+(?:completely\s+)?pain[- ]free\b",
        # "the answer to ageing skin": ageing itself offered as what the treatment ends
        r"\b(?:the\s+|an?\s+|your\s+)?(?:answer|solution|cure|antidote|remedy|end)\s+(?:to|for)\s+"
        r"(?:skin\s+|facial\s+)?(?:ag(?:e)?ing|getting\s+older|growing\s+old(?:er)?|old\s+age"
        r"|the\s+ag(?:e)?ing\s+process)\b",
    ),
    _rule(
        "guaranteed",
        # certainty by grammar: "you will wake up with firmer skin"
        r"\byou(?:'ll|\s+will|\s+are\s+going\s+to)\s+"
        + _ONE_WORD_UNDENIED
        + r"(?:wake\s+up|walk\s+out|leave"
        r"|go\s+home|look|feel|have|get|enjoy)\s+(?:with\s+|to\s+|like\s+|looking\s+|feeling\s+)?"
        r"(?:\w+\s+){0,3}?(?:firm\w*|young\w*|smooth\w*|tight\w*|radiant|glow\w*|plump\w*"
        r"|lifted|fresh\w*|flawless|perfect|ageless|years\s+younger|new\s+(?:skin|face|you)"
        r"|better\s+skin|visible\s+results?|the\s+results?)\b",
    ),
    _rule(
        "guaranteed",
        # the outcome said to be ensured: "this activity ensures that the skin becomes thicker",
        # "our protocol ensures natural-looking, long-lasting results" (a process ensured, "we
        # ensure a sterile room", names no outcome; "to ensure the best results" is a purpose)
        r"\b(?:ensur|assur)(?:e|es|ed|ing)\s+(?:that\s+)?(?:the\s+|your\s+|you\s+)?(?:skin|hair|face"
        r"|complexion|you|patients?|results?)\s+(?:[\w'-]+\s+){0,3}?(?:thicker|stronger|fuller"
        r"|younger|smoother|firmer|tighter|healthier|brighter|clearer|denser|softer|more\s+(?:elastic"
        r"|youthful|radiant|even|supple))\b"
        r"|\b(?:ensur|assur)(?:e|es|ed|ing)\s+(?:you\s+)?(?:the\s+|your\s+)?(?:best\s+possible\s+|most\s+)?"
        r"(?:[\w-]+,?\s+(?:and\s+)?){0,2}?(?:natural[- ]looking|excellent|optimal|outstanding|amazing"
        r"|beautiful|long[- ]lasting|lasting|visible|dramatic|superior|perfect|flawless|stunning)\s+"
        r"(?:[\w-]+\s+)?(?:results?|outcomes?)\b",
        not_before=r"\b(?:to|helps?|helping|aims?\s+to|order\s+to|designed\s+to|tries\s+to|try\s+to"
        r"|strive\s+to)\s+(?:help\s+)?$",
    ),
    _rule(
        "guaranteed",
        # the outcome underwritten: "offer any patient that is not happy with the procedure a
        # complete refund" (not a refund refused: "no full refund is given")
        r"\b(?:not\s+(?:happy|satisfied|pleased)|unhappy|dissatisfied|unsatisfied)\b"
        r"(?:(?!\b(?:no|not|never|cannot|can't|won't|isn't|aren't)\b)[^.;!?]){0,100}?"
        r"\b(?:complete|full|100\s?%)\s+refund\b",
    ),
    _rule(
        "universal",
        # "works across genders and ages", "whether you're male or female, PRP can work for you"
        r"\b(?:works?|suits?|effective|safe)\s+(?:for\s+|across\s+)(?:all\s+)?(?:genders\s+and\s+ages|ages\s+and"
        r"\s+genders)\b|\bwhether\s+you(?:'re|\u2019re|\s+are)\s+(?:a\s+)?(?:male|man)\s+or\s+(?:a\s+)?"
        r"(?:female|woman)\b[^.!?]{0,40}?\b(?:can|will)\s+(?:work|help|suit)\b",
    ),
    _rule(
        "universal",
        # "anyone who has texture, tone, and skin aging concerns can benefit from a vampire facial"
        r"\b(?:any(?:one|body)|every(?:one|body))\s+(?:who|that)\s+(?:[\w,'-]+\s+){1,14}?can\s+"
        r"benefit\b(?!\s+from\s+(?:a|an|our)\s+(?:\w+\s+)?(?:consultation|conversation|assessment"
        r"|chat|talk))",
    ),
    _rule(
        "universal",
        # "anyone who wants better skin is a candidate"
        r"\b(?:any(?:one|body)|every(?:one|body)|all\s+(?:those|people|patients)|any\s+(?:patient"
        r"|person|client|adult|woman|man))\s+(?:who|that)\s+"
        r"(?:[\w,'-]+\s+){1,14}?(?:is|are)\s+(?:a\s+|an\s+)?(?:good\s+|ideal\s+|suitable\s+|perfect\s+"
        r"|great\s+|potential\s+)?(?:candidates?|eligible|suitable)\b"
        # ... or whoever merely wants it ("both men and women who want to improve their skin
        # quality are great candidates"), not those who also meet a condition ("who are healthy
        # and have realistic expectations")
        r"|\b(?:(?:both\s+)?(?:men\s+and\s+women|women\s+and\s+men)|people|adults|individuals)\s+"
        r"(?:who|that)\s+(?:want|wish|desire|are\s+looking|are\s+seeking|seek)\w*\s+"
        r"(?:(?!health\w*|realistic|expectations?|non-?smok\w*|stable|medically|but\b)[\w,'-]+\s+){1,14}?"
        r"(?:is|are|make)\s+(?:a\s+|an\s+)?(?:good\s+|ideal\s+|perfect\s+|great\s+|excellent\s+)?"
        r"candidates?\b",
        # "benefits without limit"
        r"\b(?:benefits?|results?|improvements?)\s+(?:without|with\s+no)\s+(?:any\s+)?limits?\b"
        r"|\blimitless\s+(?:benefits?|results?|improvements?)\b",
    ),
    _rule(
        "no_risk",
        # your own cells are "not rejected", "never a single instance of rejection"
        r"\b(?:are|is|will\s+not\s+be|won't\s+be|cannot\s+be|can't\s+be|will\s+never\s+be)\s+"
        r"(?:therefore\s+|thus\s+|never\s+|not\s+)?rejected\b"
        r"|\bnever\s+(?:\w+\s+){0,2}?(?:a\s+single\s+)?(?:instance|case|report|episode)s?\s+of\s+"
        r"(?:\w+\s+)?(?:rejection|infection|complications?|side\s+effects?|reactions?)\b",
        # "prevents the possibility of infection or rejection"
        r"\b(?:prevents?|eliminat\w*|removes?|avoids?|excludes?|rules?\s+out)\s+(?:the\s+|any\s+|all\s+)?"
        r"(?:possibilit(?:y|ies)|chances?|risks?|dangers?)\s+of\s+(?:\w+\s+){0,3}?(?:infection|rejection"
        r"|reactions?|complications?|side\s+effects?|contamination|allerg\w*)\b",
        # "no need to worry about the body reacting", "there are no fears to be had"
        r"\b(?:no\s+(?:need\s+(?:to\s+|for\s+)?)?(?:fears?|worr(?:y|ies)|concerns?)|(?:don't|do\s+not|won't"
        r"|will\s+not|never)\s+(?:have|need)\s+to\s+worry)\b(?=[^.!?]{0,60}\b(?:reject\w*|react\w*"
        r"|infection\w*|complication\w*|side\s+effects?|risks?|allerg\w*|contaminat\w*|safe\w*"
        r"|to\s+be\s+had)\b)",
        r"\b(?:won't|will\s+not|never|don't|do\s+not)\s+(?:\w+\s+)?(?:experience|get|have|suffer)\s+"
        r"(?:any\s+)?(?:rejection|side\s+effects?|complications?|allergic\s+reactions?)\b",
        # "the absence of side effects makes this procedure accessible"
        r"\b(?:absence|lack)\s+of\s+(?:any\s+)?(?:side[- ]effects?|risks?|complications?|adverse\s+\w+)\b"
        # (not a lack of data about them: "the lack of side effect data")
        r"(?!\s+(?:data|information|studies|evidence|reports?|reporting|research))",
        # session 23: "autologous, eliminating rejection risk"
        r"\b(?:eliminat|remov|eradicat|exclud)\w*\s+(?:the\s+|any\s+|all\s+)?(?:\w+\s+)?(?:rejection"
        r"|infection|allerg\w*|complication)\s+risks?\b",
        # session 23: "we do not anticipate any problem whatsoever", "to ensure complete patient
        # safety"
        r"\b(?:do\s+not|don't|never)\s+(?:anticipate|expect|foresee)\s+any\s+(?:\w+\s+)?(?:problems?"
        r"|complications?|issues?|side\s+effects?|risks?|adverse\s+\w+)\b"
        r"|\b(?:complete|total|absolute|100\s*%)\s+(?:patient\s+)?safety\b"
        # (not a document or a check: "complete safety information", "total safety checks")
        r"(?!\s+(?:information|info|data|profile|review|checks?|protocols?|standards?|measures?"
        r"|instructions?|guidelines?|sheet))",
        r"\bzero\s+(?:chance|risk|possibility)\s+of\s+(?:\w+\s+)?(?:contamination|infection"
        r"|rejection|reactions?|complications?)\b",
    ),
    _rule(
        "cure",
        # ageing said to be stoppable or slowed at will
        r"\bag(?:e)?ing\s+is\s+no\s+longer\b|\bno\s+longer\s+(?:have\s+to\s+)?(?:age|grow\s+old)\b"
        r"|\bslow(?:s|ing)?\s+(?:down\s+)?(?:the\s+|your\s+|skin's\s+)?(?:natural\s+)?ag(?:e)?ing"
        r"(?:\s+process)?\b",
        # regrown hair and healed bodies
        r"\b(?:re-?grow\w*|regenerat\w*|restor\w*)\s+(?:\w+\s+){0,3}?(?:hair|heads?\s+of\s+hair"
        r"|hair\s+follicles)\b(?!\s+(?:removal|colou?r|dye|styling))",
        # dormant follicles woken: "activates dormant hair follicles and stimulates new hair growth"
        r"\b(?:activat\w*|reactivat\w*|wak(?:e|es|ing)\s+up|awaken\w*|reawaken\w*|reviv\w*)\s+"
        r"(?:the\s+|your\s+)?(?:dormant|inactive|sleeping|resting|miniaturi[sz]ed)\s+(?:hair\s+)?follicles\b",
        # "clinically proven treatments for hair loss and thinning"
        r"(?<!only\s)\b(?:proven|effective)\s+(?:\w+\s+)?(?:treatments?|therap(?:y|ies)|solutions?|remed(?:y|ies)"
        r"|cures?)\s+for\s+(?:\w+\s+){0,2}?(?:hair\s+loss|alopecia|baldness|balding|thinning\s+hair)\b",
        r"\bheal(?:s|ing)?\s+(?:your|the)\s+(?:whole\s+|entire\s+)?body\b",
        # fertility restored: "restore ovarian and endometrial function", "a path to ovarian and
        # testicular regeneration"
        r"\b(?:restor|regenerat|rejuvenat|revitali[sz]|reactivat|revers)\w*\s+(?:\w+\s+){0,2}?"
        r"(?:ovarian|ovaries|testicular|endometrial|erectile|reproductive|fertility)\b"
        r"|\b(?:ovarian|ovary|testicular|endometrial)\s+(?:and\s+\w+\s+)?(?:regeneration|rejuvenation"
        r"|restoration)\b",
        # years taken off: "20 years younger in 20 minutes"
        r"\b(?:\d{1,2}|five|ten|fifteen|twenty)\s+years?\s+younger\b",
        r"\b(?:stop|stops|quit|come\s+off|get\s+off|no\s+longer\s+need)\s+(?:\w+\s+)?(?:using\s+"
        r"|taking\s+)?(?:insulin|medications?|medicines?|painkillers|pain\s+killers|steroids"
        r"|inhalers?|oral\s+hypoglycemic\s+drugs)\b",
    ),
    _rule(
        "instant",
        r"\b(?:face-?lift|makeover|transformation|rejuvenation|new\s+face|new\s+you)[- ]in[- ]"
        r"(?:a|one)[- ](?:day|hour|lunch\w*|afternoon)\b",
    ),
    _rule(
        "instant",
        r"\blunch[- ]?time\s+(?:face-?lift|makeover|transformation)\b",
        # a "lunchtime facelift" named as a procedure ("also known as a lunchtime facelift", "a
        # lunchtime facelift is a nonsurgical technique", "gets its name from"), session 27
        not_after=r"^[\"\u201d]?\s*(?:is\s+an?|gets?\s+its\s+name|procedures?)\b",
        not_before=r"\b(?:known|called|referred\s+to)\s+as\s+(?:an?\s+|the\s+)?[\"\u201c]?$",
    ),
    _rule(
        "guaranteed",
        # certainty by grammar about the result: "your skin will look smoother"
        r"\b(?:your|the)\s+(?:skin|face|complexion|results?|hair|wrinkles|lines|scars?|neck"
        r"|hands)\s+will\s+"
        + _ONE_WORD_UNDENIED
        + r"(?:look|be|feel|become|appear|stay|remain)\s+(?:\w+\s+)?"
        r"(?:smooth\w*|young\w*|firm\w*|tight\w*|full\w*|radiant|glow\w*|plump\w*|flawless"
        r"|perfect|lifted|fresh\w*|gone|thick\w*|clear\w*|better)\b"
        r"|\b(?:patients|clients|you)\s+will\s+"
        + _ONE_WORD_UNDENIED
        + r"(?:notice|see|enjoy|have|get)\s+"
        r"(?:\w+\s+){0,2}?(?:smooth\w*|young\w*|firm\w*|tight\w*|full\w*|radian\w*|glow\w*|plump\w*"
        r"|flawless|lifted|fresh\w*|thick\w*)\b",
        # "your acne scars will disappear": the concern itself said to go
        r"\b(?:your|the)\s+(?:\w+\s+)?(?:wrinkles|lines|scars?|spots|pores|sagging|circles"
        r"|pigmentation|blemishes|creases|crow's\s+feet)\s+will\s+"
        + _ONE_WORD_UNDENIED
        + r"(?:disappear"
        r"|vanish|be\s+gone|be\s+erased|melt\s+away|fade\s+away|go\s+away)\b",
    ),
    _rule(
        "no_risk",
        r"\bnot\s+(?:at\s+all\s+|in\s+any\s+way\s+)?(?:dangerous|risky|harmful|unsafe)\s+at\s+all\b"
        r"|\bnot\s+at\s+all\s+(?:dangerous|risky|harmful|unsafe)\b"
        r"|\bin\s+no\s+way\s+(?:dangerous|risky|harmful|unsafe)\b",
        r"\b(?:risks?|possibilit(?:y|ies)|chances?|dangers?)\s+of\s+(?:[\w,]+\s+){0,8}?(?:is|are)\s+"
        r"(?:completely\s+|totally\s+|fully\s+|entirely\s+)?(?:avoided|prevented|eliminated"
        r"|excluded|removed)\b",
        # ("there are no major side effects" leaves the minor ones standing)
        r"\bthere\s+(?:is|are)\s+no\s+(?!(?:serious|severe|major|significant)\b)(?:[\w-]+\s+){0,3}?"
        r"(?:reactions?|side[- ]?effects?"
        r"|complications?|risks?)\b(?!-)",
    ),
    _rule(
        "cure",
        # a range of diseases offered as treatable
        r"\b(?:treat|treats|treating|treatment\s+of|cure|cures|heal|heals)\s+(?:a\s+)?(?:wide\s+)?"
        r"(?:range|variety|number|host|list|array|spectrum)\s+of\s+(?:\w+\s+)?(?:diseases|conditions"
        r"|disorders|illnesses|ailments)\b",
        # "used in the treatment of many diseases", "the treatment of more than 70 diseases"
        r"\b(?:treat\w*|cure\w*|heal\w*)\s+(?:of\s+)?(?:many|various|numerous|countless|dozens\s+of"
        r"|(?:more\s+than|over|some)\s+\d+|\d+\+?)\s+(?:\w+\s+){0,2}?(?:diseases|conditions"
        r"|illnesses|disorders|ailments)\b",
        # "it can delay or even prevent the need for knee replacement surgery"
        r"\b(?:delay|prevent|avoid|postpone|eliminat\w*|spar\w*)\w*\s+(?:\w+\s+){0,3}?(?:the\s+)?"
        r"need\s+for\s+(?:\w+\s+){0,3}?(?:surgery|replacement|transplant\w*|operations?)\b"
        r"|\b(?:avoid|delay|postpone)\w*\s+(?:\w+\s+)?(?:knee|hip|joint|shoulder)\s+replacement\b",
        # "the blind see, the crippled walk"
        r"\bthe\s+blind\s+(?:can\s+)?see\b|\bthe\s+(?:crippled|lame|paraly[sz]ed)\s+(?:can\s+)?walk\b",
        # "used in autoimmune, neurologic and orthopedic applications"
        r"\b(?:auto-?immune|neurologic\w*|pulmonary|urologic\w*|ophthalmologic\w*|cardiac"
        r"|cardiovascular)(?:,?\s+(?:and\s+)?[\w-]+)*\s+(?:applications|indications)\b",
    ),
    _rule(
        "cure",
        # "patients with osteoarthritis make excellent candidates for stem cell therapy"
        r"\b(?:make|makes|are|is)\s+(?:\w+\s+)?(?:excellent|good|ideal|great|perfect)\s+"
        r"candidates?\s+for\b(?=[^.!?]{0,40}\b(?:stem|cell|therapy|treatment|injection))",
        needs_in_clause=_DISEASES,
    ),
    _rule(
        "cure",
        # reversing ageing, worded around: "reverse these unwanted ageing changes"
        r"\brevers\w*\s+(?:this|these|the|those|such)\s+(?:\w+\s+){0,2}?ag(?:e)?ing\b",
    ),
    _rule(
        "fda_misrepresentation",
        # oversight and a regulator's rules read as approval
        r"\b(?:are|is)\s+(?:\w+\s+)?(?:monitored|overseen|inspected|audited|supervised)\s+by\s+"
        r"the\s+(?:fda|u\.?s\.?\s+food)\b",
        r"\b(?:according\s+to|in\s+accordance\s+with|following|per)\s+(?:the\s+)?(?:fda|u\.?s\.?"
        r"\s+food\s+(?:&|and)\s+drug\s+administration)(?:'s)?\s+(?:and\s+(?:the\s+)?[\w\s()]{2,60}?"
        r")?(?:guidelines|standards|regulations|rules|requirements)\b",
        # another country's ministry, its designation, or an ethics board read as approval
        r"\bapproved\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?(?:(?:japanese|korean|mexican|turkish)\s+)?"
        r"(?:ministry\s+of\s+health|mohw|mhlw|mfds|kfda|cofepris|health\s+canada|tga|emea?)\b"
        # ... or said to have approved the use ("Health Canada ... has recently approved the use of
        # exosomes in aesthetic medicine")
        r"|\b(?:health\s+canada|mhra|tga|cofepris|ministry\s+of\s+health|health\s+sciences?\s+authority)"
        r"\b[^.;]{0,120}?\b(?:has|have)\s+(?:recently\s+|now\s+|already\s+)?(?:approved|authori[sz]ed)\s+"
        r"(?:the\s+use\s+of\s+)?(?:exosomes?|stem[- ]cells?|cell(?:ular)?\s+therap\w*|prp|this|our)\b",
        r"\b(?:mohw|mfds|mhlw|ministry(?:\s+of\s+[\w,\s]+?)?)[- ]designat\w*",
        r"\birb[- ]approved\s+(?:procedure|treatment|therapy|protocol|program)\b",
        r"\b(?:obtained|received|has|holds|got|granted)\s+(?:\w+\s+)?state\s+registration\b",
        # the same-day exemption read as sanction: "doesn't need to be FDA approved because it's
        # from your body to your body"
        r"\b(?:(?:doesn't|does\s+not|don't|do\s+not)\s+(?:need|require)|no\s+need)\s+(?:to\s+be\s+"
        r"|for\s+)?(?:an?\s+)?(?:fda[- ]?)?approv\w*[^.;]{0,40}?\b(?:because|since|as)\b[^.;]{0,40}?"
        r"\b(?:your\s+(?:own\s+)?(?:body|cells|blood|fat|tissue)|autologous|same[- ]day)",
        not_before=r"\b(?:not|never|no|non)[\s-]+$",
    ),
    _rule(
        "guaranteed",
        # "we can make the dark circles disappear"
        r"\bwe\s+(?:can|will)\s+make\s+(?:your\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:disappear"
        r"|vanish|go\s+away|fade\s+away)\b",
    ),
    _rule(
        "instant",
        # "visible immediately", "results are immediate"
        r"\b(?:visible|noticeable|seen|apparent|evident)\s+(?:right\s+)?(?:immediately|instantly"
        r"|straight\s+away|right\s+away)\b|\bresults?\s+(?:are|is)\s+(?!not\b|never\b|rarely\b)"
        r"(?:\w+\s+)?(?:immediate|instant)\b",
        not_before=r"\b(?:not|never|aren't|isn't)\s+(?:\w+\s+)?$",
    ),
    _rule(
        "no_risk",
        # "they do not cause a reaction", "it is not harmful", "eliminating concerns"
        r"\b(?:do|does|will|would)\s+not\s+cause\s+(?:a|an|any)\s+(?:\w+\s+)?(?:reactions?"
        r"|rejection|side[- ]effects?|complications?|problems?)\b"
        r"|\b(?:do|does|will)n't\s+cause\s+(?:a|an|any)\s+(?:\w+\s+)?(?:reactions?|rejection"
        r"|side[- ]effects?|complications?)\b",
        r"\b(?:it|this|they|which)\s+(?:is|are)\s+not\s+harmful\b"
        r"|\bwithout\s+(?:causing|triggering|provoking)\s+any\s+(?:\w+\s+)?(?:inflammation|infection"
        r"|reactions?|rejection|side[- ]effects?|complications?)\b",
        r"\beliminat\w*\s+(?:any\s+|all\s+)?(?:concerns?|worr(?:y|ies)|fears?)\s+(?:about|of|over)\b",
        # "causes no damage to the body"
        r"\bcaus(?:e|es|ing)\s+no\s+(?:\w+\s+)?(?:damage|harm|injury)\b",
    ),
    _rule(
        "unverified_source",
        # a firm named as the maker or supplier of the clinic's cells
        r"\b(?:manufacturer|supplier|provider|producer)\s+(?:and\s+\w+\s+)?of\s+our\s+(?:stem\s+)?"
        r"cells\b",
    ),
    _rule(
        "instant",
        # the result carried out of the door: "leave the clinic with visibly tighter skin"
        r"\b(?:walk\s+out|leave(?:\s+(?:the|our)\s+clinic)?|go\s+back\s+to\s+work|return\s+to\s+work"
        r"|head\s+(?:home|back)|go\s+home)\s+(?:\w+\s+)?(?:looking|with)\s+(?:\w+\s+){0,2}?"
        r"(?:younger|transformed|refreshed|rejuvenated|tighter|firmer|smoother|plumper|lifted"
        r"|glowing|radiant|new\s+(?:skin|face))\b",
        r"\b(?:in|within)\s+(?:under|less\s+than)\s+(?:an?|one|\d+)\s+(?:hours?|minutes?)\b",
        needs_in_clause=_OUTCOME + r"|\bfresher\b|\bfill(?:s|ed|ing)?\s+(?:out|in)\b",
    ),
    _rule(
        "no_risk",
        # harm denied outright: "there is no way this can harm you", "Side effects? None."
        r"\bno\s+way\s+(?:this|it|the\s+\w+)\s+(?:can|could|will)\s+(?:\w+\s+)?(?:harm|hurt|damage)\b"
        r"|\b(?:side[- ]effects|risks|complications)\s*\?\s*(?:none|zero|nothing|nil)\b",
    ),
    _rule(
        "universal",
        # "suits every face", "no one is too old"
        r"\b(?:suits?|fits?)\s+" + _EVERYONE + r"\b"
        r"|\bno\s*(?:one|body)\s+is\s+too\s+(?:old|young)\b"
        r"|\byou(?:'re|\s+are)\s+never\s+too\s+old\b"
        # a slogan: "Any skin, anywhere on the body."
        r"|\bany\s+skin\s*,\s*any\s*where\b",
    ),
    _rule(
        "guaranteed",
        # the result promised in other words: a free redo if unhappy with it
        r"\bif\s+you(?:'re|\s+are)\s+not\s+(?:\w+\s+)?(?:happy|satisfied|pleased|delighted)\b[^.!?]{0,50}?"
        r"\b(?:free|refund\w*|money\s+back|no\s+(?:extra\s+)?(?:charge|cost))\b",
        needs_in_clause=r"\b(?:results?|treat\w*|again|redo|touch[- ]?ups?|sessions?|refund\w*"
        r"|money\s+back)\b",
    ),
    _rule(
        "guaranteed",
        # "nine out of ten of our patients", "every single patient has seen", "no doubt you'll",
        # "we promise": said of the outcome
        r"\b(?:nine|eight|seven|\d{1,2})\s+(?:out\s+)?of\s+(?:every\s+)?(?:ten|10)\s+(?:of\s+)?our\s+"
        r"(?:patients|clients|customers)\b",
        r"\bevery\s+(?:single\s+)?(?:patient|client|customer)\s+(?:\w+\s+)?(?:has|have)\s+(?:seen"
        r"|noticed|experienced|achieved|had|got(?:ten)?)\b",
        # "every patient has left our clinic delighted with their results": all pleased
        r"\bevery\s+(?:single\s+)?(?:patient|client|customer)\s+(?:\w+\s+){0,5}?(?:delighted|thrilled"
        r"|satisfied|happy|pleased)\s+with\b",
        r"\bexpect\s+to\s+look\s+(?:\w+\s+){0,3}?younger\b",
        r"\bno\s+(?:question|doubt)\s+(?:about\s+it\s*,?\s*)?(?:that\s+)?you(?:'ll|\s+will)\b",
        r"\bwe\s+promise\s+(?:you\s+)?(?:\w+\s+){0,2}?(?:results?|improvement|younger|change"
        r"|difference|transformation)\b",
        needs_in_clause=_OUTCOME + r"|\b(?:happy|satisf\w*|delighted|pleased|recommend\w*|improv\w*"
        r"|benefit\w*|change)\b",
    ),
    _rule(
        "fda_misrepresentation",
        # the clinic's own handling said to be under the FDA's rules
        r"\b(?:processed|manufactured|prepared|made|handled|produced|harvested|stored|performed)\s+"
        r"(?:\w+\s+){0,2}?under\s+(?:strict\s+)?(?:the\s+)?fda(?:'s)?\s+(?:guidelines|standards"
        r"|regulations|rules|requirements|oversight|supervision)\b",
    ),
    _rule(
        "no_risk",
        # "nothing for the body to react to", "no downsides at all"
        r"\bnothing\s+(?:for\s+(?:your|the)\s+(?:body|immune\s+system)\s+)?to\s+(?:react|reject)\b"
        r"|\b(?:no|zero)\s+(?:downsides?|drawbacks?)\b",
    ),
    _rule(
        "instant",
        # "fly home on Thursday already showing your final result"
        r"\balready\s+(?:showing|seeing|with|wearing)\s+(?:your\s+|the\s+)?final\s+results?\b"
        # what is seen on the day called the final result ("what you notice on the day is the
        # final result, not swelling")
        r"|\b(?:on\s+the\s+(?:same\s+)?day|same[- ]day|right\s+away|straight\s+away|immediately)\b"
        r"[^.!?;]{0,30}?\b(?:is|are)\s+(?:the|your)\s+(?:final|full|finished)\s+results?\b",
    ),
    _rule(
        "guaranteed",
        # the result promised through its refund: "if your skin doesn't look tighter at the
        # check, the next session is on us"
        # (not when the refund is denied: "no refund for results", "not free of charge")
        r"\b(?:if|who|that)\s+(?![^.!?]*?\b(?:no|not|non|never|isn't|aren't)[\s-]+(?:\w+\s+){0,3}?"
        r"(?:refund\w*|free|money))(?:[\w'-]+\s+){0,4}?(?:doesn't|does\s+not|don't|do\s+not|isn't"
        r"|aren't|won't|didn't|did\s+not|can't|cannot|fails?\s+to)\s+(?:\w+\s+){0,2}?(?:look|see"
        r"|notice|improv\w*|work|tighten|lift|change|achieve|firmer|tighter|smoother|younger|better)\b"
        r"[^.!?]{0,100}?\b(?:refund\w*|money\s+back|(?:is|are)\s+on\s+us|free\s+of\s+charge|for\s+free"
        r"|every\s+(?:cent|penny|dollar|pound)\s+(?:\w+\s+)?back)\b",
        # "hasn't had a single stem-cell facelift fail in twelve years"
        r"\b(?:never|hasn't|has\s+not|haven't|have\s+not)\s+(?:\w+\s+)?had\s+(?:a\s+)?(?:single\s+)?"
        r"(?:[\w-]+\s+){0,3}?fail\b",
        # "it's what will happen to yours", "you will love your face again"
        # (not "here is what will happen to your fat after harvest")
        r"\b(?:it's|it\s+is|that's|that\s+is|this\s+is|and)\s+what\s+will\s+happen\s+to\s+yours\b"
        r"|\bthe\s+same\s+(?:will|is\s+going\s+to)\s+happen\s+(?:to|for)\s+you\b"
        r"|\byou(?:'ll|\s+will|(?:'re|\s+are)\s+going\s+to)\s+love\s+(?:your|the)\s+(?:face|skin"
        r"|reflection|mirror|way\s+you\s+look)\b",
        # a treatment that "can't miss", "no 'maybe' with our protocol", "Will it work? It will."
        r"\b(?:treatment|protocol|procedure|therapy|one)\s+(?:that\s+)?(?:can(?:not|'t)|never)\s+"
        r"miss(?:es)?\b|\bno\s+['\"]?maybes?['\"]?(?=\s+(?:with|about|here|when)\b|\s*[.!,])"
        r"|\bwill\s+(?:it|this|the\s+\w+)\s+work(?:\s+for\s+(?:me|you))?\s*\?\s*(?:yes\b"
        r"|it\s+will\b|absolutely\b|of\s+course\b|definitely\b)",
        # "you will be no exception", "never had a client who didn't see a difference"
        r"\byou(?:'ll|\s+will)\s+be\s+no\s+exception\b|\bnever\s+(?:\w+\s+)?had\s+(?:a|an|one)\s+"
        r"(?:single\s+)?(?:patient|client|customer)\s+(?:who|that)\s+(?:didn't|did\s+not|wasn't"
        r"|was\s+not)\b",
        # the outcome ensured or foretold: "ensuring thicker, stronger hair", "results that will
        # leave your skin shining"
        r"\bensur(?:e|es|ing)\s+(?:you\s+)?(?:(?:a|an|your)\s+)?(?:(?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:thicker|stronger"
        r"|fuller|younger|smoother|firmer|tighter|healthier|brighter|clearer|denser|softer|more\s+\w+),?\s+"
        r"(?:and\s+)?)+(?:[\w-]+\s+)?(?:hair|skin|results?|complexion|face|look)\b"
        r"|\bwill\s+leave\s+(?:your|you)\s+(?:skin|face|hair|complexion)?\s*(?:\w+\s+)?(?:shining|glowing"
        r"|radiant|flawless|rejuvenated|looking\s+(?:\w+\s+)?(?:younger|radiant|flawless|years))\b",
        # "the results will only get better over time", "you'll see the scars vanishing", "you'll
        # notice the hollowness filling in"
        r"\bresults?\s+will\s+only\s+(?:get|become|keep\s+getting)\s+better\b"
        r"|\byou(?:'ll|\s+will)\s+(?:see|notice|watch)\s+(?:the|your)\s+(?:[\w-]+\s+){1,3}?(?:vanish|disappear"
        r"|fad|fill|smooth|tighten|shrink|lift|plump)\w*",
        # "there is no reason it should not work", "Does it work? Without a doubt."
        r"\bno\s+reason\s+(?:why\s+)?(?:it|this(?:\s+\w+)?|the\s+\w+)\s+(?:should(?:n't|\s+not)|would(?:n't|\s+not)"
        r"|won't|will\s+not)\s+(?:work|succeed)\b|\bdoes\s+(?:it|this|the\s+(?:\w+\s+){0,2}?(?:treatment"
        r"|therapy|procedure))\s+work\b[^?]{0,60}\?\s*(?:without\s+(?:a|any)\s+doubt|no\s+doubt"
        r"|absolutely|definitely|every\s+time)\b",
        # "this treatment always works", "you will be thrilled with your results"
        r"\b(?:treatment|therapy|procedure|protocol|it|this|they)\s+(?:always|invariably)\s+works?\b"
        r"|\byou(?:'ll|\s+will|(?:'re|\s+are)\s+going\s+to)\s+be\s+(?:\w+\s+)?(?:thrilled|delighted"
        r"|amazed|blown\s+away)\s+(?:with|by)\s+(?:your|the)\s+(?:\w+\s+)?results?\b(?![^.!?]*\b(?:if"
        r"|provided|as\s+long\s+as|when)\b)",
        # "I promise you that." said of what went before
        # (not "we promise you a warm welcome")
        r"\b(?:we|i)\s+promise\s+you(?:\s+(?:that|this))?(?=\s*[.!'\"]+|\s*$)",
    ),
    _rule(
        "guaranteed",
        # the treatment said it will bring the result, in so many words: "exosomes will add volume
        # and thicken", "PRP Therapy will improve general texture", "it will offer results"
        r"\b(?:exosomes?|stem[- ]cells?|prp|plasma|treatments?|therapy|procedure|it|injections?"
        r"|polynucleotides?|facial|process)\s+(?:[\w-]+\s+)?will\s+(?:also\s+)?(?:add|thicken"
        r"|improve|restore|rejuvenate|tighten|smooth|lift|plump|erase|eliminate|remove|reduce"
        r"|wake|transform|reverse|regrow|promote|give\s+you|make\s+you\s+look|offer\s+(?:you\s+)?"
        r"(?:results?|improvement))\b",
        # "you should expect to see increased hair growth": the gain foretold
        r"\byou\s+(?:should|will)\s+expect\s+to\s+(?:see|notice)\s+(?:an?\s+)?(?:increased|improved|more"
        r"|less|thicker|fuller|firmer|smoother|younger|tighter|brighter|visible|significant|dramatic)\b",
        # not what someone believes, hopes or asks, nor what holds for most
        not_before=r"\b(?:whether|if|belie\w*|hop\w*|wonder\w*|unclear|unknown|most|many|some"
        r"|expect\w*)\s+(?:[\w-]+\s+){0,3}$",
    ),
    _rule(
        "instant",
        # "walk out transformed", "wake up tomorrow with your final face", "your finished result
        # by Tuesday evening", "the final outcome shows up immediately"
        r"\bwalk\s+out\s+(?:\w+\s+){0,2}?(?:transformed|younger|rejuvenated|glowing|lifted|a\s+new"
        r"\s+(?:you|person|woman|man))\b",
        r"\bwake\s+up\s+(?:tomorrow|the\s+next\s+(?:day|morning)|next\s+morning)\s+(?:with|to"
        r"|looking)\s+(?:(?:\w+\s+){0,2}?(?:final|finished|new|younger|firmer|tighter|lifted)\b"
        r"|(?:the|your)\s+(?:dream\s+)?(?:skin|face|look)\b)"
        r"|\bwake\s+up\s+(?:with|to)\s+(?:your|the|a)\s+(?:final|finished|full)\s+(?:results?|look"
        r"|face)\b",
        # the final result the moment the session ends: "the lift you see when you sit up from
        # the treatment bed is your final result", "nothing left to develop", "real-time
        # results", "the full transformation happens while you sleep"
        r"\b(?:sit\s+up|get\s+up|treatment\s+(?:bed|chair|table)|leave|walk\s+out|same\s+day"
        r"|right\s+after)\b[^.!?]{0,60}?\b(?:is|are)\s+(?:your|the|her|his)\s+(?:final|finished)"
        r"\s+results?\b|\bnothing\s+(?:left|more)\s+to\s+(?:develop|settle|wait\s+for)\b"
        r"|\breal[- ]time\s+results?\b|\b(?:full|final|complete)\s+(?:\w+\s+)?(?:transformation"
        r"|results?|lift)\s+(?:\w+\s+)?(?:while\s+you\s+sleep|overnight|by\s+(?:the\s+)?(?:next\s+)?"
        r"morning)\b",
        r"\b(?:final|finished|full)\s+(?:results?|outcome|look|face)\b[^.!?]{0,60}?(?:\b(?:by|that"
        r"|the\s+same|same)\s+(?:\w+\s+)?(?:evening|afternoon|night)\b|\b(?:the\s+same|same|that)\s+"
        r"day\b(?!\s+next))"
        r"|\b(?:final|finished)\s+(?:results?|outcome|look)\s+(?:\w+\s+){0,2}?(?:immediately"
        r"|instantly|right\s+away|straight\s+away|overnight)\b",
    ),
    _rule(
        "fda_misrepresentation",
        # a regulator's review or approval implied: "has passed federal review", "listed on
        # ClinicalTrials.gov, proof that the government backs it", "registered with the FDA, so
        # you can be confident", "it is approved in America", "when the FDA says yes"
        r"\bpassed\s+(?:\w+\s+)?(?:federal|fda|government)\s+(?:review|inspection|approval"
        r"|scrutiny)\b|\bproof\s+that\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:government|fda|authorities"
        r"|regulators?)\b",
        r"\bregist\w*\s+(?:with\s+)?(?:the\s+)?" + _FDA + r"\b[^.!?]{0,40}?\b(?:so\s+you\s+can"
        r"|which\s+means|that\s+means|meaning)\b",
        r"\b(?:it|this|the\s+(?:treatment|therapy|procedure)|our\s+\w+|legal)\s+(?:is|was|has\s+been"
        r"|are|have\s+been|and)\s+(?:fully\s+)?approved\s+in\s+"
        + _US
        + r"\b|\b(?:fda|the\s+feds)\s+(?:says|said)\s+yes\b",
        # an inspection or a trial listing read as approval: "inspected by the FDA and passed,
        # so you can trust", "listed on ClinicalTrials.gov ... so you know it's been vetted"
        r"\b(?:inspected|audited|checked|reviewed)\s+by\s+(?:the\s+)?" + _FDA + r"\b[^.!?]{0,40}?"
        r"\b(?:passed|so\s+you\s+can|approved|cleared)\b|\b(?:" + _FDA + r"|the\s+feds)\s+"
        r"(?:has\s+|had\s+|\w+\s+)?inspected\s+(?:them|us|their|our)\b(?![^.!?]*\b(?:found|violations?"
        r"|warning|cited|deficienc\w*|observations?)\b)"
        # "the government has reviewed and signed off", "regulators have given it the green light"
        r"|\b(?:government|fda|regulators?|feds|authorities)\b(?:(?!" + _DENIAL + r")"
        r"[^.!?]){0,60}?\b(?:signed\s+off"
        r"|green\s+light|gave\s+(?:us\s+)?the\s+(?:ok|okay|nod))\b|\bclinicaltrials\.gov\b[^.!?]{0,80}?\b(?:so\s+you\s+know"
        r"|vetted|approved|endorsed|backed|means)\b",
        not_before=r"\b(?:not|never|no|non)[\s-]+$",
    ),
    _rule(
        "no_risk",
        # "your own cells cannot harm you", "nothing that could hurt you", "Risk? What risk"
        r"\b(?:your\s+own|autologous|own)\s+(?:cells|fat|blood|tissue)\s+(?:cannot|can't|can\s+not"
        r"|will\s+not|won't|could\s+never|can\s+never)\s+(?:\w+\s+)?(?:harm|hurt|damage|injure)"
        r"\s+you\b",
        r"\bnothing\s+(?:in\s+it\s+|about\s+it\s+|here\s+)?(?:that\s+)?(?:could|can|will|would)\s+"
        r"(?:possibly\s+)?(?:hurt|harm|damage)"
        r"\s+you\b|\b(?:risks?|side[- ]effects|complications)\s*\?\s*what\s+(?:risks?|side[- ]effects"
        r"|complications)\b",
        # "nothing else to worry about", "nothing bad can happen", "zero reactions, zero worries"
        r"\bnothing\s+(?:else\s+)?to\s+worry\s+about\b|\bnothing\s+(?:bad|wrong)\s+(?:can|could|will)"
        r"\s+(?:ever\s+)?happen\b|\bzero\s+(?:reactions?|worries|complications|bruising|swelling)\b",
        # "takes risk out of the equation entirely"
        r"\btakes?\s+(?:the\s+|all\s+)?risks?\s+out\s+of\s+the\s+equation\b|\b(?:removes?"
        r"|eliminates?)\s+(?:all\s+|any\s+|the\s+)?risks?\s+(?:entirely|completely|altogether)\b",
        # harm named and ruled out in other words: "side-effect free", "cannot harm you", "poses
        # no threat to your health", "100% natural and safe"
        r"\b(?:side[- ]?effects?|complications?|adverse[- ]effects?|risks?|harm|danger)[- ]free\b"
        r"|\b(?:can(?:not|'t)|can\s+not|won't|will\s+not|could\s+not|couldn't|could\s+never"
        r"|can\s+never)\s+(?:possibly\s+|ever\s+)?(?:harm|hurt|injure|damage)\s+(?:you|your\s+(?:body"
        r"|health|skin|face))\b(?!\s*\?)|\b(?:no|zero|not\s+any|not\s+a)\s+(?:\w+\s+)?threat\s+to\s+(?:your"
        r"|the\s+patient's|patients')\s+(?:\w+\s+)?(?:health|body|safety|skin)\b"
        r"|\b(?:100\s?%|totally|completely|entirely|absolutely|perfectly)\s+(?:natural|organic"
        r"|painless|non-?invasive)\s+(?:and|&)\s+(?:safe|harmless)\b",
        # your own cells said to make it safe: "because the cells come from your own body, the
        # treatment is extremely safe" (CLAIMS.md: own cells read as risk-free)
        r"\b(?:your\s+own|autologous|own\s+body's|from\s+your\s+(?:own\s+)?body)\b[^.!?]{0,80}?"
        r"\b(?:extremely|incredibly|perfectly|inherently|naturally|intrinsically|exceptionally"
        r"|uniquely|remarkably)\s+safe\b|\b(?:extremely|incredibly|perfectly|inherently"
        r"|intrinsically|exceptionally)\s+safe\b[^.!?]{0,30}?\b(?:because|since|as)\b[^.!?]{0,60}?"
        r"\b(?:your\s+own|autologous|own\s+body)\b",
        # "since your blood is used in PRP therapy, you can safely take this therapy"
        r"\b(?:since|because|as)\s+(?:it\s+uses\s+)?your\s+(?:own\s+)?(?:blood|cells|fat|tissue|plasma)\b"
        r"[^.!?]{0,60}?\b(?:you\s+can\s+safely|(?:it|this|the\s+\w+)\s+is\s+(?:completely\s+|totally\s+"
        r"|very\s+)?safe)\b",
        # harm ruled out for you, expected by nobody, or never reported by the clinic's patients:
        # "you will not experience any adverse side effects", "no undesirable effects ... are
        # expected", "don't carry a risk of becoming cancerous", "none of our patients reported
        # any significant ... complications"
        r"\byou\s+(?:will\s+not|won't|will\s+never|do\s+not|don't)\s+(?:experience|suffer|have|get)\s+"
        r"(?:any\s+)?(?:adverse\s+|negative\s+|unwanted\s+|undesirable\s+)?(?:side[- ]?effects?"
        r"|complications?|adverse\s+(?:effects?|reactions?|events?))\b"
        r"|\bno\s+(?:undesirable|adverse|unwanted|negative|side)\s+(?:effects?|reactions?)\s+"
        r"(?:\w+\s+){0,3}?(?:are|is)\s+(?:to\s+be\s+)?expected\b"
        r"|\b(?:do(?:es)?\s+not|don't|doesn't|never)\s+carry\s+(?:a|any)\s+risk\s+of\b"
        r"|\bnone\s+of\s+(?:our|my|the\s+clinic's)\s+(?:patients|clients)\s+(?:have\s+|has\s+)?(?:ever\s+)?(?:reported"
        r"|had|experienced|suffered|developed)\s+(?:any\s+)?(?:[\w-]+\s+){0,4}?(?:complications?"
        r"|side[- ]?effects?|adverse\s+(?:effects?|events?|reactions?)|infections?)\b",
        # "does not endanger your health"
        r"\b(?:does\s+not|doesn't|will\s+not|won't|cannot|can't|never)\s+(?:\w+\s+)?(?:endanger|jeopardi[sz]e"
        r"|put\s+at\s+risk)\s+(?:your|the\s+patient's|patients')\s+health\b",
        # a question of risk answered with a bare no: "Are there side effects? None." "Is it safe?
        # Absolutely."
        r"(?:\b(?:are|is)\s+there|\b(?:does|do|can|will)\s+(?:it|this|they|the\s+(?:\w+\s+){0,2}?"
        r"(?:treatment|procedure|therapy|injection)s?)\s+(?:have|cause|carry|pose))\s+(?:any\s+)?"
        r"(?:risks?|side[- ]?effects?|complications?|dangers?)\b[^?.!]{0,40}\?\s*(?:none|no|nope"
        r"|zero|not\s+at\s+all|absolutely\s+not|never)(?:,?\s+(?:none|not\s+at\s+all))?\s*(?:[.!]|$)"
        r"|\bis\s+(?:it|this|the\s+(?:\w+\s+){0,2}?(?:treatment|procedure|therapy))\s+safe\s*\?\s*"
        r"(?:yes[,!]?\s+)?(?:absolutely|completely|totally|100\s?%|entirely)\s*(?:[.!]|$)",
    ),
    _rule(
        "unverified_source",
        # a formula kept secret: "our formula is a closely guarded secret"
        r"\b(?:formula|recipe|blend|cocktail)\s+(?:is|remains)\s+(?:a\s+)?(?:closely[- ]guarded\s+"
        r"|well[- ]kept\s+|trade\s+)?secret\b",
    ),
    _rule(
        "cure",
        # patients' stories told as cures: "MS patients walk out without their cane"
        r"\b(?:without|off|free\s+of|no\s+longer\s+(?:need\w*|using|on))\s+(?:their|his|her|my"
        r"|the)\s+(?:canes?|wheelchairs?|walkers?|crutches|inhalers?|insulin|oxygen)\b"
        r"|\b(?:got|get|gets|getting)\s+(?:\w+\s+){0,5}?out\s+of\s+(?:their|his|her|the)\s+wheelchairs?\b",
        # a disease's medicine given up: "cut his insulin to zero", "get her off the
        # methotrexate", "reducing their levodopa dose"; "children start speaking ... after"
        r"\b(?:cut|reduced|reducing|lowered|lowering|stopped|c[oa]me\s+off|coming\s+off|get\s+\w+\s+off"
        r"|got\s+\w+\s+off|off)\s+(?:the\s+|their\s+|his\s+|her\s+|my\s+)?(?:\w+\s+)?(?:insulin"
        r"|metformin|methotrexate|levodopa|steroids?|biologics?|immunosuppressants?|dialysis)\b",
        # "Conditions we treat: ..."
        r"\b(?:conditions|diseases|disorders|illnesses)\s+(?:that\s+)?(?:we|our\s+(?:\w+\s+)?(?:clinic"
        r"|doctors?|team|centre|center|specialists))\s+(?:treat|help|address|manage)\b",
        r"\b(?:start\w*|began|begin\w*)\s+(?:speaking|talking|walking|to\s+speak|to\s+walk)\b"
        r"[^.!?]{0,80}?\bafter\b|\bregained\s+(?:\w+\s+)?(?:motor\s+control|mobility|movement"
        r"|speech|sight|vision|hearing)\b",
    ),
    _rule(
        "universal",
        # nobody ruled out: "Am I a candidate? Everyone is.", "none of it rules you out", "there
        # is no wrong candidate", "no face this protocol wasn't made for", no tests first, "stem
        # cells handle all of it"
        r"\bcandidate\s*\?\s*(?:\w+\s+){0,2}?(?:every(?:one|body)|any(?:one|body)|all\s+of\s+you)\s+"
        r"(?:is|are|can)\b|\bnone\s+of\s+(?:it|them|these|this)\s+rules?\s+you\s+out\b"
        r"|\bnothing\s+rules\s+you\s+out\b|\bno\s+(?:wrong|bad|unsuitable)\s+candidates?\b"
        r"|\bif\s+you(?:\s+have|'ve\s+got|\s+have\s+got)\s+(?:skin|a\s+face|a\s+pulse)\b"
        r"|\btoo\s+(?:old|young|dark|fair)\b[^?]{0,80}\?\s*(?:you(?:'re|\s+are)\s+not\.?\s*)?"
        r"(?:no\s*one|nobody)\s+is\b",
        r"\bno\s+(?:face|skin|one|body|patient|age|skin\s+type)\s+(?:this|it|our|the)\s+"
        r"(?:\w+\s+)?(?:wasn't|was\s+not|isn't|is\s+not|can't|cannot)\s+(?:made|designed"
        r"|suitable|right|help|treat)\b",
        r"\bno\s+need\s+(?:for|of)\s+(?:\w+\s+){0,2}?(?:blood\s+tests?|tests?|consultations?"
        r"|screening|assessments?|medical\s+(?:history|checks?|exams?))\b",
        # "any kind of acne scars that you have ... respond very well"
        r"\bany\s+(?:kind|type|sort)\s+of\s+[^.!?]{0,100}?\brespond\w*\s+(?:very\s+|extremely\s+)?well\b",
        # "there is no specific patient profile"
        r"\bno\s+(?:specific|particular|typical|ideal)\s+(?:patient\s+)?profile\b",
        # "stem cells can help virtually anyone"
        r"\b(?:can|will|could)\s+(?:help|benefit|work\s+for|treat)\s+(?:virtually|practically"
        r"|almost|just\s+about|nearly)\s+(?:any(?:one|body)|every(?:one|body))\b",
        r"\b(?:handles?|fix(?:es)?|solves?|tackles?|sorts?\s+out)\s+(?:all\s+of\s+(?:it|them)|the\s+lot"
        r"|any\s+(?:skin\s+)?(?:concern|problem|issue)s?)\b|\b(?:take|takes|accept|accepts|welcome"
        r"|welcomes)\s+all\s+comers\b|\bno\s+(?:\w+\s+){0,2}?(?:condition|age|skin\s+type|problem)\s+"
        r"rules\s+you\s+out\b(?!\s+automatically)"
        r"|\b(?:doesn't|does\s+not|no)\s+matter\s+what(?:'s|\s+is)?\s+(?:bugging|bothering"
        r"|troubling)\s+you\b",
    ),
    _rule(
        "permanent",
        # the cells said to become part of you: "once they have taken, they're part of you",
        # "you'd have to surgically remove it to lose it"
        r"\b(?:they're|they\s+are|it's|it\s+is|become|becomes)\s+(?:now\s+)?(?:a\s+)?part\s+of\s+you\b"
        r"|\b(?:have|need)\s+to\s+(?:have\s+it\s+)?surgically\s+remov\w*\s+(?:it|them)\s+to\s+lose\b"
        # "fix it once and be done"
        r"|\b(?:fix|treat|do)\s+it\s+once\s+and\s+(?:be\s+done|forget\s+about\s+it)\b"
        # "results last for years, even decades"
        r"|\blast\w*\s+(?:for\s+)?(?:many\s+)?years,?\s+(?:even|or\s+even|if\s+not|perhaps)\s+"
        r"(?:for\s+)?(?:decades|a\s+lifetime|forever)\b",
    ),
    _rule(
        "universal",
        # "it's beneficial to everyone", "it doesn't matter what type of hair or skin you have"
        r"\b(?:beneficial|helpful)\s+(?:for|to)\s+" + _EVERYONE + r"\b"
        r"|\b(?:it\s+)?(?:doesn't|does\s+not|won't|will\s+not)\s+matter\s+what\s+(?:type\s+of\s+"
        r"|kind\s+of\s+)?(?:hair|skin)\b",
        # everyone with the condition a candidate ("anyone with a painful spinal disc is a
        # candidate for stem cell therapy")
        r"\b(?:anyone|everyone|anybody|everybody)\s+(?:with|who\s+has|suffering\s+from)\s+(?:[\w-]+\s+){1,5}?"
        r"(?:is|are)\s+(?:a\s+|an\s+)?(?:good\s+|ideal\s+|suitable\s+|great\s+)?candidates?\b",
    ),
    _rule(
        "no_risk",
        # "there are no burns or pains of any kind"
        r"\bno\s+(?:\w+\s+)?(?:burns?|pains?|scars?|scarring|side[- ]effects?|complications?|risks?"
        r"|reactions?)\s+(?:or\s+\w+\s+)?of\s+any\s+kind\b",
    ),
    _rule(
        "guaranteed",
        # the clinic's record as every case a success ("more than 200 operations, all of them with
        # great success")
        r"\ball\s+(?:of\s+them\s+)?with\s+(?:great\s+|complete\s+|total\s+|full\s+)?success\b",
    ),
)
