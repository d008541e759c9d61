import pytest

from tests.checklist.dev_set import DEV_SET, SHARED_DEV_SET


def test_the_repository_copy_is_the_shared_dev_set() -> None:
    if not SHARED_DEV_SET.exists():
        pytest.skip(f"{SHARED_DEV_SET} is not beside the repository to compare with")
    assert DEV_SET.read_bytes() == SHARED_DEV_SET.read_bytes(), (
        f"copy {SHARED_DEV_SET} to {DEV_SET}: the shared dev set changed"
    )
