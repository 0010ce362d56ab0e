"""PDF rendering benchmark (issue 11 "Speed", issue 7 memory): the floor, one letter, the print-all pack.

Run from the repository root:

    .venv/bin/python bench/pdfs.py [--rounds N]     # speed: floor, letter and pack, interleaved
    .venv/bin/python bench/pdfs.py --memory         # peak RSS after 100 and after 1,000 letters

Targets (issue 11), all in this one process:
  (a) the floor: one A4 page of plain HTML holding one Chinese sentence, no app CSS, rendered by
      WeasyPrint with one FontConfiguration shared by all its renders (bench/pdf_floor.py). The
      app's WeasyPrint patches (app/letters/pdf.py) apply to letter renders only, so the floor is
      WeasyPrint as released whatever the app changes;
  (b) the request letter for a 60-installment plan (body + schedule annex + debts annex, whatever
      the letter holds when this runs): (b) <= 5 x (a);
  (c) print-all for 5 creditors: (c) <= 5 x (b);
  every request letter <= 300 KB.
The letter and the pack are built by the app's real code path, as /letters/request-d1.pdf and
/letters/all.pdf build them (app.documents.documents_for, then app.letters.render.to_pdf), from a
fixed case (bench_case: five overdue cards whose shares each run exactly 60 months), so the
figures follow whatever the letters become. One warm-up render of each, then N rounds (default
15), each round rendering (a), (b) and (c) once in turn, so a change in machine load hits all
three alike. Medians of each, ratios of the medians; judged on this process's CPU time (on a
shared machine the wall clock also counts waiting for a CPU), wall-clock figures printed beside.
Exit status 1 when a target is missed. Figures and how they were taken: docs/performance.md.
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
from app.letters.providers import case_plan  # noqa: E402
from bench.pdf_floor import floor_renderer  # noqa: E402

TODAY = date(2026, 11, 29)
MONTHS = 60
LETTER_LIMIT_RATIO = 5.0      # (b) / (a)
PACK_LIMIT_RATIO = 5.0        # (c) / (b)
LETTER_LIMIT_BYTES = 300 * 1024
LETTER_KEY = "request-d1"
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


def timed(render_once: Callable[[], bytes]) -> tuple[float, float, int]:
    """One render: (wall ms, this process's CPU ms, PDF bytes)."""
    start, start_cpu = time.perf_counter(), time.process_time()
    pdf = render_once()
    return (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000, len(pdf)


def interleaved(render: dict[str, Callable[[], bytes]], rounds: int) -> list[Figures]:
    """One warm-up render each, then `rounds` rounds rendering each once in turn."""
    for render_once in render.values():
        render_once()
    times: dict[str, list[tuple[float, float, int]]] = {name: [] for name in render}
    for _ in range(rounds):
        for name, render_once in render.items():
            times[name].append(timed(render_once))
    return [Figures(name, [t[0] for t in runs], [t[1] for t in runs], runs[-1][2])
            for name, runs in times.items()]


def make_app():
    """The real app on a throwaway SQLite file (no rows are written: the case is passed in directly)."""
    db = Path(tempfile.mkdtemp(prefix="bench-pdfs-")) / "bench.sqlite"
    return create_app({"TESTING": True, "SECRET_KEY": "bench", "DATABASE_URL": f"sqlite:///{db}",
                       "FIXED_TODAY": TODAY.isoformat()})


def renderers(case: Case) -> dict[str, Callable[[], bytes]]:
    """(a) the floor page; (b) /letters/request-d1.pdf; (c) /letters/all.pdf. Call inside a request context.

    (b) and (c) do what the routes do per request: build the case's documents, then render.
    """
    def letter() -> bytes:
        doc = next(doc for doc in documents.documents_for(case, TODAY) if doc.key == LETTER_KEY)
        return render.to_pdf([doc], doc.title)

    def pack() -> bytes:
        return render.to_pdf(documents.documents_for(case, TODAY), "文书")

    return {"floor": floor_renderer(), "letter": letter, "pack": pack}


def check_case(case: Case) -> list[str]:
    """The pack's document keys; stops the benchmark unless it is five 60-month request letters and more."""
    plan = case_plan(case, TODAY)
    months = [creditor.months for creditor in plan.creditors]
    if months != [MONTHS] * len(CARDS):
        sys.exit(f"bench case is wrong: the plans run {months} months, not {MONTHS} each")
    keys = [doc.key for doc in documents.documents_for(case, TODAY)]
    requests = [key for key in keys if key.startswith("request-")]
    if len(requests) != len(CARDS) or LETTER_KEY not in requests:
        sys.exit(f"bench case is wrong: request letters {requests}, expected {len(CARDS)} with {LETTER_KEY}")
    return keys


def letter_sizes(case: Case) -> dict[str, int]:
    """The size in bytes of each creditor's request letter PDF."""
    docs = [doc for doc in documents.documents_for(case, TODAY) if doc.key.startswith("request-")]
    return {doc.key: len(render.to_pdf([doc], doc.title)) for doc in docs}


def report(floor: Figures, letter: Figures, pack: Figures, sizes: dict[str, int]) -> bool:
    """Print each render's figures and the targets; True when all are met."""
    print(f"{'':7} {'median':>7} {'min':>7} {'max':>7} {'x floor':>7} | {'cpu med':>7} {'x floor':>7} | "
          f"{'size':>8}  rounds")
    for f in (floor, letter, pack):
        cpu_ratio = f.cpu_median / floor.cpu_median
        print(f"{f.name:7} {f.median:7.1f} {min(f.times_ms):7.1f} {max(f.times_ms):7.1f} "
              f"{f.median / floor.median:7.2f} | {f.cpu_median:7.1f} {cpu_ratio:7.2f} | "
              f"{f.size / 1024:6.1f}KB  {len(f.times_ms)}")
    met = True
    for label, wall, cpu, limit in (
        (f"letter <= {LETTER_LIMIT_RATIO:g}x floor", letter.median / floor.median,
         letter.cpu_median / floor.cpu_median, LETTER_LIMIT_RATIO),
        (f"pack <= {PACK_LIMIT_RATIO:g}x letter", pack.median / letter.median,
         pack.cpu_median / letter.cpu_median, PACK_LIMIT_RATIO),
    ):
        met &= cpu <= limit
        print(f"{label:22} cpu {cpu:5.2f} {_verdict(cpu, limit):6}  (wall {wall:5.2f})")
    limit_kb = LETTER_LIMIT_BYTES / 1024
    for key, size in sizes.items():
        met &= size <= LETTER_LIMIT_BYTES
        print(f"{key + f' <= {limit_kb:g} KB':22} {size / 1024:6.1f} KB {_verdict(size / 1024, limit_kb)}")
    return met


def _verdict(value: float, limit: float) -> str:
    return "ok" if value <= limit else "MISSED"


def warn_if_busy() -> None:
    """Say so when other work competes for the CPUs: the figures are then noisier and inflated."""
    load, cpus = os.getloadavg()[0], os.cpu_count() or 1
    if load > cpus / 2:
        print(f"note: load average {load:.1f} on {cpus} CPUs; other work shares the machine, "
              "so expect noisier, higher figures (the letter more than the floor)")


def speed(rounds: int) -> bool:
    app = make_app()
    case = bench_case()
    warn_if_busy()
    with app.test_request_context():
        print("pack:", ", ".join(check_case(case)))
        floor, letter, pack = interleaved(renderers(case), rounds)
        sizes = letter_sizes(case)
    print(f"times in ms after one warm-up render each, {rounds} interleaved rounds; wall clock, "
          "and this process's CPU time")
    return report(floor, letter, pack, sizes)


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
    parser.add_argument("--rounds", type=int, default=15, help="interleaved rounds of floor, letter and pack")
    parser.add_argument("--memory", action="store_true", help="render 1,000 letters and report peak RSS")
    parser.add_argument("--letters", type=int, default=1000, help="letters rendered with --memory")
    args = parser.parse_args()
    if args.memory:
        met = memory(max(args.letters, 200))
    else:
        met = speed(max(args.rounds, 5))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
