"""The honest counterparts each category has: the signs in a phrase's sentence that it sits in
an honest statement (a denial of FDA approval, risks named beside a safety point, results that
build over months, a source named to inform), and a guarantee that promises a process. The
context step (``context``) reads them for every recognizer's proposals."""

from __future__ import annotations

import re

from .finders import _disease_spans
from .rule_words import _PROCESS_OBJECT, _RISK_CONTEXT
from .text import _FLAGS, _Doc, _Span

# Blood-forming stem cells, and the blood diseases they are the established, approved treatment
# for: a source named to inform and a cure word used of that use both read them.
_BLOOD_FORMING = r"h(?:a)?ematopoietic|blood[- ]forming|bone\s+marrow\s+transplant\w*"
_BLOOD_CANCERS = r"leuk(?:a)?emias?|lymphomas?|sickle[- ]cell|thalass(?:a)?emias?"

# the drugs the FDA did approve for hair loss, named by the FDA's denials and by the cures done
# by other means than the cells
_HAIR_LOSS_DRUGS = r"(?:minoxidil|finasteride|rogaine|propecia|dutasteride)"
_FDA_DENIAL = re.compile(
    r"\billegal\b|\bunlawful\b|\bprohibited\b|\bonly\s+means\b|\bdoes(?:n't|\s+not)\s+(?:mean|imply|cover|apply)|\bis\s+not\s+(?:an?\s+)?"
    r"(?:approv|endorse|clear|the\s+same)|\bisn't\s+(?:an?\s+)?(?:approv|endorse|clear|the\s+same)"
    r"|\bnot\s+the\s+same\s+(?:as|thing)|\bsays\s+nothing\b|\bno\s+such\s+(?:approval|clearance)"
    r"|\bha(?:s|ve)(?:n't|\s+not)\s+(?:been\s+)?(?:approv|clear|evaluat|review)"
    r"|\bnot\s+(?:been\s+)?(?:fda\s*[- ]?\s*)?(?:approved|cleared|evaluated)|\bunapproved\b|\bnon-?approved\b"
    r"|\b(?:fda|agency)\W+(?:\w+\s+){0,2}(?:warn\w*|alert\w*|caution\w*)|\bwarning\s+letter\b"
    r"|\bonly\s+(?:covers|applies)|\blimited\s+to\b|\bapproved\s+only\b|\bonly\s+approved\b"
    r"|\bnon-?fda\b|\blacks?\s+(?:\w+\s+)?approval\b|\bwithout\s+(?:\w+\s+)?approval\b"
    # lacking like something else ("data is lacking, as is FDA approval"); compliance still to
    # come ("a grace period to come into compliance with the FDA's view")
    r"|\b(?:lacking|absent|missing|unavailable)\s*,?\s+as\s+(?:is|are)\b"
    # approved for something else ("just not for the indications most of this site discusses")
    r"|\b(?:just|but|though|only)\s+not\s+for\b"
    r"|\b(?:come|comes|coming|came|bring|brought|get|be)\s+into\s+compliance\b"
    # approval awaited, or an investigational use allowed ("through IND use")
    r"|\bwait\w*\s+for\s+(?:the\s+)?fda\b|\bawait\w*\s+(?:fda[- ])?approval\b"
    r"|\binvestigational\b|\bnot\s+that\s+(?:\w+\s+){0,5}?approved\b"
    # approval still to be sought ("the process for FDA approval"), a drug used off-label
    r"|\b(?:process|path|pathway|route|road|application|bid|quest)\s+(?:for|to|toward)\s+"
    r"(?:(?:fda|full|final|formal|eventual)\s+){0,2}approval\b"
    r"|\bseek\w*\s+(?:fda\s+)?approval\b|\boff[- ]label\b|\buntil\s+(?:\w+\s+){0,2}?approval\b"
    # a study let go ahead or a permission asked for ("permitted to proceed by the FDA", "request
    # permission from the FDA to charge patients"), session 27
    r"|\bpermitted\s+to\s+proceed\b|\b(?:request|seek|ask|apply)\w*\s+(?:\w+\s+){0,2}?permission\b"
    # use allowed only inside trials ("can only be used inside clinical trials authorized by the
    # FDA")
    r"|\bonly\s+(?:\w+\s+){0,3}?(?:in|inside|within|through|as\s+part\s+of)\s+(?:\w+\s+)?(?:clinical\s+)?"
    r"(?:trials?|studies)\b"
    # an inspection that found faults ("inspected their lab and found serious violations")
    r"|\bviolat\w*|\bfound\s+(?:\w+\s+){0,3}?(?:deviations?|deficienc\w*|problems|faults)\b"
    r"|\bform\s+483\b"
    # the drugs the FDA did approve for hair loss ("FDA-approved minoxidil and finasteride")
    r"|\b" + _HAIR_LOSS_DRUGS + r"\b"
    # other treatments approved ("alternative FDA-approved treatments for hair loss are
    # available"), a product's approval dated ("first FDA approved in 2006 for treating folds")
    r"|\b(?:alternative|other)\s+(?:fda[- ])?approved\b|\bfirst\s+(?:fda[- ])?approved\s+in\s+(?:19|20)\d\d\b"
    # research the FDA let go ahead ("first allowed the study of botulinum toxin")
    r"|\ballowed\s+(?:the\s+)?(?:study|studies|research)\s+(?:of|into|on)\b"
    # "none of the procedures in our packages are FDA approved"; a clearance that "covers the
    # device itself, not any particular cosmetic use"
    r"|\bnone\s+(?:of\b[^.!?]{0,60}?)?\b(?:is|are|has|have)\s+(?:been\s+)?(?:\w+\s+)?approved\b"
    r"|\bcovers\s+(?:only\s+)?the\s+device\b|\bnot\s+any\s+(?:particular\s+)?(?:cosmetic\s+)?use\b"
    # approval said to be required, not held: "stem cell products need FDA approval"
    r"|(?<!n't\s)(?<!not\s)(?<!no\s)(?<!without\s)(?<!without\sany\s)(?<!without\sthe\s)"
    r"\b(?:need|needs|require|requires|required"
    r"|must\s+(?:have|obtain|get|receive))\s+(?:\w+\s+)?"
    r"(?:fda[- ])?approval\b"
    # the cells the FDA has approved: blood-forming cells from cord blood, for blood disorders
    r"|\bh(?:a)?ematopoietic\b|\bblood[- ]forming\b|\blicensure\b"
    r"|\bblood\s+(?:disorders?|cancers?)\b"
    # approval named as the exception: "only certain stem cell therapies ... are FDA-approved",
    # "the only FDA-approved stem cell products are ..."
    r"|\bonly\s+(?:certain|some|a\s+few|a\s+handful\s+of|one|two|three)\b[^.!?]{0,80}?"
    r"\b(?:are|is|ha(?:ve|s)\s+been)\s+(?:fda[- ])?approved|\bthe\s+only\s+(?:fda[- ])?approved\b"
    # "just one stem cell procedure ... has received FDA approval"
    r"|\b(?:just|only)\s+(?:one|two|a\s+single|a\s+few|a\s+handful\s+of)\b[^.!?]{0,80}?"
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:received|won|gained|been\s+granted)\s+(?:fda\s+)?approval\b",
    _FLAGS,
)
_RISK_NOUN = (
    r"(?:risks?|infection\w*|bruis\w*|swell\w*|complication\w*|side\s+effects?|reaction\w*"
    r"|lumps?|nodules?|asymmetr\w*|necrosis|scar\w*|pain|numb\w*|harm|problems?|bleeding"
    r"|erythema|redness|tenderness)"
)
_RISK_ADMISSION = re.compile(
    r"\b(?:but|though|although|however|except|apart\s+from|other\s+than|besides|aside\s+from"
    r"|while)\b[^.;]{0,80}?\b" + _RISK_NOUN + r"\b"
    r"|\b" + _RISK_NOUN + r"\b[^.;]{0,50}?(?:\b(?:can|may|might|could)\s+(?:still\s+)?"
    r"(?:\w+\s+)?(?:happen|occur|develop|cause|follow|appear)"
    # ... unless the risk is another treatment's ("that can happen with other treatments")
    r"(?!\s+(?:with|in|from)\s+(?:other|synthetic|foreign|donor|traditional|conventional)\b)"
    r"|\bstill\b|\bremain\w*"
    r"|\b(?:is|are)\s+(?:still\s+)?possible)"
    r"|\b(?:small|low|minor|rare|slight|remaining|mild|transient|temporary|minimal|minimum|reduced)\s+(?:\w+\s+)?"
    + _RISK_NOUN
    + r"\b"
    # "no serious adverse events": the milder ones are left standing
    r"|\bno\s+(?:serious|severe|major|significant)\s+(?:adverse|side|complication|risk)"
    r"|\b(?:does(?:n't|\s+not)|not)\s+rule\s+out\b"
    # a precaution asked of the patient admits the risk it avoids ("smoking and blood thinners
    # should be interrupted before the operation to avoid risk of complications")
    r"|\b(?:should|must|need\s+to|needs\s+to|ha(?:ve|s)\s+to)\s+(?:\w+\s+){0,2}?(?:stopp?\w*"
    r"|interrupt\w*|discontinu\w*|paus\w*|suspend\w*)\s+(?:\w+\s+){0,4}?(?:before|prior\s+to)\b",
    _FLAGS,
)
_SLOW_RESULTS = re.compile(
    r"\b(?:weeks?|months?|fortnight|gradual\w*|over\s+time|build\w*|develop\w*|settle\w*|semanas"
    r"|meses)\b",
    _FLAGS,
)
_DENIED_WAIT = re.compile(
    # "no waiting around for weeks" as a whole, before "no waiting" alone
    r"\bno\s+waiting(?:\s+around)?(?:\s+for\s+(?:\w+\s+)?(?:weeks?|months?))?"
    r"|\b(?:not|no|instead\s+of|rather\s+than|without|forget)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:weeks?|months?|wait\w*)\b"
    # the wait is another treatment's: "unlike fillers, where you wait for things to settle,"
    r"|\bunlike\s+[^,.;]{0,60}",
    _FLAGS,
)
# How long the result lasts is no wait for it: "immediate results that can last 6-18 months"
_LASTING = re.compile(
    r"\b(?:last(?:s|ing)?|persist\w*|endur\w*)\s+(?:for\s+)?(?:up\s+to\s+|about\s+|around\s+"
    r"|between\s+|at\s+least\s+)?(?:(?:[\d.,]+\s*(?:[-\u2013]|to|and)\s*)?[\d.,]+\s+|many\s+|several\s+"
    r"|(?:a\s+few|two|three|four|five|six|nine|twelve|eighteen)\s+(?:or\s+more\s+)?)?"
    r"(?:weeks?|months?)\b",
    _FLAGS,
)


