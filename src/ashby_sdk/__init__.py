"""ashby-sdk: the Python client for the Ashby ATS API."""

__version__ = "0.1.0"
