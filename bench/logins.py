"""Members for the benchmarks: many at once, each with a verified address and a session
that is logged in, so the clients can send its cookie. Call after django.setup()."""


def logged_in_members(count, prefix):
    """`count` members (prefix0@bench.example, …) and the session key of each, in order."""
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from members.models import Member

    members = Member.objects.bulk_create(
        [Member(email=f"{prefix}{n}@bench.example", first_name="Bench", last_name=f"Lid {n}") for n in range(count)]
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=member, email=member.email, verified=True, primary=True) for member in members]
    )
    sessions = []
    for member in members:
        session = SessionStore()
        session[SESSION_KEY] = str(member.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = member.get_session_auth_hash()
        session.create()
        sessions.append(session.session_key)
    return members, sessions
