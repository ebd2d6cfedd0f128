"""Reference lists the programme starts with; loaded by a data migration.

Administrative units: Ninh Thuận (GSO code 58) and its seven district-level units as they
stood in 2023 (CONTENT-FACTS.md, section 5). They are loaded open-ended: the department
closes them (`valid_until`) when its reports move to the new units; see
docs/decisions/0001-administrative-units.md.
"""

import datetime

PROVINCE = ("58", "Tỉnh Ninh Thuận")
DISTRICTS = [
    ("582", "Thành phố Phan Rang-Tháp Chàm"),
    ("584", "Huyện Bác Ái"),
    ("585", "Huyện Ninh Sơn"),
    ("586", "Huyện Ninh Hải"),
    ("587", "Huyện Ninh Phước"),
    ("588", "Huyện Thuận Bắc"),
    ("589", "Huyện Thuận Nam"),
]
UNITS_VALID_FROM = datetime.date(2009, 1, 1)

# (name, short name, kind) from section V of the plan, plus the kinds it names in general.
ORGANISATIONS = [
    ("Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH", "provincial_agency"),
    ("Công an tỉnh", "Công an tỉnh", "provincial_agency"),
    ("Sở Tư pháp", "Sở Tư pháp", "provincial_agency"),
    ("Sở Y tế", "Sở Y tế", "provincial_agency"),
    ("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "provincial_agency"),
    ("Sở Giáo dục và Đào tạo", "Sở GDĐT", "provincial_agency"),
    ("Sở Thông tin và Truyền thông", "Sở TTTT", "provincial_agency"),
    ("Ủy ban nhân dân các huyện, thành phố", "UBND huyện/thành phố", "district_committee"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ tỉnh", "mass_organisation"),
    ("Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh", "mass_organisation"),
    ("Hội Nông dân tỉnh", "Hội Nông dân tỉnh", "mass_organisation"),
    ("Tỉnh đoàn", "Tỉnh đoàn", "mass_organisation"),
    ("Liên đoàn Lao động tỉnh", "LĐLĐ tỉnh", "mass_organisation"),
    ("Ban quản lý các khu công nghiệp", "Ban quản lý các KCN", "provincial_agency"),
    ("Doanh nghiệp", "Doanh nghiệp", "enterprise"),
    ("Trường học", "Trường học", "school"),
    ("Cơ sở y tế", "Cơ sở y tế", "health_facility"),
    ("Khác", "Khác", "other"),
]

# Plan, section III.3.a: who the training courses are for.
TARGET_GROUPS = [
    (
        "can-bo-binh-dang-gioi",
        "Cán bộ, công chức làm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ",
        "Học kiến thức chung về phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
    ),
    (
        "can-bo-cong-tac-vien-mo-hinh",
        "Cán bộ, cộng tác viên triển khai mô hình tại địa phương",
        "Học kiến thức, kỹ năng để vận hành các mô hình phòng ngừa, ứng phó tại cộng đồng.",
    ),
    (
        "nguoi-cung-cap-dich-vu",
        "Người cung cấp dịch vụ",
        "Hỗ trợ khẩn cấp, điều phối và chuyển tuyến, tư vấn, tham vấn, quản lý ca, "
        "làm việc với người gây bạo lực.",
    ),
    (
        "nguoi-bi-bao-luc",
        "Người bị bạo lực, người có nguy cơ bị bạo lực",
        "Kiến thức, kỹ năng tự bảo vệ và tìm kiếm sự trợ giúp.",
    ),
    (
        "nguoi-gay-bao-luc",
        "Người gây bạo lực, người có nguy cơ gây bạo lực",
        "Kiến thức, kỹ năng kiềm chế cảm xúc, kiểm soát hành vi, giải quyết mâu thuẫn.",
    ),
]


def load_reference_data(unit_model, organisation_model, target_group_model) -> None:
    """Create the lists above where missing. Takes model classes so that the data
    migration can pass its historical models and tests the real ones."""
    province, _ = unit_model.objects.get_or_create(
        code=PROVINCE[0],
        defaults={"name": PROVINCE[1], "level": "province", "valid_from": UNITS_VALID_FROM},
    )
    for code, name in DISTRICTS:
        unit_model.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "level": "district",
                "parent": province,
                "valid_from": UNITS_VALID_FROM,
            },
        )
    for order, (name, short_name, kind) in enumerate(ORGANISATIONS, start=1):
        organisation_model.objects.get_or_create(
            name=name, defaults={"short_name": short_name, "kind": kind, "sort_order": order}
        )
    for order, (code, name, description) in enumerate(TARGET_GROUPS, start=1):
        target_group_model.objects.get_or_create(
            code=code, defaults={"name": name, "description": description, "sort_order": order}
        )
