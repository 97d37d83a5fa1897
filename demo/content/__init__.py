"""Demo content, one module per area. Every loader is idempotent and deterministic:
running `load_demo_content` twice gives the same site."""
