"""The dashboard in a real browser: pick a dyad, see the chart with its turn, open a period,
open an event, read the highlighted evidence in its article; partners; the events table;
hostile article text displayed inert."""
import json
import urllib.request

from ..api.stores import FLAG, HOSTILE
from .conftest import wait_until


def api(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + "api/" + path, timeout=10) as response:
        return json.loads(response.read())


def test_pick_a_dyad_see_the_turn_open_a_period_and_read_the_evidence(web):
    page = web.open()
    # laptop screen: the view and the side panel side by side, nothing wider than the window
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.select_option("#actor-a", "FRA")
    page.select_option("#actor-b", "NER")
    page.click("#dyad-form button[type=submit]")
    wait_until(page, "location.hash === '#/relations/FRA/NER/month'")
    page.wait_for_selector("#chart svg .turn-label.estrangement")
    assert "France – Niger" in page.text_content("#chart-title")

    page.select_option("#actor-a", "RUS")
    page.select_option("#actor-b", "PRK")
    page.click("#dyad-form button[type=submit]")
    page.wait_for_selector("#chart svg .turn-label.rapprochement")
    summary = page.text_content("#chart-summary")
    assert "Rapprochement in" in summary and "2023" in summary, summary
    turn = api(web.base, "relations/RUS/PRK?by=month")["turns"][0]
    assert page.get_attribute("#chart svg .turn-line.rapprochement", "data-period") == turn["period"]
    assert page.locator("#chart svg .index-line").count() >= 1 and page.locator("#chart svg .bar.coop").count() >= 5
    assert "Russia – North Korea" in page.text_content("#chart-title")

    # the busiest month after the turn: its events, most reported first
    periods = api(web.base, "relations/RUS/PRK?by=month")["periods"]
    busiest = max(periods, key=lambda p: (p["events"], p["period"]))
    page.click(f"#chart rect.period-hit[data-period='{busiest['period']}']")
    page.wait_for_selector("#period-events tbody tr")
    rows = page.locator("#period-events tbody tr")
    assert rows.count() == busiest["events"]
    assert page.get_attribute("#chart rect.period-selected", "visibility") == "visible"

    # open the first event: its documents, and the evidence highlighted in the article
    ref = rows.first.get_attribute("data-ref")
    rows.first.click()
    page.wait_for_selector("#article mark.evidence.current")
    detail = api(web.base, f"events/{ref}")
    representative = next(r for d in detail["documents"] for r in d["reports"] if r["ref"] == detail["representative"])
    highlighted = page.evaluate("[...document.querySelectorAll('#article mark.current')].map(m => m.textContent).join('')")
    assert highlighted == representative["evidence"]
    assert page.locator("#event-detail li.report").count() == sum(len(d["reports"]) for d in detail["documents"])
    assert page.is_visible("#article mark.current")
    web.screenshot("relation-event-evidence.png")

    # another report of the same event opens its own article
    reports = page.locator("#event-detail li.report")
    if reports.count() > 1:
        reports.nth(1).click()
        wait_until(page, "document.querySelector('#event-detail li.report.selected') === document.querySelectorAll('#event-detail li.report')[1]")
        assert page.locator("#article mark.current").count() >= 1


def test_dates_and_numbers_are_formatted_for_people(web):
    page = web.open("#/relations/RUS/PRK/month")
    page.wait_for_selector("#chart svg .turn-label")
    labels = page.locator("#chart svg text.tick").all_text_contents()
    assert any(label in ("Jan 2023", "Jul 2023") for label in labels), labels
    assert "Jul 2023" in page.text_content("#chart svg .turn-label")
    assert "documents" in page.text_content("#store-info") and "Jan 2023" in page.text_content("#store-info")


