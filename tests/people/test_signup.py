import datetime

import pytest
from allauth.account.models import EmailAddress

from people.models import AdministrativeUnit, Organisation, Person, TargetGroup, User

pytestmark = pytest.mark.django_db


def signup_data(**overrides):
    data = {
        "email": "hang.nguyen@example.org",
        "password1": "Bao-ve-phu-nu-2026",
        "password2": "Bao-ve-phu-nu-2026",
        "full_name": "Nguyễn Thị Hằng",
        "sex": "female",
        "birth_year": "1988",
        "district": str(AdministrativeUnit.objects.get(code="587").pk),
        "organisation": str(Organisation.objects.get(short_name="Hội LHPN tỉnh").pk),
        "target_group": str(TargetGroup.objects.get(code="can-bo-cong-tac-vien-mo-hinh").pk),
        "position": "Cộng tác viên",
        "phone": "0912 345 678",
        "privacy_consent": "on",
    }
    data.update(overrides)
    return data


def test_signup_creates_the_account_and_a_person_with_the_profile(client):
    response = client.post("/accounts/signup/", signup_data())
    assert response.status_code == 302
    user = User.objects.get(email="hang.nguyen@example.org")
    person = user.person
    assert person.full_name == "Nguyễn Thị Hằng"
    assert person.district.code == "587"
    assert person.phone == "+84912345678"
    assert person.is_profile_complete
    assert EmailAddress.objects.filter(user=user, email=user.email).exists()


def test_signup_does_not_link_before_the_email_is_verified(client):
    """Linking by email waits for the address to be verified (tests/people/
    test_account_linking.py follows it to the link)."""
    recorded = Person.objects.create(full_name="Nguyễn Thị Hằng", email="hang.nguyen@example.org")
    client.post("/accounts/signup/", signup_data(email="Hang.Nguyen@example.org"))
    recorded.refresh_from_db()
    assert recorded.user is None
    assert Person.objects.count() == 2


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "not-an-email"}, "email", "địa chỉ email"),
        ({"password1": "12345678", "password2": "12345678"}, "password1", "quá phổ biến"),
        ({"password2": "Khac-mat-khau-2026"}, "password2", ""),
        (
            {"birth_year": str(datetime.date.today().year + 1)},
            "birth_year",
            "Năm sinh không thể ở tương lai.",
        ),
        ({"district": "999999"}, "district", "Hãy chọn một lựa chọn hợp lệ"),
        ({"sex": "x"}, "sex", "Hãy chọn một lựa chọn hợp lệ"),
        ({"privacy_consent": ""}, "privacy_consent", ""),
        ({"full_name": " "}, "full_name", ""),
    ],
)
def test_bad_signup_input_is_refused_with_a_clear_message_and_saves_nothing(
    client, overrides, field, message
):
    response = client.post("/accounts/signup/", signup_data(**overrides))
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors, form.errors
    assert message in " ".join(form.errors[field])
    assert not User.objects.exists()
    assert not Person.objects.exists()


def test_duplicate_email_is_refused(client):
    client.post("/accounts/signup/", signup_data())
    client.logout()
    response = client.post("/accounts/signup/", signup_data(email="HANG.NGUYEN@example.org"))
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert User.objects.count() == 1


def test_signup_and_login_pages_are_in_vietnamese(client):
    html = client.get("/accounts/signup/").content.decode()
    assert "Đăng ký" in html
    assert 'for="id_full_name"' in html
    assert "Sign Up" not in html
    login = client.get("/accounts/login/").content.decode()
    assert "Quên mật khẩu?" in login
