"""Screenshots of the workbench for the README (``make screenshots``).

Copies the warehouse (default: the demo day's ``var/callqa.duckdb``) to a temporary
folder, adds a demo inspector, serves it on a loopback port and photographs the
queue and a call page with the system chromium (Playwright). The real warehouse
is never written.

    python -m review.screenshots [--db var/callqa.duckdb] [--out docs/screenshots]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
#: verdicts clicked on the call page before its screenshot (category label, button, comment)
DEMO_VERDICTS = [("推诿搪塞", "button.reject", "已告知客户拨打热线转技术支持,不算推诿"),
                 ("静音过长", "button.confirm", "客户等待七秒无应答")]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--autoplay-policy=no-user-gesture-required"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="var/callqa.duckdb")
    ap.add_argument("--recordings", default="samples")
    ap.add_argument("--out", default="docs/screenshots")
    ap.add_argument("--call", default=None, help="recording id for the call page "
                                                 "(default: first in the queue)")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from callqa.settings import Settings
    from review.app import create_app
    from review.testing import add_users, serve_in_thread
    from warehouse import db as wdb

    src = Path(args.db)
    if not src.exists():
        print(f"error: {src}: run 'make demo' first", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "callqa.duckdb"
        shutil.copyfile(src, db)
        with wdb.connect(db) as con:
            add_users(con, {"demo": ("inspector", [], "demo-pass-1")})
        settings = Settings(var_dir=tmp, db_path=str(db), recordings_root=args.recordings)
        app = create_app(settings)
        with serve_in_thread(app) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 900}, locale="zh-CN")
            page.goto(base + "/")
            page.fill("input[name=username]", "demo")
            page.fill("input[name=password]", "demo-pass-1")
            page.click("button[type=submit]")
            page.wait_for_url("**/queue")
            page.screenshot(path=str(out / "queue.png"), full_page=False)
            rid = args.call or page.get_attribute("tr[data-recording]", "data-recording")
            page.goto(f"{base}/calls/{rid}")
            page.wait_for_selector("#player")
            for label, button, comment in DEMO_VERDICTS:     # show a review in progress
                card = page.locator("article.finding",
                                    has=page.locator("strong", has_text=label)).first
                if card.count() and card.locator("form.verdict-form").count():
                    card.locator("input[name=comment]").fill(comment)
                    card.locator(button).click()
                    page.wait_for_load_state()
            page.goto(f"{base}/calls/{rid}")            # top of the page, no #anchor
            page.wait_for_selector("#player")
            page.screenshot(path=str(out / "call.png"), full_page=False)
            browser.close()
        app.state.review.warehouse.close()
    print(f"wrote {out / 'queue.png'} and {out / 'call.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
