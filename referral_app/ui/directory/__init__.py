"""The service directory: search and the service's details."""
