"""The incident editor: the form, templates, drafts, follow-up notes and revision history."""
