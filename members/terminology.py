"""The network's own words for some of allauth's texts.

allauth's Dutch says "aanmelden" for logging in, but on this platform "aanmelden" is
registering for a meeting (GLOSSARY.md). Marking allauth's source strings here puts them
in our catalog (locale/nl), which Django reads before allauth's, so our translations win.
Nothing imports this module; it exists for `makemessages`.
"""

from django.utils.translation import gettext_noop

ALLAUTH_TERMS = [
    gettext_noop("Sign In"),
    gettext_noop("Sign Out"),
    gettext_noop("Sign Up"),
    gettext_noop("Signup"),
    gettext_noop("Are you sure you want to sign out?"),
    gettext_noop("You have signed out."),
    gettext_noop("If you have not created an account yet, then please %(link)ssign up%(end_link)s first."),
    gettext_noop("Already have an account? Then please %(link)ssign in%(end_link)s."),
    gettext_noop("Remember Me"),
    gettext_noop("Current email"),
    gettext_noop("Change to"),
    gettext_noop("Change Email"),
    gettext_noop("Confirmation email sent to %(email)s."),
    gettext_noop("Set Password"),
    gettext_noop("Reset My Password"),
]
