# Prices keep the amount and currency as the clinic quoted them; min_usd and max_usd become
# the conversion at the dated reference rates. Every stored price was entered in US dollars.

from django.db import migrations, models
from django.db.models import F

CURRENCIES = [
    ("USD", "USD – US dollars"),
    ("EUR", "EUR – Euros"),
    ("GBP", "GBP – British pounds"),
    ("CAD", "CAD – Canadian dollars"),
    ("MXN", "MXN – Mexican pesos"),
    ("TRY", "TRY – Turkish lira"),
    ("AED", "AED – UAE dirhams"),
    ("THB", "THB – Thai baht"),
    ("COP", "COP – Colombian pesos"),
    ("KRW", "KRW – South Korean won"),
    ("CHF", "CHF – Swiss francs"),
]
CONVERTED = "Converted from the amount as quoted at the rates of 2026-11-01."


def quoted_in_usd(apps, schema_editor):
    for name in ("PriceQuote", "HistoricalPriceQuote"):
        apps.get_model("clinics", name).objects.update(
            currency="USD", min_amount=F("min_usd"), max_amount=F("max_usd")
        )


def fields(model_name):
    return [
        migrations.AddField(
            model_name=model_name,
            name="currency",
            field=models.CharField(
                choices=CURRENCIES,
                default="USD",
                help_text="The currency of the price as the clinic quotes it.",
                max_length=3,
            ),
        ),
        migrations.AddField(
            model_name=model_name,
            name="min_amount",
            field=models.PositiveBigIntegerField(
                blank=True,
                help_text="The lowest price as the clinic quotes it, in its currency; whole units.",
                null=True,
                verbose_name="minimum (as quoted)",
            ),
        ),
        migrations.AddField(
            model_name=model_name,
            name="max_amount",
            field=models.PositiveBigIntegerField(
                blank=True,
                help_text="The highest price as the clinic quotes it, in its currency; whole units.",
                null=True,
                verbose_name="maximum (as quoted)",
            ),
        ),
        migrations.AlterField(
            model_name=model_name,
            name="min_usd",
            field=models.PositiveIntegerField(
                blank=True, help_text=CONVERTED, null=True, verbose_name="minimum (USD)"
            ),
        ),
        migrations.AlterField(
            model_name=model_name,
            name="max_usd",
            field=models.PositiveIntegerField(
                blank=True, help_text=CONVERTED, null=True, verbose_name="maximum (USD)"
            ),
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("clinics", "0010_public_registers"),
    ]

    operations = [
        *fields("historicalpricequote"),
        *fields("pricequote"),
        migrations.RunPython(quoted_in_usd, migrations.RunPython.noop, elidable=True),
        migrations.RemoveConstraint(model_name="pricequote", name="price_min_not_above_max"),
        migrations.AddConstraint(
            model_name="pricequote",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("min_amount__isnull", True),
                    ("max_amount__isnull", True),
                    ("min_amount__lte", models.F("max_amount")),
                    _connector="OR",
                ),
                name="price_min_not_above_max",
                violation_error_message="The minimum price cannot be above the maximum.",
            ),
        ),
    ]
