from django.urls import include, path

from bench.floor.views import bare

urlpatterns = [path("bench/floor/", bare), path("", include("lms.urls"))]
