"""Live HTTP connectors for the public APIs (JobTech Taxonomy, JobSearch, Susa-navet).

Each client accepts ``http_client=`` so tests inject an ``httpx.Client`` built on
``httpx.MockTransport``; nothing here touches the network at import time.
"""
