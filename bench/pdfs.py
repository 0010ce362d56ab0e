"""PDF rendering benchmark (issue 5 "Speed", issue 7 memory): the floor, one letter, the print-all pack.

Run from the repository root: `.venv/bin/python bench/pdfs.py [--runs N] [--pack-runs N]` or
`.venv/bin/python bench/pdfs.py --memory`. Everything runs in one process through the app's own
rendering path (app.documents.documents_for, then app.letters.render.to_pdf, as the /letters
routes call them), after one warm-up render of each document, so the figures are what a warm
worker spends on a request. Targets (issue 5): the letter <= 6x the floor, the pack <= 5.5x the
letter, the letter <= 450 KB; ratios are judged on CPU time, wall-clock figures are printed
beside them. Memory (issue 7): peak RSS after 1,000 letters grows by less than 10 % over the
peak after the first 100. Exit status 1 when a target is missed. Figures: docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere, without installing the app

from flask import render_template_string  # noqa: E402

from app import create_app, documents  # noqa: E402
from app.core.case import (  # noqa: E402
    Applicant,
    Budget,
    Case,
    Channel,
    Collector,
    CollectorKind,
    Debt,
    Hardship,
    HardshipReason,
    Incident,
    Party,
    PlanChoices,
)
from app.letters import render  # noqa: E402
from app.letters.pdf import html_to_pdf  # noqa: E402
from bench.pdf_floor import DOCUMENT as FLOOR_DOCUMENT  # noqa: E402

TODAY = date(2026, 11, 29)
MONTHS = 60
LETTER_LIMIT_RATIO = 6.0      # (b) / (a)
PACK_LIMIT_RATIO = 5.5        # (c) / (b)
LETTER_LIMIT_BYTES = 450 * 1024
MEMORY_GROWTH_LIMIT = 10.0    # percent, peak RSS after 1,000 letters over the peak after 100

# (issuer, tail, owed in fen): five cards whose pro-rata shares each run exactly 60 months.
CARDS = (("cmb", "1234", 12_000_000), ("icbc", "5678", 9_000_000), ("ccb", "2468", 6_000_000),
         ("boc", "1357", 4_800_000), ("abc", "9753", 3_600_000))
STORY = ("2025年2月公司裁员，本人失去了工作，此后只能打零工维持生活。同年6月母亲住院做手术，"
         "医疗费用大部分由本人承担，家庭收入大幅下降，无法再按原合同按时足额还款。"
         "本人并非恶意拖欠，希望在能力范围内分期还清本金。")


def bench_case() -> Case:
    """A realistic debtor: five overdue cards, a budget, a 60-month plan and collection incidents."""
    debts = tuple(
        Debt(id=f"d{n}", issuer=issuer, tail=tail, owed_fen=owed, principal_fen=owed * 9 // 10,
             limit_fen=owed, first_missed_on=date(2025, 3, n), last_payment_on=date(2025, 2, n),
             last_payment_fen=200_000, collector=Collector.AGENCY if n % 2 else Collector.BANK,
             collector_name="某某资产管理有限公司" if n % 2 else "")
        for n, (issuer, tail, owed) in enumerate(CARDS, start=1))
    monthly = sum(owed for _, _, owed in CARDS) // MONTHS
    budget = Budget(
        income_fen={"wages": 650_000, "family_help": 100_000},
        spending_fen={"housing": 150_000, "food": 120_000, "medical": 50_000, "education": 40_000},
        household_size=3, dependants=1,
        hardships=(Hardship(HardshipReason.JOB_LOSS, date(2025, 2, 1)),
                   Hardship(HardshipReason.ILLNESS, date(2025, 6, 1))),
        story=STORY, documents=("unemployment", "medical", "income"))
    incidents = (
        Incident(id="i1", occurred_at=datetime(2026, 3, 5, 23, 10), channel=Channel.CALL_ANSWERED,
                 collector_kind=CollectorKind.AGENCY, collector_name="某某资产管理有限公司",
                 caller_name="王经理", caller_number="02158889999", debt_id="d1"),
        Incident(id="i2", occurred_at=datetime(2026, 3, 9, 10, 0), channel=Channel.CALL_ANSWERED,
                 collector_kind=CollectorKind.AGENCY, collector_name="某某资产管理有限公司",
                 debt_id="d1", contacted=Party.EMPLOYER, facts=("told_third_party_about_debt",),
                 details="对方打电话到我单位，告诉同事我欠钱不还。"),
    )
    return Case(debts=debts, budget=budget, incidents=incidents,
                plan=PlanChoices(monthly_offer_fen=monthly, start_on=date(2027, 1, 1)),
                applicant=Applicant(name="张三", phone="13800001234", id_number="110101199001011237",
                                    address="北京市朝阳区某某路1号院2号楼301室"))


@dataclass(frozen=True)
class Figures:
    name: str
    times_ms: list[float]     # wall clock: what the user waits
    cpu_ms: list[float]       # this process's CPU time: steadier when other work shares the machine
    size: int

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu_ms)


def measure(name: str, render_once: Callable[[], bytes], runs: int) -> Figures:
    """One warm-up render, then `runs` timed ones (ms); the size is the last PDF's."""
    pdf = render_once()
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        pdf = render_once()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return Figures(name, times, cpu, len(pdf))


def make_app():
    """The real app on a throwaway SQLite file (no rows are written: the case is passed in directly)."""
    db = Path(tempfile.mkdtemp(prefix="bench-pdfs-")) / "bench.sqlite"
    return create_app({"TESTING": True, "SECRET_KEY": "bench", "DATABASE_URL": f"sqlite:///{db}",
                       "FIXED_TODAY": TODAY.isoformat()})


