"""Every URL of the workbench comes from here (templates, redirects, tests)."""
from __future__ import annotations

from typing import Any, Mapping
from urllib.parse import quote, urlencode


def _q(value: Any) -> str:
    return quote(str(value), safe="")


def _with_query(path: str, params: Mapping[str, Any] | None) -> str:
    if not params:
        return path
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(clean, doseq=True)}" if clean else path


class Urls:
    """URL builder; ``base`` is the path prefix the app is mounted at ('' by default)."""

    def __init__(self, base: str = ""):
        self.base = base.rstrip("/")

    def path(self, p: str) -> str:
        return f"{self.base}{p}"

    # pages
    def home(self) -> str:
        return self.path("/")

    def login(self, next_url: str | None = None) -> str:
        return _with_query(self.path("/login"), {"next": next_url})

    def logout(self) -> str:
        return self.path("/logout")

    def queue(self, **params: Any) -> str:
        return _with_query(self.path("/queue"), params)

    def call(self, recording_id: str, t: float | None = None) -> str:
        return _with_query(self.path(f"/calls/{_q(recording_id)}"),
                           {"t": None if t is None else f"{t:.2f}"})

    def audio(self, recording_id: str) -> str:
        return self.path(f"/audio/{_q(recording_id)}")

    def verdict(self, recording_id: str, idx: int) -> str:
        return self.path(f"/calls/{_q(recording_id)}/findings/{int(idx)}/verdict")

    def appeal_file(self, recording_id: str, idx: int) -> str:
        return self.path(f"/calls/{_q(recording_id)}/findings/{int(idx)}/appeal")

    def manual_score(self, recording_id: str, item_id: str) -> str:
        return self.path(f"/calls/{_q(recording_id)}/items/{_q(item_id)}/score")

    def add_example(self, recording_id: str) -> str:
        return self.path(f"/calls/{_q(recording_id)}/examples")

    def appeals(self, **params: Any) -> str:
        return _with_query(self.path("/appeals"), params)

    def appeal_rule(self, appeal_id: int) -> str:
        return self.path(f"/appeals/{int(appeal_id)}/ruling")

    def calibration(self, **params: Any) -> str:
        return _with_query(self.path("/calibration"), params)

    def search(self, **params: Any) -> str:
        return _with_query(self.path("/search"), params)

    def examples(self) -> str:
        return self.path("/examples")

    def delete_example(self, example_id: int) -> str:
        return self.path(f"/examples/{int(example_id)}/delete")

    def pack(self) -> str:
        return self.path("/examples/pack")

    def audit(self, **params: Any) -> str:
        return _with_query(self.path("/audit"), params)

    def static(self, name: str) -> str:
        return self.path(f"/static/{name}")

    @staticmethod
    def json_twin(url: str) -> str:
        """The JSON twin of a page URL (``?format=json``)."""
        return url + ("&" if "?" in url else "?") + "format=json"
