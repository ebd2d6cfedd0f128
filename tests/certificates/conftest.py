import pytest

from courses import services as course_services
from tests.factories import make_learner


@pytest.fixture
def course(site_tree):
    course = site_tree.courses[0]
    course.estimated_hours = 4
    course.save_revision().publish()
    return course


@pytest.fixture
def holder(course):
    """A learner enrolled in `course`, with a name full of Vietnamese diacritics."""
    user = make_learner("hang@example.org", full_name="Nguyễn Thị Hằng", district="587")
    course_services.enrolment_create(person=user.person, course=course)
    return user


@pytest.fixture
def department_user(db):
    from django.contrib.auth.models import Group

    from people import roles

    user = make_learner("so@example.org", full_name="Cán bộ Sở")
    user.groups.add(Group.objects.get(name=roles.DEPARTMENT_OFFICER))
    return user


@pytest.fixture
def trainer_user(db):
    from django.contrib.auth.models import Group

    from people import roles

    user = make_learner("gv@example.org", full_name="Giảng viên")
    user.groups.add(Group.objects.get(name=roles.TRAINER))
    return user
