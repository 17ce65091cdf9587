"""The ctiwire code generator: spec/ (YAML) -> generated/ (Python) and docs/ (Markdown)."""
