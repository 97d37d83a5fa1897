"""`PORT=8100 make run` serves on 8100, and every absolute link (mails, feeds, .ics) says 8100:
the Makefile hands the address to each command, and configure_site points Wagtail's site at it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Site

ROOT = Path(__file__).resolve().parents[2]


def make_dry_run(target, **variables):
    env = {key: value for key, value in os.environ.items() if key not in {"PORT", "HOST", "SITE_URL"}}
    env.update(variables)
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", target], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_run_on_another_port_hands_that_address_to_every_command():
    commands = make_dry_run("run", PORT="8100")
    manage_and_server = [line for line in commands.splitlines() if "manage.py" in line or "uvicorn" in line]

    assert manage_and_server, commands
    for line in manage_and_server:
        assert "SITE_URL=http://127.0.0.1:8100" in line, line
    assert "--port 8100" in commands
    assert "configure_site" in commands


def test_an_explicit_site_url_wins_over_host_and_port():
    commands = make_dry_run("serve", PORT="8100", SITE_URL="https://leren.example.nl")

    assert "SITE_URL=https://leren.example.nl" in commands
    assert "8000" not in commands


@pytest.mark.django_db
def test_configure_site_points_the_default_site_at_the_configured_port(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8100"

    call_command("configure_site", verbosity=0)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8100)
    assert site.root_url == "http://127.0.0.1:8100"


def test_development_server_answers_on_the_host_of_its_site_url():
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env.update(DJANGO_SETTINGS_MODULE="lerendnetwerk.settings.dev", SITE_URL="http://laptop.local:8100")
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings; "
         "print(settings.ALLOWED_HOSTS, settings.WAGTAILADMIN_BASE_URL)"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert "'laptop.local'" in result.stdout
    assert "http://laptop.local:8100" in result.stdout
