"""Articles by URL: fetch a page safely (``fetch``) and find the article in it (``extract``).

Pure Python with no Django import: the service (``claims/services/ingest.py``) passes the
settings in, so the fetcher can be shared by any outbound reader (evidence snapshots).
"""

from .fetch import FetchError, FetchOptions, Page, check_url, fetch_page

__all__ = ["FetchError", "FetchOptions", "Page", "check_url", "fetch_page"]
