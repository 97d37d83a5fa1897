"""The answer to an error the site could not handle (Django's `handler500`).

A request that waited `DATABASE_POOL_TIMEOUT` seconds for a database connection, and got
none, is no error in the code: the site is too busy for a moment (a burst of registrations
for one meeting holds the connections while each waits its turn for the meeting's lock;
docs/performance.md, "Registrations through real HTTP"). It answers 503 with Retry-After
and says so in Dutch, so browsers, proxies and monitoring tell it from a defect; the
request changed nothing (its transaction never started). Anything else answers 500 as
before.
"""

import sys

from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

RETRY_AFTER_SECONDS = 10


def _waited_for_a_connection(error):
    """Whether `error`, or an exception it came from, is the pool's timeout."""
    from psycopg_pool import PoolTimeout

    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, PoolTimeout):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


@requires_csrf_token
def server_error(request):
    if _waited_for_a_connection(sys.exc_info()[1]):
        response = HttpResponseServerError(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponseServerError(loader.render_to_string("500.html"))
