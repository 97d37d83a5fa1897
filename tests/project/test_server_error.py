"""An error the site could not handle: a request that got no database connection in time
answers 503 with Retry-After in Dutch; anything else 500 (lerendnetwerk/errors.py)."""

from django.db import OperationalError
from django.test import RequestFactory
from django.utils import translation
from psycopg_pool import PoolTimeout

from lerendnetwerk import errors, urls


def answer_to(exception):
    request = RequestFactory().get("/bijeenkomsten/")
    try:
        raise exception
    except OperationalError:
        with translation.override("nl"):
            return errors.server_error(request)


def pool_timeout_as_django_raises_it():
    try:
        raise PoolTimeout("couldn't get a connection after 30.00 sec")
    except PoolTimeout as timeout:
        try:
            raise OperationalError(str(timeout)) from timeout
        except OperationalError as error:
            return error


def test_the_site_uses_its_own_error_answer():
    assert urls.handler500 == "lerendnetwerk.errors.server_error"


def test_no_connection_in_time_answers_503_with_retry_after_in_dutch():
    response = answer_to(pool_timeout_as_django_raises_it())

    assert response.status_code == 503
    assert response["Retry-After"] == str(errors.RETRY_AFTER_SECONDS)
    text = response.content.decode()
    assert "Het is nu erg druk" in text
    assert "Er is niets opgeslagen" in text


def test_any_other_error_answers_500():
    response = answer_to(OperationalError("server closed the connection unexpectedly"))

    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Er ging iets mis" in response.content.decode()
