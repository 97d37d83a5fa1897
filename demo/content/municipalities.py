from pathlib import Path

from municipalities.services import import_municipalities

DEMO_MUNICIPALITIES_CSV = Path(__file__).resolve().parents[2] / "municipalities" / "data" / "demo_municipalities.csv"


def load():
    report = import_municipalities(DEMO_MUNICIPALITIES_CSV.read_text(encoding="utf-8-sig"))
    if report.errors:
        raise ValueError("; ".join(str(error) for error in report.errors))
    return report
