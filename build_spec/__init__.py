"""Build tooling: the PyInstaller bundle (`python -m build_spec`), icons, fonts, translations."""
