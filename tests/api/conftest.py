import warnings

import pytest

from .stores import build_store


@pytest.fixture(scope="session")
def api_db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("api-store"))


@pytest.fixture(scope="session")
def app(api_db):
    pytest.importorskip("fastapi", reason="the API needs the serve extra: pip install 'dyadwatch[serve]'")
    from dyadwatch.api import create_app

    return create_app(api_db)


def make_client(app):
    """Starlette's test client (its warning about httpx is about Starlette's future, not us)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx.*")
        from fastapi.testclient import TestClient
    return TestClient(app)


@pytest.fixture(scope="session")
def client(app):
    with make_client(app) as c:
        yield c
