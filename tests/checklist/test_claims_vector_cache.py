"""The banks' vectors kept between starts (semantic.bank_vectors): the same vectors as embedding
the bank, read back only when made from the same bank and model, passed over when missing,
damaged or turned off."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from checklist.engine.claims import semantic

TEXTS = ["Our results are permanent.", "Results vary from person to person.", "No risk at all."]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLAIMS_VECTOR_CACHE", str(tmp_path / "claims"))
    return tmp_path / "claims"


def test_the_vectors_are_written_once_and_read_back_the_same(cache_dir: Path) -> None:
    first = semantic.bank_vectors("en", TEXTS)
    files = list(cache_dir.glob("bank-en-*.npy"))
    assert len(files) == 1
    assert np.array_equal(first, semantic.embed(TEXTS))
    stamp = files[0].stat().st_mtime_ns
    second = semantic.bank_vectors("en", TEXTS)
    assert np.array_equal(second, first) and second.dtype == np.float32
    assert files[0].stat().st_mtime_ns == stamp  # read, not written again


def test_a_file_of_another_shape_is_computed_again(cache_dir: Path) -> None:
    semantic.bank_vectors("en", TEXTS)
    (path,) = cache_dir.glob("bank-en-*.npy")
    np.save(path, np.zeros((2, 3), dtype=np.float32))
    again = semantic.bank_vectors("en", TEXTS)
    assert np.array_equal(again, semantic.embed(TEXTS))
    assert np.load(path).shape == again.shape


def test_a_damaged_file_is_computed_again(cache_dir: Path) -> None:
    semantic.bank_vectors("en", TEXTS)
    (path,) = cache_dir.glob("bank-en-*.npy")
    path.write_bytes(b"not a numpy file")
    assert np.array_equal(semantic.bank_vectors("en", TEXTS), semantic.embed(TEXTS))


def test_each_language_and_bank_has_its_own_file(cache_dir: Path) -> None:
    semantic.bank_vectors("en", TEXTS)
    semantic.bank_vectors("es", TEXTS)
    assert len(list(cache_dir.glob("bank-en-*.npy"))) == 1
    assert len(list(cache_dir.glob("bank-es-*.npy"))) == 1


def test_an_unwritable_cache_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv("CLAIMS_VECTOR_CACHE", str(blocked / "claims"))
    assert np.array_equal(semantic.bank_vectors("en", TEXTS), semantic.embed(TEXTS))


def test_the_cache_is_no_part_of_the_version() -> None:
    from checklist.engine.claims.version import rules_data

    assert not any("cache" in name.lower() for name in rules_data())


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMS_VECTOR_CACHE", "")
    assert np.array_equal(semantic.bank_vectors("en", TEXTS), semantic.embed(TEXTS))
    assert not list(tmp_path.iterdir())
