"""One module per page kind, on the shared ``base``."""
