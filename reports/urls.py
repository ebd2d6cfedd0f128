from django.urls import path

from reports import views

urlpatterns = [
    path("", views.dashboard, name="reports_dashboard"),
    path("export.csv", views.export_csv, name="reports_csv"),
    path("export.xlsx", views.export_xlsx, name="reports_xlsx"),
    path("annual-report.pdf", views.export_pdf, name="reports_pdf"),
    path("annual-report.docx", views.export_docx, name="reports_docx"),
    path("annual/<int:year>/", views.annual_text, name="reports_annual"),
]
