"""Routing suggestions and chosen referrals, shared by the front desk and the queue."""
