from django.urls import path

from courses import training_views as views

urlpatterns = [
    path("", views.training_list, name="training_list"),
    path("<int:pk>/", views.training_detail, name="training_detail"),
    path("<int:pk>/evaluate/", views.training_evaluate, name="training_evaluate"),
    path("check-in/<str:token>/", views.training_check_in, name="training_check_in"),
    path("manage/", views.manage_list, name="training_manage_list"),
    path("manage/new/", views.training_create, name="training_create"),
    path("manage/sheet-template.xlsx", views.import_template, name="training_sheet_template"),
    path("<int:pk>/manage/", views.training_manage, name="training_manage"),
    path("<int:pk>/manage/edit/", views.training_edit, name="training_edit"),
    path("<int:pk>/manage/delete/", views.training_delete, name="training_delete"),
    path("<int:pk>/manage/attendees/add/", views.attendee_add, name="training_attendee_add"),
    path("<int:pk>/manage/import/", views.sheet_upload, name="training_sheet_upload"),
    path(
        "<int:pk>/manage/import/template.xlsx",
        views.training_import_template,
        name="training_sheet_template_for",
    ),
    path(
        "<int:pk>/manage/import/<int:batch_id>/",
        views.sheet_preview,
        name="training_sheet_preview",
    ),
    path(
        "<int:pk>/manage/register/<str:day>/",
        views.attendance_register,
        name="training_register",
    ),
    path("<int:pk>/manage/check-in-code/", views.check_in_code, name="training_check_in_code"),
    path("<int:pk>/manage/sign-in-sheet.pdf", views.sign_in_sheet, name="training_sign_in_sheet"),
    path("<int:pk>/manage/attendees.csv", views.attendees_csv, name="training_attendees_csv"),
    path("<int:pk>/manage/evaluations/", views.evaluation_results, name="training_evaluations"),
]
