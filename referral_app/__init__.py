"""Fælles Indgang: case referrals for the single entry point at BIBLIOTEK+ Høje Gladsaxe."""

__version__ = "0.1.0"