def _waits_only(text: str) -> str:
    """The text with what names no wait taken out: a wait denied ("no waiting for weeks") and
    how long the result lasts ("results that last 6-18 months")."""
    return _LASTING.sub(" ", _DENIED_WAIT.sub(" ", text))


_SWELLING = re.compile(
    r"\b(?:swell\w*|swollen|puff\w*|bruis\w*|fluid|oedema|edema|redness|erythema|sunburn\w*)\b"
    r"|\b(?:appear|look|be|is|are)\s+(?:\w+\s+)?(?:red|pink|flushed)\b|\bnot\s+(?:the|your)\s+"
    r"(?:final\s+)?(?:result|outcome)\b|\bisn't\s+(?:the|your)\s+(?:final\s+)?result\b",
    _FLAGS,
)
# Swelling named only as part of the recovery ("the swelling should subside after 7-10 days",
# "bruising and swelling are normal during the first weeks") does not say the early look is
# swelling; "partly swelling", "due to swelling", "not the final result" do.
_SWELLING_AS_RECOVERY = re.compile(
    r"\b(?:swell\w*|bruis\w*|redness)\b[^.!?;]{0,60}?\b(?:subside\w*|settle\w*|resolve\w*|go(?:es)?\s+down"
    r"|(?:is|are)\s+(?:completely\s+|perfectly\s+)?normal|normal\s+(?:during|for|in)|(?:is|are)\s+(?:to\s+be\s+)?expected)",
    _FLAGS,
)
# Swelling denied beside the result ("the final result, not swelling"): the claim says so itself
_SWELLING_DENIED = re.compile(
    r"\b(?:not|no|isn't|never)\s+(?:just\s+|simply\s+)?(?:swelling|swollen|puffiness|fluid)\b",
    _FLAGS,
)
_SWELLING_IS_THE_LOOK = re.compile(
    r"\b(?:due\s+to|because\s+of|caused\s+by|partly|mostly|largely|some\s+of\s+(?:it|this|that))\b"
    r"[^.!?]{0,30}?\b(?:swell|puff|fluid|oedema|edema)\w*|\bnot\s+(?:the|your)\s+(?:final\s+)?(?:result"
    r"|outcome)\b|\bisn't\s+(?:the|your)\s+(?:final\s+)?result\b|\b(?:is|are)\s+(?:just\s+|only\s+)?"
    r"(?:swelling|swollen|fluid)\b",
    _FLAGS,
)
_FULL_RESULT_LATER = re.compile(
    r"\b(?:up\s+to|takes?|after|within|over|around|about|for)\s+(?:\w+\s+){0,2}?(?:\d+|a\s+few|several"
    r"|two|three|four|six|twelve)\s+(?:weeks|months)\b[^.!?]{0,60}?\b(?:full|final|complete|best|ultimate)\b"
    r"|\b(?:full|final|complete|best|ultimate)\s+(?:results?|effects?|outcome)\b[^.!?]{0,60}?\b(?:weeks|months)\b"
    # an onset, not the result: "patients begin to see improvement almost immediately"
    r"|\b(?:begin|begins|began|start|starts|started)\s+to\s+(?:see|notice|feel)\b"
    # "the effect of the transferred stem cells takes weeks to months to develop"
    r"|\b(?:effects?|results?|benefits?)\b[^.!?]{0,60}?\btakes?\s+(?:\w+\s+){0,2}?(?:weeks|months)"
    r"(?:\s+(?:to|or)\s+(?:\w+\s+)?(?:weeks|months))?\s+to\s+(?:fully\s+)?(?:develop|appear|show|build"
    r"|emerge|take\s+effect)\b",
    _FLAGS,
)
_SOURCE_WARNED = re.compile(
    r"\b(?:carr(?:y|ies)|pose[sd]?|bring|brings)\s+(?:\w+\s+)?(?:risks?|dangers?)\b"
    r"|\b(?:is|are|can\s+be|may\s+be)\s+(?:\w+\s+)?(?:risky|dangerous|unsafe|illegal|banned)\b"
    # risks said to come with it ("the risks of immune rejection seen with donor-derived products")
    r"|\brisks?\s+(?:\w+\s+){0,4}?(?:seen|found|associated|that\s+come|which\s+come)\s+with\s+"
    r"(?:\w+\s+){0,2}?(?:donor|allogeneic|someone\s+else|another\s+person|foreign)\w*"
    # called unapproved, unregulated or unlicensed in any words; outbreaks on record
    r"|\bun(?:approved|regulated|licensed)\b|\boutbreaks?\b"
    # harm expected ("likely to suffer from anaphylactic shock")
    r"|\b(?:likely|at\s+risk)\s+to\s+(?:suffer|develop|experience)\b|\banaphyla\w*"
    # "donor cells raise extra safety questions" (not "raise no ethical concerns")
    r"|\braise\w*\s+(?:(?!no\b|none\b|zero\b|few\b)\w+\s+){0,2}?(?:questions?|concerns?|issues?)\b"
    # session 27, plant stem cells doubted: "no product actually contains live plant stem cells",
    # "they'll never turn into human skin", "glorified antioxidants"
    r"|\bno\s+(?:\w+\s+)?(?:products?|creams?|serums?|supplements?)\s+(?:\w+\s+)?contains?\b"
    r"|\b(?:will|would|can|\w+['\u2019]ll)\s+(?:never|not)\s+(?:\w+\s+)?(?:turn\s+into|become"
    r"|transform\s+into)\s+(?:human|your|our|any)\b|\bglorified\b",
    _FLAGS,
)
# "Long-lasting" said with no word of permanence is CLAIMS.md's honest comparison; a sentence that
# only resembles a permanence claim ("Natural, long-lasting results with minimal downtime" beside
# "Permanent, natural results ...") is not one
_LONG_LASTING_ONLY = re.compile(
    r"^(?!.*\b(?:permanent\w*|forever|for\s+good|lifetime|for\s+life|life-?long|never|irreversibl\w*"
    r"|always|rest\s+of\s+your\s+life)\b).*\blong(?:er)?[- ]?lasting\b",
    _FLAGS,
)
# a tissue once thrown away ("the umbilical cord was considered a waste product")
_SOURCE_DISCARDED = re.compile(
    r"\bconsider\w*\s+(?:\w+\s+){0,4}?(?:medical\s+|biological\s+)?waste\b|\bwaste\s+products?\b",
    _FLAGS,
)
# Donation as everyday life, not a source sold: blood, plasma, platelets, organs and marrow given
# through a registry, public cord-blood banks, and donors spoken of as people ("there is an age
# limit for being an egg donor", "sperm donors need to be between 20-45", "a shortage of sperm
# donors", "donor compensation"); a donor's cells offered in a treatment are still a source sold
_DONATION_EVERYDAY = re.compile(
    r"^(?!.*\b(?:exosomes?|wharton\w*|amniotic|mesenchymal|mscs?|anti-?ag(?:e|ei)ng|rejuvenat\w*|cosmetic"
    r"|facials?|injections?|infusions?)\b).*(?:"
    r"\b(?:blood|plasma|platelets?|organ|kidney|liver|tissue)\s+(?:donors?|donations?|donating|drives?)\b"
    r"|\b(?:marrow|donor)\s+(?:registry|program(?:me)?)\b|\bbe\s+the\s+match\b|\bnmdp\b|\bdkms\b"
    r"|\banthony\s+nolan\b|\bdonated\s+cord\s+blood\b|\bpublic\s+banks?\b"
    r"|\b(?:be|being|become|becoming)\s+(?:an?\s+)?(?:\w+\s+)?donors?\b"
    r"|\b(?:egg|sperm|oocyte|blood|plasma|marrow|organ)\s+donors?\s+(?:need|needs|must|should|are|receive"
    r"|typically)\b|\bdonor\s+compensation\b|\bshortage\s+of\s+(?:\w+\s+)?donors\b"
    r"|\bmatching\s+donors?\b|\bat\s+no\s+cost\s+to\s+the\s+donor\b|\bper\s+embryo\s+transferred\b"
    # a transplant's donor ("blood relatives of the patient ... who have a genetic match")
    r"|\b(?:genetic|hla|tissue)[- ]match\w*|\bblood\s+relatives?\b)",
    _FLAGS,
)
# A mother's own placenta eaten, encapsulated or made into a tincture (placentophagy) is no
# donor or bought-in source, whatever is claimed for it; an animal's placenta, placental cells
# injected or put in a cream are
_OWN_PLACENTA_EATEN = re.compile(
    r"^(?!.*\b(?:sheep|ovine|bovine|cows?|deer|porcine|pigs?|equine|horses?|animals?|donors?|donat\w*"
    r"|inject\w*|stem\s+cells?|serums?|creams?|extracts?|facials?|amnio\w*|cord)\b)"
    r"(?=.*\b(?:placent\w*|afterbirth)\b)"
    r"(?=.*\b(?:encapsulat\w*|capsules?|pills?|tinctures?|smoothies?|consum\w*|eat(?:s|ing|en)?|ate"
    r"|ingest\w*|placentophag\w*|(?:her|my|your|their)\s+(?:own\s+)?placent\w*|unique\s+to\s+the"
    r"\s+mother)\b)",
    _FLAGS,
)
# A source named to inform, not to sell: its established use in blood disorders, a regulator's
# or a court's action on it (or its rule for it), harm to patients on record, what the tissue
# is, or other firms that sell it.
_SOURCE_MENTIONED = re.compile(
    r"\b(?:blood\s+cancers?|" + _BLOOD_CANCERS + r"|(?:cord\s+blood\s+)?banking)\b"
    # cord blood banked or collected at birth for the family ("stored in private cord blood
    # banks", "store your child's umbilical cord blood", "collecting cord blood is painless"),
    # and a child's own cord blood, which is no donor's
    r"|\bcord\s+blood\s+banks?\b|\bstor(?:e|ed|es|ing|age)\s+(?:\w+\s+){0,3}?(?:\w+(?:'s|’s)\s+)?"
    r"(?:umbilical\s+)?cord\b|\bcollect(?:ing|ed|ion\s+of)?\s+(?:the\s+)?(?:umbilical\s+)?cord\s+blood\b"
    r"|\b(?:your|their|the|a)\s+(?:baby|child|newborn)(?:'s|’s)\s+(?:own\s+)?(?:umbilical\s+)?cord\b"
    # ... or anyone's own ("the odds of using one's own cord blood", "a 100% match to his or her
    # cord blood stem cells")
    r"|\b(?:one(?:'s|’s)|his\s+or\s+her|her\s+or\s+his|their\s+own|your\s+own)\s+(?:own\s+)?"
    r"(?:umbilical\s+)?cord\s+blood\b"
    r"|\b(?:fda|regulators?|cdc|courts?|judge|ftc|attorneys?\s+general|mhra|tga)\b[^.!?]{0,100}?"
    r"\b(?:warn\w*|recall\w*|ruled|seiz\w*|sued|charged|adulterated|licensure|approved\s+(?:a|an|one"
    r"|the\s+first))\b"
    r"|\brecall(?:ed|s)\b|\b(?:patients?|people|persons|women|men|children)\s+(?:who\s+)?(?:developed"
    r"|suffered|were\s+hospitali[sz]ed"
    r"|went\s+blind)\b"
    r"|\bcould\s+one\s+day\b|\bregulated\s+as\s+(?:an?\s+)?(?:drugs?|biologics?|medicines?)\b"
    r"|\b(?:is|are)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:tissue|substance|membrane|fluid|sac|lining"
    r"|blood|layer)\s+(?:inside|within|of|that\s+surrounds|surrounding|left|remaining|around"
    r"|that\s+remains)\b"
    # research on the source, reported ("research using fetal tissue", "embryonic stem cell
    # research", "a phase 2 trial of donor cells"), and products sold to clinics
    r"|\bresearch\s+(?:using|on|with|into|involving)\b|\b(?:cell|embryo\w*|tissue)\s+research\b"
    r"|\bphase\s+(?:[1-3]|i{1,3}|one|two|three)\s+(?:clinical\s+)?trials?\b|\bproducts?\s+sold\s+to\b"
    r"|\bcomes?\s+from\s+(?:another|a\s+different)\s+person\b"
    r"|\b(?:companies|firms|clinics|businesses|sellers|vendors)\s+(?:that\s+|which\s+|who\s+)?"
    r"(?:sell\w*|market\w*)\b"
    r"|\b(?:products?|brands?)\s+(?:currently\s+)?(?:on|in)\s+the\s+market\b"
    # transplant medicine: cord-blood transplants, graft-versus-host disease
    r"|\bcord\s+blood\s+transplant\w*|\bgraft[- ]versus[- ]host\b|\bgvhd\b"
    r"|\bhla\b|\bmatched\s+(?:unrelated\s+)?donors?\b|\bunrelated\s+donors?\b"
    r"|\bmatching\s+(?:\w+\s+){0,2}?donors?\b"
    # a cord-blood bank's collections and units, banked or thrown away at birth; the patient as
    # both donor and recipient ("the recipient of the stem cells is also the donor")
    r"|\bcord\s+blood\s+(?:collections?|units?|is\s+(?:still\s+)?(?:thrown|discarded))\b"
    r"|\bunits?\s+(?:\w+\s+){0,3}?banked\b|\brecipient\b[^.!?]{0,40}?\bis\s+also\s+the\s+donor\b"
    # harm linked to it on record; a source said to be no part of standard care
    r"|\blinked\s+to\s+(?:\w+\s+){0,4}?(?:deaths?|infections?|injur\w*|harm|reactions?)\b"
    r"|\bnot\s+(?:yet\s+)?(?:part\s+of\s+)?(?:any|an?)\s+(?:standard|approved|established|proven)\s+"
    r"(?:treatment|therapy|care)\b"
    # where such cells can come from, in a list ("can be isolated from bone marrow, fat, ..."),
    # or what a word means ("allogeneic means ...", "xenogeneic cells come from animals")
    r"|\bcan\s+(?:also\s+)?be\s+(?:isolated|derived|obtained|found|harvested|collected|sourced"
    r"|taken|extracted)\s+from\s+(?:[\w-]+\s+){0,3}?[\w-]+,"
    r"|\b(?:allogeneic|allogenic|xenogeneic|autologous|perinatal)\b[^.!?]{0,30}?\b(?:means"
    r"|refers\s+to|describes)\b|\bcomes?\s+from\s+(?:animals|another\s+species)\b"
    # the risks it carries, the evidence it lacks, what it cannot do
    r"|\b(?:can|may|could|might)\s+(?!not\b|never\b)(?:\w+\s+)?(?:trigger|cause|provoke"
    r"|transmit|carry|spread|lead\s+to)\s+(?:\w+\s+){0,2}?(?:immune|infections?|diseases?"
    r"|reactions?|rejection|tumou?rs?|risks?|contamination)\b"
    r"|\b(?:little|no|limited|weak|scant|insufficient|not\s+enough|lack\s+of)\s+(?:\w+\s+)?"
    r"(?:evidence|proof|data)\b"
    # ... of a benefit, not of harm ("no evidence that donor cells cause tumours" sells them)
    r"(?![^.!?]{0,40}?\b(?:harm\w*|risks?|side[- ]effects?|tumou?rs?|rejection|danger\w*|adverse"
    r"|complications?|cause[sd]?|unsafe)\b)"
    r"|\bno\s+proven\s+(?:benefits?|effects?)\b"
    r"|\b(?:cannot|can't|can\s+not|do(?:es)?\s+not|don't|doesn't)\s+(?:\w+\s+)?(?:turn\s+into"
    r"|become|act\s+(?:as|like)|behave\s+like|replace|survive|regenerate|repair|rejuvenate)\b"
    r"|\bnot\s+(?:living|live)\s+cells\b",
    _FLAGS,
)
# A source in a textbook's, a glossary's or a historian's words (how embryonic cells are derived,
# what a tissue is, the debate around it), said by nobody in particular: with no "we", "our" or
# "you" in the sentence nothing is offered ("Embryonic stem cells are taken from the inner cell
# mass ...", "Wharton's jelly: the gelatinous tissue inside the cord"). Plain "come from" or
# "harvested from" is not enough: clinics' pages sell sources in those impersonal words.
_SOURCE_DEFINED = re.compile(
    r"\bcell\s+lines?\b|\breprogrammed\b|\bivf\b|\bfertili[sz]ation\b|\bgive\s+rise\s+to\b"
    r"|\binner\s+cell\s+mass\b|\bmoral(?:ly|ity)?\b|\bpolitical\b|\b(?:for|in)\s+research\b"
    r"|\bderiv(?:e|ation)\s+(?:of\s+)?(?:human\s+)?(?:embryonic\s+)?(?:stem\s+cell|cell\s+line)"
    r"|:\s+the\s+(?:[\w-]+\s+){0,2}?(?:tissue|substance|membrane|fluid|sac|lining|layer|cells?)\s+"
    r"(?:inside|within|of|that|surrounding|around|in)\b",
    _FLAGS,
)
_PERSONAL = re.compile(r"\b(?:we|our|us|you|your|i|my)\b", _FLAGS)
# Conventional care named as what treats a disease, in a sentence with no regenerative
# treatment: a pharmacy leaflet, a dermatologist's or a surgeon's page ("most people improve
# with topical retinoids", "a steroid injection can ease a flare of knee arthritis",
# "methotrexate is used to treat rheumatoid arthritis"). Care a claim says you can give up
# ("stop using insulin", "prevent the need for knee replacement") is not the agent here.
_CARE = (
    r"(?:retinoids?|benzoyl\s+peroxide|isotretinoin|antibiotics?|(?:cortico)?steroids?|methotrexate"
    r"|insulin|metformin|physiotherapy|physical\s+therapy|chemotherapy|radiotherapy|antihistamines?"
    r"|painkillers|levodopa|biologics?|inhalers?|immunosuppressants?)"
)
_STANDARD_CARE = re.compile(
    r"\b"
    + _CARE
    + r"\s+(?:[\w-]+\s+){0,2}?(?:can|may|will|usually|often)\s+(?:\w+\s+)?(?:ease|help"
    r"|relieve|reduce|control|treat|manage|calm)\b"
    r"|\b" + _CARE + r"\s+(?:[\w-]+\s+){0,2}?(?:is|are)\s+(?:\w+\s+)?used\s+(?:to\s+treat|for|in)\b"
    r"|\b(?:improve|respond)\s+(?:\w+\s+)?(?:with|to)\s+(?:[\w-]+\s+){0,2}?" + _CARE + r"\b",
    _FLAGS,
)
_REGENERATIVE = re.compile(
    r"\b(?:stem|cells?|exosomes?|prp|platelets?|regenerat\w*|fat|svf|infusions?|protocols?"
    r"|programme|program|packages?)\b",
    _FLAGS,
)


