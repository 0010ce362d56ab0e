"""Row ids keyed with the server's LOOKUP_SECRET; a session epoch per case.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03

Until 0001 the `lookup` column held HMAC(fixed label, code): public, so a copy of the database
let anyone test guessed codes at HMAC speed. From here it holds HMAC-SHA256(LOOKUP_SECRET, that
old value), which this migration computes from the stored values alone (no code needed). The
ciphertexts are untouched: their associated data names the unkeyed lookup, which the session
still carries. `epoch` counts ended sessions (app/store/repository.py).

Written out in full: a migration must keep meaning what it meant when it first ran.
"""

import hashlib
import hmac

import sqlalchemy as sa
from alembic import context, op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("epoch", sa.Integer(), nullable=False, server_default="0"))
    connection = op.get_bind()
    old_values = connection.execute(sa.text("SELECT lookup FROM cases")).scalars().all()
    if not old_values:
        return
    secret = context.config.attributes.get("lookup_secret")
    if not secret:
        raise RuntimeError("re-keying the stored cases needs LOOKUP_SECRET: run `flask db-upgrade` "
                           "with FLASK_LOOKUP_SECRET set, as the app servers will run")
    rekey = sa.text("UPDATE cases SET lookup = :new WHERE lookup = :old")
    for old in old_values:
        new = hmac.new(secret, old.encode("ascii"), hashlib.sha256).hexdigest()
        connection.execute(rekey, {"new": new, "old": old})


def downgrade() -> None:
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT count(*) FROM cases")).scalar_one():
        raise RuntimeError("keyed row ids cannot be turned back without the resume codes; "
                           "downgrade only an empty database")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("epoch")
