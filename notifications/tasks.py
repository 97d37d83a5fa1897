from django_tasks import task


@task()
def notify_about_post(post_id):
    from .services import notify_about_post as notify

    notify(post_id)