# The ethics a source raises ("embryonic stem cell research remains controversial"), unless the
# sentence clears the source it sells of them ("amniotic cells raise no ethical questions").
_SOURCE_ETHICS = re.compile(
    r"\bethical\s+(?:concerns?|issues?|questions?|debates?|objections?|problems?|dilemmas?)"
    r"|\bethically\s+(?:controversial|contentious|problematic|fraught|charged)\b"
    r"|\bcontrovers(?:ial|y|ies)\b",
    _FLAGS,
)
_ETHICS_CLEARED = re.compile(
    r"\b(?:no|without|free\s+(?:of|from)|none\s+of\s+the|avoids?|bypass\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:ethical|controvers)\w*|\bnon-?controversial\b|\bethically\s+sourced\b",
    _FLAGS,
)
# Blood-forming stem cells in blood cancers are the established, approved use: naming it is no
# cosmetic clinic's cure. Both the cells and the disease must be named.
_BLOOD_CELLS = re.compile(
    r"\b(?:" + _BLOOD_FORMING + r"|cord\s+blood\s+(?:transplant\w*|bank\w*|units?))\b",
    _FLAGS,
)
# ... and for a cure word, a stem-cell or marrow transplant named with a blood cancer ("blood and
# marrow stem-cell transplants for leukaemia"): a transplant of any other cells is no such use
_BLOOD_TRANSPLANT = re.compile(
    r"\b(?:(?:blood\s+and\s+)?marrow\s+(?:stem[- ]cell\s+)?transplant\w*|stem[- ]cell\s+transplant\w*"
    r"|transplants?\s+(?:for|in)\b)",
    _FLAGS,
)
_BLOOD_DISEASE = re.compile(
    r"\b(?:blood\s+(?:cancers?|disorders?|diseases?|ailments?|conditions?|illness(?:es)?)|"
    + _BLOOD_CANCERS
    + r"|myelomas?|aplastic\s+an(?:a)?emia)\b",
    _FLAGS,
)
_TRANSPLANT = re.compile(
    r"\btransplant\w*|\bgraft[- ]versus[- ]host\b|\b(?:donor\s+)?regist(?:ry|ries)\b"
    r"|\bmatched\s+(?:sibling|brother|sister|donor)",
    _FLAGS,
)
# Harm on record, or a condition that rules a patient out: "a woman went blind after stem cell
# injections for macular degeneration", "people with eczema flares must wait until healed".
_HARM_OR_EXCLUSION = re.compile(
    r"\b(?:went|gone|left|became|were|was)\s+(?:partly\s+|partially\s+)?blind(?:ed)?\b"
    r"|\b(?:was|were)\s+hospitali[sz]ed\b|\bdied\s+(?:after|following)\b"
    r"|\b(?:must|should)\s+(?:first\s+)?wait\b|\bcontraindicat\w*"
    r"|\bnot\s+(?:be\s+)?(?:suitable|recommended|appropriate|advised|a\s+(?:good\s+|suitable\s+)?candidate)\b"
    r"|\bshould\s+not\s+(?:have|undergo|receive|be\s+treated)\b"
    r"|\buntil\s+(?:\w+\s+){0,2}?(?:healed|cleared|resolved)\b"
    # "if you have active acne or eczema, get it treated with proven therapies first"
    r"|\bif\s+you\s+have\b[^.!?]{0,80}?\b(?:first|beforehand|before\s+(?:any|the|this|booking))\b",
    _FLAGS,
)
# A cure found in animals ("in mice"), hope offered rather than a cure, a cure said to lack
# evidence ("a review found no convincing evidence that stem cells reverse ageing"), or one done
# by other means than the cells ("doctors treat rosacea with creams and laser, not with stem
# cells").
_CURE_DISPUTED = re.compile(
    # a study that sets out to see whether it works, a prospect for the future
    r"\bto\s+(?:see|test|assess|evaluate|determine|find\s+out)\s+(?:how|whether|if)\b"
    r"|\bin\s+the\s+future\b"
    # a finding in animals ("in mice"), or hope offered rather than a cure
    r"|\bin\s+(?:mice|rats|rodents|animals|animal\s+models?|pigs|dogs|monkeys)\b"
    r"|\b(?:offers?|offering|gives?|giving|brings?|bringing)\s+(?:new\s+)?hope\b"
    r"|\b(?:no|little|limited|insufficient|weak|scant)\s+(?:\w+\s+){0,2}?(?:evidence|proof|data)"
    r"\s+(?:that|for|of)\b"
    # no trial said to have shown it ("no large-scale randomized controlled trials have confirmed")
    r"|\bno\s+(?:[\w-]+\s+){0,4}?(?:trials?|stud(?:y|ies)|research|evidence|data)\s+(?:has|have)\s+"
    r"(?:yet\s+|ever\s+)?(?:confirmed|shown|proven|proved|demonstrated|established)\b"
    # a trial that found no benefit
    r"|\b(?:made|makes|make|showed|shows|found)\s+no\s+(?:\w+\s+)?(?:difference|benefit|improvement)\b"
    r"|\bnot\s+(?:with|by|using)\s+(?:\w+\s+)?(?:stem[- ]cells?|exosomes?|prp|injections?|fat)\b"
    # ... or by the hair-loss drugs ("taking oral finasteride can stop hair loss")
    r"|\b" + _HAIR_LOSS_DRUGS + r"\b[^.!?]{0,40}?\b(?:can|may|will|helps?)\s+"
    r"(?:\w+\s+)?(?:stop|slow|regrow|treat)"
    # the law's definition of a drug, as a regulator's letter recites it ("intended to mitigate,
    # prevent, treat, diagnose, or cure", "the cure, mitigation, treatment, or prevention of
    # disease"): three or more of its words in one list
    r"|\b(?:diagnos|cur|mitigat|treat|prevent)\w*,\s+(?:(?:or|and)\s+)?(?:diagnos|cur|mitigat"
    r"|treat|prevent)\w*,?\s+(?:(?:or|and)\s+)?(?:diagnos|cur|mitigat|treat|prevent)\w*"
    # no product proven or approved for it ("there are no supplements proven to treat or
    # prevent COVID-19")
    r"|\bno\s+(?:\w+\s+){0,4}?(?:products?|drugs?|supplements?|treatments?|therapeutics|cures?"
    r"|medicines?|therap(?:y|ies))\b[^.!?]{0,40}?\b(?:proven|approved|shown|known)\s+to\s+"
    r"(?:\w+\s+)?(?:treat|prevent|cure)",
    _FLAGS,
)
# What the field is, not what the clinic sells: "regenerative medicine aims to repair tissue".
_FIELD_DEFINED = re.compile(
    r"\bregenerative\s+medicine\s+(?:is\s+(?:a|the)\s+(?:\w+\s+)?(?:field|branch|area|discipline)"
    r"|aims?|seeks?|involves?|focuses|studies)\b",
    _FLAGS,
)
# Approval on record (session 27): a cell, tissue or gene product the FDA (or the EMA) has
# approved, named by its brand or generic name (the FDA's list of approved cellular and gene
# therapy products; the EMA's advanced-therapy authorisations, SOURCES.md), or an approval
# described in the licensing agency's own terms (a biologics licence, a BLA, a count of approved
# gene and cell therapies). Its approval, its source (a cord-blood unit, donor islets) and its
# indication are facts on record, not a clinic's claim for its own cells.
_APPROVED_PRODUCTS = (
    r"(?:laviv|azficel\w*|maci|ryoncil|remestemcel\w*|omisirge|omidubicel|lantidra|donislecel"
    r"|hemacord|allocord|ducord|clevecord|regenecyte|stratagraft|gintuit|apligraf|dermagraft|epicel"
    r"|kymriah|tisagenlecleucel|yescarta|axicabtagene|tecartus|breyanzi|abecma|carvykti|amtagvi"
    r"|tecelra|aucatzyl|provenge|sipuleucel\w*|imlygic|luxturna|zolgensma|casgevy|lyfgenia"
    r"|zynteglo|skysona|rethymic|hemgenix|roctavian|elevidys|kebilidi|lenmeldy|symvess|encelto"
    r"|zevaskyn|holoclar|alofisel|darvadstrocel|strimvelis|spherox|chondrocelect)"
)
_APPROVAL_ON_RECORD = re.compile(
    r"\b" + _APPROVED_PRODUCTS + r"\b|\bblas?\b|\bbiologics?\s+licen[sc]e\w*"
    r"|\blicen[sc]e\s+applications?\b|\bapproved\s+\d+\s+(?:[\w-]+\s+){0,2}?(?:gene|cell|cgt)\b",
    _FLAGS,
)
_RESTRICTED_APPROVAL = re.compile(
    r"\b(?:approved|licensed|authori[sz]ed)\s+only\s+for\b|\bonly\s+(?:approved|licensed)\s+for\b"
    r"|\bthe\s+only\s+(?:fda[- ])?(?:approved|licensed)\b",
    _FLAGS,
)


