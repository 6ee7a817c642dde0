"""The corpus: outlets, articles, attributions, actors and aliases, credits, copy signatures, links and
clusters, ingest runs, and full-text search over attribution contents.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
    )
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", _TIMESTAMP, nullable=False),
        sa.Column("finished_at", _TIMESTAMP),
        sa.Column("inputs", sa.JSON, nullable=False),
        sa.Column("new", sa.Integer, nullable=False),
        sa.Column("unchanged", sa.Integer, nullable=False),
        sa.Column("updated", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
    )
    op.create_table(
        "ingest_failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_ingest_failures_run_id", "ingest_failures", ["run_id"])
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("byline", sa.Text),
        sa.Column("outlet_id", sa.Integer, sa.ForeignKey("outlets.id")),
        sa.Column("published", sa.String(64)),
        sa.Column("url", sa.Text),
        sa.Column("language", sa.String(35)),
        sa.Column("source_format", sa.String(40), nullable=False),
        sa.Column("body_start", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("profile", sa.JSON),
        sa.Column("ingest_run_id", sa.Integer, sa.ForeignKey("ingest_runs.id", ondelete="SET NULL")),
        sa.Column("stored_at", _TIMESTAMP, nullable=False),
    )
    op.create_index("ix_articles_key", "articles", ["key"])
    op.create_index("ix_articles_outlet_id", "articles", ["outlet_id"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
    )
    op.create_table(
        "actor_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
        sa.Column("alias", sa.Text, nullable=False),
        sa.UniqueConstraint("actor_id", "alias"),
    )
    op.create_index("ix_actor_aliases_alias", "actor_aliases", ["alias"])
    op.create_table(
        "attributions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("local_id", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("attributions.id", ondelete="CASCADE")),
        sa.Column("source_start", sa.Integer),
        sa.Column("source_end", sa.Integer),
        sa.Column("source_text", sa.Text),
        sa.Column("cue_start", sa.Integer, nullable=False),
        sa.Column("cue_end", sa.Integer, nullable=False),
        sa.Column("cue_text", sa.Text, nullable=False),
        sa.Column("content_start", sa.Integer),
        sa.Column("content_end", sa.Integer),
        sa.Column("content_text", sa.Text),
        sa.Column("content_parts", sa.JSON, nullable=False),
        sa.Column("source_type", sa.String(40)),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id")),
        sa.Column("actor_title", sa.Text),
        sa.Column("on_behalf_of", sa.Text),
        sa.Column("recipient", sa.Text),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("anonymous_count", sa.Integer),
        sa.Column("anonymous_affiliation", sa.Text),
        sa.Column("anonymous_justification", sa.Text),
        sa.UniqueConstraint("article_id", "local_id"),
    )
    op.create_index("ix_attributions_article_id", "attributions", ["article_id"])
    op.create_index("ix_attributions_parent_id", "attributions", ["parent_id"])
    op.create_index("ix_attributions_actor_id", "attributions", ["actor_id"])
    op.create_table(
        "credits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("agency", sa.Text, nullable=False),
        sa.Column("evidence", sa.String(40)),
        sa.Column("evidence_start", sa.Integer),
        sa.Column("evidence_end", sa.Integer),
        sa.UniqueConstraint("article_id", "agency"),
    )
    op.create_index("ix_credits_article_id", "credits", ["article_id"])
    op.create_index("ix_credits_agency", "credits", ["agency"])
    op.create_table(
        "copy_signatures",
        sa.Column(
            "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "copy_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("other_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("similarity", sa.Float, nullable=False),
        sa.Column("quote", sa.Text),
        sa.UniqueConstraint("article_id", "other_id"),
    )
    op.create_index("ix_copy_links_article_id", "copy_links", ["article_id"])
    op.create_index("ix_copy_links_other_id", "copy_links", ["other_id"])
    op.create_table(
        "copy_clusters",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("method", sa.String(40), nullable=False),
        sa.Column("threshold", sa.Float),
    )
    op.create_table(
        "copy_members",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "cluster_id", sa.Integer, sa.ForeignKey("copy_clusters.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("is_origin", sa.Boolean, nullable=False),
        sa.Column("similarity", sa.Float),
        sa.UniqueConstraint("cluster_id", "article_id"),
    )
    op.create_index("ix_copy_members_article_id", "copy_members", ["article_id"])
    _create_search()


def _create_search() -> None:
    """Full-text search over attribution contents, kept in step with `attributions` by the database."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE attributions ADD COLUMN content_tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', coalesce(content_text, ''))) STORED"
        )
        op.execute("CREATE INDEX ix_attributions_content_tsv ON attributions USING gin (content_tsv)")
        return
    # SQLite: an external-content FTS5 index over attributions.content_text, synced by triggers, so that
    # an attribution and its index entry are written in the same transaction.
    op.execute(
        "CREATE VIRTUAL TABLE attribution_fts USING fts5("
        "content_text, content='attributions', content_rowid='id', tokenize='porter unicode61')"
    )
    op.execute(
        "CREATE TRIGGER attributions_fts_insert AFTER INSERT ON attributions BEGIN "
        "INSERT INTO attribution_fts(rowid, content_text) VALUES (new.id, new.content_text); END"
    )
    op.execute(
        "CREATE TRIGGER attributions_fts_delete AFTER DELETE ON attributions BEGIN "
        "INSERT INTO attribution_fts(attribution_fts, rowid, content_text) "
        "VALUES ('delete', old.id, old.content_text); END"
    )
    op.execute(
        "CREATE TRIGGER attributions_fts_update AFTER UPDATE OF content_text ON attributions BEGIN "
        "INSERT INTO attribution_fts(attribution_fts, rowid, content_text) "
        "VALUES ('delete', old.id, old.content_text); "
        "INSERT INTO attribution_fts(rowid, content_text) VALUES (new.id, new.content_text); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS attributions_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS attribution_fts")
    for table in ("copy_members", "copy_clusters", "copy_links", "copy_signatures", "credits", "attributions",
                  "actor_aliases", "actors", "articles", "ingest_failures", "ingest_runs", "outlets"):
        op.drop_table(table)
