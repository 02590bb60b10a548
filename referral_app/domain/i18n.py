"""Markers for translatable text in layers that do not use Qt.

``pyside6-lupdate`` finds ``QT_TRANSLATE_NOOP("context", "text")`` calls by
their name, so this no-op stand-in lets the domain mark messages for
translation without importing Qt. The UI and the CLI translate them.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name
    return text
