"""Indstillinger: this desk's own settings in a dialog."""
