"""Our catalogue (locale/nl) comes first: a text it translates is translated that way in
Wagtail's admin and on allauth's pages too. It may choose other words for the same
meaning (members/terminology.py lists each), never another meaning."""

from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from members import terminology

OUR_CATALOGUE = settings.BASE_DIR / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def libraries_catalogue():
    """{(context, text): {their Dutch}} of the installed libraries' catalogues."""
    texts = {}
    for app in apps.get_app_configs():
        po_file = Path(app.path) / "locale" / "nl" / "LC_MESSAGES" / "django.po"
        if po_file.exists() and not Path(app.path).is_relative_to(settings.BASE_DIR):
            for entry in polib.pofile(str(po_file)):
                if entry.translated() and not entry.msgid_plural:
                    texts.setdefault((entry.msgctxt, entry.msgid), set()).add(entry.msgstr)
    return texts


def test_our_catalogue_changes_a_librarys_text_only_where_we_chose_our_own_words():
    deliberate = {
        text
        for text in terminology.ALLAUTH_TERMS + terminology.INFORMAL_ADDRESS + terminology.SAME_MEANING_OWN_WORDS
        if isinstance(text, str)
    }
    theirs = libraries_catalogue()
    overridden = {
        entry.msgid: (entry.msgstr, sorted(theirs[entry.msgctxt, entry.msgid]))
        for entry in polib.pofile(str(OUR_CATALOGUE))
        if entry.translated()
        and not entry.msgid_plural
        and (entry.msgctxt, entry.msgid) in theirs
        and theirs[entry.msgctxt, entry.msgid] != {entry.msgstr}
        and entry.msgid not in deliberate
    }
    assert overridden == {}


@pytest.mark.parametrize(
    ("text", "wagtails_dutch"),
    [("Reports", "Rapporten"), ("Cancelled", "Geannuleerd"), ("locked", "vergrendeld"), ("Promote", "Eigenschappen")],
)
def test_wagtails_admin_keeps_its_own_words_where_ours_mean_something_else(text, wagtails_dutch):
    with translation.override("nl"):
        assert gettext(text) == wagtails_dutch
