from django.urls import path

from people import views

# /me/ itself is composed by the site shell (lms.views.my_page) from every app's sections.
urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("data/", views.my_data, name="my_data"),
    path("data.json", views.my_data_json, name="my_data_json"),
    path("delete/", views.delete_account, name="delete_account"),
]
