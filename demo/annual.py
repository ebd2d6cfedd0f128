"""Demo values for the annual report: who issues it since the 2025 reform, and a text.

The lead department after the reform is not confirmed (CONTENT-FACTS §5), so the record
the migration made leaves it empty. The demo fills it with values marked as samples
("DỮ LIỆU MẪU", "(mẫu)") that nobody could send as real, and only when the department has
not entered its own: a real record is never touched.
"""

from django.utils import timezone

DEMO_ISSUER = {
    "issuing_body": "SỞ Y TẾ (DỮ LIỆU MẪU)",
    "document_symbol": "BC-SYT",
    "signer_authority": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "signer_name": "Nguyễn Văn Mẫu (mẫu)",
    "recipients": "Ban Chỉ đạo công tác bình đẳng giới tỉnh\nLãnh đạo Sở",
    "archive": "BTXH",
    "notes": "Dữ liệu mẫu của bản demo: Sở nhập cơ quan ban hành và người ký thật.",
}
DEMO_TEXT = {
    "difficulties": (
        "(Nội dung mẫu) Một số xã miền núi chưa có điểm kết nối mạng ổn định, học viên "
        "khó học trực tuyến."
    ),
    "proposals": (
        "(Nội dung mẫu) Đề nghị bố trí kinh phí tổ chức tập huấn trực tiếp tại các xã "
        "vùng sâu, vùng xa."
    ),
}


def ensure_demo_annual_report() -> int:
    from reports.models import AnnualNarrative, ReportIssuer

    changed = 0
    issuer = ReportIssuer.objects.valid_on(timezone.localdate()).filter(unit=None).first()
    if issuer is not None and not issuer.issuing_body.strip():
        for name, value in DEMO_ISSUER.items():
            setattr(issuer, name, value)
        issuer.full_clean()
        issuer.save()
        changed += 1
    _narrative, created = AnnualNarrative.objects.get_or_create(
        year=timezone.localdate().year, unit=None, defaults=DEMO_TEXT
    )
    return changed + int(created)
