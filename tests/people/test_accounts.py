import re

from django.core import mail

import pytest

from tests.factories import make_learner

pytestmark = pytest.mark.django_db


def test_password_reset_email_is_vietnamese_and_its_link_sets_a_new_password(client, site_tree):
    user = make_learner("quen@example.org")
    response = client.post("/accounts/password/reset/", {"email": "quen@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "mật khẩu" in (message.subject + message.body).lower()
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    done = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"password1": "Mat-khau-moi-2026", "password2": "Mat-khau-moi-2026"},
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Mat-khau-moi-2026")


def test_logged_in_learner_changes_password(client, site_tree):
    user = make_learner("doi@example.org")
    client.force_login(user)
    assert "Đổi mật khẩu" in client.get("/accounts/password/change/").content.decode()
    response = client.post(
        "/accounts/password/change/",
        {
            "oldpassword": "Mat-khau-2026!",
            "password1": "Mat-khau-khac-2026",
            "password2": "Mat-khau-khac-2026",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Mat-khau-khac-2026")


def test_repeated_failed_logins_are_limited(client, site_tree):
    make_learner("khoa@example.org")
    for _ in range(5):
        client.post("/accounts/login/", {"login": "khoa@example.org", "password": "sai"})
    response = client.post(
        "/accounts/login/", {"login": "khoa@example.org", "password": "Mat-khau-2026!"}
    )
    # Even the right password is refused while the limit holds.
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session


def test_login_with_email_goes_to_my_learning(client, site_tree):
    make_learner("vao@example.org")
    response = client.post(
        "/accounts/login/", {"login": "vao@example.org", "password": "Mat-khau-2026!"}
    )
    assert response.status_code == 302
    assert response.url == "/me/"


def test_logout_needs_a_post_with_csrf(client, site_tree):
    from django.test import Client

    user = make_learner("ra@example.org")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)
    assert strict.post("/accounts/logout/").status_code == 403
    assert "_auth_user_id" in strict.session


def test_account_emails_show_names_as_typed(client, site_tree):
    """allauth's plain-text mails, as rendered here (our Vietnamese catalogue): a user name
    with quotes and an ampersand is not HTML-escaped."""
    from allauth.account.models import EmailAddress

    user = make_learner("hang@example.org")
    user.username = 'hằng"út"&co'
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=False)
    client.force_login(user)
    response = client.post("/accounts/email/", {"action_send": "", "email": user.email})
    assert response.status_code == 302
    [message] = mail.outbox
    assert 'hằng"út"&co' in message.body
    assert "&amp;" not in message.body and "&quot;" not in message.body
