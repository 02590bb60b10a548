"""The resident's page: consents, the consent form, the access report."""
