"""The words the rules share: what a guarantee, an outcome, "soon", "everyone" and a disease look
like in clinic text, and the words around a flag word that make it harmless. ``rules`` builds
its patterns from them; the finders read three of them."""

from __future__ import annotations

import re

from .text import _FLAGS

# the agency, by its initials or its name
_FDA = r"(?:fda|food\s+and\s+drug\s+administration)"
# the words that deny what follows them
_DENIAL = r"\bnot\b|n't\b|\bnever\b|\bno\b"
_GUARANTEE_WORD = r"\b(?:guarant|garant|gaurant|guarent|garent|gurant|guarnt|guaratee)\w*"
_PROCESS_OBJECT = re.compile(
    r"\b(?:privacy|private|confidential\w*|discretion|data|details|photos?|records?|information|price"
    r"|prices|pricing|fees?|costs?|quotes?|rates?|transparen\w*|appointments?|slots?"
    r"|availability|follow[- ]?ups?|aftercare|after-care|response|reply|answers?|call\s*backs?"
    r"|same\s+doctor|steril\w*|hygien\w*|process|processing|standards?|accredit\w*|care"
    r"|service|support|attention|respect|honest\w*|consent|consultations?|bookings?|deposits?"
    r"|payments?|operating\s+room|personal|quality\s+of|safety\s+standards|lowest|best\s+price"
    r"|transfers?|hotel|stay|accommodation|comfort|translator|interpreter|parking|transport|pick-?up|airport|surgeon"
    r"|doctor|nurse|speak|talk|meet|call|cancel\w*|reschedul\w*|schedul\w*"
    # a shop's delivery ("we guarantee delivery before Christmas")
    r"|deliver(?:y|ies)|shipping|dispatch"
    # a bank's or a lab's count of cells ("guaranteeing at least 10 million viable stem cells")
    r"|(?:at\s+least\s+|a\s+minimum\s+of\s+)?[\d.,]+\s+(?:million|billion)\s+(?:viable\s+|live\s+)?(?:stem\s+)?cells)\b",
    _FLAGS,
)
_RISK_CONTEXT = re.compile(
    r"\b(?:damage\w*|numbness|blind\w*|complications?|nerve\w*|necrosis|injur\w*|deformit\w*"
    r"|nodules?|lumps?|side[- ]effects?|disfigure\w*|harm\w*|asymmetr\w*|scarring|makeup"
    r"|irregularit\w*|discolou?ration|hyperpigment\w*|loss\s+of\s+(?:sensation|feeling|function)"
    r"|paralysis|weakness|dents?|dimpl\w*"
    r"|make-up|tattoo\w*|microblading)\b",
    _FLAGS,
)

_EVERYONE = (
    r"(?:absolutely\s+|literally\s+|just\s+about\s+|simply\s+)?(?:every\s*(?:one|body)"
    r"|evry\s*(?:one|body)|any(?:one|body)|every\s+single\s+(?:one|person|patient|client)"
    r"|ev(?:e)?ry\s+(?:single\s+)?(?:patient|person|client|woman|man|age|skin(?:\s+type)?"
    r"|skin\s+tone|complexion|body(?:\s+type)?|concern|case|scalp|face)"
    r"|all\s+(?:the\s+)?(?:different\s+|kinds\s+of\s+|types\s+of\s+|sorts\s+of\s+)?(?:patients|people"
    r"|persons|clients|ages|skin\s*types|skin\s+tones|skins"
    r"|complexions|genders|body\s+types|comers)|any\s+(?:age|skin(?:\s+type)?|patient|person"
    r"|complexion|body(?:\s+type)?))"
)

