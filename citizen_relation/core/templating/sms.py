"""SMS: GSM-7 alphabet, segment count, and the clean-up of a rendered SMS.

:func:`sms_info` gives the encoding ("GSM-7" or "UCS-2"), the length as the network counts it and
the number of segments (160/153 septets, else 70/67 UTF-16 units).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from citizen_relation.core.i18n import N_
from citizen_relation.core.templating.errors import Message
from citizen_relation.core.text import has_html_tag

GSM7_BASIC = frozenset(
	"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
	"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")
_SMS_PUNCTUATION = str.maketrans(
	{
		"\u2019": "'",
		"\u2018": "'",
		"\u201c": '"',
		"\u201d": '"',
		"\u00ab": '"',
		"\u00bb": '"',
		"\u2013": "-",
		"\u2014": "-",
		"\u2026": "...",
		"\u00a0": " ",
		"\u202f": " ",
		"\u2009": " ",
		"\t": " ",
	}
)


@dataclass(frozen=True)
class SmsInfo:
	encoding: str  # "GSM-7" or "UCS-2"
	length: int  # septets (extension characters count 2) or UTF-16 code units
	segments: int
	non_gsm: tuple[str, ...] = field(default=())


def sms_info(text: str) -> SmsInfo:
	"""Encoding, length and segment count of an SMS: 160/153 GSM-7 septets, else 70/67 UCS-2 units."""
	non_gsm = tuple(dict.fromkeys(c for c in text if c not in GSM7_BASIC and c not in GSM7_EXTENSION))
	if not non_gsm:
		length = sum(2 if c in GSM7_EXTENSION else 1 for c in text)
		single, multi, encoding = 160, 153, "GSM-7"
	else:
		length = len(text.encode("utf-16-le")) // 2
		single, multi, encoding = 70, 67, "UCS-2"
	segments = 0 if length == 0 else 1 if length <= single else math.ceil(length / multi)
	return SmsInfo(encoding, length, segments, non_gsm)


def _sms_text(text: str) -> tuple[str, list[str]]:
	warnings = []
	replaced = sorted({c for c in text if c in "\u2019\u2018\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026"})
	text = text.translate(_SMS_PUNCTUATION)
	if replaced:
		warnings.append(
			Message(N_("Typographic characters replaced to stay in the GSM-7 alphabet: {0}"), " ".join(replaced))
		)
	lines = [line.rstrip() for line in text.strip().split("\n")]
	text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
	text = re.sub(r" {2,}", " ", text)
	if has_html_tag(text):
		warnings.append(Message(N_("The SMS contains HTML tags, which phones show as is.")))
	return text, warnings
