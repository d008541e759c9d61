# A doctor's medical licence or board certification is refused on the clinic: "Licensed
# doctors" reads practitioners' credentials only (clinics.schema.PERSON_KIND_RULES).

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("clinics", "0010_public_registers"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="credential",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("clinic__isnull", True),
                    models.Q(("kind", "medical_license"), _negated=True),
                    _connector="OR",
                ),
                name="credential_medical_license_on_practitioner",
                violation_error_message=(
                    "A medical licence belongs to a doctor: add it under Practitioners, on the "
                    "doctor's own credentials."
                ),
            ),
        ),
        migrations.AddConstraint(
            model_name="credential",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("clinic__isnull", True),
                    models.Q(("kind", "board_certification"), _negated=True),
                    _connector="OR",
                ),
                name="credential_board_certification_on_practitioner",
                violation_error_message=(
                    "A board certification belongs to a doctor: add it under Practitioners, on "
                    "the doctor's own credentials."
                ),
            ),
        ),
    ]
