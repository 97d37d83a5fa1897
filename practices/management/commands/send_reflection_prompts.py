from django.core.management.base import BaseCommand

from practices.learning import send_reflection_prompts


class Command(BaseCommand):
    help = (
        "Ask the trekkers of running practices to reflect when a new reflection period has begun "
        "(run by the scheduler every day; a period's prompt is made once)."
    )

    def handle(self, *args, **options):
        prompts = send_reflection_prompts()
        self.stdout.write(f"{len(prompts)} reflection prompts sent.")
