# Makes the repository root importable for the framework-free tests (`python -m pytest tests`).