# A permanence claim taken back after a contrast: the result still fades, is resorbed or ages
# ("the fats last indefinitely, however, ... will still be resorbed over time", "fat is much
# more permanent, although you still age"): CLAIMS.md's limit on how long results last.
_PERMANENCE_LIMITED = re.compile(
    r"\b(?:however|but|although|though|yet|even\s+so)\b[^.!?]{0,100}?\b(?:resorb\w*|reabsorb\w*"
    r"|absorb\w*|fade\w*|wear\w*\s+off|diminish\w*|break\w*\s+down|still\s+age\w*"
    r"|(?:natural\s+)?ag(?:e)?ing\s+process|continue\w*\s+to\s+age)\b",
    _FLAGS,
)
_RISK_LIST = re.compile(
    r"\b(?:risks?|complications?|side[- ]effects?|adverse\s+(?:effects?|events?|reactions?))\b"
    r"[^.!?]{0,60}?(?:\binclud\w*|\bsuch\s+as\b|:)",
    _FLAGS,
)
_SCREENING_CONDITION = re.compile(
    r"\b(?:provided|providing|as\s+long\s+as|so\s+long\s+as|if|once|after|subject\s+to|following"
    r"|unless|except|assuming|pending)\s+(?:that\s+)?(?:you(?:'re|\s+are|\s+pass|\s+have)?|your"
    r"|a|an|the|our|they|she|he)\s+(?:\w+\s+){0,3}?(?:suitab\w*|eligib\w*|health\w*|assess\w*"
    r"|screen\w*|consult\w*|candidates?|medical\w*|check\w*|exam\w*|fit|cleared|approv\w*"
    r"|contraindicat\w*|pregnan\w*|conditions?)\b"
    r"|\b(?:based\s+on|depends?\s+on|determined\s+by)\s+(?:a\s+|the\s+|your\s+|each\s+)?(?:[\w']+\s+){0,3}?"
    r"(?:health|assessment|evaluation|screening|suitability|condition|consultation)\b"
    # contraindications named as real ("ignores the long list of contraindications"), not denied
    r"|(?<!\bno\s)(?<!\bzero\s)(?<!\bwithout\s)(?<!\bany\s)\b(?:list|lists|range|number)\s+of\s+"
    r"contraindications\b",
    _FLAGS,
)


