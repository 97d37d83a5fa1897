"""ASGI entry point: HTTP through Django, WebSockets through Channels.

Defaults to production settings; `make run` sets the development settings.
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lerendnetwerk.settings.production")

# Django must be set up before anything imports models (the routing does).
django_asgi_app = get_asgi_application()

import gc  # noqa: E402

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from django.conf import settings  # noqa: E402

from lerendnetwerk.http_slots import HttpSlots  # noqa: E402
from lerendnetwerk.live import socket_auth_stack  # noqa: E402
from lerendnetwerk.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": HttpSlots(django_asgi_app, settings.HTTP_SLOTS),
        "websocket": AllowedHostsOriginValidator(socket_auth_stack(URLRouter(websocket_urlpatterns))),
    }
)

# What start-up built (modules, settings, URL patterns, templates) lives as long as the
# process: kept out of the cyclic garbage collector's passes, which otherwise walk it again
# and again under live fan-out (py-spy: the largest single cost per delivered message). A
# larger first generation makes those passes rarer; the cycles left are still collected.
gc.collect()
gc.freeze()
gc.set_threshold(50_000, 20, 20)
