"""The English screener's output pinned to its versions (test_claims_version.py reads them): one
line a version, the history of the screener's behaviour. Kept apart from the tests so that the
tests stay short as the pins grow; the Spanish and Turkish pins are in claims_pins_es_tr.py."""

from __future__ import annotations

# version -> digest of the screener's output on the corpus. A new version adds a line.
PINNED = {
    "2026.4-887899eec2c72dd1": "864e331ef953907f",
    "2026.5-8ce2fb23bee4ac17": "34ad691c433cbd61",
    # the fourth collection of the real corpus: 116 more dev rows in the exemplar bank
    "2026.5-5d50c74950c2c68f": "34ad691c433cbd61",
    # tuned on the fourth collection's dev rows: reported speech, myths, hedges, "negligible"
    "2026.5-012a3bd9fb4d0706": "34ad691c433cbd61",
    # the fifth collection's dev rows in the bank; tuned on them (finders' honest contexts too)
    "2026.6-be9e514899db838e": "34ad691c433cbd61",
    # session 9: a sentence that denies a kind of claim does not make it further on; approval
    # named as the exception ("only certain ... are FDA-approved") is honest
    # ... and "there are no contraindications, so anyone can book": "so" starts a new clause,
    # out of the reach of the "no" before it (the version moved with that pattern)
    "2026.7-90ad1b99dfab7c6a": "79315076bc6de295",
    # session 10: the same claims said in other words (tests/checklist/test_claims_paraphrases.py):
    # shares of patients pleased, "never fails", "you can count on", "your scars will disappear",
    # "right after the session", a clearance said to be for the cells
    "2026.7-aad77d7c77f0608d": "5302a369838cb647",
    # ... and the result carried out of the door, harm denied outright, "suits every face"
    "2026.7-691453dac5158d17": "86b2bd058c5c252a",
    # session 11: a donor, cord or placental source named to inform (an established blood use,
    # a regulator's or a court's action, harm on record, what the tissue is) is not a sale;
    # "remains experimental" weighs a claim
    "2026.7-7340f9771e75aaba": "86b2bd058c5c252a",
    # ... blood-forming cells in blood cancers named as the established use, what regenerative
    # medicine is, "results have been mixed"
    "2026.7-baeae697d396b27e": "86b2bd058c5c252a",
    # ... the words the rules share move to rule_words.py (two keys of the data renamed, nothing
    # screened differently), and the outcome promised in other words: a free redo if unhappy,
    # "nine out of ten of our patients", "no doubt you'll", "we promise"; "processed under FDA
    # guidelines"; "nothing to react to", "no downsides"
    "2026.7-d2f4925babedfec0": "86b2bd058c5c252a",
    # ... the honest counterparts move from finders.py to honesty.py (keys of the data renamed,
    # nothing screened differently)
    "2026.7-1b49f6c92e19d1ed": "86b2bd058c5c252a",
    # ... review: the blood-forming cells and blood cancers the honest checks name are written
    # once (honesty.py); the same output on every corpus row
    "2026.7-8d548ac69e3aea46": "86b2bd058c5c252a",
    # session 13: harm on record and a condition that rules a patient out are not cure claims;
    # "say goodbye to knee arthritis" is one. The same output on every corpus row
    "2026.7-ce265f64ea50c2ab": "86b2bd058c5c252a",
    # session 13: tuned on the sixth collection's dev rows (hazards, "without causing any
    # inflammation", "you will begin to see", ageing signs reversed, "doesn't need FDA approval
    # since it comes from your body"; another treatment's risk, approval said to be required and
    # a promise reported are honest); the same output on this corpus
    "2026.7-97376878f697dcd9": "86b2bd058c5c252a",
    # session 14: a source named to inform in other words (where such cells come from, what a
    # word means, the risks, ethics or missing evidence, what they cannot do, donor eggs, a
    # cord-blood bank for leukaemia); the same output on this corpus
    "2026.7-85660444e320f35e": "86b2bd058c5c252a",
    # session 14: a cure said to lack evidence or done 'not with stem cells' is honest; 'turn back
    # your skin's biological clock'; the same output on this corpus
    "2026.7-2ec24789e7ea7c35": "86b2bd058c5c252a",
    # session 14: the sixth collection joined the corpus, its 111 dev rows the exemplar bank (a
    # new bank digest); checked against the figures in docs/claims.md
    "2026.7-9fba12183f6a483e": "86b2bd058c5c252a",
    # session 14: the seventh collection joined the corpus, its 55 dev rows the exemplar bank;
    # checked against the figures in docs/claims.md
    "2026.7-7c3b6f03ea3d7c95": "86b2bd058c5c252a",
    # session 14: tuned on the seventh collection's dev rows (a sale reported 'selling it as', a
    # finding 'in mice', hope offered, 'no serious side effects', mild erythema; signs of ageing
    # reversed in more words); checked against the figures in docs/claims.md
    "2026.7-630c94084d4b5f75": "86b2bd058c5c252a",
    # session 14: tuned on the dev rows of a second as-they-come collection (pending its blind
    # reading): an aim ('strive for'), hype reported ('oversells', 'misconceptions'), transplant
    # medicine, a study that sets out to see, approval awaited, investigational use; the same
    # output on this corpus
    "2026.7-959f5fa979c88f52": "86b2bd058c5c252a",
    # session 14: the eighth collection joined the corpus, its 65 dev rows the exemplar bank;
    # checked against the figures in docs/claims.md
    "2026.7-5373ee9b10e772ad": "86b2bd058c5c252a",
    # session 14: a disease group ('dermatological diseases') or damaged tissue ('damaged joints',
    # 'worn cartilage') named as the thing treated; the same output on this corpus
    "2026.7-2bd6a479a2ae4d29": "86b2bd058c5c252a",
    # review: 'unproven' left only where it is read (text._REPORTED drops the sentence first); the
    # same output
    "2026.7-4e5f97bb9cb9229c": "86b2bd058c5c252a",
    # session 15: the ninth collection joined the corpus, its 51 dev rows the exemplar bank
    "2026.7-5473e5d2f71fe60a": "86b2bd058c5c252a",
    # session 15: cord blood banked, stored or collected for the family, and a child's own cord
    # blood, name the source to inform (honesty._SOURCE_MENTIONED)
    "2026.7-948693cca21d567e": "86b2bd058c5c252a",
    # session 15, edition 2026.8: a semantic proposal must speak of what its category is about
    # (semantic.ANCHORS: a no-risk claim of risk or safety, a permanence claim of how long ...);
    # the semantic layer no longer flags a neutral process sentence beside a claim (six spans
    # fewer on this corpus, no claim lost)
    "2026.8-1399e495b810217f": "1d0ee9ea611c2ea4",
    # session 15: the tenth collection joined (its 62 dev rows in the exemplar bank) and was
    # tuned on: blood-forming cells inform only beside a blood disease or a transplant (a clinic
    # listing them among the donor cells it uses sells them); the concern itself called
    # permanent ('permanent dark circles') is no permanence claim
    "2026.8-f167d27bf69f0cee": "1d0ee9ea611c2ea4",
    # session 15: a round written from CLAIMS.md in honest voices (news, patient information,
    # doctors, consent forms, glossaries, transplant units, regulators): transplants for blood
    # cancers, a trial that found no benefit, what the tissue is, research on a source, harm to
    # people on record, a donor registry, 'is not FDA approved', records kept private, lifetime
    # validity are honest; 'without any need for approval' and every patient 'delighted with'
    # the results are claims
    "2026.8-961d1b3ea457c2d1": "1d0ee9ea611c2ea4",
    # session 15: a second honest-voice round (patients' posts, agencies, press releases,
    # aftercare, terms, blogs, journalists): what staff or a brochure told a patient or a
    # reporter, experts quoted, 'as if it were an approval', 'none ... are FDA approved', a
    # clearance that covers the device, products sold to clinics, systematic reviews cited,
    # 'when a clinic says', 'if you have ... first' are honest; 'already showing your final
    # result' is instant. The same output on this corpus
    "2026.8-b771f824a3e7af60": "1d0ee9ea611c2ea4",
    # review: the honest contexts' alternatives regrouped (the same regular language); the same
    # output on every corpus row, paraphrase and synthetic row
    "2026.8-a14fb82095291637": "1d0ee9ea611c2ea4",
    # session 16: rounds written from CLAIMS.md alone in new voices (social captions, chat
    # replies, testimonials, press releases, podcasts; ethics and court notices, fact-checks,
    # insurers, lawyers, charities): reporting and prohibiting frames, a study's apparatus and
    # cancellation terms are honest; refunds earned by a failed result, a regulator's review
    # implied, the final result as the session ends, nobody ruled out, a disease's medicine
    # given up are claims (rules_implied.py). Checked against the dev figures in docs/claims.md
    "2026.8-bfb1c911e0c267ec": "5719db4c2eedb009",
    # session 16: the eleventh collection joined (its 52 dev rows in the exemplar bank); the
    # semantic layer's threshold 0.70 (every kept proposal below it on dev was a false flag);
    # two more rounds (sources and diseases named to inform: transplant medicine, textbooks,
    # conventional care; claims by grammar and slogan). Checked against the dev figures in
    # docs/claims.md
    "2026.8-0b36ad5bb3b1f152": "d9f35c7689f82f26",
    # session 16: tuned on the eleventh collection's dev rows (research the FDA allowed, hype
    # weighed); reporting frames narrowed to frames around someone else's words (a bare
    # 'prohibited', 'report', 'use' or 'liability' no longer drops a sentence); an inspection
    # that found violations is honest. Checked against the dev figures in docs/claims.md
    "2026.8-aee5575b5d27d64f": "d9f35c7689f82f26",
    # session 16: the twelfth collection joined (its 62 dev rows in the exemplar bank) and tuned
    # on: harm expected from a source, 'according to him', 'reverse the tell-tale signs of
    # ageing'. Checked against the dev figures in docs/claims.md
    "2026.8-63fafa9678c5d585": "d9f35c7689f82f26",
    # review: the denied wait and the source called unapproved written once each; the same
    # output on every corpus row, paraphrase and round
    "2026.8-657218a3097f91ec": "d9f35c7689f82f26",
    # session 17 (edition 2026.9: a question of harm answered with a bare no, 'no treatment
    # that ...' denies what follows, a list read past acne scars): harm ruled out in other
    # words, own cells called extremely safe, 'always works', 'thrilled with your results',
    # 'approved in the US', 'years, even decades', a secret formula; the same output on this
    # corpus
    "2026.9-08cb1a63d1cca30c": "d9f35c7689f82f26",
    # session 17: the thirteenth collection joined (s17-0001-s17-0131) and the exemplar bank
    # rebuilt with its dev rows; tuned on them: a money-back guarantee one may claim is not
    # hedged, unnamed studies do not cite a figure, 'calling it a cure would be premature',
    # 'completely safe to use', 'ensuring thicker hair', 'will leave your skin glowing',
    # 'anyone may get it' (not an infection anyone can get), swelling named only as recovery
    # does not explain an immediate result, an effect that takes weeks to develop; dev
    # checked: one more row caught (s8-0406), nothing lost
    # and 'Does it work? Without a doubt.' answers yes, 'no reason this treatment would
    # not work' (the same output on this corpus)
    "2026.9-e96b0a3ec9e113c2": "d9f35c7689f82f26",
    # ... and a treatment named for hair loss is not read as a cure claim by itself (a cure
    # verb or patients said to improve still are); dev checked: four honest hair-loss rows no
    # longer flagged, nothing lost
    "2026.9-de6db58762d42155": "d9f35c7689f82f26",
    # session 17: the fourteenth collection joined (s17-0132-s17-0310) and the bank rebuilt
    # with its dev rows; tuned on them: results that 'will only get better', 'you'll see the
    # scars vanishing', 'any kind of scars ... respond very well', cells taken out of sheep,
    # 'tightens instantly', 'the most natural and risk free' (a superlative is no hedge),
    # 'minimal risk' admitted (also inside a whole sentence the semantic layer proposes), a
    # share of the fat kept is no success rate, the definitive result one waits to see; dev
    # checked: one more honest row left alone (s15-0096), nothing lost
    "2026.9-278c55192cfc5460": "d9f35c7689f82f26",
    # session 18: the fifteenth English collection joined (s18-0001-s18-0142) and tuned on its dev
    # rows: the treatment said it will bring the result, harm ruled out for you or never reported
    # by the clinic's patients, a permanence taken back after a contrast, a near miss, anyone's own
    # cord blood, no trial said to have confirmed a use, approval lacking or for other uses,
    # compliance still to come, 'often' and 'usually' hedge a guarantee
    "2026.9-c51735080f49e364": "d9f35c7689f82f26",
    # session 18, FDA: its rules said to be followed with another body's, the 361 exemption held as
    # a credential ('recognized as a 361 HCT/P', 'our 361 products'), another regulator said to
    # have approved the use; 'you should expect to see' a gain
    "2026.9-c16640ce966ab355": "d9f35c7689f82f26",
    # review: the rules for claims without a trigger word moved from rules.py to rules_implied.py
    # (rules.py was near the 700-line limit); the rules in the same order, the same output and the
    # same explanations on every corpus row
    "2026.9-1f4f014715f20231": "d9f35c7689f82f26",
    # session 18: 'we promise that' a share of the outcome or the results ('we promise that 90% of
    # the grafts will grow') is a guarantee; the same output on the dev rows
    "2026.9-c6efb49a353bd5de": "d9f35c7689f82f26",
    # session 19: an enforcement document's own voice reports a claim; conditions listed after a colon; the same output on this corpus
    "2026.9-af8744fe43df9f15": "d9f35c7689f82f26",
    # review: the 'advertised ... as' and quoted-claim patterns sit beside their kin in
    # text._REPORTED; the same output
    "2026.9-93ee6066c923269e": "d9f35c7689f82f26",
    # session 20 (edition 2026.10: a disease's window read 45 characters back, an honest context
    # for guarantees and for haste): efficacy said of a condition ('effective for acne', 'works
    # for psoriasis') is a cure claim; a question left open ('it is still unclear whether')
    # reports; 'results vary' and 'most patients' hedge a promised outcome; the reader's wish
    # for speed answered no; UC-MSC and WJ-MSC by their initials; the seventeenth collection's
    # dev rows in the bank; the same output on this corpus
    "2026.10-80d345baa83bee63": "d9f35c7689f82f26",
    # session 20, second round: an outcome ensured ('ensures that the skin becomes thicker');
    # 'will not look younger' denies; no major side effects leaves the minor ones; exosomes
    # proprietarily developed; a bank's cell count guaranteed is a process; 'refrain from'
    # negates; the eighteenth collection's dev rows in the bank; the same output on this corpus
    "2026.10-7c35b071a307a27d": "d9f35c7689f82f26",
    # session 20, third round: a condition that benefits from the treatment is a cure claim; a
    # treatment that is still experimental reports; an engraftment rate is a success figure;
    # data said to be limited caveats a figure; tissue banks are a donor source; the nineteenth
    # collection's dev rows in the bank; the same output on this corpus
    "2026.10-4ca9f75a51c57d37": "d9f35c7689f82f26",
    # review: the one undenied word between 'will' and what is foretold named once in
    # rules_implied.py (_ONE_WORD_UNDENIED); the same output
    "2026.10-43d7701405368365": "d9f35c7689f82f26",
    # session 21: ageing or hair loss said to be reversed, a count of diseases treated, nearly
    # anyone a candidate (as a candidate), a result seen at once with nothing denying it between,
    # the improvement stated as what happens ('the skin tightens and looks smoother'); the same
    # output on this corpus
    "2026.10-b9b49be9ffade884": "d9f35c7689f82f26",
    # session 21: the twentieth collection's dev rows in the bank; diseases by the handful ('fight
    # many diseases'), '100% solution', harm ruled out in a list ('without surgery or harmful side
    # effects'); the same output on this corpus
    "2026.10-2dcb5c19c156b1dd": "d9f35c7689f82f26",
    # review: the words that deny what follows named once in rules_implied.py (_DENIAL); the same
    # output
    "2026.10-3b3ad033c84dcfa7": "d9f35c7689f82f26",
    # session 22: session 21's rules moved from rules_implied.py to rules_broad.py, the denial
    # words to rule_words.py; the same output
    "2026.10-85070d13eaf9e8b8": "d9f35c7689f82f26",
    # session 22: the semantic layer reads the model's two files itself (semantic._WEIGHTS,
    # _TOKENIZER); the same output
    "2026.10-c02ae26da1884cf6": "d9f35c7689f82f26",
    # session 22: read as the Spanish pages were: the FDA said not to regulate the clinic's cells,
    # the treatment legal in the United States, side effects lacked, practically any kind of the
    # concern (rules_broad.py); the same output on this corpus
    "2026.10-639ef9b905ac0e7e": "d9f35c7689f82f26",
    # session 22: the twenty-first collection's dev rows in the bank; a disease's root cause
    # treated, chronic conditions fought; the same output on this corpus
    "2026.10-c7b6e4b2ef151d8b": "d9f35c7689f82f26",
    # session 22, second round: the twenty-second collection's dev rows in the bank; the
    # improvement stated with no article where a clause begins ('Over time, hair becomes thicker'),
    # the body said never to reject the cells, FDA compliance with another authority named between;
    # one span on this corpus wider ('Your body cannot reject' from the sentence's start), the same
    # categories
    "2026.10-a88650491bcccc39": "7655a553f91199b8",
    # review: FDA compliance with another authority named beside it read by the FDA badge finder
    # (finders._FDA_BADGE), not a rule of its own; the body that never rejects the cells beside the
    # other rejection readings in rules.py; _FDA named once in rule_words.py; the same flags
    "2026.10-50f45b261be4e27f": "7655a553f91199b8",
    # session 23: six collections (enforcement and oversight reports, clinic repositories) joined,
    # their dev rows in the bank; reported warnings and claims, a guarantee that names its
    # object, how long a result lasts is no wait, donor fat and donor risks, a precaution asked,
    # hair follicles woken, "legally approved", the FDA's jurisdiction, years taken off, fertility
    # restored, a condition addressed or responding well, options with and without side effects
    "2026.10-d0782c901083d567": "47a8c7f46c2f3786",
    # review: complete safety not read in "complete safety information", nor the absence of side
    # effects in "the lack of side effect data"; the same output here
    "2026.10-1305d220074610e7": "47a8c7f46c2f3786",
    # session 24: the enforcement, clinic-page and repository collections' dev rows (reported
    # voices, conditions solved, a semantic match set aside where a rule reads its words)
    "2026.10-086829b36e7c7565": "183226610690cd91",
    # the fifth session-24 collection tuned on (an advertisement described, a question left
    # open, treatments called effective for a disease); the same output here
    "2026.10-daa5d7b64ad69614": "183226610690cd91",
    # review: what other clinics offer, or clinics "unlike" ours, is not a report of a claim
    # ("Unlike other clinics offering fillers, we guarantee visible results"); the same output
    "2026.10-cbe6e998858ebe38": "183226610690cd91",
    # second review: the firms of the reporting voice named once (text._FIRMS), a redundant
    # "biologically younger" alternative dropped; the same flags on all 10,298 held texts
    "2026.10-f60afe0e4aa6b99f": "183226610690cd91",
    # session 25: five collections (press coverage, wellness neighbours, rulings outside the US)
    # joined, their dev rows in the bank; a full refund for the unhappy, anyone who can benefit,
    # age-related changes reversed, a treatment used for conditions such as a disease, uses being
    # considered or studies looking at them reported; the same output here
    "2026.10-eccf05e21da97714": "183226610690cd91",
    # a screened text's sentences tokenized word by word (semantic._WORD_PIECE, the same ids);
    # the same output
    "2026.10-3856885d4b2572c6": "183226610690cd91",
    # session 26: boards', courts' and medical-tourism collections joined, their dev rows in the
    # bank; what "he claims", a website "said", a firm "implied that", an assertion with no
    # scientific backing, a scope of practice, predatory clinics, a price a share lower; the
    # same output here
    "2026.10-f52ba91d5e2493d8": "183226610690cd91",
    # a written round in the same voices (tests/checklist/data/paraphrases_session26_en.tsv): a
    # board's findings, an attorney general, an assurance of "..." quoted, clinics that preyed on
    # patients, none of the treatments shown, requests declined, a position maintained, what
    # regulators have not approved, what a clinic kept saying, a permanent injunction, registry
    # figures; what is seen on the day called the final result, swelling denied; the same output
    "2026.10-68f8dc3019168738": "183226610690cd91",
    # the longevity and tissue-banking collections joined, their dev rows in the bank; a
    # mother's own placenta eaten or encapsulated is no donor source, a tissue once thought waste,
    # a hope for one day, an idea or hypothesis, off-label use, wild claims, irreversible cell
    # arrest, permanent teeth, wound healing; the baby blues warded off, depression decreased, a
    # list that ends in a disease; the same output here
    "2026.10-0e6baa6e428def8a": "183226610690cd91",
    # the hair-restoration collection joined, its dev rows in the bank; a guarantee called
    # unenforceable, what people look for or expect, any clinic can, delayed healing, the
    # hair-loss drugs' own effect, a success threshold defined, long-lasting with no word of
    # permanence; LPP and autoantibodies, halting, across genders and ages; the same output here
    "2026.10-24e5a0a05ceab9c0": "183226610690cd91",
    # review: the hair-loss drugs' own effect read as a cure by other means (honesty), not as
    # reported speech; the same output
    "2026.10-19a3efac7c82d8ba": "183226610690cd91",
    # the donation and fertility collection joined, its dev rows in the bank; donation as
    # everyday life (blood, plasma, organs, marrow registries, public cord-blood banks, donors as
    # people), refund programmes explained, effort or the law guaranteed; a refund if the baby
    # does not come; the same output here
    "2026.10-7c1e5babeb23eb9c": "183226610690cd91",
    # a device clearance read as the cells' own approval ("so the cells themselves were
    # approved"), the written round's last English miss; the same output here
    "2026.10-6c6db51434843ae6": "183226610690cd91",
    # review: the hair-loss drugs named once (honesty._HAIR_LOSS_DRUGS), a stem-cell phrase in
    # quotes read by one alternative, public banks where cord-blood banks already inform; the
    # same decisions on all 33,172 explanations
    "2026.10-edbb656256b9e594": "183226610690cd91",
    # session 27: payers' and assessors' voice, approval on record (approved cell and gene
    # products named, a biologics licence), plant stem cells doubted, testimonials' claims;
    # seven collections joined; the same output here
    "2026.10-f796378f28f69ccd": "183226610690cd91",
    # session 27's repository collections: aged cells made young again, an IV drip's instant
    # energy; the same output here
    "2026.10-42cba019670636ae": "183226610690cd91",
    # the question-and-answer collections joined (the bank grew); the same output here
    "2026.10-d96dcec7c34f9dd0": "183226610690cd91",
    # the clinical-trial collection joined; a registry's voice, an FDA permission asked for,
    # "regenerative" the field's name, customers' words reported; the same output here
    "2026.10-5e5a93f596b4e80d": "183226610690cd91",
    # the guarantee and timing collections joined; a free re-treatment if no result shows,
    # guarantees weighed, courts and advertising regulators, a lunchtime facelift named as a
    # procedure, permanent hair reduction, donor management; the same output here
    "2026.10-581bac74208b6000": "183226610690cd91",
    # review: a sentence's start read wherever the sentence stands (text._SENTENCE_START), not
    # only at the text's start; the same output here
    "2026.10-c3c0240d15a200c9": "183226610690cd91",
    # review (git diff 1797c84): the payers' determinations beside the insurer's exclusion, the old
    # "is considered experimental" folded into them; the same decisions on 19,998 explanations
    "2026.10-0bb3e8c95e442fa6": "183226610690cd91",
    # session 28: five collections joined (offers, medical tourism, patients' words, press
    # releases, clinics' sites in repositories); a pain-free life, knees healed, a disease called
    # irreversible, approval still to come, a transplant's donor, a cord-blood bank's collections
    # and units, "regardless of patient age", a hair transplant's donor and recipient areas
    "2026.10-05ff190e8613f472": "183226610690cd91",
    # session 28, second round: two more collections (advertising compliance, studies quoting
    # clinics); stem cells named for blood diseases and no other, what the NAD noted, snake oil
    # and the pitch of such clinics, evidence lacked, a content analysis counting articles
    "2026.10-74817f003f7c3fbf": "183226610690cd91",
    # session 28, third round: enforcement documents (US, and English-language regulators
    # elsewhere); the law's definition of a drug recited, no product proven to treat it, a share
    # spelled out, "as a result" as a connective, patients out of their wheelchairs, results "in
    # 60 seconds"
    "2026.10-31430b6c1f55c6d9": "183226610690cd91",
    # review (git diff 1e2946d): a pain-free life beside the pain-free slogans in rules_implied
    # (no second "pain-free at last"), evidence lacked beside "no evidence" in text._REPORTED,
    # disease spans found once (finders._disease_spans); the same decisions and spans on 21,843
    # texts
    "2026.10-042471a01f3ba133": "183226610690cd91",
    # session 29: the reported voice moved from text.py to its own module (reported.py); the same
    # output
    "2026.10-5b09ca2809bae2f8": "183226610690cd91",
    # session 29: seven collections joined (results and candidates pages, cosmetics naming a cell
    # source, clinics' sites in repositories; Spanish clinics and scarce categories; Turkish
    # clinics and scarce categories); a disease's progression impeded, new cartilage grown, a named
    # study's finding, another treatment's side effects compared, a source named as the contrast,
    # beneficial to everyone, all with great success; Spanish time turned back, contraindications,
    # harm denied in other words, success shares, changes made at once, 'sin cirugía' as a kind of
    # procedure; Turkish side effects almost none, a decrease of pain only, success rates as
    # ranges, results noticed at once
    "2026.10-632a1a03d200e00e": "661967cbb6821208",
    # session 29, second round: five more collections joined (longevity and regenerative clinics;
    # Spanish clinics' sites in repositories and health journalism; Turkish health journalism and
    # clinics' sites in repositories); everyone with a condition a candidate, a shop's delivery
    # guaranteed; Spanish safe or allowed for any skin, ageing slowed or delayed as an outcome (not
    # as a purpose, a wish or a power)
    "2026.10-edf10ecd621f8575": "661967cbb6821208",
    # review (git diff b656f9e): a source compared against named once for the donor and the cord
    # rules (rules._COMPARED_AGAINST), the universal wordings of session 29 in one rule, rosacea's
    # pattern written once
    "2026.10-91c502a032bb9706": "661967cbb6821208",
    # session 30: thirteen collections joined (English treatments beside facial stem cells, clinics
    # abroad, regulators outside the FDA, press releases, repository sites, testimonials; Spanish
    # treatments beside stem cells, regulators, repository sites, testimonials; Turkish clinics,
    # warnings, repository sites); a condition that works well with a named disease, whoever merely
    # wants it or practically any patient a candidate, a condition that strikes all ages, harm
    # called irreversible, clinics elsewhere offering as reported, a stay guaranteed, the healing
    # response; Spanish reversal of ageing as a noun, a duty laid on any patient; Turkish risk that
    # does not arise, a visible improvement in one session, skin revived at once, a share of grafts
    # that take, permanence as the drawback, a lifetime's odds, a snapshot, one plan for everyone
    # denied
    "2026.10-a9c21423186cada2": "661967cbb6821208",
    # review (git diff edd3c9b): the cure verb's 'works well with' folded into its 'works ... for'
    # alternative; the Turkish universal rule's two exceptions for one plan for everyone (set aside
    # with 'yerine', denied with 'kullanılmaz') written as one; the same flags, spans and decisions
    # on all 27,684 texts
    "2026.10-b1d45963cc1616a3": "661967cbb6821208",
    # session 31: the trained encoder reads what the context step lets stand and sets aside a
    # flag whose passage it finds no claim in (encoder.py); its files, threshold and switch are
    # part of the English version's data, so the version moved without an edition (the Spanish
    # and Turkish screening did not change)
    "2026.10-35268ed690f9ff35": "7dd485509b50ad9e",
    # ... and with CLAIMS_ENCODER=off: session 30's output, to the digest
    "2026.10-8b991ff74b824714": "661967cbb6821208",
    # session 31: the seventieth and seventy-first collections (short texts) joined, their dev rows
    # in the exemplar bank; the pinned texts screen as before, with the encoder and without
    "2026.10-d2ddda5c5be3ca39": "7dd485509b50ad9e",
    "2026.10-500968b8ee7d9223": "661967cbb6821208",
    # session 32: the encoder flags of its own where a category reaches 0.99 in a passage it
    # reads (encoder.ADD_FROM, part of the English version's data), unless a rule reads that kind
    # of claim there denied; with the encoder off, every pinned text screens as before
    "2026.10-9af9e13b46d4a1ec": "d529a657ed431f60",
    "2026.10-a896766aec9a2bd3": "661967cbb6821208",
}
