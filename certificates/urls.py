from django.urls import path

from certificates import views

urlpatterns = [
    path("verify/", views.verify, name="certificate_verify"),
    path("verify/<str:code>/", views.verify_code, name="certificate_verify_code"),
    path("<str:serial>.pdf", views.certificate_download, name="certificate_pdf"),
]
