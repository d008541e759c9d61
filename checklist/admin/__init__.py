"""The admin: every page that shows the curated data with its judgement.

- ``clinics``: the clinic admin (curation, with each clinic's grade, history and reports beside
  its data; parts from clinics.curation);
- ``people``: the practitioner and credential admins;
- ``review``: assessments (read-only) and the reviewers' queue of shared patient reports;
- ``labels``: curators' labels on the claims screener's flags;
- ``enforcement``: public enforcement records and the matches imports propose;
- ``portal``: the clinics' right of reply (invitations, the corrections queue, the portal log);
- ``website``: the clinic page's website panel (the capture's snapshots and citations).
"""

from django.contrib import admin

from . import clinics, enforcement, labels, people, portal, review  # noqa: F401  (registered on import)

# Staff should know whose admin they are in, not see Django's name for it.
admin.site.site_header = "Clinic Vetting staff"
admin.site.site_title = "Clinic Vetting staff"
admin.site.index_title = "Curation and review"
# The model list sits on the front page; beside a changelist it took the width of three
# columns at 1,280 px (must-pass, last reviewed, published were off-screen).
admin.site.enable_nav_sidebar = False
