from themes.curated import CURATED_THEMES
from themes.models import Theme


def load():
    for name, slug, description in CURATED_THEMES:
        Theme.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})