_OUTCOME = (
    r"\b(?:final|full|fully|finished|finshed|complete|completely|total|totally|gone"
    r"|disappear\w*|vanish\w*|corrected|renewed|younger|transform\w*|results?|resultad\w*"
    r"|effects?|lift|lifts|lifted|glow\w*|smooth\w*|firm\w*|tight(?:er|ens|ened|ening)?|thicker|fuller"
    r"|plump\w*|rejuven\w*|visible|looking|ready|(?:is|are|looks?)\s+new|face-?lift\w*"
    r"|makeover|youth\w*|new\s+(?:face|you|look|skin)|refreshed|noticeable|improvements?"
    r"|difference|eras(?:e|es|ed|ing))\b"
)
_SOON = (
    r"\binstan\w*|\bimmediate\w*|\binmediat\w*|\bat\s+once\b|\bstra(?:i)?ght\s*away\b"
    r"|\bstrait\s+away\b|\bright\s+away\b|\bovernight\b|\bon\s+the\s+spot\b"
    r"|\b(?:in|within)\s+(?:just\s+|only\s+)?(?:\d+|one|a\s+few|few|an?|ten|thirty|sixty)[\s-]+"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b|\b(?:in|within)\s+(?:minutes|hours)\b"
    r"|\b(?:the\s+)?same\s+(?:day|afternoon|evening|night|moment|morning)\b"
    r"|\bsame-day\b|\bbefore\s+(?:lunch|dinner|you\s+go\s+home)\b"
    r"|\bbefore\s+you\s+(?:even\s+)?(?:leave|get\s+up|stand\s+up|get\s+off|get\s+home"
    r"|arrive\s+home)\b|\bsame[- ]session\b"
    r"|\bby\s+(?:lunch|dinner|the\s+weekend|tonight|tomorrow|\d{1,2}(?:[:.]\d\d)?\s?"
    r"(?:am|pm|p\.m\.|a\.m\.))\b|\bat\s+dinner\b"
    r"|\bthe\s+(?:moment|second|minute|instant)\s+(?:you|the|your|it|we|they)\b"
    r"|\bwhile\s+you(?:'re|\s+are)\s+still\s+(?:on|in|at|lying)\b|\bzero[- ]wait\b"
    r"|\bno\s+waiting\b|\bday\s+one\s+is\b|\bnext\s+(?:day|morning)\b|\btomorrow\b"
    r"|\b(?:right|directly|straight)\s+after\s+(?:the|your|each|a|one)\s+(?:\w+\s+)?(?:session"
    r"|treatment|procedure|injections?|appointment|visit)\b"
    r"|\bfrom\s+(?:day\s+one|the\s+(?:very\s+)?first\s+day)\b"
    r"|\balready\s+(?:there|in\s+place|visible|done|on\s+your|your\s+final)\b"
    r"|\bby\s+the\s+time\s+(?:you|the|your)\b|\bas\s+soon\s+as\s+(?:the|you|your|it|we)\b"
)

_DISEASES = (
    r"\b(?:acn[eé]|rosac[eé]a|rosacia|r[oó]sacea|ecz[ae]ma|exzema|psoriasis|dermatitis|lupus"
    r"|arthritis|artritis|osteoarthritis|alopecia|baldness|calvicie|vitiligo|melasma"
    r"|scleroderma|lichen|hidradenitis|keloids?|diabetes|thyroid|hormon\w*|auto-?immune"
    r"|cancer|tumou?rs?|parkinson\w*|alzheimer\w*|dementia|multiple\s+sclerosis|autism"
    r"|neuropath\w*|fibromyalgia|crohn\w*|colitis|erectile\s+dysfunction|impotence|copd"
    r"|heart\s+disease|breakouts?|hair\s+loss|cystic|autis\w+|cerebral\s+palsy|c\.?o\.?p\.?d"
    r"|(?:back|neck|knee|joint|hip|shoulder|chronic|nerve|arthritic)\s+pain|sports?\s+injur\w*"
    r"|injur(?:y|ies)|degenerative|tendon\w*|ligament\w*|menisc\w*|rotator\s+cuff"
    r"|spinal\s+cord|neurological|immune\s+dysfunction|lung\s+(?:disease|damage|conditions?)"
    r"|(?:kidney|liver|lung)\s+(?:disease|failure)|long\s+covid|covid(?:-19)?|post-covid"
    # the lay names of postpartum and premenstrual disorders ("ward off the baby blues", "PMS")
    r"|baby\s+blues|pms|post-?natal\s+depression|premenstrual\s+syndrome"
    # lichen planopilaris by its initials, the autoimmune attack named ("autoantibodies")
    r"|lpp|autoantibod\w*"
    # a disease group or damaged tissue named as the thing treated
    r"|(?:dermatolog\w*|skin)\s+(?:diseases?|disorders?)"
    r"|(?:damaged|worn(?:\s+out)?|degenerated)\s+(?:joints?|cartilage|nerves?|discs?|tendons?"
    r"|ligaments?)|(?:joint|cartilage|nerve)\s+damage)\b"
)
