"""Domain core: documents, the person's profile and personal-data redaction (no I/O at import)."""
