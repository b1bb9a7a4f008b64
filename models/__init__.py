"""Model management: the Whisper weights (assembled, never committed) and, later,
the scikit-learn models with their training data, metrics and version."""
