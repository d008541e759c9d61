from django.db import migrations, models


def create_row(apps, schema_editor):
    apps.get_model("pagecache", "DataVersion").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("number", models.PositiveBigIntegerField(default=0)),
                ("changed", models.DateTimeField(auto_now=True)),
            ],
            options={"verbose_name": "data version"},
        ),
        migrations.RunPython(create_row, migrations.RunPython.noop),
    ]
