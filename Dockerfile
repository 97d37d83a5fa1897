# The Lerend Netwerk image: one image for every process of the topology (docker-compose.yml
# and docs/deployment.md, "Containers"). The command chooses the process; the default is
# the web server. Static files are collected (compressed, fingerprinted) at build time.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=lerendnetwerk.settings.production \
    MEDIA_ROOT=/app/media \
    HOST=0.0.0.0 \
    PORT=8000 \
    WORKERS=2

# PostgreSQL's client tools for scripts/backup.sh and restore.sh (Debian 12: version 15;
# pg_dump must be of the server's major version or newer).
RUN apt-get update \
    && apt-get install --yes --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
WORKDIR /app
COPY requirements.txt .
RUN pip install --requirement requirements.txt

COPY . .
# The production settings want every variable; none of them is used by collectstatic.
RUN SECRET_KEY=collectstatic DATABASE_URL=postgres://build@localhost/build REDIS_URL=redis://localhost \
    ALLOWED_HOSTS=build SITE_URL=http://build EMAIL_HOST=build DEFAULT_FROM_EMAIL=build@build.invalid \
    python manage.py collectstatic --noinput --verbosity 0

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin lerendnetwerk \
    && mkdir -p /app/media \
    && chown lerendnetwerk /app/media
USER lerendnetwerk
VOLUME ["/app/media"]
EXPOSE 8000

# The Procfile's web process (docker-compose.yml runs the worker and the scheduler with
# the same image and the Procfile's other commands).
CMD ["sh", "-c", "exec uvicorn lerendnetwerk.asgi:application --host ${HOST:-127.0.0.1} --port ${PORT:-8000} --workers ${WORKERS:-2} --proxy-headers --timeout-graceful-shutdown 10 --lifespan off --no-server-header --ws-per-message-deflate false"]
