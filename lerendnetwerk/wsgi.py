"""WSGI entry point (plain HTTP only; the site normally runs over ASGI, see asgi.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lerendnetwerk.settings.production")

application = get_wsgi_application()
