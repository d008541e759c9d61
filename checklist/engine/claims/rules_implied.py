"""More English rules as data, for claims made without the usual trigger words: a refund that
only a failed result earns, a regulator's review implied, a slogan, harm denied in a chat reply,
nobody ruled out. rules.py appends them to its own, so rule numbers stay as they were."""

from __future__ import annotations

from .rule_form import _Rule, _rule

_FDA = r"(?:fda|food\s+and\s+drug\s+administration)"
_US = r"(?:america|the\s+(?:us|usa|u\.s\.?|united\s+states|states))"

IMPLIED_RULES: tuple[_Rule, ...] = (
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
        r"|\b(?:government|fda|regulators?|feds|authorities)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)"
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
        r"|the)\s+(?:canes?|wheelchairs?|walkers?|crutches|inhalers?|insulin|oxygen)\b",
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
)
