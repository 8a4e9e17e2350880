"""The API fuzzed against its own OpenAPI schema with schemathesis: for generated valid
(positive) and invalid (negative) parameters of every operation, no server error, and every
response as the schema says (status code, content type, headers, body).

Driven through schemathesis' Python API (its pytest plugin does not run on pytest 9); the
number of examples is kept small for a 2-core CI (about 20 per operation and mode)."""
import warnings

import pytest
from hypothesis import HealthCheck, given, settings

schemathesis = pytest.importorskip("schemathesis", reason="API fuzzing needs schemathesis (pip install 'dyadwatch[test]')")
pytest.importorskip("fastapi", reason="the API needs the serve extra: pip install 'dyadwatch[serve]'")

OPERATIONS = [
    "/api/health", "/api/vocabulary", "/api/actors", "/api/dyads", "/api/events", "/api/events/{ref}",
    "/api/documents/{doc_key}", "/api/relations/{a}/{b}", "/api/relations/{a}/{b}/events", "/api/partners/{actor}",
    "/api/network",
]
WITHOUT_PARAMETERS = {"/api/health", "/api/vocabulary", "/api/actors"}  # nothing to make invalid
EXAMPLES = 20
# A relation series is refused (422) when it would have more than 600 periods, a cost limit
# that the schema cannot express; there, valid requests may be rejected, the rest is checked.
COST_LIMITED = {"/api/relations/{a}/{b}"}


@pytest.fixture(scope="session")
def api_schema(app):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def test_every_operation_is_fuzzed(api_schema):
    found = sorted(op.ok().path for op in api_schema.get_all_operations())
    assert found == sorted(OPERATIONS)


@pytest.mark.parametrize(
    "path, mode",
    [(p, m) for p in OPERATIONS for m in ("positive", "negative") if not (m == "negative" and p in WITHOUT_PARAMETERS)],
)
def test_operation_answers_generated_requests_as_its_schema_says(api_schema, path, mode):
    operation = api_schema[path]["GET"]
    generation = schemathesis.GenerationMode(mode)

    @given(case=operation.as_strategy(generation_mode=generation))
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
    def check(case):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if path in COST_LIMITED:
                case.call_and_validate(excluded_checks=[schemathesis.checks.positive_data_acceptance])
            else:
                case.call_and_validate()

    check()
