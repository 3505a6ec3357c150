"""What a person sees in an HTML report: the page rendered by a real headless Chromium.

Reports get tested the way they are read: open the file in Debian's ``chromium`` (through
Playwright, with the system browser, so nothing is downloaded) and ask the rendered page for
its visible text, the colour of an element, or a screenshot. ``make setup`` installs
``chromium`` where it is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# No first-run work and no background connections: this machine's network is closed, and
# Chromium's calls out would only add noise and delay.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        raise RuntimeError("chromium not found: `make setup` installs it (apt-get install chromium)")
    return path


@contextmanager
def rendered(page_file: Path, width: int = 1280, height: int = 900) -> Iterator[object]:
    """The Playwright page showing ``page_file``, loaded and rendered."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(page_file.resolve().as_uri())
            page.wait_for_load_state("load")
            yield page
        finally:
            browser.close()


def colour(page, selector: str) -> str:
    """The computed text colour of the first element matching ``selector`` (``rgb(r, g, b)``)."""
    return page.eval_on_selector(selector, "e => getComputedStyle(e).color")
