"""README screenshots of quality measurement, taken with headless Chromium on a site where the
demo is loaded (citizen_relation.demo.load), logged in as the demo's manager (French desk).

    python3 scripts/screenshots_quality.py --url http://mysite.localhost:8000 [--out docs/screenshots]

Needs Playwright's Python package and a Chromium (``--chromium /usr/bin/chromium``); the monthly
report's PDF is turned into an image with ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from pathlib import Path

MANAGER = "claire.fontaine@val-fleuri.example"
PASSWORD = "Demo-Val-Fleuri-2026"
FLAGS = [
	"--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
	"--disable-component-update", "--disable-sync",
]


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--url", required=True, help="the site, e.g. http://mysite.localhost:8000")
	parser.add_argument("--out", default="docs/screenshots")
	parser.add_argument("--chromium", default="/usr/bin/chromium")
	args = parser.parse_args()
	out = Path(args.out)
	out.mkdir(parents=True, exist_ok=True)

	from playwright.sync_api import sync_playwright

	with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
		browser = p.chromium.launch_persistent_context(
			profile, executable_path=args.chromium, headless=True, args=FLAGS, viewport={"width": 1440, "height": 900},
			locale="fr-FR",
		)
		page = browser.new_page()
		page.goto(f"{args.url}/login", wait_until="networkidle")
		page.fill("#login_email", MANAGER)
		page.fill("#login_password", PASSWORD)
		page.click(".btn-login")
		page.wait_for_url("**/app**", timeout=60_000)

		# the workspace's quality section: cards and charts
		page.goto(f"{args.url}/app/citizen-relation", wait_until="networkidle")
		page.wait_for_timeout(6000)
		page.set_viewport_size({"width": 1440, "height": 3200})  # the whole workspace laid out
		page.wait_for_timeout(6000)
		# the quality section, cut out of the whole page (the desk scrolls an inner element)
		top = page.locator("text=Qualité du service").first.bounding_box()["y"] - 16
		for name, offset in (("quality_dashboard.png", 0), ("quality_dashboard_trends.png", 880)):
			page.screenshot(
				path=out / name, clip={"x": 0, "y": top + offset, "width": 1440, "height": 900}
			)
		page.set_viewport_size({"width": 1440, "height": 900})

		# the exportable report
		page.goto(f"{args.url}/app/query-report/Quality Statistics", wait_until="networkidle")
		page.wait_for_timeout(5000)
		page.screenshot(path=out / "quality_statistics_report.png", full_page=False)

		# the survey results
		page.goto(f"{args.url}/app/survey-campaign", wait_until="networkidle")
		page.wait_for_timeout(2000)
		first = page.locator(".list-row .list-subject a").first
		if first.count():
			first.click()
			page.wait_for_timeout(3000)
			page.screenshot(path=out / "survey_campaign.png", full_page=False)

		# the public processing times page, as a guest
		guest = p.chromium.launch(executable_path=args.chromium, headless=True, args=FLAGS).new_page(
			viewport={"width": 1280, "height": 1000}, locale="fr-FR"
		)
		guest.goto(f"{args.url}/transparence", wait_until="networkidle")
		guest.screenshot(path=out / "transparency_page.png", full_page=True)

		# the monthly report's PDF, first pages as images
		report = page.evaluate(
			"() => frappe.xcall('frappe.client.get_list', {doctype: 'Quality Report', fields: ['name'], "
			"order_by: 'month desc', limit_page_length: 1})"
		)
		if report:
			name = report[0]["name"]
			response = page.request.get(
				f"{args.url}/api/method/frappe.utils.print_format.download_pdf",
				params={"doctype": "Quality Report", "name": name, "format": "Monthly Quality Report", "no_letterhead": 1},
				timeout=120_000,
			)
			pdf = out / "monthly_quality_report.pdf"
			pdf.write_bytes(response.body())
			subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", str(pdf), str(out / "monthly_quality_report")], check=True)
			pdf.unlink()
		browser.close()
	print("screenshots written to", out, time.strftime("%H:%M:%S"))


if __name__ == "__main__":
	main()
