from django_tasks import task

from . import services


@task()
def notify_about_post(post_id):
    services.notify_about_post(post_id)
