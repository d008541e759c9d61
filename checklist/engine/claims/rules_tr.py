"""Turkish: the rules, as data (the context words that drop a proposal are in
``rules_tr_context``). Patterns are lower-case ASCII, read against the folded text
(``foreign.fold``): "ı", "İ", "I" and "i" all read as "i", "ş" as "s", "ğ" as "g", "ü" as "u",
"ö" as "o", "ç" as "c". Words are matched by their stems with ``\\w*`` for the suffixes
("kalıcı", "kalıcıdır"; "garanti", "garantili"); negation is mostly a suffix or a word after the
phrase ("kalıcı değildir", "olmaz", "-maz/-mez", "yok")."""

from __future__ import annotations

from typing import Final

from . import semantic
from .foreign import Language, rule
from .rules_tr_context import (
    CLAUSE_BREAK,
    DENIED_AFTER,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    HEDGES_IN_SENTENCE,
    NEGATED_BEFORE,
    NEGATIVE_ENDING,
    QUESTION,
    REPORTED,
    SEMANTIC_ANCHORS,
    SOURCE_DENIED_AFTER,
    SOURCE_INFORMS,
    WARNING,
)
from .rules_tr_cure import _BLOOD, _BLOOD_DISEASE, _NOT_AVAILABLE, CURE_RULES

# "uygun" as suitable for someone, not as proper training, conditions or manner ("uygun eğitimli
# bir hekim", "uygun koşullarda", "uygun şekilde")
_SUITS = r"uygun(?!\w*\s+(?:egitim|nitelik|kosul|ortam|donanim|sekil|bicim)\w*)"
# "onaylı", "onaylanmıştır", but not "onaylanmamıştır", "onaylamadı", "onaysız": the negation is a
# suffix of the same word
_APPROVED = r"onay(?!\w*?(?:lanma(?:mi|di|yan|z)|lama(?:mi|di|yan|z)|siz))\w*"
# harms a sentence can deny: "ne ağrı ne şişlik"
_HARM = (
    r"(?:(?:sorun|risk|yan\s+etki|komplikasyon|agri|sislik|morarma|enfeksiyon|kizariklik)\w*"
    r"|iz(?:i|ler|leri)?\b)"
)
# a sentence about a device or a filler the FDA approved, with no cell in it and no word of the
# FDA vouching for its safety or effect ("FDA onaylı, CE sertifikalı orijinal Hydrafacial
# cihazı", "FDA onaylı ... dolgular"; not "güvenilir ve etkili ... olduğu FDA tarafından
# belgelenmiştir"): the device's approval, not the stem-cell use's (CLAIMS.md)
_DEVICE_ONLY = (
    r"^(?![^.!?]*\b(?:kok\s+hucre|hucre|eksozom|exosom|prp|plazma|guvenli|guvenil|etkili|zarar)\w*)"
    r"[^.!?]*\b(?:cihaz|aygit|dolgu(?!nl)|lazer)\w*"
)
_OUTCOME = (
    r"\b(?:etki\w*|sonuc\w*|goru\w*|fark\w*|degisim\w*|gencles\w*|iyiles\w*|sislik\w*"
    # the skin refreshed or revived ("Anında ferahlamış cilt")
    r"|ferahla\w*|canlan\w*|tazelen\w*)"
)
# a share in figures or words ("%95", "yüzde 90"), and one given as a range ("%85-90")
_SHARE = r"(?:%\s?\d{2,3}|\byuzde\s+\d{2,3})"
_SHARE_OR_RANGE = r"(?:%\s?\d{2,3}(?:\s*[-\u2013]\s*\d{2,3})?|\byuzde\s+\d{2,3})"

