"""The REST API (FastAPI) and the dashboard it serves: `dyadwatch serve`.

Needs the optional dependencies of the `serve` extra: pip install 'dyadwatch[serve]'."""


def create_app(*args, **kwargs):
    """The FastAPI application over a store (see app.create_app)."""
    from .app import create_app as make

    return make(*args, **kwargs)


__all__ = ["create_app"]
