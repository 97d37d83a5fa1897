"""The network's own words for some of allauth's texts.

allauth's Dutch says "aanmelden" for logging in, but on this platform "aanmelden" is
registering for a meeting (GLOSSARY.md). Marking allauth's source strings here puts them
in our catalog (locale/nl), which Django reads before allauth's, so our translations win.
Nothing imports this module; it exists for `makemessages`.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

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

# The site says "je" to everyone. Where allauth's, Django's or Wagtail's own Dutch says
# "u", "uw", "alstublieft" or "a.u.b.", our catalogue has the informal text
# (tests/members/test_informal_dutch.py checks every text of those catalogues).
INFORMAL_ADDRESS = [
    # allauth
    gettext_noop("Thank you for using %(site_name)s!\n%(site_domain)s"),
    gettext_noop(
        "You're receiving this email because user %(user_display)s has given your email address to register an "
        "account on %(site_domain)s."
    ),
    gettext_noop("Please contact us if you have any trouble resetting your password."),
    gettext_noop(
        "We have sent you an email. If you have not received it please check your spam folder. Otherwise contact "
        "us if you do not receive it in a few minutes."
    ),
    gettext_noop(
        "We have sent an email to you for verification. Follow the link provided to finalize the signup process. "
        "If you do not see the verification email in your main inbox, check your spam folder. Please contact us "
        "if you do not receive the verification email within a few minutes."
    ),
    gettext_noop(
        "We have sent an email to you for\nverification. Please click on the link inside that email. If you do "
        "not see the verification email in your main inbox, check your spam folder. Otherwise\ncontact us if you "
        "do not receive it within a few minutes."
    ),
    gettext_noop("Your account is protected by two-factor authentication. Please enter an authenticator code:"),
    # Django's accounts and password rules
    gettext_noop("Your old password was entered incorrectly. Please enter it again."),
    gettext_noop(
        "Designates whether this user should be treated as active. Unselect this instead of deleting accounts."
    ),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
    gettext_noop("Your password can’t be too similar to your other personal information."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
    # Wagtail's admin (editors)
    gettext_noop("Are you sure you want to unpublish this %(model_name)s?"),
    gettext_noop(
        "The root level is where you can add new sites to your Wagtail installation. Pages created here will not "
        "be accessible at any URL until they are associated with a site."
    ),
    gettext_noop(
        "Pages created here will not be accessible at any URL. To add pages to an existing site, create them as "
        "children of the homepage."
    ),
    gettext_noop("Are you sure you want to delete this %(model_name)s?"),
    gettext_noop("Leave blank if not changing."),
    gettext_noop("Are you sure you want to delete this site?"),
]

# Texts our code shares with Wagtail, allauth or django-filter where our Dutch is worded
# differently but means the same (the network's words: "Meldingen", "Bevestigd", verbs
# as infinitives). Where our meaning differs, our code uses a context (pgettext) instead,
# so that Wagtail's and allauth's screens keep their own Dutch ("Reports", "Cancelled",
# "locked", "View", "Format"). tests/project/test_catalogue.py holds both rules.
SAME_MEANING_OWN_WORDS = [
    gettext_noop("All"),
    gettext_noop("Type"),
    gettext_noop("All types"),
    gettext_noop("description"),
    gettext_noop("token"),
    gettext_noop("created at"),
    gettext_noop("started at"),
    gettext_noop("Started at"),
    gettext_noop("Download"),
    gettext_noop("Notifications"),
    gettext_noop("Never"),
    gettext_noop("Verified"),
    gettext_noop("Skip to main content"),
    gettext_noop("Filter"),
    gettext_noop("Edit"),
    gettext_noop("Delete"),
    gettext_noop("Move"),
    gettext_noop("Change"),
    gettext_noop("Activate"),
    gettext_noop("Generate new codes"),
    gettext_noop("Activate Authenticator App"),
]
