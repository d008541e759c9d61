"""The one task every job runs through (Django's Tasks API, the django-tasks backport: the code
moves unchanged to django.tasks on Django 6)."""

from django_tasks import task

from .runner import job_run


@task()
def run_job(job_id: int) -> str:
    return job_run(job_id)
