"""Open Referral HSDS 3.0: export the directory as nested JSON or tabular CSV,
and import either form (see ``export``, ``tabular`` and ``importer``)."""