def renderers(case: Case) -> dict[str, Callable[[], bytes]]:
    """What the routes do per request: build the case's documents, then render them to PDF.

    (a) the floor page; (b) /letters/request-d1.pdf; (c) /letters/all.pdf. Call inside a request context.
    """
    floor_html = render_template_string(FLOOR_DOCUMENT)
    static = ROOT / "static"

    def letter() -> bytes:
        doc = documents.documents_for(case, TODAY)[0]
        return render.to_pdf([doc], doc.title)

    def pack() -> bytes:
        return render.to_pdf(documents.documents_for(case, TODAY), "文书")

    return {"floor": lambda: html_to_pdf(floor_html, static_dir=static), "letter": letter, "pack": pack}


def check_case(case: Case) -> list[str]:
    """The pack's document keys; stops the benchmark if the letter is not the 60-month one it claims."""
    docs = documents.documents_for(case, TODAY)
    months = len(docs[0].context["letter"].schedule)
    if months != MONTHS:
        sys.exit(f"bench case is wrong: the first letter has {months} installments, not {MONTHS}")
    return [doc.key for doc in docs]


def report(floor: Figures, letter: Figures, pack: Figures) -> bool:
    """Print each render's figures and the targets; True when all are met.

    Ratios are judged on CPU time: on a shared machine the wall clock also counts the time this
    process waited for a CPU, which says more about the neighbours than about the letters. On an
    idle machine the two agree (docs/performance.md).
    """
    print(f"{'':7} {'median':>7} {'min':>7} {'max':>7} {'x floor':>7} | {'cpu med':>7} {'x floor':>7} | "
          f"{'size':>8}  runs")
    for f in (floor, letter, pack):
        cpu_ratio = f.cpu_median / floor.cpu_median
        print(f"{f.name:7} {f.median:7.1f} {min(f.times_ms):7.1f} {max(f.times_ms):7.1f} "
              f"{f.median / floor.median:7.2f} | {f.cpu_median:7.1f} {cpu_ratio:7.2f} | "
              f"{f.size / 1024:6.1f}KB  {len(f.times_ms)}")
    met = True
    for label, wall, cpu, limit in (
        ("letter <= 6x floor", letter.median / floor.median, letter.cpu_median / floor.cpu_median,
         LETTER_LIMIT_RATIO),
        ("pack <= 5.5x letter", pack.median / letter.median, pack.cpu_median / letter.cpu_median,
         PACK_LIMIT_RATIO),
    ):
        met &= cpu <= limit
        print(f"{label:20} cpu {cpu:5.2f} {_verdict(cpu, limit):6}  (wall {wall:5.2f})")
    size_kb = letter.size / 1024
    met &= letter.size <= LETTER_LIMIT_BYTES
    print(f"{'letter <= 450 KB':20} {size_kb:.1f} KB {_verdict(size_kb, LETTER_LIMIT_BYTES / 1024)}")
    return met


def _verdict(value: float, limit: float) -> str:
    return "ok" if value <= limit else "MISSED"


def warn_if_busy() -> None:
    """Say so when other work competes for the CPUs: the figures are then noisier and inflated."""
    load, cpus = os.getloadavg()[0], os.cpu_count() or 1
    if load > cpus / 2:
        print(f"note: load average {load:.1f} on {cpus} CPUs; other work shares the machine, "
              "so expect noisier, higher figures (the letter more than the floor)")


def speed(runs: int, pack_runs: int) -> bool:
    app = make_app()
    case = bench_case()
    warn_if_busy()
    with app.test_request_context():
        print("pack:", ", ".join(check_case(case)))
        render_once = renderers(case)
        floor = measure("floor", render_once["floor"], runs)
        letter = measure("letter", render_once["letter"], runs)
        pack = measure("pack", render_once["pack"], pack_runs)
    print("times in ms after one warm-up render each; wall clock, and this process's CPU time")
    return report(floor, letter, pack)


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory(letters: int) -> bool:
    """Render `letters` request letters in-process; peak RSS after the first 100 and after all."""
    app = make_app()
    case = bench_case()
    with app.test_request_context():
        letter = renderers(case)["letter"]
        for _ in range(100):
            letter()
        first = peak_rss_mb()
        for _ in range(letters - 100):
            letter()
        last = peak_rss_mb()
    growth = (last - first) / first * 100
    verdict = "ok" if growth < MEMORY_GROWTH_LIMIT else "MISSED"
    print(f"peak RSS after 100 letters: {first:.1f} MB; after {letters}: {last:.1f} MB; "
          f"growth {growth:.1f} % (< {MEMORY_GROWTH_LIMIT:.0f} %: {verdict})")
    return growth < MEMORY_GROWTH_LIMIT


def main() -> int:
    """Exit status 0 when every target is met, 1 otherwise (bench/run.py reports it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed renders of the floor and the letter")
    parser.add_argument("--pack-runs", type=int, default=10, help="timed renders of the print-all pack")
    parser.add_argument("--memory", action="store_true", help="render 1,000 letters and report peak RSS")
    parser.add_argument("--letters", type=int, default=1000, help="letters rendered with --memory")
    args = parser.parse_args()
    if args.memory:
        met = memory(max(args.letters, 200))
    else:
        met = speed(max(args.runs, 10), max(args.pack_runs, 5))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
