from django.urls import path

from certificates import views

urlpatterns = [
    path("verify/", views.verify, name="certificate_verify"),
    path("verify/<str:code>/", views.verify_code, name="certificate_verify_code"),
    path("<str:serial>.pdf", views.certificate_download, name="certificate_pdf"),
    path(
        "training/<int:training_id>/<str:kind>/",
        views.training_job,
        name="certificate_training_job",
    ),
    path("jobs/<int:pk>/", views.job_detail, name="certificate_job"),
    path("jobs/<int:pk>/download/", views.job_download, name="certificate_job_download"),
]
