"""Answers to allauth's signals."""

from django.contrib import messages
from django.dispatch import receiver
from django.utils.translation import gettext as _

from allauth.account.signals import email_confirmed

from people.services import link_on_verified_email


@receiver(email_confirmed, dispatch_uid="people.link_on_verified_email")
def link_records_of_verified_email(request, email_address, **kwargs):
    """A verified email is the proof that links an account to the person recorded with it
    (at a training or from a sign-in sheet) — never the sign-up form alone."""
    person = link_on_verified_email(user=email_address.user, email=email_address.email)
    if person is not None and request is not None:
        messages.info(
            request,
            _("Your account now holds the training records kept under %(email)s.")
            % {"email": email_address.email},
            fail_silently=True,
        )
