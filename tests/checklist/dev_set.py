"""The team's labelled dev set of claim sentences (../shared/data/claims-dev.tsv), with a copy
in the repository so a clone without ../shared beside it runs every test that reads it;
test_dev_set_copy checks the copy still matches the shared file wherever that is present."""

from pathlib import Path

DEV_SET = Path(__file__).resolve().parent / "data" / "claims-dev.tsv"
SHARED_DEV_SET = Path(__file__).resolve().parents[3] / "shared" / "data" / "claims-dev.tsv"
