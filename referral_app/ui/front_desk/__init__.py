"""The front desk: anonymous tallies, the inquiry form, the resident picker, today's list."""