# The reader's hope for speed, answered with a no: "if you expect instant results, this
# treatment is not for you", "if you're looking for instant gratification, PRF might annoy you".
_HASTE_DISAPPOINTED = re.compile(
    r"\bif\s+you(?:'re|\s+are)?\s+(?:looking\s+for|expect\w*|want\w*|hop\w+\s+for|after"
    r"|need\w*)\s+(?:\w+\s+){0,2}?(?:instant|immediate|overnight|quick)\w*\b[^.!?]*?,"
    r"[^.!?]*\b(?:not|n't|never|annoy\w*|disappoint\w*|frustrat\w*|elsewhere|wrong)\b",
    _FLAGS,
)
# An outcome said to differ between people is no promise to the reader (unless the words are
# quoted from others: 'Other clinics: "Results may vary"').
_RESULTS_VARY = re.compile(
    r"(?<![\"'“‘])\bresults?\s+(?:may\s+|can\s+|will\s+|do\s+)?(?:vary|differ)\b|\bindividual\s+results\b"
    r"|\bvar(?:y|ies)\s+(?:from|by|between)\s+(?:person|patient|one|individual|case)",
    _FLAGS,
)


# A guarantee of effort or of the law ("will do everything possible", "a legal guarantee"), and
# refund programmes explained in general ("these programs consist of ...", "IVF guarantee
# programs can be offered through the clinic or via external providers")
_PROCESS_OR_PROGRAMMES = re.compile(
    r"\b(?:do|doing|does)\s+(?:everything|all)\s+(?:possible|(?:that\s+)?(?:we|they)\s+can|in\s+(?:our|their)\s+power)\b"
    r"|\blegal\s+guarantee\b|\b(?:these|such)\s+programs?\b"
    r"|\b100\s*%\s+satisfaction\s+is\s+(?:our|the)\s+(?:\w+\s+)?(?:goal|aim|priority|mission)\b"
    r"|\b(?:ivf|fertility)\s+(?:guarantee|refund|shared[- ]risk)\s+programs?\s+(?:can|are|may)\b",
    _FLAGS,
)


