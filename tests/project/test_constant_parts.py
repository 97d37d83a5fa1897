"""{% constant %} (home/templatetags/constant.py): a page's fixed words, links and files
are rendered once per process and language, and the tag refuses, when the template is
compiled, anything whose text could depend on the request, the reader or the data."""

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from tests.support.second_factor import log_in


def render(source, **values):
    return Template("{% load i18n static constant %}" + source).render(Context(values))


FIXED = (
    '<a href="{% url "forum:index" %}">{% translate "Forum" %}</a>'
    "{% blocktranslate trimmed %}Page not found{% endblocktranslate %}"
    '<script src="{% static "js/lerendnetwerk.js" %}"></script>'
)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_constant_part_shows_what_the_same_text_outside_it_shows(language):
    with translation.override(language):
        assert render("{% constant %}" + FIXED + "{% endconstant %}") == render(FIXED)


def test_a_constant_part_is_kept_per_language():
    template = Template('{% load i18n constant %}{% constant %}{% translate "Log out" %}{% endconstant %}')
    with translation.override("nl"):
        assert template.render(Context()) == "Uitloggen"
    with translation.override("en"):
        assert template.render(Context()) == "Log out"
    with translation.override("nl"):
        assert template.render(Context()) == "Uitloggen"


@pytest.mark.parametrize(
    "inside",
    [
        "{{ name }}",
        "{% if name %}x{% endif %}",
        "{% csrf_token %}",
        "{% translate name %}",
        '{% translate "Forum" as label %}',
        '{% translate "Forum"|upper %}',
        "{% blocktranslate %}Hallo {{ name }}{% endblocktranslate %}",
        "{% blocktranslate with n=name %}Hallo {{ n }}{% endblocktranslate %}",
        '{% url "forum:category" slug=name %}',
        "{% url name %}",
        "{% static name %}",
        '{% include "includes/messages.html" %}',
    ],
)
def test_a_constant_part_refuses_what_could_depend_on_the_page(inside):
    with pytest.raises(TemplateSyntaxError):
        render("{% constant %}" + inside + "{% endconstant %}", name="Anna")


def test_nothing_of_the_page_reaches_a_constant_part():
    request = RequestFactory().get("/")
    template = Template("{% load constant %}{% constant %}<p>vast</p>{% endconstant %}{{ name }}")
    assert template.render(Context({"name": "Anna", "request": request})) == "<p>vast</p>Anna"


def test_a_members_header_holds_their_own_bell_and_the_fixed_links(client, db):
    from tests.factories import MemberFactory

    log_in(client, MemberFactory())
    html = client.get(reverse("forum:index")).content.decode()
    assert f'href="{reverse("notifications:centre")}"' in html and "Uitloggen" in html
    assert 'data-unread-count hidden>0<span class="ln-visually-hidden"> ongelezen</span>' in html
    assert html.count('id="site-search"') == 1
    search = client.get(reverse("search"), {"q": "armoede"}).content.decode()
    assert 'name="q" value="armoede" autocomplete="off"' in search
