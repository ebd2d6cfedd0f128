from django.urls import path

from courses import quiz_views

urlpatterns = [
    path(
        "attempts/<int:attempt_id>/submit/",
        quiz_views.attempt_submit,
        name="quiz_attempt_submit",
    ),
]
