from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db.models.signals import post_migrate


def _sync_roles(sender, apps=None, **kwargs) -> None:
    from .roles import sync_roles

    # flush (transactional tests) sends the signal without a migration state.
    sync_roles(apps or global_apps)


class ClinicsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "clinics"

    def ready(self) -> None:
        from pagecache.cache import watch

        from .models import (
            Claim,
            Clinic,
            ClinicCorrection,
            ClinicInvitation,
            Credential,
            EnforcementAction,
            Evidence,
            PortalEvent,
            Practitioner,
            PriceQuote,
            ProcessingProtocol,
            PublicRegister,
            WebsitePage,
        )

        # What the directory, clinic and compare pages show (bulk writes call
        # pagecache.cache.public_data_changed themselves); a cached report lists the registers.
        watch(
            Clinic,
            Practitioner,
            Credential,
            ProcessingProtocol,
            Claim,
            PriceQuote,
            Evidence,
            EnforcementAction,
            PublicRegister,
            WebsitePage,  # the clinic page's "Website last checked"
            # the clinic page's lines on the clinic's reply
            ClinicInvitation,
            ClinicCorrection,
            PortalEvent,
        )
        # After every app's migrate (no sender), so groups also get permissions of
        # models that later apps and migrations add.
        post_migrate.connect(_sync_roles, dispatch_uid="clinics.sync_roles")
