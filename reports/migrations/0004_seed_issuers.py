"""Who issued the annual report before the 2025 reform, and who issues it since.

Until 30/06/2025 the plan's lead department was Ninh Thuận's Department of Labour, Invalids
and Social Affairs. From 01/07/2025 Ninh Thuận is part of the new Khánh Hòa; which of its
departments leads the programme is not confirmed (CONTENT-FACTS §5), so that record leaves
the issuing body, the symbol and the signer empty: the report prints dotted lines for them
and every report page warns until the department fills them in. No name is guessed.
"""

from datetime import date

from django.db import migrations

from people import roles

# As they stood when this migration was written.
DEPARTMENT = [f"reports.{action}_reportissuer" for action in ("add", "change", "view")]

ISSUERS = [
    {
        "valid_from": date(2023, 1, 1),
        "valid_until": date(2025, 6, 30),
        "governing_body": "UBND TỈNH NINH THUẬN",
        "issuing_body": "SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI",
        "place_name": "Ninh Thuận",
        "document_symbol": "BC-SLĐTBXH",
        "addressee": "Ủy ban nhân dân tỉnh Ninh Thuận",
        "notes": "Kế hoạch năm 2023 của UBND tỉnh Ninh Thuận, mục VI.",
    },
    {
        "valid_from": date(2025, 7, 1),
        "valid_until": None,
        "governing_body": "UBND TỈNH KHÁNH HÒA",
        "issuing_body": "",
        "place_name": "Khánh Hòa",
        "document_symbol": "",
        "addressee": "Ủy ban nhân dân tỉnh Khánh Hòa",
        "notes": (
            "Nghị quyết 202/2025/QH15: Ninh Thuận nhập vào tỉnh Khánh Hòa từ 01/7/2025. "
            "Sở chủ trì chưa xác nhận: Sở cần nhập cơ quan ban hành và người ký."
        ),
    },
]


def seed(apps, schema_editor):
    ReportIssuer = apps.get_model("reports", "ReportIssuer")
    if not ReportIssuer.objects.exists():
        for values in ISSUERS:
            ReportIssuer.objects.create(**values)
    roles.grant_in_migration(apps, {roles.DEPARTMENT_OFFICER: DEPARTMENT})


class Migration(migrations.Migration):
    dependencies = [("reports", "0003_issuer_and_narrative")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
