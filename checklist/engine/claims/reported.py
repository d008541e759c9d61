"""The reported voice: a sentence that reports, weighs or studies a claim rather than makes it.

A regulator's letter, a court's finding, a journalist's story, a study or a payer's policy
carries a clinic's claim in other people's words ("the lawsuit alleges", "unproven cures",
"have been studied for"); the context step (``context.py``) drops a proposal whose sentence is
in that voice, whichever recognizer made it. Split from ``text.py``, which keeps how a text is
cut and read (sentences, clauses, negation, hedges, warnings).
"""

from __future__ import annotations

import re

from .prefilter import register
from .text import _Doc, _Span

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
    # ... and where they are ("a growing number of clinics in the region are offering")
    r"|\b(?:number|handful|wave|host)\s+of\s+"
    + _FIRMS
    + r"\s+(?:in|across|around)\s+(?:\w+\s+){1,3}?"
    r"(?:are|were|have\s+been)\s+(?:now\s+)?(?:promis|offer|sell|market)\w*"
    r"|\b(?:not\s+(?:been\s+)?enough|insufficient|too\s+little)\s+(?:research|evidence|studies|data)\b"
    r"|\b(?:a\s+)?(?:subject|matter|topic)\s+of\s+(?:\w+\s+)?debate\b"
    # what "these businesses say" (not what "every clinic can say")
    r"|\b(?:these|such|many|some|the)\s+"
    + _FIRMS
    + r"\s+(?:\w+\s+)?(?:say|said)\b"
    # what a firm says of its product, as reported ("which they say is an exciting breakthrough")
    + r"|\bwhich\s+they\s+(?:say|said|claim|claimed|call|called)\b"
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


# A finding given as a named study's ("The Filardo PRP study showed", "Smith et al. found"):
# the study's voice, as a figure from a named study is (CLAIMS.md). Read in the text as written,
# since a name is told from "the recent study" by its capital.
_NAMED_STUDY = re.compile(
    r"\b[Tt]he\s+(?:\d{4}\s+)?[A-Z][a-z]+(?:\s+(?:et\s+al\.?|and\s+[A-Z][a-z]+))?\s+(?:[A-Z]{2,}\s+)?"
    r"(?:study|trial|review)\s+(?:showed|found|reported|demonstrated|concluded)\b"
    r"|\b[A-Z][a-z]+\s+et\s+al\.?\s*(?:\(\d{4}\)\s*)?(?:showed|found|reported|demonstrated|concluded)\b"
)


# The first two, like the rules, are written in lower case and read the lowercased text.
def _reported(doc: _Doc, sentence: _Span, category: str) -> bool:
    if doc.presence.search(_REPORTED, doc.lower, sentence.start, sentence.end):
        return True
    if category != "cure":
        return False
    return (
        doc.presence.search(_NOT_A_CURE, doc.lower, sentence.start, sentence.end) is not None
        or _NAMED_STUDY.search(doc.text, sentence.start, sentence.end) is not None
    )


# Read once, at import, for the alternatives each text can match (prefilter.py).
register(_REPORTED, _NOT_A_CURE)
