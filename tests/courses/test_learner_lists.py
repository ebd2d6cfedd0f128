import csv
import io

from django.contrib.auth.models import Group

import pytest

from courses import services
from courses.services import trainer_tracks_set
from people import roles
from tests.factories import make_learner, officer_units_given

pytestmark = pytest.mark.django_db


def officer(email, role, district="582"):
    user = make_learner(email, district=district)
    user.groups.add(Group.objects.get(name=role))
    if role == roles.DISTRICT_OFFICER:
        officer_units_given(user, district)
    return user


@pytest.fixture
def enrolled_three_districts(site_tree):
    course = site_tree.courses[0]
    for email, name, district in [
        ("a@example.org", "Nguyễn Thị An", "582"),
        ("b@example.org", "Trần Văn Bình", "584"),
        ("c@example.org", "Lê Thị Cúc", "584"),
    ]:
        learner = make_learner(email, district=district, full_name=name)
        enrolment = services.enrolment_create(person=learner.person, course=course)
        services.lesson_complete(enrolment=enrolment, lesson=site_tree.lessons[0])
    return course


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_department_officer_sees_every_learner_and_the_csv_matches(
    client, enrolled_three_districts
):
    course = enrolled_three_districts
    client.force_login(officer("so@example.org", roles.DEPARTMENT_OFFICER))
    html = client.get(course.url + "learners/").content.decode()
    for name in ["Nguyễn Thị An", "Trần Văn Bình", "Lê Thị Cúc"]:
        assert name in html
    rows = csv_rows(client.get(course.url + "learners/csv/"))
    assert [row[0] for row in rows[1:]] == ["Lê Thị Cúc", "Nguyễn Thị An", "Trần Văn Bình"]
    assert all(row[4] == "1" and row[5] == "3" for row in rows[1:])


def test_district_officer_sees_only_learners_of_their_district(client, enrolled_three_districts):
    course = enrolled_three_districts
    client.force_login(officer("huyen@example.org", roles.DISTRICT_OFFICER, district="584"))
    html = client.get(course.url + "learners/").content.decode()
    assert "Trần Văn Bình" in html and "Lê Thị Cúc" in html
    assert "Nguyễn Thị An" not in html
    names = [row[0] for row in csv_rows(client.get(course.url + "learners/csv/"))[1:]]
    assert names == ["Lê Thị Cúc", "Trần Văn Bình"]


def test_trainer_sees_learners_only_of_courses_in_assigned_tracks(
    client, enrolled_three_districts, site_tree
):
    course = enrolled_three_districts
    trainer = officer("gv@example.org", roles.TRAINER)
    client.force_login(trainer)
    assert client.get(course.url + "learners/").status_code == 403
    track = site_tree.tracks[0]
    trainer_tracks_set(user=trainer, tracks=[track])
    assert client.get(course.url + "learners/").status_code == 200
    assert len(csv_rows(client.get(course.url + "learners/csv/"))) == 4


def test_learner_list_has_a_fixed_number_of_queries(
    client, enrolled_three_districts, django_assert_max_num_queries, site_tree
):
    course = enrolled_three_districts
    client.force_login(officer("so@example.org", roles.DEPARTMENT_OFFICER))
    client.get(course.url + "learners/")
    with django_assert_max_num_queries(25):
        client.get(course.url + "learners/")
    for n in range(15):
        learner = make_learner(f"x{n}@example.org", district="586")
        services.enrolment_create(person=learner.person, course=course)
    with django_assert_max_num_queries(25):
        assert client.get(course.url + "learners/").status_code == 200
