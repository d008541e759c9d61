"""One factory per model; parents through SubFactory."""

import datetime

import factory

from clinics.choices import (
    CellForm,
    CellSource,
    CredentialKind,
    EnforcementConcern,
    EnforcementKind,
    EvidenceKind,
    Lab,
    Manipulation,
    Processing,
    RegisterKind,
    Specialty,
)
from clinics.models import (
    Claim,
    Clinic,
    Credential,
    EnforcementAction,
    Evidence,
    Practitioner,
    PriceQuote,
    ProcessingProtocol,
    PublicRegister,
)


class ClinicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Clinic
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Test Clinic {n}")
    slug = factory.Sequence(lambda n: f"test-clinic-{n}")
    country = "US"
    city = "Austin"
    website = factory.LazyAttribute(lambda o: f"https://{o.slug}.example")
    description = "Fictional clinic for tests."
    published = True


class PractitionerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Practitioner

    clinic = factory.SubFactory(ClinicFactory)
    name = factory.Sequence(lambda n: f"Dr. Test {n}")
    role = "Treating physician"
    specialty = Specialty.REGENERATIVE_MEDICINE
    years_experience = 12


class CredentialFactory(factory.django.DjangoModelFactory):
    """A practitioner's verified, current medical licence unless told otherwise."""

    class Meta:
        model = Credential

    practitioner = factory.SubFactory(PractitionerFactory)
    clinic = None
    kind = CredentialKind.MEDICAL_LICENSE
    issuer = "Texas Medical Board"
    number = factory.Sequence(lambda n: f"L{n:06d}")
    issued_on = datetime.date(2015, 1, 1)
    expires_on = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=400))
    verified = True
    verified_by = "A. Curator"
    verified_on = factory.LazyFunction(datetime.date.today)
    source_url = "https://board.example/verify"


class ClinicCredentialFactory(CredentialFactory):
    practitioner = None
    clinic = factory.SubFactory(ClinicFactory)
    kind = CredentialKind.FACILITY_LICENSE
    issuer = "State health department"


class ProcessingProtocolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProcessingProtocol

    clinic = factory.SubFactory(ClinicFactory)
    name = "Autologous fat-derived cell facial"
    cell_source = CellSource.AUTOLOGOUS_ADIPOSE
    cell_form = CellForm.LIVE_CELLS
    processing = Processing.CLOSED_SYSTEM
    manipulation = Manipulation.SAME_DAY
    lab = Lab.ON_SITE
    harvest_cc = 80
    delivery = factory.LazyFunction(lambda: ["injection"])
    sessions = 1
    procedure_hours = 3
    documented = True
    treats_disease = False


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    clinic = factory.SubFactory(ClinicFactory)
    text = "Results build gradually over three to six months and are not permanent."
    source_url = "https://clinic.example/faq"
    captured_on = datetime.date(2026, 10, 1)


class PriceQuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PriceQuote

    clinic = factory.SubFactory(ClinicFactory)
    min_usd = 8000
    max_usd = 12000
    # Quoted in US dollars unless a test says otherwise; save() converts the amounts again.
    currency = "USD"
    min_amount = factory.SelfAttribute("min_usd")
    max_amount = factory.SelfAttribute("max_usd")
    includes = "Harvest, processing, one session, two follow-ups"


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    clinic = factory.SubFactory(ClinicFactory)
    kind = EvidenceKind.PUBLICATION
    identifier = "10.1186/s13018-017-0645-5"
    title = "Cell-assisted lipotransfer meta-analysis"


class EnforcementActionFactory(factory.django.DjangoModelFactory):
    """An open FDA warning letter about unapproved products, linked to nothing."""

    class Meta:
        model = EnforcementAction
        skip_postgeneration_save = True

    agency = "FDA CBER"
    kind = EnforcementKind.WARNING_LETTER
    reference = factory.Sequence(lambda n: f"CBER-{n:05d}")
    issued_on = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    company = factory.Sequence(lambda n: f"Test Regenerative Firm {n}, LLC")
    subject = "Unapproved cellular products"
    products = "Stem cell facial; exosome serum"
    concerns = factory.LazyFunction(lambda: [EnforcementConcern.PRODUCTS])
    url = factory.Sequence(lambda n: f"https://agency.example/letters/{n}")
    summary = "Fictional letter for tests."


class PublicRegisterFactory(factory.django.DjangoModelFactory):
    """A doctors' register in the US, cited."""

    class Meta:
        model = PublicRegister

    country = "US"
    kind = RegisterKind.DOCTORS
    name = factory.Sequence(lambda n: f"Test Medical Board {n}")
    url = factory.Sequence(lambda n: f"https://board.example/search/{n}")
    source = "Fictional register for tests."
