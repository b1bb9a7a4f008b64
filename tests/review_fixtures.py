"""Fixtures shared by the in-process review tests: a template warehouse per module,
a fresh copy, app and client per test. Import the names into a test module to use them."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from review.app import create_app
from review.testing import build_template, settings_for


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("review-template"))


@pytest.fixture
def settings(template, tmp_path):
    return settings_for(template, tmp_path)


@pytest.fixture
def app(settings):
    app = create_app(settings)
    yield app
    app.state.review.warehouse.close()


@pytest.fixture
def client(app):
    return TestClient(app, base_url="http://127.0.0.1")


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
