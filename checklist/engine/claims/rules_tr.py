"""Turkish: the rules and context words, as data. Patterns are lower-case ASCII, read against
the folded text (``foreign.fold``): "ı", "İ", "I" and "i" all read as "i", "ş" as "s", "ğ" as
"g", "ü" as "u", "ö" as "o", "ç" as "c". Words are matched by their stems with ``\\w*`` for the
suffixes ("kalıcı", "kalıcıdır"; "garanti", "garantili"); negation is mostly a suffix or a word
after the phrase ("kalıcı değildir", "olmaz", "-maz/-mez", "yok")."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

from .foreign import Language, rule

_TREAT = (
    # physiotherapy ("fizik tedavi", also a specialist's title) is standard care, not the treatment
    # a sentence offers
    r"\b(?:(?<!fizik\s)tedavi\w*|iyiles\w*|iyi\s+gel\w*|onar\w*|sagli[kg]\w*\s+kavus\w*|kullanil\w*|sifa\w*|yok\s+ed(?:er|iyor|ecek)\w*"
    r"|ortadan\s+(?:kaldir|kalk)\w*|restorasyon\w*|duzel\w*|care\w*|kurtul\w*|fayda\w*|etkili"
    r"|yardimci\s+ol\w*|cevap\s+ver\w*|yasam\s+kalite\w*|cozum\w*|son\s+ver\w*"
    r"|son\b(?=\W*$)|yenile\w*|yeniliyor\w*|geri\s+kazandir\w*|engel\s+ol\w*|onle\w*|durdur\w*"
    r"|azalt\w*|hafiflet\w*|azalma\w*|azalir\w*|kaybol\w*|rejenerasyon\w*|donus\w*"
    # a patient who stopped the medicines ("ilaçlarımı bıraktım"); a stem-cell package, protocol
    # or programme sold for the disease ("otizm için kök hücre paketleri")
    r"|ilac\w*\s+(?:\w+\s+)?birak(?:tim|tik|ti|tilar|abil|iyor|mis)\w*"
    r"|(?:kok\s+)?hucre\s+(?:paket|protokol|program)\w*)"
)
_DISEASES = (
    r"\b(?:hastali[kg]\w*|parkinson\w*|alzheimer\w*|kanser\w*|tumor\w*|diyabet\w*|seker\s+hastali[kg]"
    r"\w*|multipl\s+skleroz\w*|skleroz\w*|crohn\w*|romatoid\w*|artrit\w*|osteoartrit\w*"
    # acne scars ("akne izleri") are marks on the skin, not the disease
    r"|kireclenme\w*|otoimmun\w*|sivilce(?!\s+iz)\w*|akne(?!\s+iz)\w*|egzama\w*|sedef\w*|vitiligo\w*"
    r"|eklem(?!\s+ic)\w*|kikirda[kg]\w*|tendon\w*|menisk\w*"
    r"|omurga\w*|agri(?!siz)(?!\s+kesici)(?!\s+ve\s+(?:sislik|morarma|kizariklik|hassasiyet))\w*|yaralanma\w*|sakatli[kg]\w*|travma(?!siz)\w*|otizm\w*|covid\w*|felc\w*"
    r"|dislipidemi\w*|kardiyovaskuler\w*"
    r"|(?:ortopedik|norolojik|kronik|romatizmal|psikiyatrik|cilt)\s+rahatsizli[kg]\w*|iskemi\w*|nedbe\w*|yara\s+iz\w*"
    r"|bel\s+fiti[kg]\w*|kalp\s+krizi\w*|inme\b|astim\w*|epilepsi\w*|serebral\s+palsi\w*"
    r"|omurilik\w*|norolojik\w*|yetmezli[kg]\w*|demans\w*|romatizma\w*|fibromiyalji\w*|migren\w*"
    r"|erektil\w*|impotans\w*|dejeneratif\w*|hasar\w*\s+(?:doku|organ|hucre)\w*|menisk\w*"
    r"|osteoporoz\w*|bagisiklik\s+sistemi\s+hastali[kg]\w*|kas\s+erimesi\w*|korlu[kg]\w*"
    r"|isitme\s+kaybi\w*|hepatit\w*|siroz\w*|ulser\w*|diyabetik\s+ayak\w*|kronik\s+yara\w*"
    r"|(?:gecmeyen|iyilesmeyen|kapanmayan|iyilesmesi\s+(?:uzun\s+suren|geciken))\s+yara\w*"
    r"|hasar\w*\s+(?:gor\w*\s+)?(?:doku|organ|hucre|kikirda[kg]|sinir)\w*|fiti[kg]\w*|kemik\s+erimesi\w*"
    r"|disk\s+(?:hernisi|kaymasi)\w*|yirti[kg]\w*|noropati\w*|retina\w*|makula\w*|glokom\w*|koah"
    r"|lupus\w*|skleroderma\w*|alopesi\w*|rozasea\w*|ms\b|als\b|amiyotrofik\w*|azospermi\w*"
    r"|kisirli[kg]\w*|infertilite\w*|gorme\s+(?:kayb\w*|yeti\w*\s+kaybe\w*|sorun\w*|bozuklu\w*|problem\w*)"
    r"|tavukkarasi\w*|retinitis\w*)"
)
_BLOOD = r"\b(?:kemik\s+iligi|hematolog\w*|losemi\w*|lenfoma\w*|kan\s+hastali[kg]\w*|nakil\w*)"
_BLOOD_DISEASE = (
    r"\b(?:hematolog\w*|losemi\w*|lenfoma\w*|kan\s+hastali[kg]\w*|kan\s+kanser\w*"
    r"|kemik\s+iligi\s+nakl\w*|kan\s+yapici\w*)"
)
# Tissues beyond the skin that a stem-cell sales page says the cells rebuild.
_TISSUE = (
    r"\b(?:kikirda[kg]\w*|beyin\w*|sinir\w*|omurilik\w*|gri\s+madde\w*|beyaz\s+madde\w*"
    r"|kemik(?!\s+ili)\w*|organ\w*|hasar\w*)"
)
# "onaylı", "onaylanmıştır", but not "onaylanmamıştır", "onaylamadı", "onaysız": the negation is a
# suffix of the same word
_APPROVED = r"onay(?!\w*?(?:lanma(?:mi|di|yan|z)|lama(?:mi|di|yan|z)|siz))\w*"
# no cure exists yet, or what treatment can do is limited: a caution, not a claim
# not available (yet): "mevcut değildir", "bulunmamaktadır"
_NOT_AVAILABLE = r"\b(?:mevcut\s+degil\w*|bulunmamakta\w*)"
_NO_CURE_YET = (
    _NOT_AVAILABLE + r"|\b(?:sinirli\w*|yeterli\s+degil\w*)"
    # uncertainty, no gold standard, treatments that fall short or cannot stop it
    # ("durduramazlar", "iyileştiremez")
    r"|\bbelirsizli[kg]\w*|\baltin\s+(?:bir\s+)?standart\w*\s+(?:olma|yok|bulunma)\w*"
    # a treatment the clinic says it does not offer, or refers on ("herhangi bir tedavi sunmaz",
    # "uzmana yönlendiririz")
    r"|\b(?:sunmaz|sunmuyor\w*|sunmamakta\w*|uygulamiyor\w*|uygulamayiz|yapmiyor\w*|yapmayiz"
    r"|yonlendir\w*)\b"
    # "hastalığın doğal seyrini değiştirmesi beklenmez": it is not expected to
    r"|\bbeklenme(?:z|mektedir|meli\w*)\b"
    r"|\byetersiz\s+kal\w*|\b(?:durdur|iyilestir|onar|gecir|engelle)(?:a|e)m(?:a|e)z\w*"
    r"|\b(?:tedavi|yontem|cozum|care)\w*\s+(?:\w+\s+)?yoktur\b"
    # "kesin tedavisi bulunmayan bir hastalık": a disease with no cure yet
    r"|\b(?:tedavi|care)\w*\s+(?:henuz\s+)?(?:bulunmayan|olmayan|bulunmamas\w*|olmamas\w*)"
)
_OUTCOME = r"\b(?:etki\w*|sonuc\w*|goru\w*|fark\w*|degisim\w*|gencles\w*|iyiles\w*|sislik\w*)"

RULES: Final = (
    # fda_misrepresentation --------------------------------------------------------------------
    rule(
        "fda_misrepresentation",
        r"\bfda\b[^.;]{0,40}?\b" + _APPROVED + r"|\b" + _APPROVED + r"[^.;]{0,25}?\bfda\b"
        # registered with the FDA; the 361 exemption read as approval or permission ("361
        # muafiyeti kapsamında, yani FDA açıkça izin vermiş")
        r"|\bfda(?:'|’)?\w*\s+(?:kayitli|tescilli)\w*"
        r"|\bmuafiyet\w*[^.!?]{0,80}?\b(?:onayli\s+(?:kabul|sayil)|izin\s+ver)\w*"
        r"|\bfda\s+(?:\w+\s+)?(?:sertifika|tescil|uyum|izin)\w*"
        # an FDA inspection passed ("FDA denetiminden geçmiş laboratuvar"), a trial listing read
        # as registration or approval ("clinicaltrials.gov'da listelenmiştir; bu da ...
        # tescillendiğinin kanıtıdır")
        r"|\bfda\w*\s+(?:denetim|teftis)\w*\s+(?:\w+\s+)?(?:gec|basari)\w*"
        r"|\bclinicaltrials\b[^!?]{0,160}?\b(?:tescil(?!\w*?(?:lenme(?:mi|di|yen|z)|siz))|"
        + _APPROVED
        + r")\w*"
        # the United States or its authorities said to approve it ("Amerikan onaylı kalite",
        # "Amerika'nın onayladığı standartta")
        r"|\b(?:amerika\w*|abd)(?:'\w+)?\s+(?:otorite\w*\s+)?(?:tarafindan\s+)?"
        + _APPROVED
        # approval by the Turkish health ministry or the state implied for the treatment itself
        # ("Sağlık Bakanlığı onaylı kök hücre yüz gençleştirme", "devletin onay verdiği yöntem")
        + r"|\b(?:saglik\s+bakanligi|bakanlik|devlet|titck)\w*\s+(?:tarafindan\s+)?"
        r"(?:onayli|onay\s+ver(?:digi|ilen|ilmis)|onayla(?:digi|nan|nmis))\s+(?:\w+\s+){0,2}?"
        r"(?:kok\s+hucre|hucre|tedavi|yontem|uygulama|islem|protokol|gencles)\w*\b"
        # a licensed centre or laboratory is not the treatment approved
        r"(?!\s+(?:merkez|klinik|hastane|laboratuvar|unite|banka)\w*)"
        # "FDA standartlarına uygun": compliance read as sanction
        r"|\bfda\s+(?:standart|kural|yonerge|kriter|gereklilik|duzenleme|normlar)\w*\s+(?:\w+\s+)?"
        r"(?:uygun|uyumlu|uyar|gore)\w*",
        # drugs the FDA approved (minoxidil, finasteride) are not the clinic's cells
        not_after=r"^\w*\s+(?:[\w-]+\s+)?ilac\w*",
        # nor are hyaluronic-acid fillers and botulinum toxin, which the FDA did approve, or
        # cord-blood products for blood diseases
        not_in_sentence=_BLOOD_DISEASE + r"|\b(?:hyaluron|hiyaluron|botoks|botulinum)\w*"
        # "bu onay yalnızca cihazın kendisi içindir": a device's approval, limited to it
        r"|\b(?:yalnizca|sadece)\s+(?:\w+\s+){0,2}?(?:cihaz|aygit)\w*|\banlamina\s+gelmez\b",
    ),
    # cure -------------------------------------------------------------------------------------
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
        # who is not treated ("uygulanmaz", "yapılmaz", "bu işleme alınmamaktadır", "uygun aday
        # değildir", "çalışmaya alınmamaktadır")
        + r"|\b(?:uygulanmaz|kullanilmaz|yapilmaz|yapilmamakta\w*|uygulanmamakta\w*)\b"
        + r"|\b(?:uygun\s+(?:aday\s+)?|aday\s+)degil(?:dir|ler|lerdir)?\b"
        # standard care described: first-line treatment, medicines or creams a doctor recommends
        + r"|\b(?:ilk|birinci)\s+basamak\b|\b(?:ilac|krem)\w*\b[^.!?]{0,80}?\boner\w*"
        + r"|\boner\w*\b[^.!?]{0,40}?\b(?:ilac|krem)\w*"
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
        r"|\bbiyolojik\s+yas\w*\s+(?:\w+\s+)?(?:geri|azalt|dusur|genclest)\w*",
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
        r"|\b(?:tum|butun)\s+vucud\w*\s+(?:\w+\s+){0,3}?(?:tedavi|onari|iyilestir)\w*"
        # a pain-free life or movement promised ("ağrısız bir hareket"), not a painless procedure
        r"|\bagrisiz\s+(?:bir\s+)?(?:hareket|yasam|hayat|yurume)\w*",
    ),
    # no_risk ----------------------------------------------------------------------------------
    rule(
        "no_risk",
        r"\byan\s+etki\w*[^.;:]{0,50}?\b(?:yok\w*|olmaz|olamaz|olmamas\w*|gorulmez|gozlenmez|bulunmaz"
        r"|yasanmaz|bulunmamakta\w*|gorulmemekte\w*|gozlenmemekte\w*|olusmaz|olmayan)",
        r"\b(?:reddedilmez|reddetmez|alerji\s+yapmaz)\b",
        # "ters gidebilecek hiçbir şey yok"; "... sorun yaşama ihtimaliniz bulunmuyor"
        r"\bters\s+gid\w*\s+(?:hicbir|bir)\s+sey\s+(?:yok|olmaz)\w*"
        r"|\b(?:alerji|enfeksiyon|sorun|komplikasyon|risk)\w*[^.;]{0,60}?\bihtimal\w*\s+(?:bulunmuyor"
        r"|bulunmaz|yok)\w*",
        r"\byan\s+etki\w*\s+(?:\w+\s+)?(?:tespit\s+edilmemis|saptanmamis|bildirilmemis)\w*",
        r"\b(?:komplikasyon\w*|reaksiyon\w*|reddetme\w*|reddedil\w*|ret\b|alerji\w*|enfeksiyon\w*)"
        r"[^.;:]{0,60}?\b(?:karsilasilmaz|gorulmez|gozlenmez|yasanmaz|olusmaz|gelismez"
        # "alerji ... söz konusu olamaz", "komplikasyon yok"
        r"|soz\s+konusu\s+(?:degil\w*|olamaz|olmaz)|yoktur|yok\b|olmaz|yol\s+acmaz|neden\s+olmaz"
        r"|sebep\s+olmaz|yapmaz)"
        # rejection or infection "impossible"; complications brought "down to zero"
        r"|\b(?:redd(?:i|et|edil)|ret\b|alerji|enfeksiyon|komplikasyon)\w*\s+(?:\w+\s+){0,2}?"
        r"(?:imkansiz|olanaksiz)\w*"
        r"|\b(?:risk|komplikasyon|yan\s+etki|enfeksiyon)\w*\s+(?:\w+\s+)?sifira\s+(?:indir|dusur)"
        r"(?:ilmis|mis|di|ir|iyor|ur|uyor|ulmus|dik|dig)\w*",
        # "risk de yok"
        r"\brisk\w*\s+(?:de\s+|da\s+)?(?:yoktur|yok|tasimaz|tasimadan|tasimamakta\w*|tasimiyor\w*"
        r"|bulunmaz|bulunmamakta\w*|bulunmuyor\w*|icermez)\b"
        r"|\bhicbir\s+(?:yan\s+etki\w*|risk\w*|komplikasyon\w*|tehlike\w*)",
        self_negated=True,
    ),
    rule(
        "no_risk",
        r"\byan\s+etkisiz\w*|\brisksiz\w*|\bsifir\s+risk\w*|\brisk\w*\s+sifir\w*"
        r"|(?:%\s?100|\byuzde\s+yuz|\btamamen|kesinlikle|tamamiyla|son\s+derece)\s+guvenli\w*"
        r"|\brisk\w*\s+ortadan\s+kaldir(?!m)\w*|\bzararsiz\w*",
    ),
    # guaranteed -------------------------------------------------------------------------------
    rule(
        "guaranteed",
        r"\bgaranti\w*|(?:%\s?100|\byuzde\s+yuz)\s+(?:basari\w*|sonuc\w*|etkili|memnun\w*)"
        # the clinic's own promise ("genç bir cilt vaat ediyoruz", "söz veriyoruz"), or its
        # doctor's ("her hastaya aynı başarıyı vaat etmektedir")
        r"|\bvaat\s+(?:ed(?:iyoruz|eriz|iyor|er)|etmektedir)\b|\bsoz\s+ver(?:iyoruz|iriz)\b"
        r"|\bkesin\s+(?:sonuc\w*|cozum\w*|basari\w*)"
        r"|\bbasari\s+oran\w*\s+(?:\w+\s+){0,3}?(?:%\s?\d+|yuzde\s+\d+)"
        r"|(?:%\s?\d{2,3}|\byuzde\s+\d{2,3})\s+(?:\w+\s+)?basari\w*"
        r"|\bbasari(?:li|yla)\s+(?:bir\s+sekilde\s+)?(?:sona\s+erer|sonuclan(?:ir|maktadir))",
        not_after=r"^\s*(?:\w+\s+)?(?:fiyat\w*|gizlilik\w*|hijyen\w*|belge\w*)",
        # a figure "according to" a register or study is cited, not the clinic's own odds
        # nor is a "kesin çözüm" said not to exist yet
        not_in_sentence=r"\b(?:veri\w*|arastirma\w*|calisma\w*|istatistik\w*|literatur\w*"
        r"|rapor\w*|yayin\w*)\s+gore\b|" + _NOT_AVAILABLE,
        # only a promised outcome is a guarantee, not a product's warranty
        needs_in_clause=r"\b(?:sonuc|basari|etki|memnun|para\s+iade|kalici|genc|cilt|kirisik|iyiles"
        r"|cozum)",
    ),
    rule(
        "guaranteed",
        # "on yaş daha genç görüneceksiniz", "akne izleriniz yok olacak", "kırışıklıklarınız
        # azalacak", "cildiniz daha sıkı olacak": the reader's result certain by grammar
        r"\bgenc\w*\s+(?:\w+\s+)?gorunecek\w*"
        r"|\b(?:iz|izler|kirisik|leke|cizgi|sarkma|gozenek)\w*\s+(?:\w+\s+){0,2}?(?:yok\s+olacak"
        r"|kaybolacak|silinecek)\w*"
        r"|\b(?:kirisik|leke|cizgi|sarkma|gozenek)\w*\s+(?:\w+\s+){0,2}?(?:azalacak|duzelecek)\w*"
        r"|\bcildiniz\w*\s+(?:\w+\s+){0,3}?(?:(?:daha\s+)?(?:siki|genc|parlak|puruzsuz|dolgun|canli"
        r"|gergin|aydinlik)\w*\s+olacak|sikilasacak|genclesecek|aydinlanacak|toparlanacak)\b"
        # the before-and-after picture or the same result promised to you ("sizde de aynı
        # tablo olacak"); "10 kişiden 10'u": all of them, the clinic's own odds
        r"|\b(?:sizde|siz|sizin)\s+de\s+ayni\s+(?:\w+\s+)?\w+(?:acak|ecek)\w*"
        r"|\b(?P<all>\d+)\s+(?:kisiden|hastadan|danisandan|hastamizdan)\s+(?P=all)'?\w*\s+"
        r"(?:\w+\s+){0,2}?(?:memnun|iyiles|basari|fark|sonuc|gor)\w*",
        # what "our patients" always get, or their share pleased
        r"\b(?:hastalarimiz|danisanlarimiz)\w*\s+(?:\w+\s+)?her\s+zaman\s+(?:\w+\s+){0,3}?"
        r"(?:gorur|goruyor|alir|aliyor|yasar|memnun)\w*"
        r"|\b(?:hastalarimiz|danisanlarimiz)\w*\s+(?:%\s?\d{2,3}|yuzde\s+\d{2,3}|tamami|hepsi|tumu)'?\w*"
        r"\s+(?:\w+\s+){0,3}?(?:memnun|iyiles|basari)\w*",
        # certainty about the outcome itself ("kesinlikle sonuç alırsınız")
        r"\b(?:kesinlikle|mutlaka|muhakkak)\s+(?:\w+\s+){0,3}?(?:sonuc|fark|etki|degisim|iyiles"
        r"|genclik|genclestir)\w*"
        # "you will (surely) see it": the outcome by grammar
        r"|\b(?:kesinlikle|mutlaka|muhakkak)\s+(?:\w+\s+){0,2}?(?:gorecek|hissedecek|fark\s+edecek)"
        r"(?:siniz|sin)\b"
        r"|\b(?:fark|sonuc|degisim|etki|iyiles|gencles)\w*\s+(?:\w+\s+){0,3}?(?:gorecek|hissedecek)"
        r"(?:siniz|sin)\b",
    ),
    rule(
        "guaranteed",
        # the money back if the result does not come ("sonuç almazsanız paranızı iade ediyoruz")
        r"\b(?:para|ucret)\w*\s+(?:\w+\s+)?iade\w*",
        needs_in_sentence=r"\b(?:sonuc|memnun|etki|fark|basari)",
        # a refund refused ("memnuniyetsizlik gerekçesiyle iade yapılmamaktadır")
        not_in_sentence=r"\biade\s+(?:edilmez|yapilmaz|edilmiyor|yapilmiyor|edilmemekte\w*"
        r"|yapilmamakta\w*)",
    ),
    rule(
        "guaranteed",
        # "asla başarısız olmaz": the denial is the promise; so is "sonuç almadan ayrılan tek bir
        # hasta olmadı" (nobody ever left without a result)
        r"\b(?:asla|hicbir\s+zaman)\s+basarisiz\s+olma\w*"
        r"|\b(?:sonuc|fark|degisim)\w*\s+(?:\w+\s+)?(?:almadan|alamadan|gormeden|goremeden)\s+"
        r"(?:\w+\s+){0,2}?(?:tek\s+(?:bir\s+)?(?:hasta|kisi|danisan)|hic\s*kimse|kimse)\w*"
        # free sessions or a refund if the result does not come ("saçları görmezseniz kalan
        # seanslar bizden, tek kuruş ödemezsiniz"), not a free check-up
        r"|\b(?:gor|gore|al|ala|kal)(?:mezseniz|mazsaniz)\b[^.;]{0,60}?\b(?:bizden|ucretsiz|bedava"
        r"|odemezsiniz|odemeyeceksiniz|iade)\b"
        r"(?!\s+(?:\w+\s+)?(?:kontrol|muayene|gorusme|degerlendirme|danisma))",
        self_negated=True,
    ),
    # permanent --------------------------------------------------------------------------------
    rule(
        "permanent",
        r"\bkalici(?:dir|d[iu]r)?\b|\bkalici\s+olarak\b",
        not_before=r"\b(?:daha|en)\s+$",
        not_after=r"^\s*(?:makyaj|dovme|(?:lazer\s+)?epilasyon|oje|kas|dolgular\w*|hasar|iz|izler|sakatlik|yan\s+etki|kayip"
        # a permanent filler is a product; "kalıcı dolgunluk" (lasting fullness) is a result
        r"|felc|komplikasyon|deformite|sinir|gorme|isitme|ilac|dolgu(?!nl))\w*",
    ),
    rule(
        "permanent",
        r"\b(?:omur|hayat|yasam)\s+boyu\b|\bsonsuza\s+(?:dek|kadar)\b",
        # a lifetime discount or membership is no result
        not_in_sentence=r"\bindirim\w*|\buyelik\w*|\bsadakat\w*",
    ),
    rule(
        "permanent",
        # what was corrected "shows no increase over time": no return is the permanence claimed
        r"\b(?:zamanla|zaman\s+icinde|ileride)\s+(?:tekrar\s+|yeniden\s+)?(?:artis|nuks"
        r"|geri\s+donus)\w*\s+(?:gorulmez|olmaz|yasanmaz)",
        self_negated=True,
    ),
    rule(
        "permanent",
        r"\btekrar\w*\s+(?:\w+\s+)?(?:gerek\s+(?:yok|kalmaz)\w*|gerekmez|gerektirmez)"
        r"|\bbir\s+daha\s+(?:asla\s+)?(?:geri\s+gelmez|tekrar\w*\s+gerek\w*)"
        # "bir daha hiç yenilemeniz gerekmez", "geri dönüşümsüzdür", "eski haline dönmez"
        r"|\bbir\s+daha\s+(?:hic\s+)?(?:yenile|tekrarla)\w*\s+gerek(?:mez|miyor|yok)\w*"
        r"|\bgeri\s+donusumsuz\w*|\beski\s+haline\s+(?:geri\s+)?donmez\b",
        self_negated=True,
    ),
    # hair that "will never fall out again", "does not fall out for life", an effect that "will
    # never pass" ("etkisinin hiç geçmeyeceğini"): a denied loss is the permanence claimed, unless
    # it is said that this cannot be said ("söylenemez")
    rule(
        "permanent",
        r"\b(?:bir\s+daha|asla|hicbir\s+zaman|(?:omur|hayat|yasam)\s+boyu)\s+(?:\w+\s+){0,2}?"
        r"(?:dokulme|kaybolma|geri\s+gelme)\w*"
        r"|\b(?:etki|sonuc)\w*\s+(?:\w+\s+)?(?:hic|asla|hicbir\s+zaman|bir\s+daha)\s+"
        r"(?:gecme|kaybolma|azalma|bitme|sonme)\w*",
        not_after=r"^\s*(?:soylenemez|mumkun\s+degil|dogru\s+degil|beklenme)\w*",
        self_negated=True,
    ),
    # instant ----------------------------------------------------------------------------------
    rule(
        "instant",
        r"\b(?:hemen|aninda|derhal)\b(?!\s+hemen)",
        needs_in_clause=_OUTCOME,
        not_before=r"\bhemen\s+$",
        # an instruction to seek care at once ("hemen en yakın hastanenin acil servisine
        # başvurunuz")
        not_after=r"^\s*(?:en\s+yakin\s+)?(?:\w+\s+)?(?:doktor|hekim|hastane|acil|112"
        r"|saglik\s+kurulus)\w*",
    ),
    rule(
        "instant",
        r"\bbeklemeye\s+(?:de\s+|da\s+)?gerek\s+(?:yok\w*|kalmadan)"
        r"|\bbeklemenize\s+(?:de\s+|da\s+)?gerek\s+(?:yok\w*|kalmadan)|\bbeklemeden\b",
        needs_in_sentence=_OUTCOME,
        self_negated=True,
    ),
    rule(
        "instant",
        r"\b(?:ayni\s+gun\w*|ilk\s+seans\w*\s+(?:itibaren|sonra\w*)|dakikalar\s+icinde"
        r"|saatler\s+icinde|anlik|(?:bir|tek)\s+saat(?:te|\s+icinde))\b",
        needs_in_clause=_OUTCOME,
    ),
    rule(
        "instant",
        r"\bklinikten\s+(?:cikarken|ciktiginizda|ayrilirken)\b"
        # "akşam uygulama, sabah pürüzsüz bir cilt", "cuma akşamı yaptırdım, cumartesi sabahı
        # ...", "sabah kalktığınızda": overnight; "sabah gelin, akşam ...", "aynı akşam": the
        # same day
        r"|\baksam\w*\b[^.!?]{0,30}?\bsabah\w*|\bsabah\b[^.!?]{0,30}?\baksam\w*"
        r"|\bsabah\s+(?:kalkt|uyand)\w*|\bayni\s+(?:aksam|gece)\b"
        # leaving with "your new face" ("yeni yüzünüzle Boğaz turuna çıkın")
        r"|\byeni\s+(?:yuz|gorunum)\w*\s+(?:\w+\s+){0,3}?(?:cik|don)(?:in|un|iniz|unuz|abilir\w*"
        r"|ebilir\w*|arsiniz|ersiniz|acaksiniz|eceksiniz)\b"
        r"|\bilk\s+gunden\s+(?:itibaren|baslayarak)\b",
        # the result itself, not the swelling going down from the first day
        needs_in_sentence=r"\b(?:sonuc|fark|gencles|etki|gorul|puruzsuz|dolgun|cilt|degis)\w*"
        r"|\byeni\s+(?:yuz|gorunum)\w*",
        # nor home the same evening with results that build over weeks ("sonuçlar haftalar
        # içinde görülür")
        not_in_sentence=r"\b(?:sislik|odem|morarma)\w*|\b(?:hafta|ay)(?:lar)?\s+(?:icinde|sonra"
        r"|boyunca)|\b\d+\s*(?:[-–]\s*\d+\s*)?(?:hafta|ay)(?:da|ta|lik|dir|tir)?\b|\bzamanla\b",
    ),
    # universal --------------------------------------------------------------------------------
    rule(
        "universal",
        # "her cilde uyum sağlar": every skin
        r"\bher\s+yas\w*|\b(?:her|tum|butun)\s+cilt\s+tip\w*|\bher\s+tip\s+cilt\w*|\bherkes\w*"
        r"|\b(?:her|tum|butun)\s+cil(?:de|te|tte|tlere)\b",
        # "a disease seen at every age" says nothing of who the treatment suits, nor does a rule
        # everyone must meet ("ön muayene herkes için zorunludur")
        not_in_sentence=r"\bzorunlu\w*",
        needs_in_clause=r"\b(?:uygula\w*|uygun\w*|yapil\w*|kullanil\w*|tercih\w*|ideal\w*|faydalan\w*"
        r"|yararlan\w*|icin|etkili\w*|sonuc\w*|guvenle|aday\w*|mumkun\w*|yaptir\w*|uyum\s+sagl\w*)",
    ),
    rule(
        "universal",
        r"\bher\s+(?:kadin|erkek|hasta|birey|kisi)\w*\s+(?:\w+\s+){0,2}?(?:uygun|uygulan|icin)\w*"
        r"|\bher\s+yas\w*\s+ve\s+her\s+cilt\s+tip\w*[^.;]{0,40}?\betki\w*"
        r"|\btum\s+hasta\w*\s+(?:icin|uygun)\w*"
        r"|\bileri\s+yas\w*\s+(?:\w+\s+){0,2}?(?:olsa\s+(?:da|de|bile))\b[^.;]{0,60}?"
        r"(?:tavsiye|uygulan|yapil|oneril)\w*"
        r"|\bne\s+olursa\s+olsun\b[^.;]{0,60}?\b(?:uygun|etkili|sonuc)\w*"
        r"|\b(?:yas|cinsiyet)\w*[^.;]{0,25}?(?:fark\s*etmeksizin|ayrimi\s+olmaksizin"
        r"|gozetmeksizin|bakilmaksizin)",
        # a rule every patient must meet (an application, a permit) is not a treatment for all
        not_in_sentence=r"\bsart\s+kos\w*|\bzorunlu\w*|\bizin\s+(?:al|talep)\w*",
    ),
    rule(
        "universal",
        # "yaş sınırı yoktur": the denied limit is the claim; so is no screening ("ön muayeneye
        # gerek yok") and no one turned away ("tek bir başvuruyu bile geri çevirmedik")
        r"\byas\s+sinir\w*\s+(?:yok\w*|bulunmaz|olmaz)"
        r"|\bon\s+muayene\w*\s+(?:de\s+|da\s+)?gerek\s+(?:yok|kalmadan|olmadan)\w*"
        r"|\bon\s+muayenesiz\b"
        r"|\b(?:hic\s*kimse\w*|tek\s+(?:bir\s+)?(?:basvuru|hasta|kisi|danisan)\w*)\s+"
        r"(?:\w+\s+){0,2}?geri\s+(?:cevir|gonder)"
        r"(?:medik|miyoruz|meyiz|mez|ilmedi|ilmez|ilmiyor)\w*",
        self_negated=True,
    ),
    # unverified_source ------------------------------------------------------------------------
    rule(
        "unverified_source",
        r"\bkordon\w*|\bplasenta\w*|\bwharton\w*|\bamniyo\w*|\bamnio\w*|\bdonor\w*|\bbagisci\w*"
        r"|\bembriyo\w*|\bfetal\w*|\bfetus\w*|\bhayvan\w*\s+(?:kaynak\w*|kok\s+hucre\w*|hucre\w*)"
        r"|\bhayvansal\s+(?:kaynak\w*|kok\s+hucre\w*|hucre\w*)|\binsan\s+kaynakli\b"
        r"|\b(?:koyun|kuzu|inek|sigir|domuz|tavsan|balik)\w*\s+(?:kaynak\w*|kok\s+hucre\w*|hucre\w*"
        r"|eksozom\w*|plasenta\w*)"
        r"|\b(?:yenidogan|bebek)\w*\s+(?:\w+\s+)?(?:hucre|doku|kok)\w*"
        r"|\bbaska\s+(?:bir\s+)?(?:kisi|insan|birey)\w*",
        r"\b(?:bitki|elma|uzum|alg)\w*\s+(?:kaynak\w*|kok\s+hucre\w*|hucre\w*)|\bsunnet\s+derisi\w*"
        r"|\ballojenik\w*|\bksenojenik\w*|\bsomon\w*"
        # a formula kept secret ("formülü ... gizli tutulan hücre kompleksimiz")
        r"|\bformul\w*\s+(?:\w+\s+){0,3}?gizli\w*|\bgizli\s+(?:tutulan\s+)?(?:formul|hucre|icerik)\w*",
        not_in_sentence=_BLOOD,
        not_after=r"^\w*\s+ol(?:mak|ma|abil|un)\w*",
    ),
)

LANGUAGE: Final = Language(
    code="tr",
    rules=RULES,
    clause_break=re.compile(r";|:(?!\d)|\s[-–—]+\s|\b(?:ancak|fakat|ama|lakin|oysa|ragmen)\b"),
    negated_before=re.compile(r"\b(?:asla|hicbir\s+zaman)\s+(?:[\w'-]+\s+){0,2}$"),
    denied_after=re.compile(
        # "yok ediyor" (eradicates) is no denial; "anında bir değişim beklemeyin": do not expect it;
        # a denial after a comma is the next item of a list ("başarı oranı %100, hayal kırıklığı
        # yok")
        r"^[^\w,]*(?:[\w'-]+\s+){0,4}?(?:degil\w*|mumkun\s+degil\w*|yok(?!\s+ed)\w*"
        r"|bekle(?:meyin|meyiniz|nmemeli)\w*)\b"
        # "-mayız/-meyiz", we do not or cannot ("riski sıfıra indiremeyiz")
        r"|^[^\w,]*(?:[\w'-]+\s+){0,2}?\w+(?:maz|mez|mayiz|meyiz|mamis\w*|memis\w*|mamakta\w*"
        r"|memekte\w*|miyor\w*|muyor\w*"
        # "-madı" (did not), not "-madır" ("uygulamadır": it is an application)
        r"|madi(?!r)\w*|medi(?!r)\w*)\b"
        # "kalıcı olmayan dolgular": not permanent
        r"|^\s*olmayan\b"
    ),
    # the phrase's own last word is a negated verb: "durdurmaz", "onaylanmadı", "döndürmüyor"
    # ("biyomedikal" and "-madır", "it is an application", are not)
    negative_ending=re.compile(
        r"^\w{2,}?(?:(?:maz|mez)(?:$|lar\w*|ler\w*|s\w*|d[iu]r$)|(?:mayiz|meyiz)$"
        r"|(?:mamis|memis|mamakta|memekte"
        r"|miyor|muyor)\w*$|(?:madi|medi)(?:$|k$|klar\w*|kler\w*|lar$|ler$|[mn]$|niz$|miz$|g\w*))"
    ),
    source_denied_after=re.compile(
        r"\b(?:degil\w*|kullanmiyoruz|kullanmayiz|kullanilmaz|kullanilmamaktadir|kullanilmayacak\w*"
        r"|kullanilmiyor\w*|karistirilmaz|icermez"
        r"|bulunmaz)\b|^\s*olmayan\b"
    ),
    source_informs=re.compile(
        # its established use: blood cancers, marrow transplants, cord-blood banks
        r"\b(?:losemi\w*|lenfoma\w*|miyelom\w*|hematopoetik\w*|hematolojik\w*"
        r"|kan\s+(?:hastalik\w*|kanser\w*)|kemik\s+iligi\s+nakl\w*|kordon\s+kani\s+banka\w*)"
        # a regulator's or a court's action on it
        r"|\b(?:fda|saglik\s+bakanligi|bakanlik|titck|mahkeme\w*|savcilik\w*)\b[^.!?]{0,100}?"
        r"\b(?:uyar\w*|toplat\w*|yasakla\w*|durdur\w*|kapat\w*|dava\w*|ceza\w*)"
        # what the tissue is; firms that sell it; the risks or the ethics it carries
        r"|\b(?:cevreleyen|besleyen)\b|\b\w+\s+(?:organdir|dokudur|sividir|zardir|tabakadir)\b"
        r"|\bbazi\s+(?:firmalar|sirketler)\w*|\b(?:firmalar|sirketler)\w*\s+(?:[\w-]+\s+){0,5}?"
        r"(?:pazarl\w*|sat(?:iyor|ar|makta)\w*)"
        r"|\b(?:risk\w*|tehlike\w*)\s+(?:tasir|tasiyor|tasimaktadir|icerir|barindirir)\b"
        r"|\betik\s+(?:tartisma\w*|sorun\w*|kaygi\w*)"
        # the evidence for it said to be lacking ("güçlü veri olmadığını belirtiyor")
        r"|\b(?:veri|kanit|calisma|arastirma)\w*\s+(?:\w+\s+)?(?:olmadig|bulunmadig|yetersiz|eksik"
        r"|yoktur|bulunmamakta)\w*"
        # or said to belong in clinical research only
        r"|\b(?:yalnizca|sadece)\s+(?:klinik\s+)?(?:arastirma|calisma)\w*\s+kapsam\w*"
        # what the tissue is ("... kalan kandır"), cord blood collected and banked, the ethics
        # and the debate it raises, the risks it can carry, what the cells cannot do, research
        # reported
        r"|\b\w+\s+(?:kandir|hucredir|hucrelerdir|nakildir|maddedir)\b"
        r"|\b(?:saklan|saklat|dondurul|depolan)\w*|\bbankalar\w*"
        r"|\btartism\w*|\betik\s+(?:acidan|olarak|yonden)\b"
        r"|\b(?:reddedilebil|yol\s+acabil|neden\s+olabil|tetikleyebil)\w*"
        r"|\bgibi\s+davranma\w*|\bdonusemez\w*"
        r"|\barastirmaci\w*|\bbilim\s+insan\w*"
        r"|\bkordon\s+kani\s+nakl\w*|\bkontaminasyon\w*|\bbildirilmis\w*|\bsoylenen\b"
        r"|\b(?:arastirma|bilim)\s+ekib\w*|\bhayvan\s+model\w*|\bincele(?:niyor|nmekte|mekte|iyor)\w*"
        r"|^\W*[\w-]+(?:\s+[\w-]+){0,3}\s*:\s+[^.]{0,120}?\b(?:elde\s+edilen|donusebilen|alinan"
        r"|kaynakli)\b|\balerji\s+oykus\w*"
        # a research group or a university department at work, a regulation's text, a use said
        # to be wrong to recommend ("önerilmesi doğru değildir")
        r"|\b(?:calisma|arastirma)\s+grub\w*|\banabilim\s+dal\w*|\byonetmeli[kg]\w*"
        r"|\boneril\w*\s+dogru\s+degil\w*"
        # an insurer's exclusion ("... doğan zararlar teminat dışıdır", "poliçe kapsamında
        # değildir")
        r"|\bteminat\s+disi\w*|\bpolice\w*\s+kapsam\w*|\b(?:dogan|kaynaklanan)\s+zarar\w*"
    ),
    hedges_before=MappingProxyType(
        {
            "permanent": re.compile(
                r"\b(?:ne\s+kadar\w*|belki|genellikle|bazen|bazi|cogunlu\w*|kismen)\b"
            ),
            "no_risk": re.compile(r"\b(?:nadir\w*|cok\s+az|dusuk)\b"),
            "universal": re.compile(r"\b(?:cogu|genellikle|hemen\s+hemen)\b"),
            "guaranteed": re.compile(r"\b(?:belki|umuyoruz|hedefliyoruz)\b"),
            "cure": re.compile(r"\b(?:potansiyel\w*|arastir\w*|umut\w*|belki|gelecekte)\b"),
        }
    ),
    hedges_after=MappingProxyType(
        {
            "permanent": re.compile(
                r"^\W*(?:[\w'-]+\s+){0,2}?(?:\w*(?:abilir|ebilir)\w*|olabil\w*)\b"
                # "kalıcı bir onarım hedefler": an aim, not a promise
                r"|^\W*(?:[\w'-]+\s+){0,4}?(?:hedefl\w*|amacl\w*)"
                # "kalıcı olması için ... önerilir": what lasting takes, a condition
                r"|^\W*(?:olmasi|olabilmesi|kalmasi)\s+icin\b"
            ),
            "universal": re.compile(r"^\W*(?:[\w'-]+\s+){0,3}?(?:farkli\w*|degis\w*)"),
            # "riski yok denecek kadar azdır": so small it is almost none, a small risk
            "no_risk": re.compile(r"^\W*denecek\s+kadar\b"),
            "cure": re.compile(r"^\W*(?:[\w'-]+\s+){0,4}?(?:amacl\w*|amaci\w*|hedefl\w*)"),
            # "they may be of animal or plant origin": what exosomes can be, not what is sold
            "unverified_source": re.compile(r"^\W*(?:[\w'-]+\s+){0,3}?olabil\w*"),
        }
    ),
    hedges_in_sentence=MappingProxyType(
        {
            # "sonuçlar kişiden kişiye değişir": a result that varies is not promised
            "guaranteed": re.compile(r"\bkisiden\s+kisiye\b"),
            # "yapılan her işlemin etkisi zamanla azalır": a limit on how long it lasts
            "permanent": re.compile(
                r"\b(?:etki|sonuc)\w*\s+(?:\w+\s+){0,2}?(?:zamanla|zaman\s+icinde|giderek"
                r"|yavas\s+yavas)\s+azal\w*"
            ),
            # "kızarıklık, hafif şişme gibi yan etkiler dışında": the risks that remain are named
            "no_risk": re.compile(
                r"\b(?:yan\s+etki|sislik|kizariklik|morarma)\w*\s+(?:\w+\s+){0,2}?disinda\b"
                # harm on record: "şişlik oluştu", "reaksiyon gelişen 7 hasta", "yaşadığı
                # enfeksiyon", "komplikasyonlar bildirilmiştir"
                r"|\b(?:enfeksiyon|reaksiyon|komplikasyon|sislik|sertlik|kist|nekroz|iltihap)\w*\s+"
                r"(?:\w+\s+){0,2}?(?:olustu|gelisti|gelisen|yasandi|bildirilmis\w*|bildirildi"
                r"|goruldu|saptandi)\b"
                r"|\b(?:yasadigi|yasanan|gelisen|olusan)\s+(?:\w+\s+)?(?:enfeksiyon|reaksiyon"
                r"|komplikasyon|sislik)\w*"
                # "bu yan etkiler herkeste görülmez": not in everyone, so in some
                r"|\b(?:herkeste|her\s+hastada)\s+(?:gorulmez|olmaz|gelismez)\b"
            ),
            # "... hamileler ve kanser hastalarında sakıncalı": who it does not suit is named
            "universal": re.compile(
                # "işleme uygun olup olmadığınıza ... doktorunuz karar verir"
                r"\buygun\s+olup\s+olmadi\w*|"
                r"\bsakincali\w*|\buygulanmama\w*|\buygun\s+degil\w*|\bkontrendik\w*|\bhamile\w*"
                r"|\bgebe\w*"
            ),
            "cure": re.compile(
                # "etkili bir çözüm olabilir": it may be a solution, not that it is one
                r"\b(?:cozum|etkili)\w*\s+olabil\w*|"
                # an aim named ("tedavisindeki amaç ... kazandırmaktı"), as the aims
                # after a claim are
                r"\bamac(?:i|imiz)?\b|"
                # a patient who "became a ray of hope" to others is held up, not hedged
                r"\b(?:potansiyel\w*|arastiril\w*|arastirma\w*"
                r"|umut(?!\s+isig\w*\s+ol(?:du|uyor|maktadir))\w*|calismalar\w*\s+sur\w*"
                # studies at work hedge; unnamed studies said to have shown the cure ("çeşitli
                # çalışmalar ... iyileşme sağladığını göstermiştir") make it, as in English
                r"|calisma(?:lar|nin|lari|larin|da|larda|si|sinda|sina)?\b(?![^.!?]*\bgoster\w*)"
                # the evidence said to fall short ("çalışmaların ... yetersizlikleri")
                r"|\b(?:veri|kanit|calisma|arastirma)\w*\s+(?:\w+\s+){0,5}?(?:olmadig|bulunmadig"
                r"|yetersiz|eksik)\w*|dergi\w*|yayimla\w*|deneysel\w*|henuz\w*|bilim\s+insan\w*|arastirmaci\w*)"
                # a prospect for later stages, or a response that varies and a disease that may
                # come back: a caution, not a cure
                # (not a relapse prevented "ilerleyen zamanda yeniden")
                r"|\bilerleyen\s+(?:asama|yil|donem|zaman)\w*(?!\s+(?:\w+\s+)?(?:yeniden|tekrar))|\bkisiden\s+kisiye\b"
                r"|\btekrarlayabil\w*"
            ),
        }
    ),
    warning=re.compile(
        # "dikkat çekti" (drew attention) reports, it does not warn; "uyarı" is a warning;
        # "uyarır", "uyarılması", "uyarıcı" are also "stimulates"
        r"\bdikkat\b(?!li\b)(?!\s+edilerek)(?!\s+cek)|\bdikkatli\s+ol(?:un|mak|mali|manizi)\w*"
        r"|\buyar(?:i|isi|isinda|ida|ilarda|ilar\w*|iyor\w*|di\w*|mak|maktadir|isini)\b"
        r"|\bkacinin\w*|\bkacinmak\w*|\bkacinilmali\w*|\binanmay\w*|\binanmamal\w*|\buzak\s+dur\w*|\bince\s+eleyip"
        r"|\bsahte\s+(?:klinik|vaat)\w*"
        # "Sakın ... güvenip para yatırmayın": never do it, not "sakin" (calm)
        r"|^\W*sakin\b(?=.*\b\w+(?:mayin|meyin|mayiniz|meyiniz)\b)"
        # "... aracılara itibar etmeyiniz", "güvenmeyin": do not trust them
        r"|\bitibar\s+etme(?:yin|yiniz|meli\w*)|\bguvenme(?:yin|yiniz|meli\w*)\b"
    ),
    reported=re.compile(
        # "vaat eden klinikler", "'kesin sonuç' vaadinde bulunan" report a promise; "vaat
        # ediyoruz", "vaat etmektedir", "vaadinde bulunuyoruz" make one
        r"\biddia\w*|\bva(?:at|ad)(?!\s+(?:ed(?:iyoruz|eriz|iyor|er)|etmektedir)\b)"
        r"(?!inde\s+bulun(?:uyoruz|uruz)\b)\w*"
        # ... unless clinics, not "our clinics", are said to promise it ("bazı klinikler ... vaat
        # etmektedir")
        r"|\b(?:klinik|merkez|firma|sirket|ajans)(?:ler|lar)(?!imiz)\w*\b[^.;]{0,80}?\bvaat\b"
        r"|\bhaber\w*|\bsahte\w*|\baldat\w*|\byanilt\w*|\bdolandir\w*"
        r"|\bonaysiz\w*|\bruhsatsiz\w*|\bkanit\w*\s+(?:yok|bulunm)\w*|\bkanitlanma\w*"
        # an inspection reported, not one passed ("FDA denetiminden geçmiş" is the claim)
        r"|\bdenetim(?!\w*\s+(?:\w+\s+)?gec(?:mis|ti|en|er|iyor))\w*"
        r"|\bsorusturma\w*|\bgecmiste\b|\breklam\w*|\befsane\w*|\bmit\b|\byasak\w*"
        r"|\bizin\s+verilme\w*|\bcezai?\b|\bceza\w*|\bone\s+sur\w*|\byayginlas\w*"
        # marketing talk weighed ("pazarlama söylemleri"), a court's ruling
        r"|\bsoylem(?:i|in|ler\w*)?\b|\bmahkeme\w*|\byargitay\w*|\bdava\w*|\btazminat\w*"
        # a quotation named as a statement or a promise weighed ("'sonuç garantisi'
        # taahhütlerine", "'hiçbir yan etkisi yoktur' denilerek", "'... risk yok' ifadesi"); a
        # doctor's words quoted in the news ("... diye konuştu") are still the doctor's claim
        r"|['\"“”«»]\s*(?:gibi\s+)?(?:ifade\w*|taahhu[dt]\w*|ibare\w*|soz(?:u|une|unu|leri\w*)\b"
        r"|denil\w*|denen\w*)"
    ),
    question=re.compile(r"\b(?:mi|mu)(?:dir|sin|siniz|yiz|ler)?\s*\?\s*$"),
)
