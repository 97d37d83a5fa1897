from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Site


class Command(BaseCommand):
    help = "Point Wagtail's default site at SITE_URL (used for absolute links in feeds and e-mails)."

    def handle(self, *args, **options):
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        default_port = 443 if address.scheme == "https" else 80
        site = Site.objects.get(is_default_site=True)
        site.hostname = address.hostname
        site.port = address.port or default_port
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        self.stdout.write(f"Default site: {site.root_url}")
