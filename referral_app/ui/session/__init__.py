"""Signing in, locking the screen when the desk is left idle."""
