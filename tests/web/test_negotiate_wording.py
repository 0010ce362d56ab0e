"""Every code core.negotiation can emit, and every state, record kind and channel, has wording."""

from __future__ import annotations

from app.core import negotiation
from app.core.case import RecordKind, SendChannel
from app.negotiate import forms, wording


def test_every_state_has_a_name_and_a_next_action():
    assert set(wording.STATES) == set(negotiation.State) == set(wording.NEXT)


def test_every_record_kind_and_channel_has_a_name():
    assert set(wording.RECORDS) == set(RecordKind)
    assert set(wording.CHANNELS) == set(SendChannel)


def test_every_refusal_code_has_a_message(app):
    assert set(wording.REFUSALS) == set(negotiation.REFUSALS)
    with app.test_request_context():
        assert all(str(message).strip() for message in wording.REFUSALS.values())


def test_refusals_shown_elsewhere_than_the_date_name_real_fields():
    assert all(hasattr(form, "on") for form in forms.FORMS.values())
    for field in forms.REFUSAL_FIELD.values():
        assert any(hasattr(form, field) for form in forms.FORMS.values()), field
