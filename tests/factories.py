import io
import os

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from figures.models import Direction, Indicator
from members.models import Member, ProfileVisibility
from members.roles import Role
from municipalities.models import Municipality, Province
from themes.models import Theme

PASSWORD = "een-goed-wachtwoord-42"


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ("cbs_code",)

    name = factory.Sequence(lambda n: f"Testgemeente {n}")
    # Codes GM5000 to GM9999, none of them real (CBS codes stay below GM2000); a long run
    # goes round (get_or_create: one test never makes 5,000).
    cbs_code = factory.Sequence(lambda n: f"GM{5000 + n % 5000:04d}")
    province = Province.UTRECHT


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Testthema {n}")
    slug = factory.Sequence(lambda n: f"testthema-{n}")


class IndicatorFactory(factory.django.DjangoModelFactory):
    """An indicator read from a (made-up) StatLine table's column."""

    class Meta:
        model = Indicator
        django_get_or_create = ("code",)
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"indicator-{n}")
    name = factory.Sequence(lambda n: f"Indicator {n}")
    unit = "%"
    direction = Direction.HIGHER_IS_WORSE
    table_id = "85618NED"
    measure_key = factory.Sequence(lambda n: f"Measure_{n}")

    @factory.post_generation
    def themes(self, create, themes, **kwargs):
        if create and themes:
            self.themes.set(themes)


class MemberFactory(factory.django.DjangoModelFactory):
    """A member who verified their e-mail address (so they can log in and are listed)."""

    class Meta:
        model = Member
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"lid{n}@gemeente.example")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified(member, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)

    @factory.post_generation
    def roles(member, create, extracted, **kwargs):
        if create and extracted:
            member.groups.set([Group.objects.get(name=Role(role).group_name) for role in extracted])

    @factory.post_generation
    def profile(member, create, extracted, **kwargs):
        """MemberFactory(profile__organisation="GGD", profile__interests=[theme]) fills the profile."""
        if not create or not kwargs:
            return
        profile = member.profile
        interests = kwargs.pop("interests", [])
        expertise = kwargs.pop("expertise", [])
        for name, value in kwargs.items():
            setattr(profile, name, value)
        profile.save()
        profile.interests.set(interests)
        profile.expertise.set(expertise)


def image_upload(name="foto.png", size=(400, 300), image_format="PNG", content_type="image/png", noise=False):
    """An uploaded image file; with noise=True it does not compress (for size limits)."""
    buffer = io.BytesIO()
    if noise:
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, "#0b4f6c")
    image.save(buffer, format=image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


__all__ = [
    "PASSWORD",
    "IndicatorFactory",
    "MemberFactory",
    "MunicipalityFactory",
    "ProfileVisibility",
    "ThemeFactory",
    "image_upload",
]
