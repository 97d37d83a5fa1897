"""Races on PostgreSQL: actions released together in threads, each with its own connection."""

import threading

import pytest
from django.db import connection

# A module of race tests: transactional, and only where two writers really run at once.
POSTGRESQL_RACES = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite admits one writer to the whole database at a time, so the race cannot occur; "
        "run with DATABASE_URL set to PostgreSQL (CI does)",
    ),
]


def at_once(*actions, refusals=()):
    """Run the actions in threads released together. Their outcomes, in the order of the
    actions: what the action returned, the class name of an expected refusal (one of
    `refusals`), or any other error itself (for the test to report)."""
    barrier = threading.Barrier(len(actions))
    outcomes = [None] * len(actions)

    def run(index, action):
        try:
            barrier.wait()
            outcomes[index] = action()
        except refusals as refusal:
            outcomes[index] = type(refusal).__name__
        except Exception as error:  # noqa: BLE001 - reported by the test
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=[index, action]) for index, action in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes
