"""Turkish: the cure rules and the vocabulary of disease they are built from (the words for
treating, the diseases, blood diseases and cord blood banked, the tissues a sales page says the
cells rebuild, a cure not yet available), as data for ``rules_tr.RULES``. Patterns are
lower-case ASCII, read against the folded text (``foreign.fold``)."""

from __future__ import annotations

from typing import Final

from .foreign import rule

_TREAT = (
    # physiotherapy ("fizik tedavi", also a specialist's title) is standard care, not the treatment
    # a sentence offers
    # (not the recovery after the procedure: "iyileşme sırasında", "iyileşme sürecinde")
    r"\b(?:(?<!fizik\s)tedavi\w*|iyiles\w*+(?!\s+(?:sirasinda|surecinde|sureci|doneminde|donemi))|iyi\s+gel\w*|onar\w*|sagli[kg]\w*\s+kavus\w*|kullanil\w*|sifa\w*|yok\s+ed(?:er|iyor|ecek)\w*"
    r"|ortadan\s+(?:kaldir|kalk)\w*|yok\s+etme\w*|koruyucu\w*|gideril\w*|giderir\w*|restorasyon\w*|duzel\w*|care\w*|kurtul\w*|fayda\w*|etkili"
    r"|yardimci\s+ol\w*|cevap\s+ver\w*|yasam\s+kalite\w*|cozum\w*|son\s+ver\w*"
    r"|son\b(?=\W*$)|yenile\w*|yeniliyor\w*|geri\s+kazandir\w*|engel\s+ol\w*|onle\w*|durdur\w*"
    # (a decrease is a cure's only when pain or symptoms decrease, not joint fluid: "eklem
    # sıvısındaki azalmalar da ağrıyı arttırır")
    r"|azalt\w*|hafiflet\w*|(?:agri|semptom|belirti|sikayet|sanci)\w*\s+(?:\w+\s+)?(?:azalma|azalir)\w*"
    r"|kaybol\w*|rejenerasyon\w*|donus\w*"
    # efficacy said to be proven ("etkinliği bilimsel olarak ispatlanmıştır")
    r"|etkinli\w*\s+(?:\w+\s+){0,3}?(?:ispatlan|kanitlan)\w*"
    # a patient who stopped the medicines ("ilaçlarımı bıraktım") or put the cane aside
    # ("bastonunu bir kenara bıraktı"); a stem-cell package, protocol or programme sold for the
    # disease ("otizm için kök hücre paketleri")
    r"|(?:ilac|insulin|agri\s+kesici|baston|tekerlekli\s+sandalye|koltuk\s+degne)\w*\s+"
    r"(?:\w+\s+){0,3}?birak(?:tim|tik|ti|tilar|abil|iyor|mis)\w*"
    # an organ "made to work again", a disease said goodbye to, inflammation that "goes out"
    # ("pankreası yeniden çalıştırabiliyoruz", "... yıllara veda edin", "iltihap ... sönüyor")
    r"|yeniden\s+calis(?:tir\w*|ir\s+hale)|veda\s+(?:ed|et)\w*"
    r"|sonuyor\w*|sondu\w*|sonmus\w*|sondur\w*"
    r"|(?:kok\s+)?hucre\s+(?:paket|protokol|program)\w*)"
)
_DISEASES = (
    r"\b(?:hastali[kg]\w*|parkinson\w*|alzheimer\w*|kanser\w*|tumor\w*|diyabet\w*|seker\s+hastali[kg]"
    r"\w*|multipl\s+skleroz\w*|skleroz\w*|crohn\w*|romatoid\w*|artrit\w*|osteoartrit\w*"
    # acne scars ("akne izleri") are marks on the skin, not the disease
    r"|kireclenme\w*|otoimmun\w*|sivilce(?!\s+iz)\w*|akne(?!\s+iz)\w*|egzama\w*|sedef\w*|vitiligo\w*"
    r"|eklem(?!\s+ic)\w*|kikirda[kg]\w*|tendon\w*|menisk\w*"
    r"|omurga\w*|agri(?!siz)(?!\s+kesici)(?!\s+ve\s+(?:sislik|morarma|kizariklik|hassasiyet))\w*|yaralanma\w*|sakatli[kg]\w*|travma(?!siz)\w*|otizm\w*|covid\w*|felc\w*"
    r"|dislipidemi\w*|kardiyovaskuler\w*|rozase\w*|rozada\b"
    # the coronavirus by its other name, and pathological conditions named as such
    r"|koronavirus\w*|korona\s+virus\w*|patolojik\s+durum\w*"
    # hardened or blocked arteries ("damar sertliği", "damar tıkanıklığı")
    r"|damar\s+(?:sertli[gk]|tikanikli[gk]|tikanmas|hasar)\w*|a?r?teroskleroz\w*|arterioskleroz\w*"
    r"|(?:ortopedik|norolojik|kronik|romatizmal|psikiyatrik|cilt)\s+rahatsizli[kg]\w*|iskemi\w*|nedbe\w*|yara\s+iz\w*"
    r"|bel\s+fiti[kg]\w*|kalp\s+krizi\w*|inme\b|astim\w*|epilepsi\w*|serebral\s+palsi\w*"
    r"|omurilik\w*|norolojik\w*|yetmezli[kg]\w*|demans\w*|romatizma\w*|fibromiyalji\w*|migren\w*"
    r"|erektil\w*|impotans\w*|dejeneratif\w*|hasar\w*\s+(?:doku|organ|hucre)\w*|menisk\w*"
    r"|osteoporoz\w*|bagisiklik\s+sistemi\s+hastali[kg]\w*|kas\s+erimesi\w*|korlu[kg]\w*"
    r"|isitme\s+kaybi\w*|hepatit\w*|siroz\w*|ulser\w*|diyabetik\s+ayak\w*|kronik\s+yara\w*"
    r"|(?:gecmeyen|iyilesmeyen|kapanmayan|iyilesmesi\s+(?:uzun\s+suren|geciken))\s+(?:acik\s+)?yara\w*"
    r"|seker\s+hastalarinin\s+ayak\s+yara\w*"
    r"|hasar\w*\s+(?:gor\w*\s+)?(?:doku|organ|hucre|kikirda[kg]|sinir)\w*|fiti[kg]\w*|kemik\s+erimesi\w*"
    r"|disk\s+(?:hernisi|kaymasi)\w*|yirti[kg]\w*|noropati\w*|retina\w*|makula\w*|glokom\w*|koah"
    r"|lupus\w*|skleroderma\w*|alopesi\w*|roza?sea\w*|rosacea\w*|inkontinans\w*|idrar\s+kacir\w*|ms\b|als\b|amiyotrofik\w*|azospermi\w*"
    r"|kisirli[kg]\w*|infertilite\w*|gorme\s+(?:kayb\w*|yeti\w*\s+kaybe\w*|sorun\w*|bozuklu\w*|problem\w*)"
    r"|tavukkarasi\w*|retinitis\w*)"
)
_BLOOD = r"\b(?:kemik\s+iligi|hematolo[gj]\w*|losemi\w*|lenfoma\w*|kan\s+hastali[kg]\w*|nakil\w*)"
# Blood diseases and their established care ("hematolojik" as well as "hematoloji"): a marrow
# transplant, CAR-T cells and immunotherapy, and what the social-security institution (SGK) and its
# tariff (SUT) pay for on label or off it (session 27)
_BLOOD_DISEASE = (
    r"\b(?:hematolo[gj]\w*|losemi\w*|lenfoma\w*|kan\s+hastali[kg]\w*|kan\s+kanser\w*"
    r"|kemik\s+iligi\s+(?:nakl|transplant)\w*|kan\s+yapici\w*|car-?t\b|immunoterapi\w*"
    # (the tariff as "SUT" only where it is named so: folded, "süt", milk, is "sut" too, as in "süt
    # çocukları", infants)
    r"|sgk\b|saglik\s+uygulama\s+tebli\w*|\(sut\)|endikasyon\w*)"
)
# cord blood banked, stored or donated: a bank's page on its established use ("depolanan kordon
# kanı", "saklattığınız kordon kanı"), not "bağışıklık" (immunity), nor cord blood stored
# against the diseases it is sold for but not established in (autism, diabetes, ...)
_CORD_BANKED = (
    r"^(?=.*\bkordon\w*\s+kan)(?=.*\b(?:saklan|saklat|depolan|banka|bagis(?!ik))\w*)"
    r"(?!.*\b(?:otizm|diyabet|seker\s+hastali|alzheimer|parkinson|serebral|felc|omurilik"
    r"|multipl|ms\b|als\b|yaslanma|gencles)\w*)"
)
# a sentence about ordinary care that names no cells, plasma or exosomes
_NO_CELLS = r"^(?!.*\b(?:hucre|prp|eksozom|plazma|trombosit)\w*)"
# Tissues beyond the skin that a stem-cell sales page says the cells rebuild.
_TISSUE = (
    r"\b(?:kikirda[kg]\w*|beyin\w*|sinir\w*|omurilik\w*|gri\s+madde\w*|beyaz\s+madde\w*"
    r"|kemik(?!\s+ili)\w*|organ\w*|hasar\w*)"
)
# no cure exists yet, or what treatment can do is limited: a caution, not a claim
# not available (yet): "mevcut değildir", "bulunmamaktadır"
_NOT_AVAILABLE = r"\b(?:mevcut\s+degil\w*|bulunmamakta\w*)"
_NO_CURE_YET = (
    _NOT_AVAILABLE + r"|\b(?:sinirli\w*|yeterli\s+(?:degil|olmayabil|olmaz)\w*)"
    # no guarantee given of it ("hastalık tedavisi ... garantisi verilemez"), or the disease one
    # of the things that change who is suitable ("kronik hastalıklar ... uygunluğu değiştirebilir")
    r"|\bgaranti\w*\s+(?:verilemez|verilmez|edilemez|yoktur)\b|\buygunlu\w*\s+(?:\w+\s+)?"
    r"(?:degistir|etkile)\w*"
    # an effect reported, not promised ("ağrıda azalma bildirilmektedir")
    r"|\bbildiril(?:mektedir|mistir|iyor)\b"
    # uncertainty, no gold standard, treatments that fall short or cannot stop it
    # ("durduramazlar", "iyileştiremez")
    r"|\bbelirsizli[kg]\w*|\baltin\s+(?:bir\s+)?standart\w*\s+(?:olma|yok|bulunma)\w*"
    # a treatment the clinic says it does not offer, or refers on ("herhangi bir tedavi sunmaz",
    # "uzmana yönlendiririz")
    r"|\b(?:sunmaz|sunmuyor\w*|sunmamakta\w*|uygulamiyor\w*|uygulamayiz|yapmiyor\w*|yapmayiz"
    r"|yonlendir\w*)\b"
    # "hastalığın doğal seyrini değiştirmesi beklenmez": it is not expected to
    r"|\bbeklenme(?:z|mektedir|meli\w*)\b"
    # a repair said not to be possible ("yenilenmesi mümkün görünmemektedir", "neredeyse
    # imkânsızdır")
    r"|\bmumkun\s+(?:degil\w*|gorunme\w*|olma(?:z|di|makta)\w*)|\bimkansiz\w*"
    r"|\byetersiz\s+kal\w*|\b(?:durdur|iyilestir|onar|gecir|engelle|ortadan\s+kaldir)(?:a|e)m(?:a|e)z\w*"
    r"|\b(?:tedavi|yontem|cozum|care)\w*\s+(?:\w+\s+)?yoktur\b"
    # "kesin tedavisi bulunmayan bir hastalık": a disease with no cure yet
    r"|\b(?:tedavi|care)\w*\s+(?:henuz\s+)?(?:bulunmayan|olmayan|bulunmamas\w*|olmamas\w*)"
    # the disease said not to heal fully ("tedavisi mümkündür ancak tamamen iyileşmez")
    r"|\biyilesmez\b"
)