RULES: Final = (
    # fda_misrepresentation --------------------------------------------------------------------
    rule(
        "fda_misrepresentation",
        r"\bfda\b[^.;]{0,40}?\b" + _APPROVED + r"|\b" + _APPROVED + r"[^.;]{0,25}?\bfda\b"
        # registered with the FDA; the 361 exemption read as approval or permission ("361
        # muafiyeti kapsamında, yani FDA açıkça izin vermiş")
        r"|\bfda(?:'|’)?\w*\s+(?:kayitli|tescilli)\w*"
        r"|\b(?:muafiyet\w*|361)\b[^.!?]{0,80}?\b(?:onayli\s+(?:kabul|sayil)|izin\s+ver"
        # ... or as accepted ("361 muafiyeti kapsamında ... resmen kabul görmüş")
        r"|resmen\s+kabul|kabul\s+gor)\w*"
        r"|\bfda\s+(?:\w+\s+)?(?:sertifika|tescil|uyum|izin)\w*"
        # an FDA inspection passed ("FDA denetiminden geçmiş laboratuvar"), a trial listing read
        # as registration or approval ("clinicaltrials.gov'da listelenmiştir; bu da ...
        # tescillendiğinin kanıtıdır")
        r"|\bfda\w*\s+(?:denetim|teftis)\w*\s+(?:\w+\s+)?(?:gec|basari)\w*"
        r"|\bclinicaltrials\b[^!?]{0,160}?\b(?:tescil(?!\w*?(?:lenme(?:mi|di|yen|z)|siz))|"
        + _APPROVED
        + r")\w*"
        # the United States or its authorities said to approve, recognise or permit it ("Amerikan
        # onaylı kalite", "Amerika'nın onayladığı standartta", "ABD'nin tanıdığı bir tedavi",
        # "Amerikan otoritesinin izin verdiği bir işlem")
        r"|\b(?:amerika\w*|abd)(?:'\w+)?\s+(?:otorite\w*\s+)?(?:tarafindan\s+)?(?:"
        + _APPROVED
        + r"|tani(?:nan|digi|nmis)\w*|izin\s+ver(?:digi|ilen|ilmis|mis)\w*)"
        # approval by the Turkish health ministry, the state or "international bodies" implied
        # for the treatment itself ("Sağlık Bakanlığı onaylı kök hücre yüz gençleştirme",
        # "devletin onay verdiği yöntem", "uluslararası kuruluşlarca onaylanmış bir tedavi"), a
        # registration read as approval ("TİTCK kayıtlı, onaylı kök hücre ürünü"), an approval
        # passed ("Bakanlığı'nın onayından geçmiş bir yöntem")
        + r"|\b(?:saglik\s+bakanligi|bakanlik|devlet|titck|(?:uluslararasi|resmi|yetkili)\s+"
        r"(?:saglik\s+)?(?:kurulus|kurum|otorite|makam)\w*)\w*(?:'\w+)?\s+(?:tarafindan\s+)?"
        r"(?:(?:kayitli|tescilli|ruhsatli)(?:\s*,\s*|\s+ve\s+))?"
        r"(?:onayli|onay\s+ver(?:digi|ilen|ilmis)|onayla(?:digi|nan|nmis)"
        r"|onay\w*\s+(?:gec|al)(?:mis|en|an|inmis)\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:kok\s+hucre|hucre|tedavi|yontem|uygulama|islem|protokol|gencles)\w*\b"
        # a licensed centre or laboratory, an approved study, is not the treatment approved
        r"(?!\s+(?:merkez|klinik|hastane|laboratuvar|unite|banka|calisma|arastirma)\w*)"
        # "FDA standartlarına uygun": compliance read as sanction
        r"|\bfda\s+(?:standart|kural|yonerge|kriter|gereklilik|duzenleme|normlar)\w*\s+(?:\w+\s+)?"
        r"(?:uygun|uyumlu|uyar|gore)\w*",
        # drugs the FDA approved (minoxidil, finasteride) are not the clinic's cells
        # ("FDA onayı taşımayan taklit ürünler": an approval the products do not carry)
        not_after=r"^\w*\s+(?:[\w-]+\s+)?ilac\w*|^\w*\s+(?:tasimayan|tasimiyor|tasimamakta|bulunmayan"
        r"|olmayan|almamis|almayan|verilmeyen|verilmemis|alinmamis|alinmayan)\w*",
        # nor are hyaluronic-acid fillers and botulinum toxin, which the FDA did approve, or
        # cord-blood products for blood diseases
        not_in_sentence=_BLOOD_DISEASE
        + r"|\b(?:hyaluron|hiyaluron|botoks|botulinum|dolgu\s+malzeme|minoksidil|finasterid)\w*"
        # "bu onay yalnızca cihazın kendisi içindir": a device's approval, limited to it; or an
        # approval limited to some uses ("FDA onayı yalnızca belirli endikasyonlar için
        # verilmiştir")
        r"|\b(?:yalnizca|sadece)\s+(?:\w+\s+){0,2}?(?:cihaz|aygit)\w*|\banlamina\s+gelmez\b"
        r"|\b(?:yalnizca|sadece)\s+(?:belirli|bazi|sinirli)\s+(?:\w+\s+)?icin\b|" + _DEVICE_ONLY,
    ),
    rule(
        "fda_misrepresentation",
        # the clinic's licence stretched to its treatments ("kök hücre tedavileri de bu onayın
        # güvencesi altındadır")
        r"\b(?:kok\s+hucre|hucre|tedavi|yontem|uygulama|islem)\w*\s+(?:de\s+|da\s+)?(?:\w+\s+){0,2}?"
        + _APPROVED
        + r"\s+(?:guvence|teminat|garanti)\w*",
        needs_in_sentence=r"\b(?:saglik\s+bakanligi|bakanlik|devlet|titck|fda|resmi)\w*",
    ),
    *CURE_RULES,
    # no_risk ----------------------------------------------------------------------------------
    rule(
        "no_risk",
        # side effects "so few as to be almost none" (a named risk so small is a narrow point,
        # read as hedged below; side effects as a whole are not)
        r"\byan\s+etki\w*\s+(?:\w+\s+)?yok\s+dene(?:bile)?cek\s+kadar\s+az\w*"
        r"|\byan\s+etki\w*[^.;:]{0,50}?\b(?:yok\w*|olmaz|olamaz|olmamas\w*|gorulmez|gozlenmez|bulunmaz"
        r"|yasanmaz|bulunmamakta\w*|gorulmemekte\w*|gozlenmemekte\w*|olusmaz|olmayan|beklenmez)",
        # "komplikasyon içermez", "risk taşımaz": the procedure said to hold none
        r"\b(?:komplikasyon|risk|yan\s+etki|tehlike)\w*\s+(?:ve\s+\w+\s+)?(?:icermez|barindirmaz|tasimaz"
        r"|olusturmaz|icermemekte\w*|tasimamakta\w*"
        # "hiçbir sağlık riski oluşturmadan", "alerji risk ve toksik barındırmayan metal"
        r"|olusturmadan|yaratmadan|olusturmayan|barindirmayan|tasimayan|icermeyen)\b",
        # no harm to the skin or tissue, no scar left ("cilde herhangi bir hasar vermez",
        # "dokular zarar görmez", "herhangi bir yara izi ve şişlik kalmamaktadır")
        r"\b(?:hicbir|her\s*hangi\s+bir)\s+(?:hasar|zarar)\w*\s+(?:vermez|gormez|olusmaz|vermemekte\w*)"
        r"|\b(?:doku|cilt|deri)\w*\s+(?:hicbir\s+)?(?:hasar|zarar)\s+gor(?:mez|memekte\w*)"
        # "cilde zarar vermediği için", "dokuya hasar vermez"
        r"|\b(?:doku|cilt|cild|deri|vucu[dt])\w*\s+(?:hicbir\s+)?(?:hasar|zarar)\s+ver(?:mez|medig|meyen"
        r"|memekte)\w*"
        r"|\b(?:hicbir|her\s*hangi\s+bir|hic)\s+(?:yara\s+)?iz\w*\s+(?:\w+\s+){0,2}?kal(?:maz|mamakta|miyor|madig)\w*"
        # "hiçbir zararı olmadığı", "vücut tepki göstermez"
        r"|\bhicbir\s+zarar\w*\s+(?:\w+\s+)?(?:yok|olmad|bulunma)\w*"
        r"|\b(?:vucu[dt]|bagisiklik\s+sistemi)\w*\s+(?:\w+\s+)?tepki\s+gostermez\w*",
        r"\b(?:reddedilmez|reddetmez|alerji\s+yapmaz)\b",
        # harm to health ruled out ("sağlığa zararlı etkisi olmadan"), as English reads "without
        # harmful side effects"
        r"\b(?:sagliga\s+)?zararli\s+(?:bir\s+)?(?:yan\s+)?etki\w*\s+(?:olmadan|olmaksizin|yok\w*"
        r"|bulunma\w*|gostermez)",
        # "hiçbir sakıncası yoktur": no drawback at all
        r"\bhicbir\s+(?:\w+\s+)?sakinca\w*\s+(?:yok|bulunma|olma)\w*",
        # "ters gidebilecek hiçbir şey yok", "endişelenecek hiçbir şey yok"; "... sorun yaşama
        # ihtimaliniz bulunmuyor"
        r"\bters\s+gid\w*\s+(?:hicbir|bir)\s+sey\s+(?:yok|olmaz)\w*"
        r"|\b(?:endiselenecek|korkacak|kaygilanacak)\s+hicbir\s+sey\s+(?:yok|olmaz)\w*"
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
        r"(?:ilmis|mis|di|ir|iyor|ur|uyor|ulmus|dik|dig)\w*"
        # "%100 enfeksiyonsuz ... tedavi ortamı": every infection ruled out
        r"|(?:%\s?100|\byuzde\s+yuz)\s+(?:enfeksiyonsuz|risksiz|komplikasyonsuz|yan\s+etkisiz)\b",
        # "risk de yok"
        r"\brisk\w*\s+(?:de\s+|da\s+)?(?:yoktur|yok|tasimaz|tasimadan|tasimamakta\w*|tasimiyor\w*"
        # "morluk ya da ödem riski oluşmaz": none arises
        r"|bulunmaz|bulunmamakta\w*|bulunmuyor\w*|icermez|olusmaz|olusmamakta\w*)\b"
        r"|\bhicbir\s+(?:yan\s+etki\w*|risk\w*|komplikasyon\w*|tehlike\w*)"
        # "hiçbir zararı yoktur", "sağlığınıza hiçbir zarar vermez"
        r"|\bhicbir\s+zarar\w*\s+(?:\w+\s+)?(?:yok|ver|yol\s+ac|olmaz)\w*"
        # "sağlık açısından hiçbir olumsuz etkisi olmayan", "sağlığı tehlikeye atmıyor"
        r"|\bhicbir\s+olumsuz\s+etki\w*|\bsaglig\w*\s+(?:\w+\s+)?tehlikeye\s+at(?:miyor|maz|mayan)\w*"
        # "Yan etkisi var mı? Hayır.": the bare no that answers a question of harm
        r"|\b(?:yan\s+etki|risk|komplikasyon|tehlike)\w*\s+(?:\w+\s+)?var\s+mi\w*\s*\?\s*(?:hayir"
        r"|yok|hic\s+yok|kesinlikle\s+(?:yok|hayir))\s*(?:[.!]|$)",
        self_negated=True,
    ),
    rule(
        "no_risk",
        r"\byan\s+etkisiz\w*|\brisksiz\w*|\bsifir\s+risk\w*|\brisk\w*\s+sifir\w*"
        r"|(?:%\s?100|\byuzde\s+yuz|\btamamen|kesinlikle|tamamiyla|son\s+derece)\s+"
        r"(?:(?:dogal|organik|zararsiz)\s+ve\s+)?guvenli\w*"
        r"|\brisk\w*\s+ortadan\s+kaldir(?!m)\w*|\bzararsiz\w*|\btehlikesiz\w*"
        # "ne ağrı ne şişlik ne de başka bir sorun yaşarsınız": neither one harm nor another
        r"|\bne\s+(?:\w+\s+){0,2}?"
        + _HARM
        + r"[,\s]+ne\s+(?:de\s+)?(?:\w+\s+){0,2}?"
        + _HARM
        + r"[^.;]{0,40}?\b(?:yasar|olur|gorulur|kalir|cikar|hissed)\w*",
    ),
    # guaranteed -------------------------------------------------------------------------------
    rule(
        "guaranteed",
        r"\bgaranti\w*|(?:%\s?100|\byuzde\s+yuz)\s+(?:basari\w*|sonuc\w*|etkili|memnun\w*)"
        # the clinic's own promise ("genç bir cilt vaat ediyoruz", "söz veriyoruz"), or its
        # doctor's ("her hastaya aynı başarıyı vaat etmektedir")
        r"|\bvaat\s+(?:ed(?:iyoruz|eriz|iyor|er)|etmektedir)\b|\bsoz\s+ver(?:iyoruz|iriz)\b"
        r"|\bkesin\s+(?:ve\s+\w+\s+)?(?:sonuc\w*|cozum\w*|basari\w*)"
        r"|\b(?:basari|tutunma|tutma|memnuniyet|iyilesme)\s+oran\w*\s+(?:\([^)]{0,30}\)\s+)?(?:\w+\s+){0,3}?"
        r"(?:%\s?\d+|yuzde\s+\d+)"
        # the clinic's own share of grafts that take ("ekilen greftlerin %85-95'i tutar")
        r"|\bgreft\w*\s+(?:\w+\s+){0,2}?" + _SHARE + r"[^.!?]{0,12}?\s+(?:\w+\s+)?"
        r"tut(?:ar|arak|acak|ulur)\b"
        r"|" + _SHARE_OR_RANGE + r"\s+(?:\w+\s+)?basari\w*"
        # the share of grafts said to take, as the clinic's own ("%90'ın üzerinde yüksek kök
        # tutunması sağlanır")
        r"|"
        + _SHARE_OR_RANGE
        + r"'?\w*\s+(?:\w+\s+){0,3}?(?:tutunma|tutma)\w*\s+(?:sagla|elde\s+edil"
        r"|garanti)\w*"
        r"|\bbasari(?:li|yla)\s+(?:bir\s+sekilde\s+)?(?:sona\s+erer|sonuclan(?:ir|maktadir))"
        # a rate in brackets ("Yüksek başarı oranı (%95+)"), a share the treatment brings ("saç
        # dökülmesini %70 oranında azaltır")
        r"|\bbasari\s+oran\w*\s*\(\s*"
        + _SHARE
        + r"|"
        + _SHARE_OR_RANGE
        + r"\s+oraninda\s+(?:\w+\s+){0,2}?"
        r"(?:azal|artir|iyiles|gider|onle)\w*"
        # "tüp bebek başarısı %70 civarlarındadır", "başarı genel olarak %65-70'tir"
        # (not the chance of success, "başarı şansı yaklaşık %85")
        r"|\bbasari(?:si|lari)?\s+(?!sans)(?:\w+\s+){0,2}?"
        + _SHARE
        # "her 100 implantın 98'inde tam başarı" (session 27)
        + r"|\bher\s+100\s+\w+\s+\d{2}\s*'?\w*\s+(?:tam\s+)?basari\w*",
        # nor a price, privacy, hygiene or a document, nor an insurance policy's right of renewal
        # ("Ömür Boyu Yenileme Garantisi")
        not_after=r"^\s*(?:\w+\s+)?(?:fiyat\w*|gizlilik\w*|hijyen\w*|belge\w*|hakk\w*)",
        # a figure "according to" a register or study is cited, not the clinic's own odds
        # nor is a "kesin çözüm" said not to exist yet
        not_in_sentence=r"\b(?:veri\w*|arastirma\w*|calisma\w*|istatistik\w*|literatur\w*"
        r"|rapor\w*|yayin\w*)\s+gore\b|\byenileme\s+garanti\w*|\bpolice\w*"
        # or found by a study ("bir çalışmada tutunma oranı %90 bulunmuştur")
        r"|\b(?:calisma|arastirma)\w*\s+[^.!?]{0,60}?\b(?:bulun|gosteril|saptan|tespit\s+edil|bildiril)\w*|"
        + _NOT_AVAILABLE,
        # only a promised outcome is a guarantee, not a product's warranty
        needs_in_clause=r"\b(?:sonuc|basari|etki|memnun|para\s+iade|kalici|genc|cilt|kirisik|iyiles|tutunma|tutma"
        r"|greft"
        # a lifetime guarantee ("Ömür Boyu Garanti Sertifikası") is of the result, not a warranty
        r"|cozum|sac\s+cizgi|gorunum|omur\s+boyu|agri)",
    ),
    rule(
        "guaranteed",
        # "on yaş daha genç görüneceksiniz", "akne izleriniz yok olacak", "kırışıklıklarınız
        # azalacak", "cildiniz daha sıkı olacak": the reader's result certain by grammar
        r"\bgenc\w*\s+(?:\w+\s+)?gorunecek\w*"
        r"|\b(?:iz|izler|kirisik|leke|cizgi|sarkma|gozenek)\w*\s+(?:\w+\s+){0,2}?(?:yok\s+olacak"
        r"|kaybolacak|silinecek)\w*"
        r"|\b(?:kirisik|leke|cizgi|sarkma|gozenek)\w*\s+(?:\w+\s+){0,2}?(?:azalacak|duzelecek)\w*"
        # "daha genç bir görünüm elde edersiniz": the look you get, not one you can get
        r"|\b(?:genc|dinamik|dinc|taze|canli|puruzsuz|dolgun)\w*\s+(?:ve\s+\w+\s+)?(?:bir\s+)?"
        r"gorunum\w*\s+(?:elde\s+ed(?:er|ecek)|kazan(?:ir|acak)|sahip\s+ol(?:ur|acak))s[iu]n[iu]z\b"
        r"|\bcildiniz\w*\s+(?:\w+\s+){0,3}?(?:(?:daha\s+)?(?:siki|genc|parlak|puruzsuz|dolgun|canli"
        r"|gergin|aydinlik)\w*\s+olacak|sikilasacak|genclesecek|aydinlanacak|toparlanacak)\b"
        # "cildiniz daha parlak, temiz ve canlı görünecektir": the look certain, a list between
        r"|\bcildiniz\w*\s+[^.!?]{0,60}?\b(?:siki|genc|parlak|puruzsuz|dolgun|canli|gergin|aydinlik"
        r"|temiz|saglikli)\w*\s+(?:olacak|gorunecek)\w*"
        # the before-and-after picture or the same result promised to you ("sizde de aynı
        # tablo olacak"); "10 kişiden 10'u": all of them, the clinic's own odds
        r"|\b(?:sizde|siz|sizin)\s+de\s+ayni\s+(?:\w+\s+)?\w+(?:acak|ecek)\w*"
        r"|\b(?P<all>\d+)\s+(?:kisiden|hastadan|danisandan|hastamizdan)\s+(?P=all)'?\w*\s+"
        r"(?:\w+\s+){0,2}?(?:memnun|iyiles|basari|fark|sonuc|gor)\w*",
        # what "our patients" always get, or their share pleased
        r"\b(?:hastalarimiz|danisanlarimiz)\w*\s+(?:\w+\s+)?her\s+zaman\s+(?:\w+\s+){0,3}?"
        r"(?:gorur|goruyor|alir|aliyor|yasar|memnun)\w*"
        r"|\b(?:hastalarimiz|danisanlarimiz|(?:uyguladigimiz|tedavi\s+ettigimiz)\s+(?:hasta|danisan))"
        r"\w*\s+(?:%\s?\d{2,3}|yuzde\s+\d{2,3}|tamami|hepsi|tumu)'?\w*"
        r"\s+(?:\w+\s+){0,3}?(?:memnun|iyiles|basari)\w*",
        # certainty about the outcome itself ("kesinlikle sonuç alırsınız")
        r"\b(?:kesinlikle|mutlaka|muhakkak)\s+(?:\w+\s+){0,3}?(?:sonuc|fark|etki|degisim|iyiles"
        r"|genclik|genclestir)\w*"
        # "you will (surely) see it": the outcome by grammar
        r"|\b(?:kesinlikle|mutlaka|muhakkak)\s+(?:\w+\s+){0,2}?(?:gorecek|hissedecek|fark\s+edecek)"
        r"(?:siniz|sin)\b"
        # ... at once, or flawless and the most ("hemen fark edeceksiniz", "kusursuz sonuçlarla",
        # "maksimum sonuç almanızı sağlıyoruz")
        r"|\b(?:hemen|aninda|ilk\s+seanstan?\s+itibaren)\s+(?:\w+\s+)?(?:gorecek|hissedecek|fark\s+edecek)"
        r"(?:siniz|sin)\b|\bkusursuz\s+sonuc\w*|\bmaksimum\s+sonuc\w*\s+(?:\w+\s+)?sagl\w*"
        r"|\b(?:fark|sonuc|degisim|etki|iyiles|gencles)\w*\s+(?:\w+\s+){0,3}?(?:gorecek|hissedecek)"
        r"(?:siniz|sin)\b"
        # the good effects said to go on growing ("olumlu etkileri katlanarak devam edecektir")
        r"|\b(?:olumlu|iyi|guzel)\s+etki\w*\s+(?:\w+\s+){0,2}?(?:devam\s+edecek|artacak)\w*",
    ),
    rule(
        "guaranteed",
        # you too will get what the others got ("onların yaşadığı dönüşüm, sizin de yaşayacağınız
        # dönüşüm", "sizin de göreceğinizden eminim"), or the clinic's figure offered as your
        # odds ("yani sizin şansınız 10'da 9")
        # ("sizin de göreceğiniz gibi" is only "as you will see")
        r"\b(?:siz|sizin)\s+de\s+(?:\w+\s+){0,3}?(?:yasay|gor|hissed|kavus|ulas|biri\s+ol"
        r"|(?:sonuc|fark|etki)\w*\s+al)(?:acak|ecek|aca[gk]|ece[gk])\w*\b(?!\s+gibi)"
        r"|\b(?:sans|ihtimal|olasilig)\w*(?:iniz|unuz)\s+(?:\w+\s+)?(?:%\s?(?:[7-9]\d|100)\b"
        r"|yuzde\s+(?:[7-9]\d|100|yuz)\b|10'?da\s+(?:[7-9]|10)\b|100'?de\s+(?:[7-9]\d|100)\b)",
        # the others' result and yours: other patients named and an outcome
        needs_in_sentence=r"^(?=.*\b(?:onlar|hasta|danisan|sans|ihtimal|olasilig)\w*)"
        r"(?=.*\b(?:sonuc|fark(?!l)|donusum|degisim|gencles|memnun|basari|iyiles|sikilas)\w*)",
        # a cited figure, or one that may be; a harm you will see too
        not_in_sentence=r"\b(?:veri\w*|arastirma\w*|calisma\w*|literatur\w*|rapor\w*|yayin\w*)"
        r"\s+gore\b|\bolabil\w*|\bkisiden\s+kisiye\b|\b" + _HARM,
    ),
    rule(
        "guaranteed",
        # the money back if the result does not come ("sonuç almazsanız paranızı iade ediyoruz")
        r"\b(?:para|ucret|tutar|bedel)\w*\s+(?:\w+\s+)?iade\w*",
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
        # "farkı görmeyen tek bir hastam olmadı", "eli boş dönen olmadı": no one without it
        r"|\b(?:sonuc|fark|degisim|etki)\w*\s+(?:\w+\s+)?(?:gormeyen|goremeyen|almayan|alamayan"
        r"|hissetmeyen)\s+(?:tek\s+(?:bir\s+)?)?(?:hasta|kisi|danisan|kimse)\w*\s+(?:\w+\s+)?"
        r"(?:olmadi|yok|cikmadi)\b"
        r"|\beli\s+bos\s+(?:don|ayril|cik|git)\w*\s+(?:(?:tek\s+(?:bir\s+)?)?(?:hasta|kisi|danisan)\w*\s+)?"
        r"(?:olmadi|yok|cikmadi)\b"
        # the slogan "Sonuç yoksa ücret yok"
        r"|\b(?:sonuc|memnuniyet|fark)\w*\s+(?:yoksa|olmazsa)\s+(?:ucret|para|odeme)\w*\s+yok\b"
        # free sessions or a refund if the result does not come ("saçları görmezseniz kalan
        # seanslar bizden, tek kuruş ödemezsiniz", "yoğunluğa ulaşamazsanız ... iade ediyoruz"),
        # not a free check-up
        r"|\b(?:gor|gore|al|ala|kal|ulas|ulasa|eris|erise)(?:mezseniz|mazsaniz)\b[^.;]{0,60}?\b(?:bizden|ucretsiz|bedava"
        r"|odemezsiniz|odemeyeceksiniz|iade)\b"
        r"(?!\s+(?:\w+\s+)?(?:kontrol|muayene|gorusme|degerlendirme|danisma))",
        self_negated=True,
    ),
    # permanent --------------------------------------------------------------------------------
    rule(
        "permanent",
        r"\bkalici(?:dir|d[iu]r)?\b|\bkalici\s+olarak\b",
        # "yarı kalıcı" is semi-permanent, "uzun süre kalıcı" long-lasting: a limit, not
        # permanence
        not_before=r"\b(?:daha|en)\s+$|\byari[\s-]+$|\buzun\s+(?:sure(?:li)?\s+)?$"
        # a share that stays ("yağın %50-70'i kalıcıdır"): the rest is lost, a limit
        r"|%\s?\d+(?:\s*[-–]\s*%?\d+)?'?\w*\s+$"
        # a stated span ("9-18 ay süren kalıcı sonuç"): a limit on how long it lasts
        r"|\b\d+\s*(?:[-–]\s*\d+\s*)?(?:ay|yil|hafta)\w*\s+(?:suren|kalan|dayanan|etkili)\s+$"
        # both ways ("geçici ya da kalıcı")
        r"|\bgecici\s+(?:ya\s+da|veya|yahut)\s+$"
        # what stays if left untreated ("tedavi edilmeyen lekeler kalıcıdır")
        r"|\b(?:tedavi\s+edilmeye?n|tedavisiz)\s+(?:\w+\s+)?$",
        # ... nor "kalıcı ya da geçici", nor the permanent solution a reader seeks ("kalıcı bir
        # çözüm arayan")
        not_after=r"^\s*(?:(?:ya\s+da|veya|yahut)\s+gecici|(?:bir\s+)?cozum\w*\s+ara(?:yan|r)|makyaj|dovme|(?:lazer\s+)?epilasyon|oje|kas|dolgular\w*|hasar|iz|izler|sakatlik|yan\s+etki|kayip"
        # a permanent filler is a product; "kalıcı dolgunluk" (lasting fullness) is a result
        r"|felc|komplikasyon|deformite|sinir|gorme|isitme|ilac|dolgu(?!nl)|ip(?:ler|lerin|in|i)?\b|yara"
        # a harm or a material called permanent ("kalıcı şekil bozukluğu", "kalıcı materyaller")
        r"|sekil\s+bozuk|bozuklu|sorun|zarar|materyal|malzeme|implant"
        # the concern itself called permanent ("kalıcı kırışıklıkların tedavisinde")
        r"|kirisiklik)\w*",
        # permanence named as the drawback ("en önemli dezavantajı bu yöntemin kalıcı olmasıdır")
        not_in_sentence=r"\bdezavantaj\w*",
    ),
    rule(
        "permanent",
        # ("hastanın yaşamı boyunca büyümeye devam edecektir")
        r"\b(?:omur|hayat|yasam)(?:i|u|lari|leri)?\s+boyu(?:nca)?\b|\bsonsuza\s+(?:dek|kadar)\b",
        # a lifetime discount, membership or insurance policy is no result, nor a cell's powers
        # through an organism's life ("bir organizmanın yaşamı boyunca kendi kendine çoğalma")
        not_in_sentence=r"\bindirim\w*|\buyelik\w*|\bsadakat\w*|\bpolice\w*|\bsigorta\w*"
        # nor a lifetime's odds of a harm ("hayatı boyunca ... yara ile karşılaşma oranı")
        r"|\borganizma\w*|\b(?:karsilasma|gorulme|yakalanma|gelisme)\s+(?:oran|risk|ihtimal)\w*",
        # nor a regimen kept for life ("yaşam boyu sürecek bir disiplini gerektirir", "ömür boyu
        # ilaç kullanımı")
        not_after=r"^\s*(?:(?:surecek|suren|devam\s+edecek|devam\s+eden)\s+)?(?:bir\s+)?(?:disiplin"
        r"|bakim|kullanim|takip|ilac|tedavi|kontrol|diyet)\w*",
    ),
    rule(
        "no_risk",
        # "hiçbir şekilde zarar görmez": no harm of any kind, said with a negated verb (session 27)
        r"\bhicbir\s+sekilde\s+zarar\s+(?:gormez|vermez)\w*",
        self_negated=True,
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
        r"|\bgeri\s+donusumsuz\w*|\beski\s+haline\s+(?:geri\s+)?donmez\b"
        # "bir daha asla ... zorunda kalmazlar": never again
        r"|\bbir\s+daha\s+asla\s+(?:\w+\s+){0,6}?(?:zorunda\s+kal(?:maz|mayacak)\w*"
        r"|(?:gerek|ihtiyac)\w*\s+(?:yok|kalmaz|duymaz|duymayacak)\w*)",
        self_negated=True,
    ),
    rule(
        "permanent",
        # a result "with no way back" ("geri dönüşü olmayan bir değişim"), not a harm
        r"\bgeri\s+donus(?:u|um|umu)?\s+(?:olmayan|yok\w*)\s+(?:bir\s+)?(?:degisim|sonuc|gencles"
        r"|donusum|etki|iyiles|yenilen|duzel)\w*"
        # done once and never again: "bir kez yaptırın, gerisini unutun", "saçınıza yapacağınız
        # son yatırım olacak", "hep öyle kalacak"
        r"|\bbir\s+(?:kez|kere|defa)\b[^.;]{0,40}?\b(?:gerisini|sonrasini)\s+(?:\w+\s+)?unut\w*"
        r"|\bson\s+(?:yatirim|harcama|masraf)\w*\s+(?:olacak|olur)\w*"
        r"|\b(?:hep|her\s+zaman|daima|ebediyen)\s+(?:oyle|boyle|bu\s+sekilde|bu\s+halde|ayni|genc"
        r"|taze|dolgun|siki)\w*\s+(?:\w+\s+)?kal(?:acak|ir|in|acaktir)\b",
        # what lasts is the face, the hair, the cells or the result, not a price
        needs_in_sentence=r"\b(?:yuz|cilt|cild|sac|sonuc|etki|gorunum|genc|dolgun|hucre|doku"
        r"|kirisik)\w*",
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
        # (not "hemen her", "hemen hiç": almost every, almost none)
        r"\b(?:hemen|aninda|derhal)\b(?!\s+(?:hemen|her|hic)\b)"
        # the final look on walking out ("enjeksiyondan çıkar çıkmaz nihai görünümünüze")
        r"|\bcikar\s+cikmaz\b[^.!?]{0,40}?\b(?:nihai|son|kesin)\s+(?:gorunum|sonuc)\w*",
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
        r"\b(?:ayni\s+gun\w*|ilk\s+seans\w*\s+(?:itibaren|sonra\w*)|ilk\s+seansta|dakikalar\s+icinde"
        # a visible result in one session ("Tek seansta görünür fark"), not a treatment done in one
        r"|tek\s+seansta\s+(?:gozle\s+)?gor(?:unur|ulur)\s+(?:fark|sonuc|etki|iyilesme)\w*"
        # (not "anlık görüntü", a snapshot)
        r"|saatler\s+icinde|anlik(?!\s+goruntu)|(?:bir|tek)\s+saat(?:te|\s+icinde))\b",
        needs_in_clause=_OUTCOME,
    ),
    rule(
        "instant",
        r"\b(?:klinik|kapi|muayenehane|merkez|hastane)\w*\s+(?:cikarken|ciktiginizda|ayrilirken)\b"
        # "akşam uygulama, sabah pürüzsüz bir cilt", "cuma akşamı yaptırdım, cumartesi sabahı
        # ...", "sabah kalktığınızda": overnight; "sabah gelin, akşam ...", "aynı akşam": the
        # same day
        r"|\baksam\w*\b[^.!?]{0,30}?\bsabah\w*|\bsabah\b[^.!?]{0,30}?\baksam\w*"
        r"|\bsabah\s+(?:kalkt|uyand)\w*|\bayni\s+(?:aksam|gece)\b"
        # "ertesi sabah sonuç yerine oturmuş olur", "bir gece sonra ... son hâlini almış"
        r"|\bertesi\s+sabah\w*|\bbir\s+gece\s+(?:sonra|icinde)|\bbir\s+gecede\b"
        # leaving with "your new face" ("yeni yüzünüzle Boğaz turuna çıkın")
        r"|\byeni\s+(?:yuz|gorunum)\w*\s+(?:\w+\s+){0,3}?(?:cik|don)(?:in|un|iniz|unuz|abilir\w*"
        r"|ebilir\w*|arsiniz|ersiniz|acaksiniz|eceksiniz)\b"
        r"|\bilk\s+gunden\s+(?:itibaren|baslayarak)\b",
        # the result itself, not the swelling going down from the first day
        needs_in_sentence=r"\b(?:sonuc|fark|gencles|etki|gorul|puruzsuz|dolgun|cilt|degis)\w*"
        r"|\bson\s+hal\w*"
        r"|\byeni\s+(?:yuz|gorunum)\w*",
        # nor home the same evening with results that build over weeks ("sonuçlar haftalar
        # içinde görülür")
        # nor a check-up ("ertesi sabah kontrole gelin")
        not_in_sentence=r"\b(?:sislik|odem|morarma|kontrol)\w*|\b(?:hafta|ay)(?:lar)?\s+(?:icinde|sonra"
        r"|boyunca)|\b\d+\s*(?:[-–]\s*\d+\s*)?(?:hafta|ay)(?:da|ta|lik|dir|tir)?\b|\bzamanla\b",
    ),
    rule(
        "instant",
        # a comparison row on how soon the result shows, with the clinic's own cell at once
        # ("Sonucun ortaya çıkma süresi | Lazer: 3-6 ay | Biz: Aynı gün")
        r"\b(?:sonuc|etki)\w*\s+(?:\w+\s+){0,3}?(?:sure\w*|zaman\w*)\b[^.]{0,100}?"
        r"\b(?:biz|bizde|kok\s+hucre)\s*:\s*(?:ayni\s+gun|aninda|hemen|ilk\s+gun)\w*",
    ),
    rule(
        "guaranteed",
        # a share of patients healed or pleased, with no study behind it ("hastaların %85'i
        # ameliyatsız yöntemlerle iyileşiyor"): the clinic's own odds
        r"\b(?:hastalarin|hastalar|danisanlarin|kisilerin)\s+" + _SHARE + r"'?\w*"
        r"\s+(?:\w+\s+){0,4}?(?:iyiles|memnun|sonuc\s+al|fayda\s+gor|basari)\w*",
        not_in_sentence=r"\b(?:calisma|arastirma|makale|yayin|literatur|veri|istatistik|rapor"
        r"|meta|analiz|dergi|bilimsel|cevap\s+ver|yanit\s+ver)\w*",
    ),
    # universal --------------------------------------------------------------------------------
    rule(
        "universal",
        # no applicant turned away ("başvuran hiçbir hastayı geri çevirmiyoruz")
        r"\bhicbir\s+(?:hasta|kimse|kisi|basvuru|danisan)\w*\s+(?:\w+\s+)?geri\s+cevirm(?:iyoruz|eyiz"
        r"|ez|iyor)\w*",
        self_negated=True,
    ),
    rule(
        "universal",
        # "her cilde uyum sağlar": every skin
        r"\bher\s+yas\w*|\b(?:her|tum|butun)\s+cilt\s+tip\w*|\bher\s+tip\s+cilt\w*|\bherkes\w*"
        r"|\b(?:her|tum|butun)\s+cil(?:de|te|tte|tlere)\b"
        # "her cilt ve vücut yapısına uygun"
        r"|\b(?:her|tum|butun)\s+cilt\s+(?:ve\s+\w+\s+)?(?:yapi|tip)\w*"
        # every concern of a kind: "tüm çatlaklara rahatlıkla uygulanabilir"
        r"|\b(?:her\s+tur(?:lu)?|tum|butun)\s+(?:\w+\s+)?(?:catlak|leke|kirisiklik|akne|sivilce\s+iz"
        r"|yara\s+iz)\w*",
        # "a disease seen at every age" says nothing of who the treatment suits, nor does a rule
        # everyone must meet ("ön muayene herkes için zorunludur")
        # ... nor everyone who has something ("koyu renkli tüyleri olan herkese", "alerjisi
        # bulunmayan ... herkes"): who is a candidate, named (session 27)
        # ... nor a price within everyone's reach ("herkes için erişilebilir")
        not_in_sentence=r"\bzorunlu\w*"
        r"|\b(?:olan|bulunan|bulunmayan|olmayan|sahip)\s+herkes\w*"
        r"|\bherkes\w*\s+(?:icin\s+)?(?:erisilebilir|ulasilabilir|karsilanabilir)\w*"
        # ... nor one plan for everyone set aside or denied ("herkes için aynı ... yerine", "herkes
        # için tek bir uygulama planı kullanılmaz")
        r"|\bherkes\s+icin\s+(?:tek\s+(?:bir|tip)|ayni)\b[^.;]{0,60}?\b(?:yerine|kullanilmaz|uygulanmaz"
        r"|yoktur|yok)\b",
        needs_in_clause=r"\b(?:uygula\w*|uygun\w*|yapil\w*|kullanil\w*|tercih\w*|ideal\w*|faydalan\w*"
        r"|yararlan\w*|icin|etkili\w*|sonuc\w*|guvenle|aday\w*|mumkun\w*|yaptir\w*|uyum\s+sagl\w*"
        r"|kullanabil\w*)",
    ),
    rule(
        "universal",
        r"\bher\s+(?:kadin|erkek|hasta|birey|kisi)\w*\s+(?:\w+\s+){0,2}?(?:"
        + _SUITS
        + r"|uygulan|icin)\w*"
        r"|\bher\s+yas\w*\s+ve\s+her\s+cilt\s+tip\w*[^.;]{0,40}?\betki\w*"
        r"|\btum\s+hasta\w*\s+(?:icin|uygun)\w*"
        r"|\bileri\s+yas\w*\s+(?:\w+\s+){0,2}?(?:olsa\s+(?:da|de|bile))\b[^.;]{0,60}?"
        r"(?:tavsiye|uygulan|yapil|oneril)\w*"
        r"|\bne\s+olursa\s+olsun\b[^.;]{0,60}?\b(?:"
        + _SUITS
        + r"|etkili|sonuc|yararlan|faydalan|aday)\w*"
        # "ister 20 yaşında olun ister 80 ... doğru tercih": whoever you are; "hangi dertle
        # gelirseniz gelin, çözüm aynı", "kim gelirse uygularız": whatever you come with
        r"|\bister\s+(?:[\w']+\s+){1,3}?ister\b[^.;]{0,80}?\b(?:uygun\w*|dogru\s+(?:tercih|secim)"
        r"|ideal\w*|yararlan\w*|faydalan\w*|etkili\w*|ise\s+yar\w*)"
        r"|\b(?:hangi|ne)\s+(?:\w+\s+){0,2}?gelirseniz\s+gelin\b[^.;]{0,40}?\b(?:(?:cozum|cevap"
        r"|yanit|recete|tedavi)\w*\s+(?:hep\s+)?(?:ayni|tek|belli)\b|(?:hep|her\s+zaman)\s+"
        r"(?:ise\s+yar|etkili|uygun)\w*)"
        r"|\bkim\s+gelirse\s+(?:gelsin\s+)?(?:(?!muayene)\w+\s+)?(?:uygular|kabul\s+eder"
        r"|tedavi\s+eder)\w*"
        # no screening, a phrase that can still be denied ("ön muayenesiz işlem yapmıyoruz")
        r"|\bon\s+muayenesiz\b"
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
        r"|\bon\s+muayene\w*\s+(?:de\s+|da\s+)?(?:gerek\s+(?:yok|kalmadan|olmadan)\w*"
        r"|gerekme(?:den|z)\b|gerekmiyor\w*)"
        r"|\b(?:hic\s*kimse\w*|tek\s+(?:bir\s+)?(?:basvuru|hasta|kisi|danisan)\w*)\s+"
        r"(?:\w+\s+){0,2}?geri\s+(?:cevir|gonder)"
        r"(?:medik|miyoruz|meyiz|mez|ilmedi|ilmez|ilmiyor)\w*",
        self_negated=True,
    ),
    # unverified_source ------------------------------------------------------------------------
    rule(
        "unverified_source",
        # "göbek bağı" is the everyday word for the umbilical cord, "kordon" the medical one
        r"\bkordon\w*|\bgobek\s+bag\w*|\bplasenta\w*|\bwharton\w*|\bamniyo\w*|\bamnio\w*|\bdonor\w*|\bbagisci\w*"
        # (not the embryologist, "embriyolog")
        r"|\bembriyo(?!log)\w*|\bfetal\w*|\bfetus\w*|\bhayvan\w*\s+(?:kaynak\w*|kok\s+hucre\w*|hucre\w*)"
        r"|\bhayvansal\s+(?:kaynak\w*|kok\s+hucre\w*|hucre\w*)|\binsan\s+kaynakli\b"
        r"|\b(?:koyun|kuzu|inek|sigir|domuz|tavsan|balik)\w*\s+(?:kaynak\w*|kok\s+hucre\w*|hucre\w*"
        r"|eksozom\w*|plasenta\w*)"
        r"|\b(?:yenidogan|bebek)\w*\s+(?:\w+\s+)?(?:hucre|doku|kok)\w*"
        r"|\bbaska\s+(?:bir\s+)?(?:kisi|insan|birey)\w*",
        r"\b(?:bitki|elma|uzum|alg)\w*\s+(?:kaynak\w*|kok\s+hucre\w*|hucre\w*)|\bsunnet\s+derisi\w*"
        # plant stem cells and exosomes by the plant's name ("yabani zeytin kök hücreleri",
        # "Vitamin Ağacı eksozomları", "Kudzu eksozomlar"), or patented ones
        r"|\b(?:bitki\w*|zeytin|gul|argan|lavanta|kudzu|agac\w*|nar|portakal|limon|edelweiss)\s+"
        r"(?:kok\s+hucre\w*|eksozom\w*)|\bpatentli\s+(?:\w+\s+)?(?:eksozom|kok\s+hucre)\w*"
        # exosomes or vesicles from (donor) stem cells ("kök hücre kökenli nano-veziküller"), as
        # English reads "stem-cell-derived exosomes"
        r"|\bkok\s+hucre\s+(?:kokenli|kaynakli|turevi)\s+(?:[\w-]+\s+)?(?:eksozom|vezikul|nano)\w*"
        r"|\ballojenik\w*|\bksenojenik\w*"
        # salmon's stem cells or exosomes, as English and Spanish read them; salmon DNA (PDRN,
        # polynucleotides) is a molecule, not a source of cells ("Somon DNA Serum")
        r"|\bsomon\w*\s+(?:\w+\s+){0,3}?(?:kok\s+hucre|eksozom)\w*"
        # a formula kept secret ("formülü ... gizli tutulan hücre kompleksimiz")
        r"|\bformul\w*\s+(?:\w+\s+){0,3}?gizli\w*|\bgizli\s+(?:tutulan\s+)?(?:formul|hucre|icerik)\w*",
        not_in_sentence=_BLOOD,
        # to be a donor; the donor area of a hair transplant ("donör bölge") is the patient's own
        # ... and so are its donor quality, capacity, hair and grafts ("donör kalitesi, hedef
        # yoğunluk")
        not_after=r"^\w*\s+ol(?:mak|ma|abil|un)\w*|^\w*\s+(?:bolge|alan|kalite|kapasite|sac|kil|greft"
        r"|folikul)\w*",
        # ... as body hair taken as the donor is ("vücut kılları donör olarak kullanılırken")
        not_before=r"\b(?:kil|sac|greft)\w*\s+$",
    ),
    # claims in other words, each as in English ----------------------------------------------
    rule(
        "guaranteed",
        # "bu tedavi her zaman işe yarar", "sonuçlardan çok memnun kalacaksınız"
        r"\b(?:tedavi|uygulama|islem|yontem|bu)\w*\s+(?:\w+\s+)?(?:her\s+zaman|daima|mutlaka)\s+"
        r"(?:ise\s+yarar|etkili\w*|sonuc\s+verir)"
        r"|\bsonuc\w*\s+(?:\w+\s+)?(?:cok\s+|son\s+derece\s+)?(?:memnun|hayran)\s+kalacak(?:siniz|sin)\b"
        # "başarılı olmaması için bir sebep yoktur": no reason it should fail
        r"|\bbasarili\s+olmamasi\s+icin\s+(?:hicbir\s+|bir\s+)?(?:sebep|neden)\s+(?:yok|bulunmuyor)\w*",
        not_in_sentence=r"\beger\b|\b\w+(?:sa|se)niz\b",
    ),
    rule(
        "permanent",
        # "sonuçlar yıllarca, hatta on yıllarca sürer"
        r"\byillarca,?\s+(?:hatta|belki\s+de)\s+(?:on\s+yillarca|omur\s+boyu|sonsuza\s+(?:dek|kadar))",
    ),
    rule(
        "cure",
        # wrinkles erased, as in English ("kırışıklıkları yok eder", "kırışıklıkları siler")
        r"\bkirisiklik\w*\s+(?:\w+\s+){0,2}?(?:yok\s+ed|sil|ortadan\s+kaldir)(?:er|iyor|ecek|ip)\w*",
    ),
    rule(
        "guaranteed",
        # the improvement stated as what happens ("üç seanstan sonra cilt daha sıkı ve parlak hale
        # gelir"; not what it may become, "daha sıkı görünebilir")
        r"\b(?:cilt|cild|sac|yuz|ten)\w*\s+(?:\w+\s+){0,2}?daha\s+(?:\w+\s+(?:ve\s+)?){0,2}?(?:siki|parlak|genc"
        r"|puruzsuz|canli|dolgun|gergin|saglikli|guclu|yogun|gur|kalin|aydinlik|elastik|nemli|taze"
        r"|diri|duzgun|luminoz)\w*\s+(?:\w+\s+){0,2}?(?:hale\s+gelir|gorunur|olur)\b"
        # ... or the reader's own skin said to firm and renew ("cildiniz sıkılaşır ve gençleşir")
        r"|\bcildiniz\s+(?:\w+\s+){0,2}?(?:sikilas|gencles|aydinlan|toparlan|puruzsuzles|canlan"
        r"|yenilen)(?:ir|iyor|maktadir)\b",
    ),
    rule(
        "cure",
        # hair loss or ageing said to be reversed ("saç dökülmesini tersine çevirir"; not
        # "çeviremez")
        # ... or the follicles' shrinking ("folikül küçülmesini tersine çevirir")
        r"\b(?:sac\s+dokulme|kellig|kellik|yaslanma|folikul\w*\s+kuculme|minyaturles)\w*\s+(?:\w+\s+)?"
        r"tersine\s+cevir(?:ir|iyor|ecek"
        r"|mektedir|ebilir)\w*",
    ),
    rule(
        "universal",
        # "hemen hemen herkes", "neredeyse herkes"
        r"\b(?:hemen\s+hemen|neredeyse|pratikte)\s+(?:herkes|her\s+(?:hasta|kisi|yas))\w*",
        # as a candidate for the treatment, not as one who has the condition
        needs_in_sentence=r"\b(?:uygun|aday|yaptir|uygulan|faydalan|yararlan|tedavi\s+edil|islem"
        r"|tedavi\s+olabil)\w*",
    ),
    rule(
        "universal",
        # everyone who wants it ("cilt yenileme isteyen herkes"), every patient past an age ("18
        # yaş ve üzeri her hastaya yapılabilir"), as English reads "anyone who wants better skin"
        r"\bisteyen\s+(?:[\w'-]+\s+){0,5}?herkes\w*"
        r"|\bher\s+(?:hasta|kisi|danisan)\w*\s+(?:uygulanabilir|yapilabilir|uygundur)\b",
    ),
    rule(
        "universal",
        # no contraindication: nobody ruled out ("kontrendikasyonu yoktur")
        r"\bkontrendikasyon\w*\s+(?:\w+\s+)?(?:yok(?:tur)?|bulunmaz|bulunmamaktadir)\b",
        self_negated=True,
    ),
)

LANGUAGE: Final = Language(
    code="tr",
    rules=RULES,
    clause_break=CLAUSE_BREAK,
    negated_before=NEGATED_BEFORE,
    denied_after=DENIED_AFTER,
    negative_ending=NEGATIVE_ENDING,
    source_denied_after=SOURCE_DENIED_AFTER,
    source_informs=SOURCE_INFORMS,
    hedges_before=HEDGES_BEFORE,
    hedges_after=HEDGES_AFTER,
    hedges_in_sentence=HEDGES_IN_SENTENCE,
    warning=WARNING,
    reported=REPORTED,
    question=QUESTION,
    semantic_anchors=SEMANTIC_ANCHORS,
    exemplars=semantic.bank_digest("tr"),
)
