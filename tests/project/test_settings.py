"""Production settings refuse to start without what they need, and pass the deploy checks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENVIRONMENT = {
    "SECRET_KEY": "Zs8n-6p3K0rVq9x_Lw2TfYb7Hc4Ja1Ue5Gi0Md8Ro3Qk6Sv9Xz2Nb5Ty8Pa1Fe4",
    "DATABASE_URL": "postgres://lerendnetwerk:secret@db.internal:5432/lerendnetwerk",
    "REDIS_URL": "redis://redis.internal:6379/0",
    "ALLOWED_HOSTS": "lerendnetwerk.nl",
    "SITE_URL": "https://lerendnetwerk.nl",
    "EMAIL_HOST": "smtp.lerendnetwerk.nl",
    "DEFAULT_FROM_EMAIL": "Lerend Netwerk <noreply@lerendnetwerk.nl>",
}


def run_with_production_settings(environment, *command):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in PRODUCTION_ENVIRONMENT and key != "DJANGO_SETTINGS_MODULE"
    }
    env.update(environment, DJANGO_SETTINGS_MODULE="lerendnetwerk.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL", "REDIS_URL", "ALLOWED_HOSTS", "EMAIL_HOST"])
def test_production_refuses_to_start_without_required_setting(missing):
    environment = {key: value for key, value in PRODUCTION_ENVIRONMENT.items() if key != missing}
    result = run_with_production_settings(environment, "check")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"  {missing}:" in result.stderr


def test_production_refuses_sqlite():
    result = run_with_production_settings({**PRODUCTION_ENVIRONMENT, "DATABASE_URL": "sqlite:///db.sqlite3"}, "check")
    assert result.returncode != 0
    assert "DATABASE_URL must point to PostgreSQL" in result.stderr


def test_production_settings_pass_the_deploy_checks_without_warnings():
    result = run_with_production_settings(PRODUCTION_ENVIRONMENT, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_uses_redis_for_channels_and_cache_and_the_database_task_backend():
    script = (
        "from django.conf import settings;"
        "print(settings.CHANNEL_LAYERS['default']['BACKEND']);"
        "print(settings.CACHES['default']['BACKEND']);"
        "print(settings.TASKS['default']['BACKEND'])"
    )
    result = run_with_production_settings(PRODUCTION_ENVIRONMENT, "shell", "--no-imports", "-c", script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "channels_redis.core.RedisChannelLayer",
        "lerendnetwerk.redis_cache.RedisCache",
        "django_tasks_db.DatabaseBackend",
    ]


def test_production_pools_database_connections_with_sizes_from_the_environment():
    script = (
        "import json; from django.conf import settings; database = settings.DATABASES['default'];"
        "print(json.dumps([database['OPTIONS']['pool'], database['CONN_MAX_AGE'], database['CONN_HEALTH_CHECKS']]))"
    )
    environment = {
        **PRODUCTION_ENVIRONMENT,
        "DATABASE_POOL_MIN_SIZE": "2",
        "DATABASE_POOL_MAX_SIZE": "10",
        "DATABASE_POOL_TIMEOUT": "15",
    }
    result = run_with_production_settings(environment, "shell", "--no-imports", "-c", script)
    assert result.returncode == 0, result.stderr
    pool, conn_max_age, health_checks = json.loads(result.stdout)
    assert pool == {"min_size": 2, "max_size": 10, "timeout": 15.0}
    assert conn_max_age == 0  # the pool keeps the connections, not Django
    assert health_checks is True


def test_development_defaults_need_no_services():
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
    env["DJANGO_SETTINGS_MODULE"] = "lerendnetwerk.settings.dev"
    script = (
        "from django.conf import settings;"
        "print(settings.CHANNEL_LAYERS['default']['BACKEND']);"
        "print(settings.DATABASES['default']['ENGINE']);"
        "print(settings.TASKS['default']['BACKEND'])"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "channels.layers.InMemoryChannelLayer",
        "django.db.backends.sqlite3",
        "django_tasks.backends.immediate.ImmediateBackend",
    ]
