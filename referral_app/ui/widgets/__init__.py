"""Widgets and helpers several screens share: dialogs, forms, type-ahead, paging, the worker."""
