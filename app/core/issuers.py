"""The card issuers and lenders a debtor can pick from: data, in the three UI languages.

Letters always use `name_zh`; the UI shows the name for the active language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Issuer:
    code: str
    name_zh: str        # Simplified Chinese: letters and the zh_Hans_CN UI
    name_hant: str      # Traditional Chinese UI
    name_en: str
    lender: bool = False    # 网贷/消费金融 rather than a card-issuing bank


OTHER = "other"

ISSUERS: tuple[Issuer, ...] = (
    Issuer("icbc", "中国工商银行", "中國工商銀行", "ICBC (Industrial and Commercial Bank of China)"),
    Issuer("abc", "中国农业银行", "中國農業銀行", "Agricultural Bank of China"),
    Issuer("boc", "中国银行", "中國銀行", "Bank of China"),
    Issuer("ccb", "中国建设银行", "中國建設銀行", "China Construction Bank"),
    Issuer("bocom", "交通银行", "交通銀行", "Bank of Communications"),
    Issuer("psbc", "中国邮政储蓄银行", "中國郵政儲蓄銀行", "Postal Savings Bank of China"),
    Issuer("cmb", "招商银行", "招商銀行", "China Merchants Bank"),
    Issuer("citic", "中信银行", "中信銀行", "China CITIC Bank"),
    Issuer("spdb", "浦发银行", "浦發銀行", "Shanghai Pudong Development Bank"),
    Issuer("cmbc", "民生银行", "民生銀行", "China Minsheng Bank"),
    Issuer("ceb", "光大银行", "光大銀行", "China Everbright Bank"),
    Issuer("hxb", "华夏银行", "華夏銀行", "Hua Xia Bank"),
    Issuer("cgb", "广发银行", "廣發銀行", "China Guangfa Bank"),
    Issuer("pab", "平安银行", "平安銀行", "Ping An Bank"),
    Issuer("cib", "兴业银行", "興業銀行", "Industrial Bank"),
    Issuer("czb", "浙商银行", "浙商銀行", "China Zheshang Bank"),
    Issuer("cbhb", "渤海银行", "渤海銀行", "China Bohai Bank"),
    Issuer("egb", "恒丰银行", "恆豐銀行", "Evergrowing Bank"),
    Issuer("bob", "北京银行", "北京銀行", "Bank of Beijing"),
    Issuer("bosc", "上海银行", "上海銀行", "Bank of Shanghai"),
    Issuer("njcb", "南京银行", "南京銀行", "Bank of Nanjing"),
    Issuer("nbcb", "宁波银行", "寧波銀行", "Bank of Ningbo"),
    Issuer("jsb", "江苏银行", "江蘇銀行", "Bank of Jiangsu"),
    Issuer("hzb", "杭州银行", "杭州銀行", "Bank of Hangzhou"),
    Issuer("mybank_huabei", "花呗/借呗（蚂蚁消费金融）", "花唄/借唄（螞蟻消費金融）",
           "Huabei/Jiebei (Ant Consumer Finance)", lender=True),
    Issuer("jd_finance", "京东金融（白条/金条）", "京東金融（白條/金條）", "JD Finance (Baitiao/Jintiao)",
           lender=True),
    Issuer("weilidai", "微粒贷（微众银行）", "微粒貸（微眾銀行）", "Weilidai (WeBank)", lender=True),
    Issuer("zhaolian", "招联消费金融", "招聯消費金融", "Zhaolian Consumer Finance", lender=True),
    Issuer("mashang", "马上消费金融", "馬上消費金融", "Mashang Consumer Finance", lender=True),
    Issuer("other_lender", "其他网贷/消费金融", "其他網貸/消費金融",
           "Other online or consumer-finance lender", lender=True),
)

BY_CODE = {i.code: i for i in ISSUERS}


def issuer_name(code: str, other_text: str = "") -> str:
    """The Simplified Chinese name for letters; free text where the user chose "other"."""
    if code in (OTHER, "other_lender") and other_text.strip():
        return other_text.strip()
    issuer = BY_CODE.get(code)
    return issuer.name_zh if issuer else other_text.strip()
