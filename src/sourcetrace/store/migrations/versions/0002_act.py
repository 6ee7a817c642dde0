"""Attributions get `act`: what kind of act each reports (statement, document, mental, no_comment).

Rows stored before it get the act their stored fields tell: a declined comment is `no_comment`, an
attribution whose source is a document is `document`, any other `statement`. Telling a mental state needs the
parse: `sourcetrace ingest --replace` extracts the stored articles again and sets it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "attributions",
        sa.Column("act", sa.String(20), nullable=False, server_default="statement"),
    )
    op.execute("UPDATE attributions SET act = 'document' WHERE source_type = 'document'")
    op.execute("UPDATE attributions SET act = 'no_comment' WHERE kind = 'no_comment'")


def downgrade() -> None:
    op.drop_column("attributions", "act")
