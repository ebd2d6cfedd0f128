"""The certificate's texts, pure: what a template may say and how the values print, and
the verification codes. No database, no request: the PDF, the selectors and the issuing
service all use these, so reading a certificate never needs the write service."""

import secrets
import string
import unicodedata

from django.utils.translation import gettext_lazy as _

# Placeholders a template's body may use, with what they stand for (shown to editors).
PLACEHOLDERS = {
    "ho_ten": _("holder's full name"),
    "khoa_hoc": _("course or training title"),
    "nhom_noi_dung": _("training track"),
    "so_gio": _("hours"),
    "dia_ban": _("holder's district"),
    "ngay_cap": _("issue date (dd/mm/yyyy)"),
    "so_hieu": _("serial number"),
}


def placeholder_names(text: str) -> set[str]:
    """The `{name}` fields used in `text`; raises ValueError on unbalanced braces."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


# Base32 without 0/1/8/9 look-alikes trouble: the RFC 4648 alphabet has no 0, 1, 8 or 9,
# so a typed O, I or B maps back unambiguously (see normalise_code).
CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
CODE_LENGTH = 16  # 16 × 5 = 80 random bits


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(typed: str) -> str | None:
    """The stored form of a code as someone typed or scanned it, or None if it cannot be one."""
    code = "".join(ch for ch in typed.upper() if ch not in " -.\t")
    code = code.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return None
    return code


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def format_hours(hours) -> str:
    if hours is None:
        return ""
    text = f"{hours:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")  # Vietnamese decimal comma


def render_body(template_body: str, values: dict) -> str:
    return nfc(template_body).format_map(values)
