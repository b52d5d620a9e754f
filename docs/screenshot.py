"""Take the README's screenshot of the seeds' HTML report (docs/seeds-report.png).

Renders ``reconcile check seeds --format html`` to a temporary file, opens it in
headless Chromium (tests/browser.py), selects the quote conflict, opens the second
article's version of the quote, and saves the window. When Debian's ``pngquant`` is
installed the PNG is quantised (to a third of the size). ``make screenshot`` runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import browser  # noqa: E402

from reconcile.pipeline import reconcile  # noqa: E402
from reconcile.report import html as html_report  # noqa: E402


def main(out: Path = ROOT / "docs" / "seeds-report.png") -> None:
    why = browser.unavailable()
    if why:
        raise SystemExit(f"no browser: {why}")
    os.chdir(ROOT)  # so the page names the files as seeds/...
    page = html_report.render(reconcile([Path("seeds")]))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "seeds.html"
        path.write_text(page, encoding="utf-8")
        d = browser.chromium(1200, 900)
        try:
            d.get(path.as_uri())
            d.find_element("css selector", '#findings li.f[data-st="conflict"] .fbtn').click()
            d.execute_script("""
                var s = document.querySelector('#cols .col[data-s="1"] .k.sel');
                if (s) s.click();
                document.getElementById('detail').scrollTop = 0;
                window.scrollTo(0, 0);""")
            d.save_screenshot(str(out))
        finally:
            browser.quit(d)
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--quality", "70-95", "--strip",
                        "--output", str(out), str(out)], check=False)
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
