"""Spanish: claims made in other words than the usual triggers, each as English reads them
(``rules_implied.py``): satisfaction and results promised by grammar, side effects and harm
denied in other words, results for good or that never grow back, no medical checks asked, as
data for ``rules_es.RULES``. Patterns are lower-case ASCII, read against the folded text
(``foreign.fold``)."""

from __future__ import annotations

from typing import Final

from .foreign import Rule, rule

# what a treatment is said to do to the face or body ("reduce", "suaviza", "levanta")
_CHANGED = (
    r"(?:reduc|elimin|suaviz|relaj|reafirm|tens|rellen|borr|levant|corrig|rejuvenec|ilumin|alis)\w*"
)

IMPLIED_RULES: Final[tuple[Rule, ...]] = (
    rule(
        "guaranteed",
        # "quedarás encantada con tus resultados" (not "si sigues los cuidados")
        r"\bquedar(?:as|a|an|eis)\s+(?:\w+\s+)?(?:encantad|fascinad|maravillad)[oa]s?\s+con\s+"
        r"(?:tus|sus|los)\s+(?:\w+\s+)?resultados\b(?![^.!?]*\b(?:si|siempre\s+que|cuando)\b)",
    ),
    rule(
        "guaranteed",
        # "siempre va a haber una mejora en la piel", "tu aspecto va a mejorar", "¿Funciona para
        # la caída del cabello? Sin ninguna duda"
        r"\bsiempre\s+(?:va\s+a\s+haber|habra|hay)\s+(?:una\s+)?(?:mejora|mejoria|resultado|cambio)\w*"
        r"|\b(?:tu|su)\s+(?:aspecto|piel|rostro|cara|cabello|pelo)\s+(?:va\s+a\s+mejorar|mejorara)\b"
        r"|\bfunciona\b[^?]{0,60}\?\s*(?:sin\s+(?:ninguna\s+|lugar\s+a\s+)?duda|por\s+supuesto"
        r"|definitivamente|absolutamente|siempre)\b",
    ),
    rule(
        "universal",
        # "no hay un perfil específico de paciente"
        r"\bno\s+(?:hay|existe)\s+un\s+perfil\s+(?:especifico\s+|concreto\s+|determinado\s+)?"
        r"de\s+(?:paciente|candidat[oa])",
    ),
    rule(
        "instant",
        # "sales de la clínica con tu nuevo rostro"
        r"\bsal(?:es|e|en|dras|dra|dran)\s+(?:de\s+(?:la|nuestra)\s+(?:clinica|consulta)\s+)?(?:ya\s+)?"
        r"(?:con\s+(?:tu|su)\s+(?:nuevo\s+(?:rostro|aspecto|look)|nueva\s+(?:cara|piel|imagen)"
        r"|resultado\s+final)|luciendo\s+(?:\w+\s+)?(?:anos\s+)?mas\s+joven)",
    ),
    rule(
        "permanent",
        # "los resultados duran años, incluso décadas"
        r"\bdura\w*\s+(?:muchos\s+)?anos,?\s+(?:e\s+|o\s+)?(?:incluso|hasta|si\s+no)\s+"
        r"(?:decadas|toda\s+la\s+vida|para\s+siempre)\b",
    ),
    rule(
        "guaranteed",
        # the outcome promised as the clinic's certainty ("estamos seguros de que te vas a
        # sorprender con los resultados")
        r"\bestamos\s+(?:segur[oa]s|convencid[oa]s)\s+(?:de\s+)?que\s+(?:te|le|les|os)\s+(?:vas|va|van"
        r"|vais)\s+a\s+(?:sorprender|encantar|gustar|fascinar|enamorar)\b[^.!?]{0,40}?\bresultados?\b",
    ),
    rule(
        "cure",
        # conditions by the handful ("tratar condiciones complejas", "combate múltiples
        # enfermedades")
        r"\b(?:trat|cur|san|combat|prev)\w*\s+(?:\w+\s+)?(?:condiciones|enfermedades|patologias"
        r"|dolencias)\s+(?:complejas|cronicas|diversas|graves|multiples|variadas)\b"
        r"|\b(?:trat|cur|san|combat|prev)\w*\s+(?:multiples|diversas|numerosas|muchas|todo\s+tipo\s+de"
        r"|una\s+gran\s+variedad\s+de)\s+(?:enfermedades|patologias|dolencias)\b",
    ),
    rule(
        "cure",
        # hair loss said to be reversed or stopped, as in English and Turkish ("revierte la caída
        # del cabello", "un tratamiento que frena la caída"); not what it "helps" to slow
        r"\b(?:revert\w*|reviert\w*|invert\w*|frena|frenan|detiene|detienen|acaba\s+con|acaban\s+con"
        r"|pone\s+fin\s+a|ponen\s+fin\s+a)\s+(?:(?:de\s+)?(?:forma|manera)\s+\w+\s+)?(?:la\s+|el\s+|los\s+|tu\s+|su\s+)?"
        r"(?:signos\s+de\s+(?:la\s+)?)?(?:caida\s+del?\s+(?:cabello|pelo)|calvicie|alopecia)\b",
    ),
    rule(
        "universal",
        # every kind of the concern ("puede ser útil en prácticamente cualquier tipo de alopecia"),
        # as in English
        r"\b(?:practicamente|casi|virtualmente)\s+(?:cualquier|todo)\s+(?:tipo|clase|forma)\s+de\b",
    ),
    rule(
        "permanent",
        # hair that will not fall again ("no volverá a caer"), as in English
        # ("el pelo nuevo no se me volverá a caer jamás")
        r"\bno\s+(?:se\s+)?(?:(?:me|te|le|nos|les)\s+)?(?:vuelve|vuelven|volvera|volveran)\s+a\s+caer\w*"
        r"|\bnunca\s+(?:mas\s+)?se\s+(?:(?:me|te|le|nos|les)\s+)?(?:vuelve|vuelven|volvera|volveran)\s+a\s+"
        r"caer\w*"
        # ... or baldness over for good ("ya no seré calvo")
        r"|\bya\s+no\s+(?:sere|seras|sera|seremos|seran)\s+calv[oa]s?\b",
        self_negated=True,
    ),
    rule(
        "unverified_source",
        # a formula kept secret ("nuestra fórmula es un secreto exclusivo")
        r"\b(?:formula|receta|composicion)\s+(?:\w+\s+){0,3}?(?:secret[oa]|confidencial)\b",
    ),
    rule(
        "no_risk",
        # harm denied in other words ("sin poner en riesgo la salud", "sin causar daño en la piel",
        # "al no tener efectos adversos")
        r"\bsin\s+(?:poner\s+en\s+riesgo|riesgo\s+para)\s+(?:la\s+|su\s+|tu\s+)?salud\b"
        r"|\bsin\s+(?:causar|producir|provocar|ocasionar)\s+(?:ningun\s+|ninguna\s+)?(?:dano|danos|lesion\w*)\b"
        r"|\bal\s+no\s+(?:tener|presentar|producir|causar)\s+(?:ningun\w*\s+)?(?:efectos\s+(?:secundarios"
        r"|adversos)|riesgos?|complicaciones)\b",
    ),
    rule(
        "permanent",
        # results for good ("eliminar la grasa de una vez por todas"), hair that will not grow back
        # ("ya no crecerá el pelo")
        r"\bde\s+una\s+vez\s+por\s+todas\b"
        r"|\bya\s+no\s+(?:volvera\s+a\s+crecer|crecera|vuelve\s+a\s+crecer)\b",
    ),
    rule(
        "universal",
        # no medical checks asked ("no se solicitan exámenes médicos para someterse al tratamiento")
        r"\bno\s+se\s+(?:solicitan|requieren|piden|necesitan|exigen)\s+(?:\w+\s+)?(?:examenes|analisis"
        r"|pruebas|estudios|evaluaciones)\b",
    ),
    rule(
        "instant",
        # the change itself done at once ("reduce inmediatamente la circunferencia", "relaja la
        # musculatura de manera inmediata", "suavizar las líneas casi al instante"); swelling seen
        # at once is not a result
        r"\b" + _CHANGED + r"\s+(?:\w+\s+){0,4}?(?:inmediatamente|de\s+(?:forma|manera|modo)\s+"
        r"(?:casi\s+)?inmediata|(?:casi\s+)?al\s+instante|en\s+el\s+acto)\b"
        r"|\b(?:inmediatamente|al\s+instante|instantaneamente)\s+" + _CHANGED,
        not_in_sentence=r"\b(?:hinchazon|inflamacion|hematoma\w*|enrojecimiento|moretones|edema)\b",
    ),
)
