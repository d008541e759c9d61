"""Turkish: the context words that drop a proposal (negations, denials, hedges, warnings,
reported speech, sources named to inform), as data for ``rules_tr.LANGUAGE``. Patterns are
lower-case ASCII, read against the folded text (``foreign.fold``)."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

CLAUSE_BREAK: Final = re.compile(r";|:(?!\d)|\s[-–—]+\s|\b(?:ancak|fakat|ama|lakin|oysa|ragmen)\b")

NEGATED_BEFORE: Final = re.compile(r"\b(?:asla|hicbir\s+zaman)\s+(?:[\w'-]+\s+){0,2}$")

DENIED_AFTER: Final = re.compile(
    # "yok ediyor" (eradicates) is no denial; "anında bir değişim beklemeyin": do not expect it;
    # a denial after a comma is the next item of a list ("başarı oranı %100, hayal kırıklığı
    # yok")
    r"^[^\w,]*(?:[\w'-]+\s+){0,4}?(?:degil\w*|mumkun\s+degil\w*|yok(?!\s+ed)\w*"
    # "yaşlanmayı durduran ya da geri çeviren bir tedavi değildir": what it is not, named
    r"|bir\s+(?:tedavi|yontem|cozum|uygulama|islem|ilac)\w*\s+degil\w*"
    r"|bekle(?:meyin|meyiniz|nmemeli)\w*)\b"
    # "-mayız/-meyiz", we do not or cannot ("riski sıfıra indiremeyiz")
    # ("kalıcı olarak değiştirmezler": they do not change it)
    r"|^[^\w,]*(?:[\w'-]+\s+){0,2}?\w+(?:(?:maz|mez)(?:lar|ler)?|mayiz|meyiz|mamis\w*|memis\w*|mamakta\w*"
    r"|memekte\w*|miyor\w*|muyor\w*"
    # "-mayabilir/-meyebilir", may not ("herkes için uygun olmayabilir")
    r"|mayabil\w*|meyebil\w*"
    # "-madı" (did not), not "-madır" ("uygulamadır": it is an application)
    r"|madi(?!r)\w*|medi(?!r)\w*)\b"
    # "kalıcı olmayan dolgular": not permanent; "... sonuç verdiği manasına da gelmiyor": it does
    # not mean that
    r"|^\s*olmayan\b|^[^.;]{0,40}?\b(?:manasina|anlamina)\s+(?:da\s+)?gelm(?:iyor|ez)\w*"
)

# the phrase's own last word is a negated verb: "durdurmaz", "onaylanmadı", "döndürmüyor"
# ("biyomedikal" and "-madır", "it is an application", are not)
NEGATIVE_ENDING: Final = re.compile(
    r"^\w{2,}?(?:(?:maz|mez)(?:$|lar\w*|ler\w*|s\w*|d[iu]r$)|(?:mayiz|meyiz)$"
    r"|(?:mamis|memis|mamakta|memekte"
    r"|miyor|muyor)\w*$|(?:madi|medi)(?:$|k$|klar\w*|kler\w*|lar$|ler$|[mn]$|niz$|miz$|g\w*))"
)

SOURCE_DENIED_AFTER: Final = re.compile(
    # "kullanılmayacağı": the future's "k" softens to "ğ" before a vowel
    r"\b(?:degil\w*|kullanmiyoruz|kullanmayiz|kullanilmaz|kullanilmamaktadir|kullanilmayaca[kg]\w*"
    r"|kullanilmiyor\w*|karistirilmaz|icermez"
    r"|bulunmaz)\b|^\s*olmayan\b"
)

SOURCE_INFORMS: Final = re.compile(
    # donation as everyday life: blood, plasma, organ and marrow donors, the Red Crescent and the
    # national registry (Kızılay, TÜRKÖK), a donor candidate, a tissue match, the donation itself
    r"\b(?:kan|plazma|organ|kemik\s+iligi)\s+bagis\w*|\bkizilay\w*|\bturkok\w*"
    r"|\bbagisci\s+aday\w*|\bdoku\s+uyum\w*|\bbagis\s+islem\w*|"
    # the child's own cord blood ("kendi kordon kanında"), autologous
    r"\bkendi\s+kordon\w*\s+kan\w*|"
    # its established use: blood cancers, marrow transplants after chemotherapy ("kemoterapinin
    # ardından donörden alınan kök hücre"), cord-blood banks and donations, and what a bank does
    # with a unit it cannot use ("bertaraf edilir")
    r"\b(?:losemi\w*|lenfoma\w*|miyelom\w*|hematopoetik\w*|hematolojik\w*"
    r"|kemoterapi\w*\s+(?:ardindan|sonra\w*)"
    r"|kan\s+(?:hastalik\w*|kanser\w*)|kemik\s+iligi\s+nakl\w*"
    r"|kordon\w*\s+kan\w*\s+(?:banka|bagis(?!ik))\w*|(?:bertaraf|imha)\s+edil\w*)"
    # a drawback of the source named ("en önemli kısıtlılığı", "dezavantajı"), not denied
    r"|\b(?:kisitlili[kg]|sinirlili[kg]|dezavantaj)\w*\b(?!\s+(?:\w+\s+)?(?:yok|bulunma|olma)\w*)"
    # the cells may carry the disease itself ("aynı genetik özelliği içerir", "o rahatsızlıklara
    # yönelik özellikleri taşıyor olabilir"): why one's own cord blood is not used for it
    r"|\b(?:genetik|hastalik|rahatsizlik)\w*\s+(?:\w+\s+){0,2}?(?:ayni|yonelik)\s+(?:\w+\s+)?"
    r"ozelli[kg]\w*|\b(?:ayni|yonelik)\s+genetik\s+ozelli[kg]\w*"
    # a regulator's or a court's action on it
    # ("Bakanlığımızca ... araştırmalarının yapılmaması", "genelgeyle ... durdurmasına")
    r"|\b(?:fda|saglik\s+bakanligi|bakanli\w*|titck|mahkeme\w*|savcilik\w*)\b[^.!?]{0,160}?"
    r"\b(?:uyar\w*|toplat\w*|yasakla\w*|durdur\w*|kapat\w*|dava\w*|ceza\w*|yapilmamas\w*)"
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
    # a university department's work reported ("Embriyoloji Bölümü Öğretim Üyesi"), a
    # development called promising ("ümit verici bir gelişmedir")
    r"|\bogretim\s+(?:uyesi|gorevlisi)\b|\b(?:anabilim\s+dali|bolumu)\b|\bumit\s+verici\b"
    r"|\bkordon\s+kani\s+nakl\w*|\bkontaminasyon\w*|\bbildirilmis\w*|\bsoylenen\b"
    r"|\b(?:arastirma|bilim)\s+ekib\w*|\bhayvan\s+model\w*|\bincele(?:niyor|nmekte|mekte|iyor)\w*"
    # a glossary line ("Amniyotik sıvı: ... elde edilen"), not a headline that speaks to the
    # reader ("Bitkisel kök hücrenin gücü: ... cildinize yeni bir başlangıç")
    r"|^\W*[\w-]+(?:\s+[\w-]+){0,3}\s*:\s+(?![^.]*\b\w{2,}(?:iniz|unuz)\w{0,3}\b)[^.]{0,120}?"
    r"\b(?:elde\s+edilen|donusebilen|alinan|kaynakli)\b|\balerji\s+oykus\w*"
    # a research group or a university department at work, a regulation's text, a use said
    # to be wrong to recommend ("önerilmesi doğru değildir")
    r"|\b(?:calisma|arastirma)\s+grub\w*|\banabilim\s+dal\w*|\byonetmeli[kg]\w*"
    r"|\boneril\w*\s+dogru\s+degil\w*"
    # an insurer's exclusion ("... doğan zararlar teminat dışıdır", "poliçe kapsamında
    # değildir")
    r"|\bteminat\s+disi\w*|\bpolice\w*\s+kapsam\w*|\b(?:dogan|kaynaklanan)\s+zarar\w*"
    # a consent form's list of the risks an embryo or fetus may meet
    r"|\b(?:embriyo|fetus)\w*\s+(?:\w+\s+){0,4}?(?:maruz\s+kal|risk)\w*"
)

# whether or not: "uygun olup olmadığınıza", "yararlanıp yararlanamayacağınıza"
_WHETHER = r"\b(\w{2,})(?:ip|up)\s+\1\w*?m(?:a|e)\w*"

HEDGES_BEFORE: Final = MappingProxyType(
    {
        "permanent": re.compile(
            r"\b(?:ne\s+kadar\w*|belki|genellikle|bazen|bazi|cogunlu\w*|kismen|buyuk\s+olcude)\b"
            # lasting "for many years", a span named ("uzun yıllar kalıcıdır")
            r"|\buzun\s+yillar\b"
        ),
        "no_risk": re.compile(r"\b(?:nadir\w*|cok\s+az|dusuk)\b"),
        "universal": re.compile(r"\b(?:cogu|genellikle|hemen\s+hemen)\b"),
        "guaranteed": re.compile(r"\b(?:belki|umuyoruz|hedefliyoruz)\b"),
        "cure": re.compile(r"\b(?:potansiyel\w*|arastir\w*|umut\w*|belki|gelecekte)\b"),
    }
)

HEDGES_AFTER: Final = MappingProxyType(
    {
        "permanent": re.compile(
            r"^\W*(?:[\w'-]+\s+){0,2}?(?:\w*(?:abilir|ebilir)\w*|olabil\w*)\b"
            # "kalıcı bir onarım hedefler": an aim, not a promise
            r"|^\W*(?:[\w'-]+\s+){0,4}?(?:hedefl\w*|amacl\w*)"
            # "kalıcı olması için ... önerilir": what lasting takes, a condition
            r"|^\W*(?:olmasi|olabilmesi|kalmasi)\s+icin\b"
            # "kalıcı olduğu söylendi, sekiz ay sonra her şey eski hâline döndü": it did not last
            r"|^[^;]{0,80}?\beski\s+hal\w*\s+(?:geri\s+)?(?:dondu|donmus)\w*"
            # "kalıcı veya en azından uzun etkilidir": permanent, or at least long-lasting
            r"|^\W*(?:veya|ya\s+da)\s+en\s+azindan\b"
        ),
        "universal": re.compile(r"^\W*(?:[\w'-]+\s+){0,5}?(?:farkli\w*|degis\w*)"),
        # "riski yok denecek kadar azdır": so small it is almost none, a small risk
        "no_risk": re.compile(r"^\W*denecek\s+kadar\b"),
        # (an aim named after a list: "onarmayı, iltihabı azaltmayı ve ... hızlandırmayı hedefleyen")
        "cure": re.compile(r"^\W*(?:[\w'-]+,?\s+){0,8}?(?:amacl\w*|amaci\w*|hedefl\w*)"),
        # "they may be of animal or plant origin": what exosomes can be, not what is sold
        "unverified_source": re.compile(r"^\W*(?:[\w'-]+\s+){0,3}?olabil\w*"),
    }
)

HEDGES_IN_SENTENCE: Final = MappingProxyType(
    {
        # "sonuçlar kişiden kişiye değişir": a result that varies is not promised
        "guaranteed": re.compile(r"\bkisiden\s+kisiye\b|" + _WHETHER),
        # "yapılan her işlemin etkisi zamanla azalır": a limit on how long it lasts
        "permanent": re.compile(
            r"\b(?:etki|sonuc)\w*\s+(?:\w+\s+){0,2}?(?:zamanla|zaman\s+icinde|giderek"
            r"|yavas\s+yavas)\s+azal\w*"
            # no guarantee given that it lasts ("ömür boyu ... garanti veremeyiz")
            r"|\bgaranti\w*\s+(?:veremeyiz|verilemez|veremez|edemeyiz|yoktur)\b"
            # a span in years ("2 ila 5 yıl arasında değişiklik göstererek")
            r"|\b\d+\s*(?:ila|ile|[-\u2013])\s*\d+\s+yil\w*"
        ),
        # "anında görülen hacim artışı ... doku ödemine bağlıdır", "gördüğü şey ödemdir, sonuç
        # değil": the early fullness is swelling, not the result
        "instant": re.compile(
            # "sonucu hemen beklemek yanlıştır": expecting it at once is the mistake named
            r"\bbeklemek\s+(?:\w+\s+)?(?:yanlis|hata)\w*|\bbeklenmemeli\w*|"
            r"\b(?:odem|sislik|sisme)\w*?(?:dir|dur|tir|tur)\b"
            r"|\b(?:odem|sislik|sisme)\w*\s+(?:bagli\w*|kaynakli\w*|nedeniyle|yuzunden)"
            # "nihai sonuçlar ... 3-6 ay sonra görünür hale gelir": the full result comes later
            r"|\b(?:nihai|kesin|tam|gercek)\s+(?:sonuc|gorunum)\w*[^.!?]{0,120}?\b\d+\s*(?:[-\u2013]\s*\d+\s*)?"
            r"(?:hafta|ay)\w*\s+(?:sonra|icinde|icerisinde|boyunca)\b"
            # "tam sonucun oturması yaklaşık 10 gün sürer": the full result takes days
            r"|\btam\s+sonuc\w*\s+(?:\w+\s+){0,2}?(?:yaklasik\s+)?\d+\s*(?:gun|hafta|ay)\w*\s+sur\w*"
        ),
        # "kızarıklık, hafif şişme gibi yan etkiler dışında": the risks that remain are named
        "no_risk": re.compile(
            r"\b(?:yan\s+etki|sislik|kizariklik|morarma)\w*\s+(?:\w+\s+){0,2}?disinda\b"
            # "alerji riski neredeyse yoktur": almost none is a small risk, not none
            r"|\b(?:neredeyse|hemen\s+hemen)\s+(?:hic\s+)?(?:yok\w*|bulunma\w*|sifir\w*)"
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
            # "işleme uygun olup olmadığınıza ... doktorunuz karar verir", results that vary
            _WHETHER + r"|\bkisiden\s+kisiye\b|"
            r"\bsakincali\w*|\buygulanmama\w*|\buygun\s+degil\w*|\bhamile\w*"
            # (not "kontrendikasyonu yoktur": none is named, so nobody is ruled out)
            r"|\bkontrendik\w*+(?!\s+(?:\w+\s+)?(?:yok|bulunma)\w*)"
            r"|\bgebe\w*"
            # "genel sağlık durumu elverişli olan her kişiye": screened for health after all
            r"|\bsaglik\s+durum\w*\s+(?:\w+\s+)?(?:elverisli|uygun)\s+olan\b"
        ),
        "cure": re.compile(
            # "etkili bir çözüm olabilir": it may be a solution, not that it is one
            r"\b(?:cozum|etkili)\w*\s+olabil\w*|"
            # a use that draws interest ("tedavisi için büyük ilgi görmektedir"): a prospect
            r"\bilgi\s+(?:gor|cek)\w*|"
            # a view a practice rests on, results no different from placebo
            r"\bgorus\w*\s+dayan\w*|\bplasebo\w*|\bsistematik\s+derleme\w*|"
            # treatments "seen as an alternative" come back on the agenda: a view reported
            r"\bolarak\s+gorul\w*|\bgundeme\s+gel\w*|"
            # in theory, a chance of healing, pain admitted as what may come ("teorik olarak",
            # "iyileşme şansına sahiptir", "zaman zaman ağrı olabilir")
            r"\bteorik\s+olarak\b|\b(?:iyiles|tedavi)\w*\s+sans\w*|\bagri\w*\s+olabil\w*|"
            # a result in mice ("farelerde", "eğer fareyseniz"), as Spanish reads "ratones"
            r"\bfare(?:ler\w*|yseniz|lerde|nin)?\b|"
            # an aim named ("tedavisindeki amaç ... kazandırmaktı"), as the aims
            # after a claim are
            r"\bamac(?:i|imiz)?\b|"
            # a patient who "became a ray of hope" to others is held up, not hedged
            r"\b(?:potansiyel\w*|arastiril\w*|arastirma\w*"
            r"|umut(?!\s+isig\w*\s+ol(?:du|uyor|maktadir))\w*|calismalar\w*\s+sur\w*"
            # studies at work hedge; unnamed studies said to have shown the cure ("çeşitli
            # çalışmalar ... iyileşme sağladığını göstermiştir") make it, as in English
            r"|calisma(?:lar|nin|lari|larin|da|larda|si|sinda|sina)?\b(?![^.!?]*\bgoster\w*)"
            # (not an organ's working helped: "organlarınızın düzenli çalışmasına yardımcı")
            r"(?!\s+(?:\w+\s+)?(?:yardimci|destek)\w*)"
            # the evidence said to fall short ("çalışmaların ... yetersizlikleri")
            r"|\b(?:veri|kanit|calisma|arastirma)\w*\s+(?:\w+\s+){0,5}?(?:olmadig|bulunmadig"
            r"|yetersiz|eksik)\w*|dergi\w*|yayimla\w*|deneysel\w*|henuz\w*|bilim\s+insan\w*|arastirmaci\w*)"
            # a prospect for later stages, or a response that varies and a disease that may
            # come back: a caution, not a cure
            # (not a relapse prevented "ilerleyen zamanda yeniden")
            r"|\bilerleyen\s+(?:asama|yil|donem|zaman)\w*(?!\s+(?:\w+\s+)?(?:yeniden|tekrar))|\bkisiden\s+kisiye\b"
            r"|\btekrarlayabil\w*"
            # a disease that rules a patient out ("bazı kronik hastalıklar bu tedaviyi
            # yaptırmanıza engel olabilir")
            r"|\b(?:yaptirmaniza|uygulanmasina|tedaviye|isleme)\s+engel\s+(?:ol|teskil)\w*"
            # no guarantee or proof that it works ("... etkili olduğunun hiçbir garantisi yok"),
            # a cure-all one should not take it for ("her derde deva gözüyle bakmamak gerekir")
            r"|\b(?:hicbir\s+)?(?:garanti|kanit)\w*\s+(?:yok|bulunmu?(?:yor|maz|mamakta))\w*"
            r"|\b(?:gozuyle|olarak)\s+bakmamak\b"
            # no known treatment ("otizmin bilinen bir tedavisinin olmadığını")
            r"|\btedavi(?:si|sinin)\s+(?:yok|olmadig|bulunmadig|bulunmamakta)\w*"
            # a disease said to be hard to treat ("bu hastalığın tedavisi çok zordur"; not "güçlü",
            # strong)
            r"|\btedavi\w*\s+(?:cok\s+|oldukca\s+|son\s+derece\s+)?(?:zor(?:dur|lu\w*)?|guc(?:tur)?)\b"
        ),
    }
)

WARNING: Final = re.compile(
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
    # "... paketlerine şüpheyle yaklaşın", "başka bir yere gitmeyi düşünün": keep away
    r"|\b(?:supheyle|suphe\s+ile|temkinle|temkinli)\s+(?:yaklas|bak)(?:in|iniz|mali\w*)\b"
    r"|\bbaska\s+(?:bir\s+)?(?:yere|klinige|merkeze|hekime|doktora)\s+(?:gitmeyi\s+dusun|gidin"
    r"|basvurun)\w*"
)

REPORTED: Final = re.compile(
    # what others present as a miracle ("'mucize' olarak sunanlar", "olarak sunulan"; not a
    # clinic's own passive, "kalıcı bir çözüm olarak sunulmaktadır")
    r"\bolarak\s+sun(?:an|anlar\w*|ulan|ulsa)\b|"
    # what a product is said to do ("sivilcelere etkili olduğu söylenen ürünler")
    r"\bsoylenen\b|"
    # a phrase quoted to be weighed ("'Hiç iz kalmaz' demek tıbbi olarak doğru değildir")
    r"[\"']\s*demek\b|"
    # "vaat eden klinikler", "'kesin sonuç' vaadinde bulunan" report a promise; "vaat
    # ediyoruz", "vaat etmektedir", "vaadinde bulunuyoruz" make one
    r"\biddia\w*|\bva(?:at|ad)(?!\s+(?:ed(?:iyoruz|eriz|iyor|er)|etmektedir)\b)"
    r"(?!inde\s+bulun(?:uyoruz|uruz)\b)\w*"
    # ... unless clinics, not "our clinics", are said to promise it ("bazı klinikler ... vaat
    # etmektedir")
    r"|\b(?:klinik|merkez|firma|sirket|ajans)(?:ler|lar)(?!imiz)\w*\b[^.;]{0,80}?\bvaat\b"
    # (not "iyi haber şu ki", the good news is)
    r"|\b(?<!iyi\s)haber\w*|\bsahte\w*|\baldat\w*|\byanilt\w*|\bdolandir\w*"
    r"|\bonaysiz\w*|\bruhsatsiz\w*|\bkanit\w*\s+(?:yok|bulunm|olma)\w*|\bkanitlanma\w*"
    # an inspection reported, not one passed ("FDA denetiminden geçmiş" is the claim)
    r"|\bdenetim(?!\w*\s+(?:\w+\s+)?gec(?:mis|ti|en|er|iyor))\w*"
    r"|\bsorusturma\w*|\bgecmiste\b|\breklam\w*|\befsane\w*|\bmit\b|\byasak\w*"
    r"|\bizin\s+verilme\w*|\bcezai?\b|\bceza\w*|\b(?:one|ileri)\s+sur\w*|\byayginlas\w*"
    # an offer made to a reporter ("muhabirimize ... satmayı teklif eden koordinatör"); "I was
    # told it is" ("kalıcı olduğu söylendi"); saying so judged wrong ("... demek yanlış olur")
    r"|\bmuhabir\w*\b[^.;]{0,60}?\b(?:teklif|sat(?:ma|mak|an|is))\w*"
    r"|\b(?:oldugu|olacagi|olmadigi|olmayacagi)(?:nu|ni)?\s+soylen(?:di|mis)\w*"
    r"|\b(?:demek|soylemek)\s+(?:\w+\s+)?(?:yanlis|dogru\s+degil|mumkun\s+degil|hata)\w*"
    # marketing talk weighed ("pazarlama söylemleri"), a court's ruling
    r"|\bsoylem(?:i|in|ler\w*)?\b|\bmahkeme\w*|\byargitay\w*|\bdava\w*|\btazminat\w*"
    # a quotation named as a statement or a promise weighed ("'sonuç garantisi'
    # taahhütlerine", "'hiçbir yan etkisi yoktur' denilerek", "'... risk yok' ifadesi"), or a
    # word quoted as a word ("'Garanti' kelimesini gördüğünüzde"); a
    # doctor's words quoted in the news ("... diye konuştu") are still the doctor's claim
    r"|['\"“”«»]\s*(?:gibi\s+)?(?:ifade\w*|taahhu[dt]\w*|ibare\w*|kelime\w*|sozcu[kg]\w*"
    r"|soz(?:u|une|unu|leri\w*)\b"
    r"|denil\w*|denen\w*"
    # session 26's written round: a quotation named as a text, a statement or an answer
    # ("'FDA onaylı' yazısının", "'...' beyanının", "'...' yanıtı verildi")
    r"|yazi\w*|beyan\w*|yanit\w*|cevab\w*|cevap\w*)"
    # what was said to a witness ("... dendiğini"), a hearing, a decision's words ("kararda"),
    # the broadcaster's regulator, a product marketed under a name ("adıyla pazarlanan"), what
    # could not be shown, what nobody can say, some clinics named, pages that sell it
    r"|\bdend(?:i|igi|igini|iginde)\b|\bdurusma\w*|\btanik\w*|\bkararda\b|\brtuk\w*"
    r"|\badiyla\s+(?:pazarlan|satil|sunul)\w*|\b(?:gosterileme|kanitlanama)\w*"
    r"|\bkimse(?:nin)?\s+(?:\w+\s+)?(?:soyleyeme|bileme|garanti\s+edeme)\w*"
    r"|\bbazi\s+(?:klinik|merkez|hastane|firma)\w*|\beser\s+sozlesme\w*|\byuklenici\w*"
    r"|\bsatan\s+(?:\w+\s+)?(?:sayfa|site|klinik|merkez|kisi|firma)\w*"
    # what is thought, a hypothesis ("... yerine geçebileceği düşünülmektedir"), session 27
    r"|\bdusunul(?:mekte|uyor)\w*"
)

QUESTION: Final = re.compile(r"\b(?:mi|mu)(?:dir|sin|siniz|yiz|ler)?\s*\?\s*$")

# What a semantic proposal (foreign.py, the Turkish exemplar bank) must also speak of, as the
# English semantic.ANCHORS: broad words of what each category is about, read on the folded text.
SEMANTIC_ANCHORS: Final = MappingProxyType(
    {
        "no_risk": re.compile(
            r"\b(?:risk|guven|yan\s+etki|komplikasyon|zarar|tehlike|reaksiyon|redd|ret\b|alerji"
            r"|agri|enfeksiyon|toksik|dogal|sorun|endise|korku|olumsuz)\w*"
        ),
        "permanent": re.compile(
            r"\b(?:kalici|omur|sonsuz|hayat|tekrar|yil|surekli|kalir|hep|asla|bir\s+daha|kalic"
            r"|geri\s+don)\w*"
        ),
        "instant": re.compile(
            r"\b(?:hemen|aninda|ayni\s+gun|saat|dakika|gun|hizli|cikar|anlik|derhal|sabah)\w*"
        ),
        "guaranteed": re.compile(
            r"\b(?:garanti|sonuc|basari|her\s+zaman|mutlaka|kesin|vaat|iade|memnun|hasta|ise\s+yar)\w*|%"
        ),
        "universal": re.compile(
            r"\b(?:her|herkes|tum|butun|yas|tip|aday|fark\s+etmeksizin|uygun|kimse|sinir)\w*"
        ),
        "fda_misrepresentation": re.compile(
            r"\b(?:fda|onay|izin|sertifika|kayit|tescil|ruhsat|361|muaf|amerika|abd)\w*"
        ),
        "unverified_source": re.compile(
            r"\b(?:donor|bagis|kordon|plasenta|amniyo|amnio|embriyo|fetal|fetus|hayvan|bitki|koyun"
            r"|eksozom|gizli|wharton|allojenik|bebek|yenidogan|gobek|laboratuvar|kultur)\w*"
        ),
    }
)
