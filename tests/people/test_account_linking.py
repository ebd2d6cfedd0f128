"""Finding 1 of issue 14: a sign-up links to someone recorded before only on proof.

Seen before the fix: signing up with the name and phone of a woman recorded at a
training (or with her email, before verifying it) took over her record: her certificate
PDF downloaded, the stranger's sex, year of birth and district overwrote hers, and her
future certificate mails went to the stranger.
"""

import re
import unicodedata

from django.core import mail

import pytest
from allauth.account.models import EmailAddress

from certificates.services import issue_certificate
from courses.models import Training
from people import roles
from people.models import (
    AdministrativeUnit,
    Organisation,
    Person,
    PersonLinkRequest,
    TargetGroup,
    User,
)
from people.services import link_request_decide
from tests.factories import make_staff

pytestmark = pytest.mark.django_db

VICTIM = "Bo Bo Thị Bích Ngọc"


@pytest.fixture
def recorded(site_tree):
    """Someone recorded at an in-person training (no account) who holds a certificate."""
    person = Person.objects.create(
        full_name=VICTIM,
        phone="0380000141",
        email="ngoc.bb@example.org",
        sex="female",
        birth_year=1985,
        district=AdministrativeUnit.objects.get(code="584"),
    )
    training = Training.objects.create(
        format="tap_huan",
        title="Tập huấn tại Bác Ái",
        track=site_tree.tracks[0],
        organiser=Organisation.objects.first(),
        district=AdministrativeUnit.objects.get(code="584"),
        venue="Hội trường UBND xã",
        starts_on="2026-03-02",
        ends_on="2026-03-02",
        hours=8,
    )
    certificate = issue_certificate(person, training)
    mail.outbox.clear()
    return person, certificate


def signup(client, **overrides):
    data = {
        "email": "la@example.org",
        "password1": "Bao-ve-phu-nu-2026",
        "password2": "Bao-ve-phu-nu-2026",
        "full_name": VICTIM,
        "sex": "male",
        "birth_year": "1999",
        "district": str(AdministrativeUnit.objects.get(code="587").pk),
        "organisation": str(Organisation.objects.order_by("pk").first().pk),
        "target_group": str(TargetGroup.objects.order_by("pk").first().pk),
        "position": "",
        "phone": "0380000141",
        "privacy_consent": "on",
    }
    data.update(overrides)
    response = client.post("/accounts/signup/", data)
    assert response.status_code == 302, response.context["form"].errors
    return User.objects.get(email__iexact=data["email"])


def confirm_email(client):
    link = re.search(r"http://testserver(/accounts/confirm-email/\S+/)", mail.outbox[-1].body)
    response = client.post(link.group(1))
    assert response.status_code == 302


def test_name_and_phone_do_not_take_over_a_recorded_person(client, recorded):
    victim, certificate = recorded
    stranger = signup(client)
    client.force_login(stranger)
    assert client.get(f"/certificates/{certificate.serial}.pdf").status_code == 403
    victim.refresh_from_db()
    assert victim.user is None
    assert (victim.sex, victim.birth_year, victim.district.code) == ("female", 1985, "584")
    assert stranger.person.pk != victim.pk
    # Another year of birth is evidence of another person: the department is not even asked.
    assert not PersonLinkRequest.objects.exists()


def test_the_same_name_phone_and_year_go_to_the_department_not_to_the_account(client, recorded):
    victim, certificate = recorded
    claimant = signup(client, birth_year="1985")
    client.force_login(claimant)
    assert client.get(f"/certificates/{certificate.serial}.pdf").status_code == 403
    victim.refresh_from_db()
    assert victim.user is None
    request = PersonLinkRequest.objects.get()
    assert (request.account_person, request.record, request.status) == (
        claimant.person,
        victim,
        PersonLinkRequest.Status.PENDING,
    )


def test_an_unverified_email_does_not_link(client, recorded):
    victim, certificate = recorded
    stranger = signup(client, email="ngoc.bb@example.org", phone="", full_name="Kẻ Lạ")
    client.force_login(stranger)
    assert client.get(f"/certificates/{certificate.serial}.pdf").status_code == 403
    victim.refresh_from_db()
    assert victim.user is None
    assert Person.objects.filter(user=stranger).exclude(pk=victim.pk).exists()


def test_the_verified_email_of_the_same_name_links_and_keeps_her_facts(client, recorded):
    victim, certificate = recorded
    owner = signup(client, email="Ngoc.BB@example.org", phone="", sex="female", birth_year="1985")
    assert Person.objects.get(user=owner).pk != victim.pk  # not before verifying
    confirm_email(client)
    victim.refresh_from_db()
    assert victim.user == owner
    assert Person.objects.filter(full_name=VICTIM).count() == 1  # one person, not two
    assert victim.district.code == "584"  # her recorded facts stay; only gaps are filled
    client.force_login(owner)
    assert client.get(f"/certificates/{certificate.serial}.pdf").status_code == 200
    assert EmailAddress.objects.get(user=owner).verified


def test_a_verified_email_under_another_name_is_left_to_the_department(client, recorded):
    victim, _certificate = recorded
    colleague = signup(client, email="ngoc.bb@example.org", phone="", full_name="Lê Văn Tám")
    confirm_email(client)
    victim.refresh_from_db()
    assert victim.user is None
    assert not Person.objects.filter(user=colleague, pk=victim.pk).exists()


def test_the_department_confirms_a_phone_match_and_the_records_become_one(client, recorded):
    victim, certificate = recorded
    owner = signup(client, sex="female", birth_year="1985")
    officer = make_staff("so@example.org", roles.DEPARTMENT_OFFICER)
    request = PersonLinkRequest.objects.get(record=victim)
    kept = link_request_decide(link=request, same=True, by=officer)
    assert kept.pk == victim.pk and kept.user == owner
    assert Person.objects.filter(user=owner).count() == 1
    certificate.refresh_from_db()
    assert certificate.person_id == victim.pk
    client.force_login(owner)
    assert client.get(f"/certificates/{certificate.serial}.pdf").status_code == 200


def test_a_rejected_request_is_not_asked_again(client, recorded):
    victim, _ = recorded
    stranger = signup(client, birth_year="1985")
    officer = make_staff("so@example.org", roles.DEPARTMENT_OFFICER)
    link_request_decide(link=PersonLinkRequest.objects.get(), same=False, by=officer)
    client.force_login(stranger)
    client.post("/me/profile/", {**profile_of(stranger.person), "position": "Cộng tác viên"})
    assert PersonLinkRequest.objects.get().status == PersonLinkRequest.Status.REJECTED
    victim.refresh_from_db()
    assert victim.user is None


def profile_of(person):
    return {
        "full_name": person.full_name,
        "sex": person.sex,
        "birth_year": person.birth_year,
        "district": person.district_id,
        "organisation": person.organisation_id,
        "target_group": person.target_group_id,
        "position": person.position,
        "phone": person.phone,
    }


def test_a_decomposed_name_typed_on_a_phone_is_stored_composed(client, site_tree):
    user = signup(client, full_name=unicodedata.normalize("NFD", "  Nguyễn   Thị Hằng "), phone="")
    person = Person.objects.get(user=user)
    assert person.full_name == "Nguyễn Thị Hằng"
    assert unicodedata.is_normalized("NFC", person.full_name)
    assert person.name_key == "nguyen thi hang"
