"""Chat exports (WhatsApp, Telegram, Instagram, Facebook Messenger) as evidence."""
