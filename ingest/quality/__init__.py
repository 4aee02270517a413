"""The data-quality report (``vagledning data-report``): coverage, consistency, freshness and link
health of the ingested sources, with one section per data owner (issue 14)."""
from ingest.quality.report import build_report

__all__ = ["build_report"]
