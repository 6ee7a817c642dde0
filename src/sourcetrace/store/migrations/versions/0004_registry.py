"""The corpus-wide actor registry and claims: `registry_actors` with their aliases, titles and links, which
registry actor each attribution's source is (`registry_mentions`), and the claims reported in several
articles with their appearances (`claims`, `claim_steps`).

All of it is derived from the stored attributions and rebuilt at the end of every ingest (and by
`sourcetrace actors rebuild`); a store upgraded to this revision gets its registry on its next ingest or
rebuild.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _actor_fk(ondelete: str = "CASCADE") -> sa.ForeignKey:
    return sa.ForeignKey("registry_actors.id", ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "registry_actors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("statements", sa.Integer, nullable=False),
        sa.Column("first_seen", sa.String(64)),
        sa.Column("last_seen", sa.String(64)),
    )
    op.create_table(
        "registry_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("actor_id", sa.Integer, _actor_fk(), nullable=False),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("folded", sa.Text, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_registry_aliases_actor_id", "registry_aliases", ["actor_id"])
    op.create_index("ix_registry_aliases_folded", "registry_aliases", ["folded"])
    op.create_table(
        "registry_titles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("actor_id", sa.Integer, _actor_fk(), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("first_seen", sa.String(64)),
        sa.Column("last_seen", sa.String(64)),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_index("ix_registry_titles_actor_id", "registry_titles", ["actor_id"])
    op.create_table(
        "registry_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("actor_id", sa.Integer, _actor_fk(), nullable=False),
        sa.Column("relation", sa.String(40), nullable=False),
        sa.Column("other_id", sa.Integer, _actor_fk(), nullable=False),
    )
    op.create_index("ix_registry_links_actor_id", "registry_links", ["actor_id"])
    op.create_table(
        "registry_mentions",
        sa.Column(
            "attribution_id",
            sa.Integer,
            sa.ForeignKey("attributions.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("actor_id", sa.Integer, _actor_fk(), nullable=False),
    )
    op.create_index("ix_registry_mentions_actor_id", "registry_mentions", ["actor_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("actor_id", sa.Integer, _actor_fk("SET NULL")),
        sa.Column("method", sa.String(40), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("first_seen", sa.String(64)),
        sa.Column("last_seen", sa.String(64)),
        sa.Column("appearances", sa.Integer, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("dropped_hedge", sa.Boolean, nullable=False),
    )
    op.create_index("ix_claims_actor_id", "claims", ["actor_id"])
    op.create_index("ix_claims_first_seen", "claims", ["first_seen"])
    op.create_table(
        "claim_steps",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column(
            "attribution_id", sa.Integer, sa.ForeignKey("attributions.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("authority", sa.String(40), nullable=False),
        sa.Column("reported_by", sa.Text),
        sa.Column("credits", sa.JSON, nullable=False),
        sa.Column("credits_earlier", sa.JSON, nullable=False),
        sa.Column("drops_hedge", sa.Boolean, nullable=False),
    )
    op.create_index("ix_claim_steps_claim_id", "claim_steps", ["claim_id"])
    op.create_index("ix_claim_steps_attribution_id", "claim_steps", ["attribution_id"])


def downgrade() -> None:
    for table in (
        "claim_steps",
        "claims",
        "registry_mentions",
        "registry_links",
        "registry_titles",
        "registry_aliases",
        "registry_actors",
    ):
        op.drop_table(table)
