"""Every save or delete of what a public page shows bumps the data version.

Bulk writes send no signals: the services that make them (clinics_import,
assessments_refresh, the admin's bulk actions) bump it themselves. A new patient report
changes no other page, so only a deleted one bumps (QuerySet.delete sends the signal).
"""

from django.db.models.signals import post_delete, post_save

from checklist.models import ClinicAssessment, PatientReport
from clinics.models import (
    Claim,
    Clinic,
    Credential,
    Evidence,
    Practitioner,
    PriceQuote,
    ProcessingProtocol,
)

from .cache import bump_data_version

SHOWN = (Clinic, Practitioner, Credential, ProcessingProtocol, Claim, PriceQuote, Evidence, ClinicAssessment)


def _bump(sender, **kwargs) -> None:
    bump_data_version()


for model in SHOWN:
    post_save.connect(_bump, sender=model, dispatch_uid=f"pagecache.save.{model.__name__}")
    post_delete.connect(_bump, sender=model, dispatch_uid=f"pagecache.delete.{model.__name__}")
post_delete.connect(_bump, sender=PatientReport, dispatch_uid="pagecache.delete.PatientReport")
