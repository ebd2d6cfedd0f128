import datetime

from django.db import IntegrityError, transaction

import pytest

from people.models import AdministrativeUnit, Organisation, Person, TargetGroup

pytestmark = pytest.mark.django_db


def test_reference_data_has_the_province_and_its_seven_districts_of_2023():
    province = AdministrativeUnit.objects.get(code="58")
    districts = AdministrativeUnit.objects.districts()
    assert province.level == AdministrativeUnit.Level.PROVINCE
    assert sorted(districts.values_list("code", flat=True)) == [
        "582",
        "584",
        "585",
        "586",
        "587",
        "588",
        "589",
    ]
    assert all(unit.parent_id == province.pk for unit in districts)
    assert districts.get(code="582").name == "Thành phố Phan Rang-Tháp Chàm"


def test_organisations_and_target_groups_from_the_plan_are_loaded():
    assert Organisation.objects.filter(short_name="Sở LĐTBXH").exists()
    assert Organisation.objects.filter(short_name="Hội LHPN tỉnh").exists()
    assert Organisation.objects.count() == 18
    assert TargetGroup.objects.count() == 5
    assert TargetGroup.objects.first().code == "can-bo-binh-dang-gioi"


def test_a_retired_unit_keeps_its_people_and_leaves_the_active_list():
    unit = AdministrativeUnit.objects.get(code="588")
    person = Person.objects.create(full_name="Đặng Văn Ượng", district=unit)
    unit.valid_until = datetime.date(2025, 6, 30)
    unit.save()
    assert unit not in AdministrativeUnit.objects.active_on(datetime.date(2025, 7, 1))
    assert unit in AdministrativeUnit.objects.active_on(datetime.date(2023, 12, 1))
    person.refresh_from_db()
    assert person.district == unit
    assert not unit.is_active


def test_a_unit_cannot_end_before_it_starts():
    unit = AdministrativeUnit.objects.get(code="584")
    unit.valid_until = unit.valid_from - datetime.timedelta(days=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        unit.save()


def test_a_unit_with_people_cannot_be_deleted():
    from django.db.models import ProtectedError

    unit = AdministrativeUnit.objects.get(code="585")
    Person.objects.create(full_name="Nguyễn Thị Hằng", district=unit)
    with pytest.raises(ProtectedError):
        unit.delete()


def test_department_edits_units_in_the_wagtail_admin(client, django_user_model):
    from django.contrib.auth.models import Group

    from people import roles

    officer = django_user_model.objects.create_user(
        "so", "so@example.org", "pw-123456!", is_staff=True
    )
    officer.groups.add(Group.objects.get(name=roles.DEPARTMENT_OFFICER))
    client.force_login(officer)
    unit = AdministrativeUnit.objects.get(code="586")
    url = f"/admin/snippets/people/administrativeunit/edit/{unit.pk}/"
    assert client.get(url).status_code == 200
    assert client.get("/admin/snippets/people/organisation/").status_code == 200

    learner = django_user_model.objects.create_user("hv", "hv@example.org", "pw-123456!")
    learner.groups.add(Group.objects.get(name=roles.LEARNER))
    client.force_login(learner)
    assert client.get(url).status_code in (302, 403)