def test_partners_view_leads_to_the_relation(web):
    page = web.open("#/partners/RUS")
    page.wait_for_selector("#partners-table tbody tr")
    first = page.locator("#partners-table tbody tr").first
    assert "North Korea" in first.text_content() and "same bloc" in first.text_content()
    assert "Partners of Russia" in page.text_content("#partners-title")
    web.screenshot("partners.png")
    first.click()
    wait_until(page, "location.hash.startsWith('#/relations/RUS/PRK')")
    page.wait_for_selector("#chart svg .turn-label")


def test_events_table_filters_pages_and_opens_events(web):
    page = web.open("#/events")
    page.wait_for_selector("#events-table tbody tr")
    total = api(web.base, "events?limit=1")["total"]
    assert f"of {total:,}" in page.text_content("#page-info")
    page.fill("#events-form input[name=actor]", "FRA")
    page.check("#events-form input[name=merged]")
    page.select_option("#filter-sort", "-date")
    page.click("#events-form button[type=submit]")
    wait_until(page, "location.hash.includes('actor=FRA') && location.hash.includes('merged=true')")
    expected = api(web.base, "events?actor=FRA&merged=true&sort=-date&limit=25")
    # the table of the previous query may still be shown with as many rows: wait for these rows
    expected_refs = json.dumps([e["ref"] for e in expected["items"]], separators=(",", ":"))
    wait_until(page, f"JSON.stringify(Array.from(document.querySelectorAll('#events-table tbody tr'), r => r.dataset.ref)) === {json.dumps(expected_refs)}")
    refs = page.eval_on_selector_all("#events-table tbody tr", "rows => rows.map(r => r.dataset.ref)")
    assert refs == [e["ref"] for e in expected["items"]]
    assert "(reports of the same event merged)" in page.text_content("#events-summary")
    page.locator("#events-table tbody tr").nth(2).click()
    page.wait_for_selector("#article mark.evidence.current")
    web.screenshot("events.png")
    # invalid input is explained, not ignored
    page.fill("#events-form input[name=actor]", "R$S")
    page.click("#events-form button[type=submit]")
    page.wait_for_selector("#error:not([hidden])")
    assert "actor codes" in page.text_content("#error")
    web.errors[:] = [e for e in web.errors if "status of 422" not in e]  # the browser logs the refused request


def test_hostile_article_text_is_displayed_inert(web):
    """An article whose id, title, URL and text carry <script>, onerror=, javascript: URLs,
    iframes and event handlers: all of it shown as text, nothing runs, no dialog opens."""
    page = web.open("#/events?text=Lavrov%20met")
    page.wait_for_selector("#events-table tbody tr")
    row = page.locator("#events-table tbody tr", has_text="Lavrov met")
    row.first.click()
    page.wait_for_selector("#article mark.evidence.current")
    wait_until(page, "document.querySelector('#article').textContent.includes('<script>')")
    # hover and click over everything that could carry a handler
    for selector in ("#article", "#article-heading", "#event-detail li.report"):
        page.hover(selector)
    page.locator("#event-detail li.report").first.click()
    page.wait_for_timeout(300)

    article = page.text_content("#article")
    assert "<script>window.__dw_xss='script'; alert('script')</script>" in article
    assert "<img src=x onerror=\"window.__dw_xss='img'\">" in article
    assert "<iframe src=\"javascript:window.__dw_xss='iframe'\"></iframe>" in article
    assert page.text_content("#article-heading") == HOSTILE["title"]
    assert HOSTILE["title"] in page.text_content("#event-detail")
    # no element was made from the text, no script ran, no dialog opened
    assert page.evaluate("document.querySelectorAll('#article script, #article img, #article iframe, #article b, #article a, #article svg').length") == 0
    assert page.evaluate("document.querySelectorAll('main script, main iframe, main img').length") == 0
    assert page.evaluate(f"typeof window.{FLAG}") == "undefined"
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\"]').length") == 0
    assert web.dialogs == []
    assert web.csp == []  # nothing even tried to run and had to be blocked
    web.screenshot("hostile-article.png")
