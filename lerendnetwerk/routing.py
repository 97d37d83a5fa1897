"""WebSocket routes of all apps, gathered in one list for asgi.py."""

from forum.routing import websocket_urlpatterns as forum_routes
from notifications.routing import websocket_urlpatterns as notification_routes

websocket_urlpatterns = [*forum_routes, *notification_routes]