# the general words for a disease, which the disease finders' vocabulary leaves to context
_ANY_DISEASE = re.compile(
    r"\b(?:diseases?|disorders?|conditions?|illness(?:es)?|ailments?|injur(?:y|ies))\b"
)
_CELLS_NAMED = re.compile(r"\b(?:stem[- ]cells?|cord\s+blood|marrow)\b", _FLAGS)
_OWN_VOICE = re.compile(r"\b(?:we|our|us)\b", _FLAGS)


def _only_blood_diseases(doc: _Doc, sentence: _Span) -> bool:
    """The sentence names stem cells, cord blood or marrow for blood diseases and no other disease
    ("the authority only grants stem cells for blood ailments like leukaemia, lymphoma and
    thalassemia"): the cells' established use, honest by design as a blood-cancer transplant is,
    whatever the cells are called. ("80 diseases, like leukaemia" names others; a clinic's own
    "our stem cells have treated lymphoma" is its claim, session 27.)"""
    blood = [m.span() for m in _BLOOD_DISEASE.finditer(doc.lower, sentence.start, sentence.end)]
    if (
        not blood
        or not _CELLS_NAMED.search(doc.text, sentence.start, sentence.end)
        or _OWN_VOICE.search(doc.text, sentence.start, sentence.end)
    ):
        return False
    named = [m.span() for m in _ANY_DISEASE.finditer(doc.lower, sentence.start, sentence.end)]
    named += [(s, e) for s, e in _disease_spans(doc) if sentence.start <= s and e <= sentence.end]
    return all(
        any(start < b_end and b_start < end for b_start, b_end in blood) for start, end in named
    )


