"""callqa: automatic quality assurance for Mandarin call-center recordings."""
__version__ = "0.1.0"
