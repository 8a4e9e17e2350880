"""Actor recognition on our own sentences."""
from .conftest import code_text


def test_a_russian_person_is_found_after_a_first_name_in_a_case_form():
    _, events = code_text("Эрдоган встретился с Сергеем Лавровым в Сочи.", "ru", pub_date="2023-09-04")
    assert any(e.source_country == "TUR" and e.target_country == "RUS" and e.root_code == "04" for e in events)
