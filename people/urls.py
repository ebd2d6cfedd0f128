from django.urls import path

from courses.views import my_learning
from people import views

urlpatterns = [
    path("", my_learning, name="my_learning"),
    path("profile/", views.profile, name="profile"),
    path("data/", views.my_data, name="my_data"),
    path("data.json", views.my_data_json, name="my_data_json"),
    path("delete/", views.delete_account, name="delete_account"),
]
