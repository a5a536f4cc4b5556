"""The desktop view of imported chats: importing one, and reading conversations (read-only)."""