CURE_RULES: Final = (
    # blood-forming stem cells in blood diseases are an established, approved use
    rule(
        "cure",
        _DISEASES,
        needs_in_clause=_TREAT,
        # "tümör oluşumuna dönüşebilir": a tumour is a risk named, not a disease treated; nor is a
        # disease in which the treatment is "sakıncalı" (contraindicated), "uygulanmaz" or
        # "kullanılmaz" (not given, not used)
        not_in_sentence=_BLOOD_DISEASE
        + "|"
        + _NO_CURE_YET
        + r"|\btumor\w*\s+(?:olusum|gelisim|riski)\w*|\bsakincali\w*|\bkontrendik\w*"
        # a harm in a list of side effects ("ağrı ... gibi bazı yan etkiler görülebilir")
        + r"|\byan\s+etki\w*\s+(?:\w+\s+)?(?:gorulebil|olusabil|gelisebil|yasanabil)\w*"
        # who is not treated ("uygulanmaz", "yapılmaz", "kullanılamaz", "bu işleme
        # alınmamaktadır", "uygun aday değildir", "çalışmaya alınmamaktadır")
        + r"|\b(?:uygulanmaz|kullanilmaz|yapilmaz|yapilmamakta\w*|uygulanmamakta\w*"
        + r"|kullanilamaz|uygulanamaz)\b"
        + r"|\b(?:uygun\s+(?:aday\s+)?|aday\s+)degil(?:dir|ler|lerdir)?\b"
        # standard care described: first-line treatment, medicines or creams a doctor recommends
        + r"|\b(?:ilk|birinci)\s+basamak\b|\b(?:ilac|krem)\w*\b[^.!?]{0,80}?\boner\w*"
        # chemotherapy, surgery and radiotherapy, the standard course ("önce kemoterapi, sonra
        # ameliyat ve radyoterapi")
        + r"|\bkemoterapi\w*\b[^.!?]{0,60}?\b(?:ameliyat|radyoterapi|cerrahi)\w*"
        + r"|\b(?:ameliyat|radyoterapi|cerrahi)\w*\b[^.!?]{0,60}?\bkemoterapi\w*"
        # a unit that may not be usable ("tedavisinde kullanılamayabilir")
        + r"|\bkullanilama\w*"
        # sent to a specialist for a diagnosis ("doğru tanı ... için bir dermatoloğa görünmeniz")
        + r"|\b(?:dermatolog|hekim|doktor|uzman)\w*\s+(?:\w+\s+)?(?:gorunme|gorunun|basvur|danis)\w*"
        + r"|\boner\w*\b[^.!?]{0,40}?\b(?:ilac|krem)\w*"
        # care by ordinary medicine, no cells named ("hafif akne ilaç tedavisiyle kontrol altına
        # alınır"), and what a disease leads to when treated late or not at all ("geç tedavi
        # edilen hastalarda iz kalır")
        + "|"
        + _NO_CELLS
        + r".*(?:\b(?:medikal|ilac|topikal|antibiyotik|hormon)\w*\s+tedavi(?:si|leri)?(?:\s+ile"
        r"|yle|\s+sayesinde)\s+(?:\w+\s+){0,2}?(?:kontrol\s+altina\s+alin|yonetil|tedavi\s+edil"
        r"|duzel|hafifl|geril|iyiles)(?:ir|ur|er|abil|ebil|iyor)\w*|\bgec\s+(?:tedavi|kalin)\w*"
        r"|\btedavi\s+(?:edilmezse|edilmediginde|edilmeyen)\b)"
        # cord blood banked or donated for the diseases it is established in
        + "|"
        + _CORD_BANKED
        # history: how diseases were once regarded ("eskiden tedavi edilemez sayılırdı")
        + r"|\beskiden\b[^.!?]*\b(?:sayil|kabul\s+edil|bilin|dusunul)\w*(?:di|du)\b\W*$"
        # a disease said to need long treatment ("tedavi gerektiriyor"), or defined ("...ile
        # karakterize bir hastalıktır")
        + r"|\btedavi\w*\s+gerektir\w*|\bkarakterize\b|\bhastali[kg](?:tir|dir)\b"
        # "... bir durumdur ve ... ile yönetilir": a condition explained and how it is managed
        + r"|\bbir\s+durumdur\b|\byonetilir\b"
        + r"|\b(?:isleme|tedaviye|calismaya|arastirmaya)\s+alin(?:maz|mamakta)\w*",
    ),
    rule(
        "cure",
        # hair loss treated, stopped or ended is a cure claim, as in English; hair loss "reduced"
        # is the modest change the Turkish dev rows read as honest
        r"\bsac\s+dokulme(?:si|leri)\w*",
        needs_in_clause=r"\b(?:tedavi\s+ed\w*|iyiles\w*|care\w*|son\s+ver\w*"
        r"|ortadan\s+kaldir\w*|durdur\w*|yok\s+eder\w*|kurtul\w*|kesin\s+cozum\w*)",
        not_in_sentence=_NO_CURE_YET,
    ),
    rule(
        "cure",
        _TISSUE + r"[^.;]{0,50}?\b(?:onar\w*|rejenerasyon\w*|yeniden\s+olus\w*|donusum\w*)",
        # the tissue's own, limited power to heal itself ("kendi kendini onarma yeteneği çok
        # sınırlı") is why treatment is sought, not a repair promised
        not_in_sentence=_BLOOD_DISEASE + r"|" + _NO_CURE_YET + r"|\bkendi\s+kendini\b",
    ),
    rule(
        "cure",
        r"\byaslanma\w*\s+onune\s+(?:\w+\s+){0,3}?gec\w*"
        r"|\byaslanma\w*\s+(?:\w+\s+){0,2}?(?:geri\w*|tersine)\s+(?:cevir|dondur|al)\w*"
        r"|\bbiyolojik\s+saat\w*\s+(?:\w+\s+)?(?:geri|durdur)\w*"
        r"|\byaslanma\w*\s+(?:\w+\s+){0,2}?(?:durdur\w*|engelle\w*|yok\s+ed\w*)"
        r"|\byaslanma\w*[^.;]{0,60}?tedavi\s+edilebil\w*"
        r"|\b(?:zaman\w*|saat\w*)\s+geri\s+(?:al|cevir|dondur)\w*|\bher\s+derde\s+deva\b"
        r"|\b(?:zaman|yillar)\w*\s+(?:\w+\s+){0,2}?tersine\s+cevir\w*"
        r"|\byaslanma(?:sina|ya)\s+(?:\w+\s+)?engel\w*"
        r"|\byillar\w*[^.;]{0,80}?geri(?:ye)?\s+(?:al|cevir|dondur)\w*"
        r"|\bbiyolojik\s+yas\w*\s+(?:\w+\s+)?(?:geri|azalt|dusur|genclest)\w*"
        # ... or taken up again further on ("biyolojik yaşınız ... onu ölçebilir ... hatta
        # geriye çevirebilirsiniz"), time stopped and turned back ("zamanı durdurmak, geri
        # döndürmek")
        r"|\bbiyolojik\s+yas\w*[^.!?]{0,100}?\bgeri(?:ye)?\s+(?:cevir|dondur|al)\w*"
        r"|\bzaman\w*\s+durdur\w*[\s,]+(?:\w+\s+)?geri\s+(?:dondur|cevir|al)\w*",
    ),
    rule(
        "cure",
        # a patient who "stood up", "began to walk" or "began eye contact" thanks to the cells
        r"\b(?:kok\s+)?hucre\s+(?:tedavi|nakl|terapi|uygulama)\w*\s+(?:sayesinde\s+|ile\s+)?"
        r"(?:[\w'-]+\s+){0,5}?(?:ayaga\s+kalk|yurume\w*\s+basla|yurudu|gormeye\s+basla"
        r"|konusmaya\s+basla|goz\s+temasi\s+kur|iyiles)\w*"
        # "tedavi sonunda iyileşip yürüyen": walking again after the treatment
        r"|\btedavi\w*\s+(?:sonunda|sonrasinda|sayesinde)\s+(?:[\w'-]+\s+){0,3}?(?:ayaga\s+kalk"
        r"|yurume\w*\s+basla|yurudu|iyilesip\s+yuru)\w*"
        # cells that renew and treat "the whole body"
        r"|\b(?:tum|butun)\s+vucu[dt]\w*\s+(?:\w+\s+){0,3}?(?:tedavi|onari|iyilestir|gencles)\w*"
        # a pain-free life or movement promised ("ağrısız bir hareket"), not a painless procedure
        r"|\bagrisiz\s+(?:bir\s+)?(?:hareket|yasam|hayat|yurume|gun|yil|omur)\w*",
    ),
    rule(
        "cure",
        # the cells said to be past research and a treatment now ("bir deney değil tedavidir",
        # "deney safhasından çıkmış, tedavi safhasına geçmiştir"), session 27
        r"\bdeney\s+degil\w*[,\s]+(?:\w+\s+)?tedavi\w*"
        r"|\btedavi\s+(?:safhas|asamas|evres)\w*\s+gec(?:mis|ti|iyor)\w*",
        self_negated=True,
    ),
)
