"""The two-factor secrets are encrypted in the database (members.mfa_secrets), can still be
used to log in, survive a rotation of SECRET_KEY, and the secrets stored before the
encryption were encrypted by the migration."""

import importlib
import io
import json

import pytest
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.urls import reverse

from members import mfa_secrets
from tests.factories import PASSWORD
from tests.support.second_factor import add_authenticator_app, current_code

pytestmark = pytest.mark.django_db

OLD_KEY = "the-key-before-the-rotation-" + "x" * 40
NEW_KEY = "the-key-after-the-rotation-" + "y" * 40


def stored(member, kind):
    return Authenticator.objects.get(user=member, type=kind).data


def logs_in_with_the_app(client, member, secret):
    client.post(reverse("account_login"), {"login": member.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    logged_in = "_auth_user_id" in client.session
    client.logout()
    cache.clear()  # allauth refuses a code that was used before; the next login is another half minute
    return logged_in


def test_the_database_holds_neither_the_app_key_nor_the_recovery_seed_in_the_clear(client, editor):
    secret = add_authenticator_app(editor)
    codes = Authenticator.objects.get(user=editor, type=Authenticator.Type.RECOVERY_CODES).wrap().get_unused_codes()

    totp, recovery = stored(editor, "totp"), stored(editor, "recovery_codes")
    assert secret not in json.dumps(totp)
    assert mfa_secrets.decrypt(totp["secret"]) == secret
    assert mfa_secrets.decrypt(recovery["seed"]) != recovery["seed"]
    assert not any(code in json.dumps(recovery) for code in codes)
    # Encrypting twice gives two different texts (a fresh IV each time): nothing to compare.
    assert mfa_secrets.encrypt(secret) != mfa_secrets.encrypt(secret)

    assert logs_in_with_the_app(client, editor, secret)


def test_after_a_key_rotation_the_old_secrets_still_work_and_the_command_moves_them_to_the_new_key(
    client, editor, settings
):
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = OLD_KEY, []
    secret = add_authenticator_app(editor)
    recovery_code = (
        Authenticator.objects.get(user=editor, type=Authenticator.Type.RECOVERY_CODES).wrap().get_unused_codes()[0]
    )

    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW_KEY, [OLD_KEY]  # rotated, old key kept
    assert logs_in_with_the_app(client, editor, secret)
    output = io.StringIO()
    call_command("rotate_mfa_secrets", stdout=output)
    assert output.getvalue().startswith("2 authenticator(s) re-encrypted")

    settings.SECRET_KEY_FALLBACKS = []  # the old key dropped
    assert logs_in_with_the_app(client, editor, secret)
    recovery = Authenticator.objects.get(user=editor, type=Authenticator.Type.RECOVERY_CODES).wrap()
    assert recovery_code in recovery.get_unused_codes()


def test_a_changed_secret_key_without_the_old_one_says_what_went_wrong(editor, settings):
    settings.SECRET_KEY = OLD_KEY
    add_authenticator_app(editor)
    settings.SECRET_KEY = NEW_KEY

    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY_FALLBACKS"):
        mfa_secrets.decrypt(stored(editor, "totp")["secret"])


def test_the_migration_encrypts_the_secrets_stored_in_the_clear_before(client, editor):
    plain_secret, plain_seed = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "ab" * 40
    Authenticator.objects.create(user=editor, type="totp", data={"secret": plain_secret})
    Authenticator.objects.create(user=editor, type="recovery_codes", data={"seed": plain_seed, "used_mask": 0})

    migration = importlib.import_module("members.migrations.0007_encrypt_mfa_secrets")
    migration.encrypt_stored_secrets(apps, schema_editor=None)

    totp, recovery = stored(editor, "totp"), stored(editor, "recovery_codes")
    assert plain_secret not in json.dumps(totp) and plain_seed not in json.dumps(recovery)
    assert mfa_secrets.decrypt(totp["secret"]) == plain_secret
    assert recovery == {"seed": recovery["seed"], "used_mask": 0}
    assert mfa_secrets.decrypt(recovery["seed"]) == plain_seed
    assert logs_in_with_the_app(client, editor, plain_secret)

    migration.decrypt_stored_secrets(apps, schema_editor=None)  # and back, for a rollback
    assert stored(editor, "totp") == {"secret": plain_secret}
