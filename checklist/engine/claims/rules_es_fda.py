"""Spanish: the rules for a regulator's approval claimed or implied (the FDA's and the region's
health regulators' seals, licences and registrations), as data for ``rules_es.RULES``. Patterns
are lower-case ASCII, read against the folded text (``foreign.fold``)."""

from __future__ import annotations

from typing import Final

from .foreign import rule
from .rules_es_cure import _BLOOD

_CELLS = r"celula\w*\s+madre\w*"
# health regulators by the acronyms clinics display as a seal ("avalado por COFEPRIS"); a
# ministry's authorisation told as news ("autorizado recientemente por el Ministerio de Salud")
# is left to the reader
_REGULATOR = r"(?:cofepris|invima|anmat|aemps|minsa|digemid|anvisa|arcsa|seremi)\b"
# a regulator's seal or licence ("aval de COFEPRIS", "registro INVIMA")
_SEAL = (
    r"(?:aval|aprobacion|autorizacion|registro|licencia|permiso)\s+(?:sanitari[oa]\s+)?"
    r"(?:de(?:l)?\s+(?:la\s+|el\s+)?|ante\s+(?:la\s+|el\s+)?)?" + _REGULATOR
)

FDA_RULES: Final = (
    rule(
        "fda_misrepresentation",
        # registration, inspection or oversight read as approval ("laboratorio inspeccionado por
        # la FDA, lo que respalda la legalidad ...")
        r"\b(?:aprobad|autorizad|avalad|certificad|registrad|validad|reconocid|regulad|respaldad"
        r"|inspeccionad|supervisad|auditad)\w*\s+(?:\w+\s+){0,3}?(?:por|ante)\s+(?:\w+\s+(?:y\s+)?){0,2}?(?:la\s+)?(?:fda"
        r"|administracion\s+de\s+alimentos|food\s+and\s+drug)",
        r"\bfda\s+(?:aprob|autoriz|certific|registr|avala)\w*",
        # registered "in" the FDA's rules ("registrada en la normativa norteamericana FDA")
        r"\bregistrad\w*\s+(?:\w+\s+){0,3}?(?:en|con)\s+(?:\w+\s+){0,3}?fda\b",
        r"\b(?:aprobacion|autorizacion|registro|certificacion|aval|visto\s+bueno|respaldo"
        # ("tiene clearance de la FDA")
        r"|reconocimiento|sello|clearance)\s+(?:de\s+la\s+)?fda\b",
        r"\b(?:lineamientos|normas|normativas?|regulaciones|estandares|directrices)\s+(?:\w+\s+)"
        r"{0,2}?(?:federales|de\s+la\s+fda)",
        r"\bcumpl\w*\s+(?:con\s+)?(?:\w+\s+){0,3}?fda\b|\bfda[\s-]+compliant\b",
        # a health regulator's licence held up as approval ("cuenta con licencia de la Cofepris")
        r"\b(?:cuenta|cuentan|contamos)\s+con\s+(?:la\s+|el\s+)?(?:licencia|aprobacion|autorizacion|aval"
        r"|registro)\s+(?:sanitari[oa]\s+)?(?:de\s+(?:la\s+)?|ante\s+(?:la\s+)?)?" + _REGULATOR,
        # a laser or a device cleared by the FDA is the device's clearance, not the cells', nor is
        # a filler's or a drug's ("ácido poli-L-láctico o PLLA aprobado por la FDA")
        # nor an approval dated ("fue primero aprobado por la FDA (Estados Unidos) en 2004 para")
        not_after=r"^\s*(?:\([^)]{0,30}\)\s*)?en\s+(?:19|20)\d\d\b",
        # the one use approved named, cord blood for blood diseases ("el único uso de la sangre de
        # cordón aprobado por la FDA es el trasplante")
        not_in_sentence=r"\bunico\s+(?:\w+\s+){0,6}?aprobad\w*|\bningun\s+uso\b",
        not_before=r"\b(?:laser|dispositivo|equipo|aparato|maquina|centrifug|relleno|hialuronic"
        r"|bioestimulador|plla|poli\W*l\W*lactic|hidroxiapatita|toxina|botox|farmaco|medicamento"
        r"|minoxidil|finasterid)"
        r"\w*\s+(?:[\w-]+\s+){0,4}$",
    ),
    rule(
        "fda_misrepresentation",
        # ... unless the clearance is stretched to the cells ("certificado por la FDA para procesar
        # sus células madre")
        r"\b(?:aprobad|autorizad|avalad|certificad|registrad)\w*\s+(?:\w+\s+){0,2}?por\s+(?:la\s+)?"
        r"fda\s+para\s+(?:\w+\s+){0,3}?(?:" + _CELLS + r"|terapia\s+celular|exosomas)",
        # the FDA said to find the use acceptable or allowed ("para la FDA es aceptable el uso de
        # células madre autólogas ... siempre y cuando no se cultiven", "la FDA lo considera
        # permitido"): the exemption as sanction
        r"\bfda\b[^.!?]{0,60}?\b(?:es|son|resulta)\s+(?:aceptable|permitid[oa]|legal)\w*"
        r"[^.!?]{0,60}?(?:" + _CELLS + r"|terapia\s+celular|exosomas)"
        r"|\bfda\s+(?:lo|la|los|las)\s+(?:considera|acepta|reconoce|ve)\w*\s+(?:como\s+)?(?:permitid"
        r"|aceptable|legal|valid)\w*",
        # a device's clearance stretched to the whole procedure ("el equipo ... tiene clearance de
        # la FDA, o sea que el procedimiento completo está respaldado")
        r"\b(?:aprob|autoriz|certific|registr|aval|clearance)\w*\s+(?:\w+\s+){0,3}?fda\b(?:(?!\bno\b)[^.!?]){0,80}?"
        r"\b(?:procedimiento|tratamiento|proceso)\s+(?:completo|entero)\b"
        # ... or the treatment said to follow from it ("un equipo aprobado por la FDA, así que tu
        # tratamiento con células madre cumple los estándares ...")
        r"|\b(?:aprob|autoriz|certific|registr|aval|clearance)\w*\s+(?:\w+\s+){0,3}?fda\b\W+"
        r"(?:asi\s+que|o\s+sea(?:\s+que)?|por\s+lo\s+(?:que|tanto)|de\s+modo\s+que"
        r"|lo\s+que\s+(?:significa|quiere\s+decir)\s+que)\s+(?:(?!no\b)\w+\s+){0,3}?(?:tratamiento"
        r"|procedimiento|terapia|protocolo)\b",
        # a trial's listing read as approval ("inscrito en ClinicalTrials.gov, o sea que el gobierno
        # de Estados Unidos revisó y avaló lo que hacemos")
        r"\bclinicaltrials(?:\.gov)?\b[^.!?]{0,80}?\b(?:o\s+sea|asi\s+que|por\s+lo\s+que|es\s+decir"
        r"|lo\s+que\s+(?:significa|demuestra|quiere\s+decir))\b(?:(?!\bno\b)[^.!?]){0,60}?"
        r"\b(?:aval|aprob|autoriz|respald|revis|certific)\w*",
    ),
    rule(
        "fda_misrepresentation",
        # the exemption read as needing no approval at all ("no hay nada que aprobar")
        r"\bno\s+hay\s+nada\s+que\s+aprobar\b|\bno\s+(?:necesita|requiere|hace\s+falta)\s+(?:ninguna\s+)?"
        r"aprobacion\b",
        # the agency said to allow it ("entra en la excepción 361 de la FDA: está reconocido y
        # permitido por la agencia")
        r"\b(?:aprobad|autorizad|avalad|reconocid|permitid|respaldad|sancionad)[oa]s?\s+"
        r"(?:y\s+\w+\s+)?por\s+(?:la\s+)?agencia\b",
        needs_in_sentence=r"\bfda\b",
        self_negated=True,
    ),
    rule(
        "fda_misrepresentation",
        # a named health regulator said to approve the treatment ("terapia de células madre avalada
        # por el INVIMA", "terapia celular estética autorizada por el MINSA")
        r"\b(?:aprobad|autorizad|avalad|certificad|respaldad|habilitad|registrad|permitid)[oa]s?\s+"
        r"(?:\w+\s+){0,2}?por\s+(?:el\s+|la\s+)?" + _REGULATOR,
        # its seal or licence held by the treatment ("terapia celular con aval de COFEPRIS"), or
        # ticked for the clinic in a comparison ("Autorización de la AEMPS para la terapia celular
        # | Nuestra clínica: ✔"); what a treatment needs is no approval held
        r"\b(?:con|tiene|tienen|posee|poseen)\s+(?:la\s+|el\s+|su\s+)?" + _SEAL,
        _SEAL + r"\s+para\s+(?:\w+\s+){0,3}?[^.!?]{0,40}?\b(?:nosotros|nuestra\s+clinica)\s*:\s*"
        r"(?:\u2714|\u2713|si\b)",
        # a clinic approved as an establishment is not a treatment approved
        needs_in_clause=r"\b(?:terapi|tratamient|procedimient|celul|exosom|protocol|aplicaci|laborator)",
        # nor is what a treatment must have ("estos protocolos deben contar con autorización de la
        # Cofepris")
        not_before=r"\b(?:laser|dispositivo|equipo|aparato|maquina|centrifug)\w*\s+(?:[\w-]+\s+){0,4}$"
        r"|\b(?:debe\w*|deber\w*|necesit\w*|requier\w*|requerir|exig\w*|tienen?\s+que|hay\s+que"
        r"|verific\w*|comprob\w*|ped\w*|solicit\w*|obten\w*)\s+(?:\w+\s+){0,2}?$",
    ),
    rule(
        "fda_misrepresentation",
        # the same-day exemption read as sanction: the FDA said not to regulate the clinic's cells
        # ("la FDA ... no regula el uso de Células Madre adultas si son homólogas"), or the cells
        # said to be exempt from it
        r"\bfda\b[^.!?]{0,80}?\bno\s+(?:\w+\s+)?(?:regula|controla|supervisa)\b"
        r"|\bno\s+(?:esta|estan|es|son)\s+regulad[oa]s?\s+por\s+(?:la\s+)?fda\b"
        r"|\bexent[oa]s?\s+de\s+(?:la\s+)?(?:aprobacion|regulacion|supervision)\s+de\s+(?:la\s+)?fda\b",
        needs_in_sentence=r"\b(?:celula|madre|autolog|exosom|mismo\s+dia|homolog)",
        self_negated=True,
    ),
    rule(
        "fda_misrepresentation",
        # the treatment said to be allowed or legal in the United States, where the FDA rules
        r"\b(?:es|son|esta|estan)\s+(?:(?!no\b)\w+\s+)?(?:permitid[oa]s?|legal(?:es)?)\s+en\s+"
        r"(?:\w+\s+){0,2}?"
        r"(?:estados\s+unidos|ee\.?\s?uu\b|eeuu\b|norteamerica)",
        needs_in_sentence=r"\b(?:celula|madre|exosom|tratamiento|terapia)",
    ),
    rule(
        "fda_misrepresentation",
        # approval said to hold in the United States, where the FDA is the regulator ("en Europa
        # y Estados Unidos, los exosomas solo son aprobados para uso tópico")
        r"\b(?:son|es|esta|estan|fue|fueron|ha\s+sido|han\s+sido)\s+(?:(?:solo|solamente|unicamente"
        r"|ya)\s+)?aprobad[oa]s?(?:\s+(?:para|en|como)\b|(?=\s*[.!;]))",
        needs_in_sentence=r"\b(?:estados\s+unidos|ee\.?\s?uu\b|eeuu\b|norteamerica)",
        # cord-blood products for blood disorders are approved there
        not_in_sentence=_BLOOD + r"|\bsangre\s+de(?:l)?\s+cordon|\bhematopoy\w*|\bningun\w*",
    ),
)
