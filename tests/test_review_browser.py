"""The workbench in real headless Chromium (Playwright driving the system chromium)
over a warehouse made by the real pipeline (Whisper base) from real clips:

* 0101 ``fx_forbidden_nogreet.wav`` (一组): forbidden phrase + missing greeting …
* 0102 ``fx_clean.wav`` (二组): clean
* 0103 ``samples/2026-11-20/c0014.mp3`` (一组): the customer says a phone number

A server (uvicorn) runs in a thread on a free loopback port. Without chromium the
tests skip locally (``make browser-deps`` installs it) and fail in CI (``CI=true``).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from callqa.settings import Settings
from review.testing import USERS, add_users, serve_in_thread

pytestmark = [pytest.mark.browser, pytest.mark.asr]

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--autoplay-policy=no-user-gesture-required"]
CALLS = {  # recording id: (source, agent id, agent name, team, start)
    "20261120-0101": ("tests/data/fx_forbidden_nogreet.wav", "A01", "王芳", "一组", "09:05"),
    "20261120-0102": ("tests/data/fx_clean.wav", "A02", "李静", "二组", "09:40"),
    "20261120-0103": ("samples/2026-11-20/c0014.mp3", "A03", "张伟", "一组", "10:15"),
}
FORBIDDEN, CLEAN, PHONE = CALLS


def _need_browser() -> None:
    problem = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problem = "the playwright package is not installed (pip install -e '.[dev]')"
    if problem is None and not Path(CHROMIUM).exists():
        problem = f"{CHROMIUM} not found: run 'make browser-deps' (apt-get install chromium fonts-noto-cjk)"
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser tests cannot run in CI: {problem}")
        pytest.skip(problem)


@pytest.fixture(scope="module")
def real_settings(tmp_path_factory, model_cache_dir):
    """A warehouse filled by the real pipeline (Analyzer + store.save_result)."""
    _need_browser()
    from pipeline.analyze import Analyzer
    from pipeline.model import CallRecord
    from warehouse import db as wdb
    from warehouse import store

    root = tmp_path_factory.mktemp("browser")
    day = root / "rec" / "2026-11-20"
    day.mkdir(parents=True)
    settings = Settings(var_dir=str(root / "var"), recordings_root=str(root / "rec"),
                        model_cache_dir=model_cache_dir)
    analyzer = Analyzer(settings)
    with wdb.connect(settings.database) as con:
        store.start_run(con, "browser", "nightly", "2026-11-20", analyzer.rulebook.rulebook,
                        analyzer.rulebook.version, "base", {})
        for rid, (src, agent_id, name, team, hhmm) in CALLS.items():
            path = day / Path(src).name
            shutil.copyfile(REPO / src, path)
            record = CallRecord(file=str(path), recording_id=rid, call_id=rid,
                                agent_id=agent_id, agent_name=name, team=team,
                                started_at=f"2026-11-20T{hhmm}:00+08:00", direction="inbound",
                                hangup_by="customer", channel_layout="agent-left",
                                call_date="2026-11-20")
            result = analyzer.analyze(record)
            assert result.status == "ok", result.error
            store.save_result(con, result, "browser")
        add_users(con)
    return settings


@pytest.fixture(scope="module")
def server(real_settings):
    from review.app import create_app

    app = create_app(real_settings)
    with serve_in_thread(app) as url:
        yield url
    app.state.review.warehouse.close()


@pytest.fixture(scope="module")
def browser(real_settings):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="zh-CN", accept_downloads=True,
                                  viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def wait_until(page, expression: str, timeout_s: float = 15.0) -> None:
    """Poll a JS expression with page.evaluate (the CSP forbids the eval that
    Playwright's wait_for_function uses)."""
    import time

    deadline = time.monotonic() + timeout_s
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for: {expression}")
        page.wait_for_timeout(50)


def log_in(page, server: str, username: str) -> None:
    page.goto(server + "/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", USERS[username][2])
    page.click("#login-form button[type=submit]")
    page.wait_for_load_state()


def log_out(page) -> None:
    page.click("header form button[type=submit]")
    page.wait_for_url("**/login")


def as_json(page, server: str, path: str) -> dict:
    r = page.request.get(server + path + ("&" if "?" in path else "?") + "format=json")
    assert r.ok, r.text()
    return r.json()


def finding_card(page, category_label: str):
    return page.locator("article.finding", has=page.locator("strong", has_text=category_label))


# --------------------------------------------------------------------- flows

def test_log_in_and_open_the_queue(page, server):
    page.goto(server + "/queue")
    assert "/login" in page.url                               # not logged in: login page
    page.fill("input[name=username]", "insp")
    page.fill("input[name=password]", "wrong-password")
    page.click("#login-form button[type=submit]")
    assert "用户名或密码错误" in page.inner_text(".error")
    page.fill("input[name=password]", USERS["insp"][2])
    page.click("#login-form button[type=submit]")
    page.wait_for_url("**/queue")
    rows = page.locator("tr[data-recording]")
    ids = [rows.nth(i).get_attribute("data-recording") for i in range(rows.count())]
    assert ids[0] == FORBIDDEN and CLEAN not in ids and PHONE in ids
    assert rows.first.locator(".sev").inner_text() == "致命"
    assert page.evaluate("document.fonts.check('16px \"Noto Sans CJK SC\"')")


def test_open_a_call_play_and_seek(page, server):
    log_in(page, server, "insp")
    audio_statuses: list[int] = []
    page.on("response", lambda r: audio_statuses.append(r.status) if "/audio/" in r.url else None)
    page.click(f"tr[data-recording='{PHONE}'] a.open-call")
    page.wait_for_url(f"**/calls/{PHONE}")
    assert page.locator("table.lanes th").all_inner_texts()[1:] == ["坐席", "客户"]
    assert page.locator("td.text.agent").count() > 0 and page.locator("td.text.customer").count() > 0
    wait_until(page, "document.getElementById('player').readyState >= 1")
    duration = page.evaluate("document.getElementById('player').duration")
    assert duration == pytest.approx(58.7, abs=1.0)
    # play from the start
    page.evaluate("document.getElementById('player').play()")
    wait_until(page, "document.getElementById('player').currentTime > 0.3")
    # click a finding: the player jumps there and keeps playing
    seek_button = page.locator("article.finding button.seek").last
    target = float(seek_button.get_attribute("data-seek"))
    assert target > 20
    seek_button.click()
    wait_until(page, 
        f"Math.abs(document.getElementById('player').currentTime - {target}) < 1.5 "
        "&& !document.getElementById('player').paused")
    wait_until(page, f"document.getElementById('player').currentTime > {target} + 0.3")
    assert page.evaluate("document.getElementById('player').error") is None
    assert 206 in audio_statuses                              # seeking used range requests


def test_reject_a_finding_and_see_the_score_change(page, server):
    log_in(page, server, "insp")
    page.goto(f"{server}/calls/{FORBIDDEN}")
    assert page.inner_text("#machine-score") == "0"
    assert page.inner_text("#reviewed-score") == "0"
    card = finding_card(page, "服务忌语")
    assert card.locator(".verdict-label").inner_text() == "待复核"
    assert page.locator("tr.utt.hl-critical mark").count() >= 1   # the words are highlighted
    card.locator("input[name=comment]").fill("复听确认是转述,不是坐席本人的话")
    card.locator("button.reject").click()
    page.wait_for_load_state()
    card = finding_card(page, "服务忌语")
    assert card.locator(".verdict-label").inner_text() == "已驳回"
    assert page.inner_text("#machine-score") == "0"          # the original stays visible
    reviewed = float(page.inner_text("#reviewed-score"))
    assert reviewed > 0
    data = as_json(page, server, f"/calls/{FORBIDDEN}")
    assert data["reviewed"]["score"] == pytest.approx(reviewed, abs=0.06)
    assert data["machine"]["score"] == 0.0


def test_file_and_rule_an_appeal(page, server):
    log_in(page, server, "lead1")
    page.goto(f"{server}/calls/{FORBIDDEN}")
    assert page.locator("form.verdict-form").count() == 0     # team leads cannot judge
    card = finding_card(page, "缺少开场问候")
    card.locator("summary").click()
    card.locator("textarea[name=reason]").fill("坐席接起后先说了“喂”,随后问候被客户打断")
    card.locator(".appeal-form button[type=submit]").click()
    page.wait_for_load_state()
    assert "待裁决" in finding_card(page, "缺少开场问候").inner_text()
    before = as_json(page, server, f"/calls/{FORBIDDEN}")["reviewed"]["score"]
    log_out(page)

    log_in(page, server, "insp")
    page.goto(f"{server}/appeals")
    appeal = page.locator("article.appeal-open").first
    assert "坐席接起后先说了" in appeal.inner_text()
    appeal.locator("input[name=comment]").fill("录音开头有问候,撤销")
    appeal.locator("button.reject").click()
    page.wait_for_load_state()
    assert "撤销该发现" in page.locator("article.appeal").first.inner_text()
    page.goto(f"{server}/calls/{FORBIDDEN}")
    card = finding_card(page, "缺少开场问候")
    assert card.locator(".verdict-label").inner_text() == "已驳回"
    assert "最终结论" in card.inner_text() and card.locator("form").count() == 0
    after = as_json(page, server, f"/calls/{FORBIDDEN}")["reviewed"]["score"]
    assert after > before


def test_search_transcripts_by_sound(page, server):
    log_in(page, server, "trainer")
    page.wait_for_url("**/search")
    page.fill("#search-form input[name=q]", "不归我们关")
    page.click("#search-form button[type=submit]")
    page.wait_for_load_state()
    first = page.locator("li.result").first
    assert first.get_attribute("data-recording") == FORBIDDEN
    assert "不归我们" in first.locator("mark").inner_text()
    first.locator("a.hit-text").click()
    page.wait_for_url(f"**/calls/{FORBIDDEN}?t=*")
    wait_until(page, "document.getElementById('player').currentTime > 5")


def test_export_a_pack_and_check_the_clip_and_the_masking(page, server, real_settings, tmp_path):
    call = as_json_after_login(page, server, "trainer", f"/calls/{PHONE}")
    digits = re.compile(r"[0-9一二三四五六七八九零〇幺]{7,}")
    phone_utt = next(u for u in call["utterances"] if digits.search(u["text"]))
    page.goto(f"{server}/calls/{PHONE}")
    form = page.locator("#example-form")
    form.locator("input[value=bad]").check()
    form.locator("input[name=start_s]").fill(f"{phone_utt['start_s'] - 1:.1f}")
    form.locator("input[name=end_s]").fill(f"{phone_utt['end_s'] + 1:.1f}")
    form.locator("input[name=note]").fill("客户报手机号13812345678时坐席没有复述<script>x</script>")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert "<script>x</script>" in page.locator("#examples").inner_text()   # shown as text
    page.goto(f"{server}/examples")
    with page.expect_download() as dl:
        page.click("#export-pack")
    path = tmp_path / "pack.zip"
    dl.value.save_as(path)
    zf = zipfile.ZipFile(path)
    manifest = json.loads(zf.read("manifest.json"))
    (entry,) = manifest["examples"]
    index = zf.read("index.html").decode("utf-8")
    # text: the spoken number and the one in the note are gone, the labels instead
    spoken = digits.search(phone_utt["text"]).group(0)
    everything = index + json.dumps(manifest, ensure_ascii=False)
    assert spoken not in everything and "13812345678" not in everything
    lines = [ln["text"] for ln in entry["transcript"]] + [entry["note"]]
    lines += re.findall(r'<p class="line">(.*?)</p>', index)
    assert not any(digits.search(text) for text in lines)
    assert "【手机号】" in entry["note"] and "【手机号】" in index
    assert re.search(r"【(号码|手机号)】", index)
    # audio: the clip covers the example plus padding, the number is a 1 kHz beep
    pad = real_settings.review.clip_padding_s
    assert entry["clip_call_start_s"] == pytest.approx(phone_utt["start_s"] - 1 - pad, abs=0.05)
    assert entry["beeps"]
    from pipeline.audio import decode

    clip = tmp_path / "clip.mp3"
    clip.write_bytes(zf.read(entry["clip"]))
    audio = decode(clip)
    assert audio.duration_s == pytest.approx(entry["clip_call_end_s"] - entry["clip_call_start_s"],
                                             abs=0.15)
    words_start = phone_utt["start_s"] - entry["clip_call_start_s"]
    for a, b in entry["beeps"]:
        assert a <= words_start + 0.5
        assert dominant_hz(audio, a + 0.05, b - 0.05) == pytest.approx(1000, abs=15)
        assert tone_share(audio, a + 0.05, b - 0.05) > 0.9
    assert tone_share(audio, 0.0, max(0.2, entry["beeps"][0][0] - 0.1)) < 0.5  # speech before


def as_json_after_login(page, server, username, path):
    log_in(page, server, username)
    return as_json(page, server, path)


def dominant_hz(audio, start_s, end_s):
    x = audio.channels.mean(axis=0)[int(start_s * audio.sample_rate):int(end_s * audio.sample_rate)]
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / audio.sample_rate)[spectrum.argmax()])


def tone_share(audio, start_s, end_s, hz=1000.0):
    """Share of the signal's energy within ±30 Hz of ``hz``."""
    x = audio.channels.mean(axis=0)[int(start_s * audio.sample_rate):int(end_s * audio.sample_rate)]
    power = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / audio.sample_rate)
    return float(power[np.abs(freqs - hz) < 30].sum() / max(power.sum(), 1e-12))
