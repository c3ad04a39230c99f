"""The built site in a real browser: headless Chromium searches, follows results, and fetches nothing outside.

Debian's ``chromium`` and ``chromium-driver`` (``/usr/bin/chromium``, ``/usr/bin/chromedriver``); the test
skips without them. Chromium resolves no host name but 127.0.0.1 (``--host-resolver-rules``), so a request
to anywhere else fails and shows in the logs, and the performance log (DevTools ``Network`` events) lists
every request the pages sent.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
WAIT_SECONDS = 60


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip(
            "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"
        )
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (docs group)")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="docs-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        f"--user-data-dir={profile}",
        # Any host but the loopback site fails to resolve: nothing can leave the machine.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    try:
        driver.get("about:blank")
        _requests(driver)  # drop what the browser's own start-up pages logged
        driver.get_log("browser")
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _requests(driver: Any) -> list[str]:
    """Every URL requested since the last call (the performance log is drained as it is read)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _console_errors(driver: Any) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def _search(driver: Any, query: str) -> list[str]:
    """Type ``query`` into the site's search box; the result links (hrefs) once results are shown."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, WAIT_SECONDS)
    box = wait.until(expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input")))
    box.click()
    box.clear()
    box.send_keys(query)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "a.md-search-result__link"))
    return [
        link.get_attribute("href")
        for link in driver.find_elements(By.CSS_SELECTOR, "a.md-search-result__link")
    ]


def _leads_to(href: str, path: str, fragment: str = "") -> bool:
    """Whether a result link leads to ``path#fragment`` (the theme adds ``?h=<query>`` to highlight it)."""
    parts = urlsplit(href)
    return parts.path.endswith(path) and parts.fragment == fragment


def _follow(driver: Any, path: str, fragment: str = "") -> None:
    from selenium.webdriver.common.by import By

    links = [
        link
        for link in driver.find_elements(By.CSS_SELECTOR, "a.md-search-result__link")
        if _leads_to(link.get_attribute("href") or "", path, fragment)
    ]
    assert links, f"no search result leads to {path}#{fragment}"
    if not links[0].is_displayed():  # the theme folds a page's further sections ("N more on this page")
        links[0].find_element(By.XPATH, "ancestor::details[1]/summary").click()
    links[0].click()


def _outside(urls: list[str], origin: str) -> list[str]:
    """The network requests (http, https, ws...) that went anywhere but ``origin``."""
    network = [url for url in urls if urlsplit(url).scheme not in {"data", "blob", "about", "chrome"}]
    return [url for url in network if f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" != origin]


def test_search_finds_an_operation_and_a_model_field_and_leads_to_their_entries(
    browser: Any, served_site: str
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, WAIT_SECONDS)
    browser.get(f"{served_site}/index.html")
    requested = _requests(browser)

    hrefs = _search(browser, "DataBreachs_BatchPatch")
    assert any(_leads_to(h, "reference/resources/data_breachs.html", "DataBreachs_BatchPatch") for h in hrefs)
    _follow(browser, "reference/resources/data_breachs.html", "DataBreachs_BatchPatch")
    wait.until(
        lambda d: _leads_to(d.current_url, "reference/resources/data_breachs.html", "DataBreachs_BatchPatch")
    )
    entry = browser.find_element(By.ID, "DataBreachs_BatchPatch")
    assert entry.text.startswith("batch_patch")
    section = browser.find_element(By.XPATH, "//*[@id='DataBreachs_BatchPatch']/following-sibling::p[1]")
    assert "PATCH /v1/ws/{workspaceId}/DataBreachs" in section.text
    requested += _requests(browser)

    # A field's JSON key: the search leads to the model whose table lists it.
    hrefs = _search(browser, "noCommunicationReason")
    model_page = "reference/models/DataBreachDto.html"
    assert any(urlsplit(h).path.endswith(model_page) for h in hrefs), hrefs
    fragment = next(urlsplit(h).fragment for h in hrefs if urlsplit(h).path.endswith(model_page))
    _follow(browser, model_page, fragment)
    wait.until(lambda d: "reference/models/DataBreachDto.html" in d.current_url)
    cells = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "td code")]
    assert "noCommunicationReason" in cells
    requested += _requests(browser)

    assert _console_errors(browser) == []
    assert _outside(requested, served_site) == []
    assert any(urlsplit(url).path.endswith("/search/search_index.json") for url in requested)


def test_every_kind_of_page_renders_without_console_errors(browser: Any, served_site: str) -> None:
    pages = [
        "guides/first-call.html",
        "reference/operations.html",
        "reference/models/index.html",
        "reference/settings.html",
        "reference/client.html",
        "404.html",
    ]
    requested: list[str] = []
    for page in pages:
        browser.get(f"{served_site}/{page}")
        requested += _requests(browser)
    assert _console_errors(browser) == []
    assert _outside(requested, served_site) == []
