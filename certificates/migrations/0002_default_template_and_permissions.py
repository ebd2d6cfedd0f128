from django.db import migrations

from people import roles

# As they stood when this migration was written.
DEPARTMENT = [
    "certificates.add_certificatetemplate",
    "certificates.change_certificatetemplate",
    "certificates.view_certificatetemplate",
    "certificates.view_certificate",
    "certificates.issue_certificate",
    "certificates.revoke_certificate",
]
TRAINER = ["certificates.view_certificate"]

DEFAULT_TEMPLATE = {
    "name": "Mẫu mặc định",
    "is_default": True,
    "governing_body": "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
    "issuing_body": "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    "title": "GIẤY CHỨNG NHẬN",
    "body": (
        "Đã hoàn thành khóa bồi dưỡng “{khoa_hoc}” thuộc chương trình “{nhom_noi_dung}”, "
        "thời lượng {so_gio} giờ.\n\n"
        "Khóa bồi dưỡng thuộc Kế hoạch thực hiện Chương trình phòng ngừa và ứng phó với bạo "
        "lực trên cơ sở giới trên địa bàn tỉnh Ninh Thuận."
    ),
    "place_name": "Ninh Thuận",
    "signatory_title": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "signatory_name": "Người ký",
}


def forwards(apps, schema_editor):
    roles.grant_in_migration(apps, {roles.DEPARTMENT_OFFICER: DEPARTMENT, roles.TRAINER: TRAINER})
    template_model = apps.get_model("certificates", "CertificateTemplate")
    if not template_model.objects.exists():
        template_model.objects.create(**DEFAULT_TEMPLATE)


class Migration(migrations.Migration):
    dependencies = [("certificates", "0001_initial"), ("people", "0005_quiz_permissions")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
