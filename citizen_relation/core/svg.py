"""Small SVG charts for printed reports (wkhtmltopdf draws inline SVG; no JavaScript there).

Labels are escaped here; values are numbers (``None`` draws nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape


def bars(
	values: Sequence[float | None],
	labels: Sequence[str],
	*,
	width: int = 520,
	height: int = 120,
	color: str = "#000091",
	highlight: int | None = None,
	highlight_color: str = "#E1000F",
	value_format: str = "{:g}",
) -> str:
	"""A bar chart with the value above each bar and the label below; ``highlight``: the index of
	a bar drawn in ``highlight_color`` (the month of the report)."""
	count = max(1, len(values))
	top, bottom = 14, 16
	plot = height - top - bottom
	step = width / count
	bar = step * 0.7
	known = [v for v in values if v is not None]
	peak = max(known) if known and max(known) > 0 else 1
	parts = [
		f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
		f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="9">'
	]
	for i, (value, label) in enumerate(zip(values, labels)):
		x = i * step + (step - bar) / 2
		if value is not None:
			h = plot * (value / peak) if value > 0 else 0
			fill = highlight_color if i == highlight else color
			parts.append(f'<rect x="{x:.1f}" y="{top + plot - h:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{fill}"/>')
			parts.append(
				f'<text x="{x + bar / 2:.1f}" y="{top + plot - h - 3:.1f}" text-anchor="middle">'
				f"{escape(value_format.format(value))}</text>"
			)
		parts.append(
			f'<text x="{x + bar / 2:.1f}" y="{height - 4}" text-anchor="middle" fill="#555">{escape(str(label))}</text>'
		)
	parts.append("</svg>")
	return "".join(parts)
