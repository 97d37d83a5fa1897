"""The secrets behind two-factor authentication, encrypted in the database.

allauth stores the authenticator app's key (`data["secret"]`) and the seed of the
recovery codes (`data["seed"]`) as they are, unless the MFA adapter encrypts them
(members.adapters.MFAAdapter does, with these functions). A copy of the database (a
backup, a test restore) then no longer gives away anyone's second factor.

The key is derived (HKDF-SHA256) from Django's SECRET_KEY, and from each of
SECRET_KEY_FALLBACKS for reading, so it rotates the way Django's own signing does: put the
old key in SECRET_KEY_FALLBACKS, run `manage.py rotate_mfa_secrets` (everything
re-encrypted under the new key), then drop the old key. See docs/security.md.
"""

import base64
import functools

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PURPOSE = b"lerendnetwerk: secrets of two-factor authentication"

# Which fields of an Authenticator's data hold secrets, by type.
SECRET_FIELDS = {"totp": ("secret",), "recovery_codes": ("seed",)}
SECRET_LISTS = {"recovery_codes": ("migrated_codes",)}


@functools.lru_cache(maxsize=8)
def _fernet(secret_key):
    raw = secret_key.encode() if isinstance(secret_key, str) else secret_key
    key = HKDF(algorithm=SHA256(), length=32, salt=None, info=PURPOSE).derive(raw)
    return Fernet(base64.urlsafe_b64encode(key))


def _keys():
    """The current key first (it encrypts), then the fallbacks (they only decrypt)."""
    return MultiFernet([_fernet(key) for key in [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]])


def encrypt(text):
    return _keys().encrypt(text.encode()).decode()


def decrypt(token):
    try:
        return _keys().decrypt(token.encode()).decode()
    except InvalidToken:
        raise ImproperlyConfigured(
            "A two-factor secret cannot be decrypted with SECRET_KEY or any of SECRET_KEY_FALLBACKS. "
            "Was SECRET_KEY changed without keeping the old one in SECRET_KEY_FALLBACKS? See docs/security.md."
        ) from None


def rotate(token):
    """The same secret, encrypted under the current SECRET_KEY."""
    return _keys().rotate(token.encode()).decode()


def transform_data(kind, data, function):
    """`data` of an Authenticator of type `kind` with `function` applied to each secret."""
    data = dict(data)
    for field in SECRET_FIELDS.get(kind, ()):
        if field in data:
            data[field] = function(data[field])
    for field in SECRET_LISTS.get(kind, ()):
        if data.get(field) is not None:
            data[field] = [function(value) for value in data[field]]
    return data
