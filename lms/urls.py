from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms import views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("lang/<str:code>/", views.switch_language, name="switch_language"),
    path("search/", views.search, name="search"),
    path("healthz", views.healthz, name="healthz"),
    path("me/", views.my_page, name="my_learning"),
    path("me/", include("people.urls")),
    path("certificates/", include("certificates.urls")),
    path("trainings/", include("courses.training_urls")),
    path("quizzes/", include("courses.quiz_urls")),
    path("reports/", include("reports.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
