"""Articles are identified by where they came from: `key` unique, `content_hash` no longer unique, `origin`.

Before, an article's `key` was its URL, else `FORMAT:NAME` (the file's base name), and its text hash was
unique: two files both named story.txt were one article, and the same text from two sources was stored once.
Now `key` is unique (one row per source: the URL, else the file's full path with the line or record) and
the hash is the version. Rows stored before keep their key (the full path was never recorded); ingesting
the same file again adopts the row whose `FORMAT:NAME` key and text match, instead of storing it twice. Keys
that two rows shared (possible before, without a constraint) get `#ID` appended to all but the first, so
that no article is lost.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: SQLite names the inline UNIQUE of 0001 by this convention when the table is rebuilt.
_NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _separate_shared_keys() -> None:
    op.execute(
        "UPDATE articles SET key = key || '#' || CAST(id AS VARCHAR(20)) WHERE id NOT IN "
        "(SELECT MIN(id) FROM articles GROUP BY key)"
    )


def upgrade() -> None:
    _separate_shared_keys()
    op.drop_index("ix_articles_key", table_name="articles")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot drop a constraint: the table is rebuilt (env.py turns foreign keys off meanwhile, so
        # that no attribution is deleted with the old table).
        with op.batch_alter_table("articles", recreate="always", naming_convention=_NAMING) as batch:
            batch.drop_constraint("uq_articles_content_hash", type_="unique")
            batch.add_column(sa.Column("origin", sa.Text))
    else:
        op.drop_constraint("articles_content_hash_key", "articles", type_="unique")
        op.add_column("articles", sa.Column("origin", sa.Text))
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_key", "articles", ["key"], unique=True)


def downgrade() -> None:
    """Back to one row per text: of the rows sharing a text, the most recently stored stays."""
    op.execute(
        "DELETE FROM articles WHERE id NOT IN (SELECT MAX(id) FROM articles GROUP BY content_hash)"
    )
    op.drop_index("ix_articles_key", table_name="articles")
    op.drop_index("ix_articles_content_hash", table_name="articles")
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("articles", recreate="always", naming_convention=_NAMING) as batch:
            batch.drop_column("origin")
            batch.create_unique_constraint("uq_articles_content_hash", ["content_hash"])
    else:
        op.drop_column("articles", "origin")
        op.create_unique_constraint("articles_content_hash_key", "articles", ["content_hash"])
    op.create_index("ix_articles_key", "articles", ["key"])
