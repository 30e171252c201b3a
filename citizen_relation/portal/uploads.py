"""Photos sent with a report or a reply: checked, cleaned, stored as private Frappe Files.

What the browser says a file is counts for nothing: the bytes are opened with Pillow, and only a
JPEG, PNG or WebP image within the size limits is kept. The stored copy is re-encoded from the
pixels (turned upright first), so that no EXIF block — GPS position, camera serial, date —
survives; a thumbnail is stored beside it. Both are private files attached to the request:
agents see them in the desk, the citizen through their tracking link.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import frappe
from frappe import _
from PIL import Image, ImageOps, UnidentifiedImageError

from citizen_relation.portal.settings import setting

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
ACCEPT_ATTRIBUTE = "image/jpeg,image/png,image/webp"
MAX_PIXELS = 40_000_000  # decompression bombs
MAX_SIDE = 2560  # stored copies are scaled down to this
THUMB_SIDE = 320


@dataclass
class CleanPhoto:
	filename: str
	content: bytes
	thumbnail: bytes


def limits() -> tuple[int, int]:
	"""(photos allowed, largest size in bytes)."""
	return int(setting("max_photos", 3)), int(setting("max_photo_size_mb", 8)) * 1024 * 1024


def uploaded_files(field: str = "photos") -> list:
	"""The files of a multipart form field (empty file inputs left out)."""
	request = getattr(frappe, "request", None)
	if not request or not getattr(request, "files", None):
		return []
	return [f for f in request.files.getlist(field) if f and f.filename]


def check_photos(files: list[tuple[str, bytes]]) -> tuple[list[CleanPhoto], str | None]:
	"""Cleaned photos, or the translated error of the first refused one."""
	count, max_bytes = limits()
	if len(files) > count:
		return [], _("You may attach at most {0} photos").format(count)
	photos = []
	for index, (name, content) in enumerate(files, start=1):
		display = frappe.utils.escape_html((name or "")[:80])
		if len(content) > max_bytes:
			return [], _("The photo {0} is too large: at most {1} MB").format(display, max_bytes // (1024 * 1024))
		try:
			photos.append(clean_photo(content, index))
		except PhotoRefused as error:
			return [], _("The photo {0} cannot be used: {1}").format(display, error.reason)
	return photos, None


class PhotoRefused(Exception):
	def __init__(self, reason: str):
		super().__init__(reason)
		self.reason = reason


def clean_photo(content: bytes, index: int = 1) -> CleanPhoto:
	"""A photo re-encoded from its pixels (no metadata), upright, at most MAX_SIDE wide or high."""
	try:
		with Image.open(io.BytesIO(content)) as probe:
			fmt = probe.format
			width, height = probe.size
		if fmt not in ACCEPTED_FORMATS:
			raise PhotoRefused(_("only JPEG, PNG and WebP images are accepted"))
		if width * height > MAX_PIXELS:
			raise PhotoRefused(_("the image has too many pixels"))
		with Image.open(io.BytesIO(content)) as image:
			image.load()
			upright = ImageOps.exif_transpose(image)
	except PhotoRefused:
		raise
	except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError):
		raise PhotoRefused(_("it is not a readable image")) from None
	if upright.mode not in ("RGB", "RGBA", "L"):
		upright = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
	upright.thumbnail((MAX_SIDE, MAX_SIDE))
	extension = ACCEPTED_FORMATS[fmt]
	stored = _encode(upright, fmt)
	thumb = upright.copy()
	thumb.thumbnail((THUMB_SIDE, THUMB_SIDE))
	return CleanPhoto(filename=f"photo-{index}.{extension}", content=stored, thumbnail=_encode(thumb, fmt))


def _encode(image: Image.Image, fmt: str) -> bytes:
	out = io.BytesIO()
	if fmt == "JPEG":
		image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
	elif fmt == "PNG":
		image.save(out, "PNG", optimize=True)
	else:
		image.save(out, "WEBP", quality=85)
	return out.getvalue()


def attach_photos(doctype: str, name: str, photos: list[CleanPhoto], prefix: str = "") -> list[str]:
	"""Store the photos as private files of the document; returns the File names."""
	names = []
	for photo in photos:
		filename = f"{name}-{prefix}{photo.filename}"
		thumb = _save(doctype, name, f"thumb-{filename}", photo.thumbnail)
		main = _save(doctype, name, filename, photo.content)
		frappe.db.set_value("File", main.name, "thumbnail_url", thumb.file_url, update_modified=False)
		names.append(main.name)
	return names


def _save(doctype: str, name: str, filename: str, content: bytes):
	doc = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": filename,
			"content": content,
			"attached_to_doctype": doctype,
			"attached_to_name": name,
			"is_private": 1,
		}
	)
	doc.flags.ignore_permissions = True
	doc.insert()
	return doc


def read_files(form_files: list) -> list[tuple[str, bytes]]:
	"""(name, bytes) of uploaded werkzeug files, reading at most one byte past the size limit."""
	_count, max_bytes = limits()
	return [(f.filename, f.stream.read(max_bytes + 1)) for f in form_files]