def _honest_context(doc: _Doc, category: str, start: int, end: int) -> bool:
    """Category-specific signs that the phrase sits in an honest statement."""
    sentence = doc.sentence(start)
    clause = doc.clause(start)
    sentence_text = doc.slice(sentence)
    if category == "fda_misrepresentation":
        return (
            _FDA_DENIAL.search(sentence_text) is not None
            or _APPROVAL_ON_RECORD.search(sentence_text) is not None
        )
    if category == "cure":
        return bool(
            _APPROVAL_ON_RECORD.search(sentence_text)
            or (
                (_BLOOD_CELLS.search(sentence_text) or _BLOOD_TRANSPLANT.search(sentence_text))
                and _BLOOD_DISEASE.search(sentence_text)
            )
            or _FIELD_DEFINED.search(sentence_text)
            or _HARM_OR_EXCLUSION.search(sentence_text)
            or _CURE_DISPUTED.search(sentence_text)
            or _only_blood_diseases(doc, sentence)
            or (_STANDARD_CARE.search(sentence_text) and not _REGENERATIVE.search(sentence_text))
        )
    if category == "no_risk":
        # a narrow true point is fine when the same sentence names the risks that remain
        rest = doc.text[sentence.start : start] + " " + doc.text[end : sentence.end]
        if not rest.strip():
            # a whole sentence proposed (the semantic layer): what it admits is inside it
            rest = doc.text[start:end]
        return _RISK_ADMISSION.search(rest) is not None
    if category == "instant":
        # "in minutes, not months" mentions months only to deny them; "noticeable at once,
        # however it may take up to 6 months to see the full result" admits the wait
        clause_text = _waits_only(doc.slice(clause))
        return bool(
            _SLOW_RESULTS.search(clause_text)
            or _HASTE_DISAPPOINTED.search(sentence_text)
            or (
                _SWELLING.search(sentence_text) is not None
                and _SWELLING_DENIED.search(sentence_text) is None
                and (
                    _SWELLING_IS_THE_LOOK.search(sentence_text) is not None
                    or _SWELLING_AS_RECOVERY.search(sentence_text) is None
                )
            )
            or _FULL_RESULT_LATER.search(_waits_only(sentence_text))
        )
    if category == "permanent":
        # "permanent numbness", or "permanent" in a consent form's list of what can go wrong
        return (
            _RISK_CONTEXT.search(doc.slice(clause)) is not None
            or _RISK_LIST.search(sentence_text) is not None
            or _PERMANENCE_LIMITED.search(doc.text[end : sentence.end]) is not None
            or _LONG_LASTING_ONLY.search(sentence_text) is not None
        )
    if category == "unverified_source":
        # "donor cells carry risks" speaks of the source to warn, not to sell
        return (
            # blood-forming cells named with a blood disease or a transplant: their established
            # use (a clinic listing "hematopoietic stromal cells" among the donor cells it uses
            # is selling them)
            (
                _BLOOD_CELLS.search(sentence_text) is not None
                and (
                    _BLOOD_DISEASE.search(sentence_text) is not None
                    or _TRANSPLANT.search(sentence_text) is not None
                )
            )
            or _RESTRICTED_APPROVAL.search(sentence_text) is not None
            or _APPROVAL_ON_RECORD.search(sentence_text) is not None
            or _SOURCE_WARNED.search(sentence_text) is not None
            or _SOURCE_MENTIONED.search(sentence_text) is not None
            or _OWN_PLACENTA_EATEN.search(sentence_text) is not None
            or _DONATION_EVERYDAY.search(sentence_text) is not None
            or _SOURCE_DISCARDED.search(sentence_text) is not None
            or (
                _SOURCE_DEFINED.search(sentence_text) is not None
                and _PERSONAL.search(sentence_text) is None
                and _ETHICS_CLEARED.search(sentence_text) is None
            )
            or (
                _SOURCE_ETHICS.search(sentence_text) is not None
                and _ETHICS_CLEARED.search(sentence_text) is None
            )
        )
    if category == "guaranteed":
        # "you will see results after six weeks, though results vary"; a process promised, or
        # refund programmes explained rather than offered
        return (
            _RESULTS_VARY.search(sentence_text) is not None
            or _PROCESS_OR_PROGRAMMES.search(sentence_text) is not None
        )
    if category == "universal":
        # "suits every skin type, provided you are medically suitable": screening after all
        return _SCREENING_CONDITION.search(sentence_text) is not None
    return False


_OBJECT_NAMED = re.compile(
    r"\s*(?:their|its|your|the|that|these|those|results?|outcomes?)\b", _FLAGS
)


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
    if _PROCESS_OBJECT.search(after):
        return True
    if _OBJECT_NAMED.match(after):
        # "... during transfer and guarantee their permanence": what is guaranteed is named, and
        # it is no process, whatever came before
        return False
    before = doc.text[max(clause.start, start - 25) : start]
    return _PROCESS_OBJECT.search(before) is not None
