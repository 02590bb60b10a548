"""The reports page: parameters, the worker-built preview, printing and saving."""
