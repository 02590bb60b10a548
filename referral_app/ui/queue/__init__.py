"""The coordinators' referral queue: filters, the paged table, the detail pane, actions."""
