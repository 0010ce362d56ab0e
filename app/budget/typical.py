"""National average spending per person, shown beside a few budget lines for comparison only.

Source: 国家统计局《2025年居民收入和消费支出情况》(2026-01-19), 全国居民人均消费支出 by category,
yuan per person per year, as compiled in /work/shared/reference/spending-cn.md §1.1 (grade A: two
independent copies agree and the eight categories sum exactly to the total). Only categories that
map cleanly onto a budget line are used: 居住 is left out because whether it includes imputed rent
on owned homes is unverified, and 教育文化娱乐 holds far more than children's schooling. Provincial
figures are mostly single-source and the case records no province, so none are used.

These are means over all residents, children and the elderly included: guidance, never a cap,
a floor or a test of the user's figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.case import Spending

SOURCE = "国家统计局《2025年居民收入和消费支出情况》"
SOURCE_URL = "https://www.stats.gov.cn/sj/zxfb/202601/t20260119_1962321.html"
YEAR = 2025

YUAN_PER_PERSON_YEAR = {          # category of the NBS release in the comment
    Spending.FOOD: 8631,          # 食品烟酒
    Spending.TRANSPORT: 4306,     # 交通通信
    Spending.MEDICAL: 2573,       # 医疗保健
}


@dataclass(frozen=True)
class Typical:
    per_person_fen: int           # a month, rounded to the whole yuan
    household_fen: int            # per_person × household size, a month, rounded to the whole yuan
    household_size: int


def typical(category: Spending, household_size: int) -> Typical | None:
    """The monthly national average for `category`, per person and for the household, or None."""
    yearly = YUAN_PER_PERSON_YEAR.get(category)
    if yearly is None:
        return None
    size = max(1, household_size)
    return Typical(_monthly_fen(yearly, 1), _monthly_fen(yearly, size), size)


def _monthly_fen(yuan_per_year: int, people: int) -> int:
    """Yearly yuan × people ÷ 12, rounded half up to the whole yuan, in fen."""
    return (yuan_per_year * people * 2 + 12) // 24 * 100
