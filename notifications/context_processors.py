from django.utils.functional import SimpleLazyObject

from .services import unread_count


def unread_notifications(request):
    """`unread_notifications` for the header's bell; counted only when a template uses it."""

    def count():
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return 0
        return unread_count(user)

    return {"unread_notifications": SimpleLazyObject(count)}
