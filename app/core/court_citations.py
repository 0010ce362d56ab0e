"""Court-stage citations: one row per article of reference/court-stage-zh.md §1–§7 that its §8 items rest on.

Quotations are the reference's 「」 text (its `<br>` as "\\n", its "……" kept). 《民事诉讼法》 rows use the
2023 numbering; 《仲裁法》 has both the 2025 text (in force 2026-03-01) and the 2017 text. Rows tagged
VERIFIED-SECONDARY carry no article number; practice (what courts usually do) is marked `practice`
and never shown as law. `ITEMS` maps every VERIFIED §8 item to its rows; UNVERIFIED items
(ct_wage_percentage, ct_interest_cap_24pct, the arbitration transition) have no entry and no row.
"""

from __future__ import annotations

from datetime import date

from app.core.citation_model import LRB, NPC, Citation, Instrument, Tag

VERIFIED_ON = date(2026, 12, 3)

CL = "Theonefkguy/Chinese-Laws@"


def _row(inst: Instrument, cid: str, article: str, text: str, substance_zh: str, meaning_en: str) -> Citation:
    return Citation(
        id=cid, instrument=inst.title, article=article, text=text, substance_zh=substance_zh,
        meaning_en=meaning_en, issuer=inst.issuer, in_force_on=inst.in_force_on, verified_on=VERIFIED_ON,
        tag=inst.tag, source=inst.source, doc_number=inst.doc_number,
        practice=inst.practice,
    )

# --- Laws and the State Council's fee rules (§0.2) ----------------------------------------------------

_CIVPRO = Instrument(
    "中华人民共和国民事诉讼法", "全国人民代表大会常务委员会", date(2024, 1, 1), Tag.PRIMARY,
    LRB + "诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md = " + NPC + "ff8081818a21dc13018b425303b7086d",
)
_ARB2025 = Instrument(
    "中华人民共和国仲裁法（2025年修订）", "全国人民代表大会常务委员会", date(2026, 3, 1), Tag.PRIMARY,
    NPC + "58d7569a322b4eca9b22feaa4f5d7d4f = "
    + CL + "08eb6c2ab240f20873caa2f555a2a232ae16513c:诉讼与非诉讼程序法/仲裁法(2025-09-12).md",
)
_ARB2017 = Instrument(
    "中华人民共和国仲裁法（2017年修正）", "全国人民代表大会常务委员会", date(2018, 1, 1), Tag.PRIMARY,
    LRB + "诉讼与非诉讼程序法/仲裁法(2017-09-01).md = " + NPC + "2c909fdd678bf17901678bf86e5b0a69",
)
_COURT_FEES = Instrument(
    "诉讼费用交纳办法", "国务院", date(2007, 4, 1), Tag.PRIMARY,
    LRB + "行政法规/诉讼费用交纳办法(2006-12-19).md = " + NPC + "ff8080816f3e98bd016f41e1395a015f",
    doc_number="国务院令第481号",
)
_CIVIL_CONTRACT = Instrument(
    "中华人民共和国民法典", "全国人民代表大会", date(2021, 1, 1), Tag.PRIMARY,
    LRB + "民法典/合同编.md = " + NPC + "ff808081729d1efe01729d50b5c500bf",
)
_CIVIL_FAMILY = Instrument(
    "中华人民共和国民法典", "全国人民代表大会", date(2021, 1, 1), Tag.PRIMARY,
    LRB + "民法典/婚姻家庭编.md = " + NPC + "ff808081729d1efe01729d50b5c500bf",
)
_CRIMINAL = Instrument(
    "中华人民共和国刑法", "全国人民代表大会", None, Tag.PRIMARY,
    LRB + "刑法/刑法.md = " + NPC + "ff808181796a636a0179822a19640c92",
)
_LAWYERS = Instrument(
    "中华人民共和国律师法", "全国人民代表大会常务委员会", None, Tag.PRIMARY,
    LRB + "行政法/律师法(2017-09-01).md = " + NPC + "2c909fdd678bf17901678bf867e80a55",
)

# --- Judicial interpretations (§0.2); in-force dates only where the reference confirms them -----------

_SPC = "最高人民法院"


def _spc(title: str, in_force_on: date | None, path: str, doc_number: str = "", issuer: str = _SPC,
         source: str = LRB) -> Instrument:
    return Instrument(title, issuer, in_force_on, Tag.PRIMARY, source + path, doc_number)


_CIVPRO_INTERP = _spc("最高人民法院关于适用《中华人民共和国民事诉讼法》的解释", date(2022, 4, 10),
                      "司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-02).md")
_ONLINE_LITIGATION = _spc("人民法院在线诉讼规则", date(2021, 8, 1),
                          "司法解释/人民法院在线诉讼规则(2021-06-16).md")
_COURT_POST = _spc("最高人民法院关于以法院专递方式邮寄送达民事诉讼文书的若干规定", date(2005, 1, 1),
                   "司法解释/最高人民法院关于以法院专递方式邮寄送达民事诉讼文书的若干规定(2004-09-17).md")
_INVITED_MEDIATION = _spc("最高人民法院关于人民法院特邀调解的规定", date(2016, 7, 1),
                          "司法解释/最高人民法院关于人民法院特邀调解的规定(2016-06-28).md")
_ONLINE_MEDIATION = _spc("人民法院在线调解规则", date(2022, 1, 1),
                         "司法解释/人民法院在线调解规则(2021-12-30).md")
_ARB_ENFORCEMENT = _spc("最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定", date(2018, 3, 1),
                        "司法解释/最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定(2018-02-22).md")
_PRE_ARBITRATION = _spc(
    "最高人民法院关于仲裁机构“先予仲裁”裁决或者调解书立案、执行等法律适用问题的批复", date(2018, 6, 12),
    "司法解释/最高人民法院关于仲裁机构“先予仲裁”裁决或者调解书立案、执行等法律适用问题的批复(2018-06-05).md",
    source=CL + "89a557d2a4c29b0680454b13e3c81ff93006972c:",
)
_DELAY_INTEREST = _spc(
    "最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释", None,
    "司法解释/最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释(2014-07-07).md",
)
_ENFORCEMENT_INTERP = _spc("最高人民法院关于适用《中华人民共和国民事诉讼法》执行程序若干问题的解释", None,
                           "司法解释/最高人民法院关于适用《民事诉讼法》执行程序若干问题的解释(2020-12-29).md")
_PROPERTY_REPORT = _spc("最高人民法院关于民事执行中财产调查若干问题的规定", None,
                        "司法解释/最高人民法院关于民事执行中财产调查若干问题的规定(2020-12-29).md")
_SEIZURE = _spc("最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定", None,
                "司法解释/最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定(2020-12-29).md")
_SETTLEMENT = _spc("最高人民法院关于执行和解若干问题的规定", None,
                   "司法解释/最高人民法院关于执行和解若干问题的规定(2020-12-29).md")
_REFUSAL = _spc(
    "最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释", date(2024, 12, 1),
    "司法解释/最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释(2024-10-30).md",
    doc_number="法释〔2024〕13号", issuer="最高人民法院、最高人民检察院",
)
_DISHONEST = _spc(
    "最高人民法院关于公布失信被执行人名单信息的若干规定", date(2017, 5, 1),
    "司法解释/最高人民法院关于公布失信被执行人名单信息的若干规定(2017-02-28).md",
    doc_number="法释〔2017〕7号", source=CL + "89a557d2a4c29b0680454b13e3c81ff93006972c:",
)
_HIGH_CONSUMPTION = _spc(
    "最高人民法院关于限制被执行人高消费及有关消费的若干规定", date(2015, 7, 22),
    "司法解释/最高人民法院关于限制被执行人高消费及有关消费的若干规定(2015-07-20).md",
    doc_number="法释〔2015〕17号", source=CL + "2c4bb614c9e07aad1072b93426033840661e104c:",
)
_CASE_INFO = _spc("最高人民法院关于人民法院通过互联网公开审判流程信息的规定", date(2018, 9, 1),
                  "司法解释/最高人民法院关于人民法院通过互联网公开审判流程信息的规定(2018-03-04).md")

# --- VERIFIED-SECONDARY sources: no article number, substance only (§1.4, §4.2, §5, §6) -------------

_CASE_NUMBER_RULES = Instrument(
    "最高人民法院关于人民法院案件案号的若干规定", _SPC, None, Tag.SECONDARY,
    "http://jshslaw.com/20150714/1560.html; https://m.110ask.com/zhishi/1852537004218972867.html",
)


def _practice(what: str, issuer: str, source: str) -> Instrument:
    """A verified record of what courts (or others) do: shown as practice, never as law."""
    return Instrument(what, issuer, None, Tag.SECONDARY, source, practice=True)


_LANXI = "兰溪法院（据兰江导报）"
_LANXI_URL = "http://47.96.164.84/ljdb/pc/content/202204/25/content_225168.html"
_PRACTICE_CASE_NO = _practice("诉前调解案号的公开记录", "人民法院", "code index ids 25748250182, 65797377441")
_PRACTICE_JUDGMENTS = _practice("公开判决书中的履行期限", "人民法院",
                                "code index ids 49449097235, 37913474811, 27756193071")
_PRACTICE_INTEREST = _practice(
    "信用卡纠纷中减少利息、违约金的公开案例", "湖北丹江口市人民法院、北京市第二中级人民法院",
    "http://www.zhenghelvshi.cn/post/699; http://wodefinance.com/Creditcardoverdue/teggyrssvx.html",
)
_PRACTICE_12368 = _practice("12368诉讼服务热线和人民法院在线服务", _LANXI, _LANXI_URL)
_PRACTICE_ZXGK = _practice("中国执行信息公开网", "最高人民法院（据公开报道）",
                           "http://www.chinatrial.net.cn/magazineinfo1166.html")
_PRACTICE_FAKE_NOTICE = _practice("辨别假冒法院通知", _LANXI, _LANXI_URL + "; https://haoka88.com/u8z49r.html")
_PRACTICE_LAWYER_LETTER = _practice("律师函的性质", "公开法律问答",
                                    "https://honghongkeji.cn/post/20913.html; https://m.64365.com/ask/3163179.aspx")


# --- 《民事诉讼法》(2023) (§1–§4) ---------------------------------------------------------------------

_CIVPRO_ROWS = (
    _row(_CIVPRO, "civpro_16", "第十六条",
         "经当事人同意，民事诉讼活动可以通过信息网络平台在线进行。\n"
         "民事诉讼活动通过信息网络平台在线进行的，与线下诉讼活动具有同等法律效力。",
         "网上起诉、开庭等诉讼活动，要经当事人同意才能在线进行。",
         "Online hearings and filings are valid only with the parties' consent."),
    _row(_CIVPRO, "civpro_22_1", "第二十二条第一款",
         "对公民提起的民事诉讼，由被告住所地人民法院管辖；被告住所地与经常居住地不一致的，由经常居住地"
         "人民法院管辖。\n"
         "……",
         "起诉个人，一般由被告住所地（或经常居住地）的法院管辖。",
         "The basic rule: you are sued where you live (or where you have habitually lived for a year, "
         "解释 第四条)."),
    _row(_CIVPRO, "civpro_24", "第二十四条",
         "因合同纠纷提起的诉讼，由被告住所地或者合同履行地人民法院管辖。",
         "合同纠纷由被告住所地或者合同履行地的法院管辖。",
         "For contract debts the bank may also sue where the contract was to be performed."),
    _row(_CIVPRO, "civpro_35", "第三十五条",
         "合同或者其他财产权益纠纷的当事人可以书面协议选择被告住所地、合同履行地、合同签订地、原告住所"
         "地、标的物所在地等与争议有实际联系的地点的人民法院管辖，但不得违反本法对级别管辖和专属管辖的"
         "规定。",
         "合同当事人可以书面约定由原告住所地、合同签订地等有实际联系的地方的法院管辖。",
         "A written jurisdiction clause may choose, among others, the plaintiff's (bank's) domicile or"
         " the place of signing."),
    _row(_CIVPRO, "civpro_68", "第六十八条",
         "当事人对自己提出的主张应当及时提供证据。\n"
         "人民法院根据当事人的主张和案件审理情况，确定当事人应当提供的证据及其期限。当事人在该期限内提"
         "供证据确有困难的，可以向人民法院申请延长期限，人民法院根据当事人的申请适当延长。当事人逾期提"
         "供证据的，人民法院应当责令其说明理由；拒不说明理由或者理由不成立的，人民法院根据不同情形可以"
         "不予采纳该证据，或者采纳该证据但予以训诫、罚款。",
         "法院会定举证期限；逾期交证据可能不被采纳，有困难要在期限内申请延长。",
         "The court sets a deadline for evidence (举证期限); late evidence may be refused. Ask for mor"
         "e time before the deadline if you need it."),
    _row(_CIVPRO, "civpro_85", "第八十五条",
         "期间包括法定期间和人民法院指定的期间。\n"
         "期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。\n"
         "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。\n"
         "期间不包括在途时间，诉讼文书在期满前交邮的，不算过期。",
         "期限从第二天开始算；最后一天是法定节假日的，顺延到节后第一天；期满前交邮的不算过期。",
         "Deadlines: the day of receipt is not counted; if the last day is a public holiday the deadli"
         "ne moves to the next working day; a document posted before the deadline is in time."),
    _row(_CIVPRO, "civpro_86", "第八十六条",
         "当事人因不可抗拒的事由或者其他正当理由耽误期限的，在障碍消除后的十日内，可以申请顺延期限，是"
         "否准许，由人民法院决定。",
         "因不可抗力或其他正当理由耽误期限的，可以在障碍消除后10日内申请顺延。",
         "If you missed a deadline for a valid reason, ask for an extension within 10 days after the o"
         "bstacle ends."),
    _row(_CIVPRO, "civpro_87", "第八十七条",
         "送达诉讼文书必须有送达回证，由受送达人在送达回证上记明收到日期，签名或者盖章。\n"
         "受送达人在送达回证上的签收日期为送达日期。",
         "法院送达诉讼文书要有送达回证，签收日期就是送达日期。",
         "Court papers are served with a receipt (送达回证); the date you sign is the service date."),
    _row(_CIVPRO, "civpro_88_1", "第八十八条第一款",
         "送达诉讼文书，应当直接送交受送达人。受送达人是公民的，本人不在交他的同住成年家属签收；受送达"
         "人是法人或者其他组织的，应当由法人的法定代表人、其他组织的主要负责人或者该法人、组织负责收件"
         "的人签收；受送达人有诉讼代理人的，可以送交其代理人签收；受送达人已向人民法院指定代收人的，送"
         "交代收人签收。\n"
         "……",
         "法院送达诉讼文书，一般直接交给本人，本人不在时交给同住的成年家属签收。",
         "Service is normally by handing the papers to you, or to an adult family member living with y"
         "ou."),
    _row(_CIVPRO, "civpro_89", "第八十九条",
         "受送达人或者他的同住成年家属拒绝接收诉讼文书的，送达人可以邀请有关基层组织或者所在单位的代表"
         "到场，说明情况，在送达回证上记明拒收事由和日期，由送达人、见证人签名或者盖章，把诉讼文书留在"
         "受送达人的住所；也可以把诉讼文书留在受送达人的住所，并采用拍照、录像等方式记录送达过程，即视"
         "为送达。",
         "拒收诉讼文书的，送达人可以把文书留在住所并记录，视为送达；拒收挡不住诉讼。",
         "If you refuse the papers, the server may leave them at your home (with a witness or photos/v"
         "ideo) — refusing does not stop the case."),
    _row(_CIVPRO, "civpro_90", "第九十条",
         "经受送达人同意，人民法院可以采用能够确认其收悉的电子方式送达诉讼文书。通过电子方式送达的判决"
         "书、裁定书、调解书，受送达人提出需要纸质文书的，人民法院应当提供。\n"
         "采用前款方式送达的，以送达信息到达受送达人特定系统的日期为送达日期。",
         "经本人同意，法院可以用短信、电子邮件等电子方式送达，到达系统之日为送达日。",
         "With your consent the court may serve electronically (e.g. SMS/app); service is complete whe"
         "n it reaches your system."),
    _row(_CIVPRO, "civpro_91", "第九十一条",
         "直接送达诉讼文书有困难的，可以委托其他人民法院代为送达，或者邮寄送达。邮寄送达的，以回执上注"
         "明的收件日期为送达日期。",
         "法院也可以邮寄送达，回执上的收件日期为送达日期。",
         "Or the court posts the papers; the date on the postal receipt is the service date."),
    _row(_CIVPRO, "civpro_95", "第九十五条",
         "受送达人下落不明，或者用本节规定的其他方式无法送达的，公告送达。自发出公告之日起，经过三十日"
         "，即视为送达。\n"
         "公告送达，应当在案卷中记明原因和经过。",
         "下落不明或者无法送达的，法院公告送达，公告30日后视为送达。",
         "If you cannot be found, the court serves by public notice; 30 days after the notice you are "
         "treated as served — keep your address and phone up to date so you do not lose a case you ne"
         "ver heard of."),
    _row(_CIVPRO, "civpro_112", "第一百一十二条",
         "人民法院对必须到庭的被告，经两次传票传唤，无正当理由拒不到庭的，可以拘传。",
         "拘传只针对必须到庭的被告，而且要两次传票传唤仍无正当理由拒不到庭。",
         "Only a defendant who must appear can be brought in by force (拘传) — see 民诉法解释 "
         "第一百七十四条: an ordinary card debtor is not such a defendant."),
    _row(_CIVPRO, "civpro_114_1", "第一百一十四条第一款",
         "诉讼参与人或者其他人有下列行为之一的，人民法院可以根据情节轻重予以罚款、拘留；构成犯罪的，依"
         "法追究刑事责任：\n"
         "……\n"
         "（三）隐藏、转移、变卖、毁损已被查封、扣押的财产，或者已被清点并责令其保管的财产，转移已被冻"
         "结的财产的；\n"
         "……\n"
         "（六）拒不履行人民法院已经发生法律效力的判决、裁定的。\n"
         "……",
         "转移已被冻结的财产、拒不履行生效判决等，法院可以罚款、拘留，构成犯罪的追究刑事责任。",
         "Hiding or moving frozen assets, or refusing to obey a final judgment, can bring a fine or de"
         "tention."),
    _row(_CIVPRO, "civpro_118", "第一百一十八条第一、二款",
         "对个人的罚款金额，为人民币十万元以下。对单位的罚款金额，为人民币五万元以上一百万元以下。\n"
         "拘留的期限，为十五日以下。\n"
         "……",
         "对个人罚款最多10万元，拘留最长15日。",
         "Fines for individuals up to ¥100,000; detention up to 15 days."),
    _row(_CIVPRO, "civpro_122", "第一百二十二条",
         "起诉必须符合下列条件：\n"
         "（一）原告是与本案有直接利害关系的公民、法人和其他组织；\n"
         "（二）有明确的被告；\n"
         "（三）有具体的诉讼请求和事实、理由；\n"
         "（四）属于人民法院受理民事诉讼的范围和受诉人民法院管辖。",
         "起诉要有明确的被告、具体的请求和事实理由，并向有管辖权的法院提出。",
         "A bank (or a debt buyer) must file a complaint naming you, with concrete claims and facts, a"
         "t a court that has jurisdiction."),
    _row(_CIVPRO, "civpro_123_1", "第一百二十三条第一款",
         "起诉应当向人民法院递交起诉状，并按照被告人数提出副本。\n"
         "……",
         "起诉是向法院递交起诉状，不是打电话或者上门。",
         "A lawsuit starts with a written complaint handed to the court — not with a phone call or a "
         "visit to your home."),
    _row(_CIVPRO, "civpro_125", "第一百二十五条",
         "当事人起诉到人民法院的民事纠纷，适宜调解的，先行调解，但当事人拒绝调解的除外。",
         "适宜调解的纠纷，法院先行调解，但当事人可以拒绝调解。",
         "Courts first try mediation when suitable — but you may refuse."),
    _row(_CIVPRO, "civpro_126", "第一百二十六条",
         "人民法院应当保障当事人依照法律规定享有的起诉权利。对符合本法第一百二十二条的起诉，必须受理。"
         "符合起诉条件的，应当在七日内立案，并通知当事人；不符合起诉条件的，应当在七日内作出裁定书，不"
         "予受理；原告对裁定不服的，可以提起上诉。",
         "法院收到起诉状后7日内决定是否立案，并通知当事人。",
         "The court decides within 7 days whether to register (立案) the case."),
    _row(_CIVPRO, "civpro_128", "第一百二十八条",
         "人民法院应当在立案之日起五日内将起诉状副本发送被告，被告应当在收到之日起十五日内提出答辩状。"
         "答辩状应当记明被告的姓名、性别、年龄、民族、职业、工作单位、住所、联系方式；法人或者其他组织"
         "的名称、住所和法定代表人或者主要负责人的姓名、职务、联系方式。人民法院应当在收到答辩状之日起"
         "五日内将答辩状副本发送原告。\n"
         "被告不提出答辩状的，不影响人民法院审理。",
         "法院立案后5日内把起诉状副本发给被告，被告收到后15日内提交答辩状；不答辩不影响法院审理。",
         "Within 5 days of 立案 the court sends you the complaint; you have 15 days from receipt to fi"
         "le a written defence (答辩状). Not answering does not stop the case."),
    _row(_CIVPRO, "civpro_130", "第一百三十条",
         "人民法院受理案件后，当事人对管辖权有异议的，应当在提交答辩状期间提出。人民法院对当事人提出的"
         "异议，应当审查。异议成立的，裁定将案件移送有管辖权的人民法院；异议不成立的，裁定驳回。\n"
         "当事人未提出管辖异议，并应诉答辩或者提出反诉的，视为受诉人民法院有管辖权，但违反级别管辖和专"
         "属管辖规定的除外。",
         "认为法院没有管辖权，要在答辩期内提出；不提异议就应诉答辩的，视为该法院有管辖权。",
         "If you think the wrong court is hearing the case, object within the 15-day defence period; i"
         "f you answer on the merits without objecting, that court keeps the case."),
    _row(_CIVPRO, "civpro_139", "第一百三十九条",
         "人民法院审理民事案件，应当在开庭三日前通知当事人和其他诉讼参与人。公开审理的，应当公告当事人"
         "姓名、案由和开庭的时间、地点。",
         "法院开庭前至少3日要通知当事人。",
         "You must be notified of a hearing at least 3 days before it."),
    _row(_CIVPRO, "civpro_147", "第一百四十七条",
         "被告经传票传唤，无正当理由拒不到庭的，或者未经法庭许可中途退庭的，可以缺席判决。",
         "被告经传票传唤无正当理由不到庭的，法院可以缺席判决。",
         "If you are properly summoned and do not come without good reason, the court may judge withou"
         "t you (缺席判决)."),
    _row(_CIVPRO, "civpro_158", "第一百五十八条",
         "最高人民法院的判决、裁定，以及依法不准上诉或者超过上诉期没有上诉的判决、裁定，是发生法律效力"
         "的判决、裁定。",
         "超过上诉期没有上诉的判决、裁定，发生法律效力。",
         "A judgment not appealed in time becomes legally effective (生效)."),
    _row(_CIVPRO, "civpro_160", "第一百六十条",
         "基层人民法院和它派出的法庭审理事实清楚、权利义务关系明确、争议不大的简单的民事案件，适用本章"
         "规定。\n"
         "基层人民法院和它派出的法庭审理前款规定以外的民事案件，当事人双方也可以约定适用简易程序。",
         "事实清楚、争议不大的简单民事案件，由基层法院适用简易程序审理。",
         "Simple, undisputed cases at a basic court go through the simplified procedure."),
    _row(_CIVPRO, "civpro_162", "第一百六十二条",
         "基层人民法院和它派出的法庭审理简单的民事案件，可以用简便方式传唤当事人和证人、送达诉讼文书、"
         "审理案件，但应当保障当事人陈述意见的权利。",
         "简易程序可以用简便方式传唤和送达，但要保障当事人陈述意见的权利。",
         "In simplified procedure the court may summon and serve by simple means (phone, SMS) — but s"
         "ee 解释 第二百六十一条 (no default judgment without proof you received it)."),
    _row(_CIVPRO, "civpro_164", "第一百六十四条",
         "人民法院适用简易程序审理案件，应当在立案之日起三个月内审结。有特殊情况需要延长的，经本院院长"
         "批准，可以延长一个月。",
         "简易程序案件应当在立案后3个月内审结。",
         "Simplified-procedure cases should finish within 3 months of 立案 (+1 month with approval)."),
    _row(_CIVPRO, "civpro_165", "第一百六十五条",
         "基层人民法院和它派出的法庭审理事实清楚、权利义务关系明确、争议不大的简单金钱给付民事案件，标"
         "的额为各省、自治区、直辖市上年度就业人员年平均工资百分之五十以下的，适用小额诉讼的程序审理，"
         "实行一审终审。\n"
         "基层人民法院和它派出的法庭审理前款规定的民事案件，标的额超过各省、自治区、直辖市上年度就业人"
         "员年平均工资百分之五十但在二倍以下的，当事人双方也可以约定适用小额诉讼的程序。",
         "标的额在本省上年度就业人员年平均工资50%以下的简单金钱案件适用小额诉讼程序，一审终审，不能上诉"
         "。",
         "Small claims: simple money cases up to 50 % of the province's previous-year average annual w"
         "age of employed persons go through the small-claims procedure, and the first judgment is fin"
         "al — no appeal. Between 50 % and 200 % only if both sides agree."),
    _row(_CIVPRO, "civpro_166", "第一百六十六条",
         "人民法院审理下列民事案件，不适用小额诉讼的程序：\n"
         "（一）人身关系、财产确权案件；\n"
         "（二）涉外案件；\n"
         "（三）需要评估、鉴定或者对诉前评估、鉴定结果有异议的案件；\n"
         "（四）一方当事人下落不明的案件；\n"
         "（五）当事人提出反诉的案件；\n"
         "（六）其他不宜适用小额诉讼的程序审理的案件。",
         "一方下落不明、提出反诉等案件，不适用小额诉讼程序。",
         "Not small claims if, among others, a party cannot be found or the defendant counterclaims."),
    _row(_CIVPRO, "civpro_167", "第一百六十七条",
         "人民法院适用小额诉讼的程序审理案件，可以一次开庭审结并且当庭宣判。",
         "小额诉讼可以一次开庭审结并当庭宣判。",
         "A small-claims case may be decided at a single hearing, with judgment on the spot."),
    _row(_CIVPRO, "civpro_168", "第一百六十八条",
         "人民法院适用小额诉讼的程序审理案件，应当在立案之日起两个月内审结。有特殊情况需要延长的，经本"
         "院院长批准，可以延长一个月。",
         "小额诉讼案件应当在立案后2个月内审结。",
         "Small claims should finish within 2 months of 立案."),
    _row(_CIVPRO, "civpro_169_2", "第一百六十九条第二款",
         "……\n"
         "当事人认为案件适用小额诉讼的程序审理违反法律规定的，可以向人民法院提出异议。人民法院对当事人"
         "提出的异议应当审查，异议成立的，应当适用简易程序的其他规定审理或者裁定转为普通程序；异议不成"
         "立的，裁定驳回。",
         "认为不应适用小额诉讼程序的，可以向法院提出异议。",
         "If you think small-claims procedure is wrongly applied, you may object."),
    _row(_CIVPRO, "civpro_171", "第一百七十一条",
         "当事人不服地方人民法院第一审判决的，有权在判决书送达之日起十五日内向上一级人民法院提起上诉。"
         "\n"
         "当事人不服地方人民法院第一审裁定的，有权在裁定书送达之日起十日内向上一级人民法院提起上诉。",
         "不服一审判决，在判决书送达之日起15日内上诉；不服裁定，10日内上诉。",
         "Appeal a judgment within 15 days, a ruling (裁定) within 10 days, counted from service (and "
         "from the day after, 第八十五条/解释 第一百二十五条). Small-claims judgments cannot be appeal"
         "ed (第一百六十五条)."),
    _row(_CIVPRO, "civpro_205", "第二百零五条",
         "经依法设立的调解组织调解达成调解协议，申请司法确认的，由双方当事人自调解协议生效之日起三十日"
         "内，共同向下列人民法院提出：\n"
         "（一）人民法院邀请调解组织开展先行调解的，向作出邀请的人民法院提出；\n"
         "（二）调解组织自行开展调解的，向当事人住所地、标的物所在地、调解组织所在地的基层人民法院提出"
         "；调解协议所涉纠纷应当由中级人民法院管辖的，向相应的中级人民法院提出。",
         "调解协议生效后30日内，双方可以共同申请法院司法确认。",
         "A mediation agreement can be sent for court confirmation within 30 days of taking effect."),
    _row(_CIVPRO, "civpro_206", "第二百零六条",
         "人民法院受理申请后，经审查，符合法律规定的，裁定调解协议有效，一方当事人拒绝履行或者未全部履"
         "行的，对方当事人可以向人民法院申请执行；不符合法律规定的，裁定驳回申请，当事人可以通过调解方"
         "式变更原调解协议或者达成新的调解协议，也可以向人民法院提起诉讼。",
         "法院确认调解协议有效后，一方不履行的，对方可以申请强制执行。",
         "Once confirmed, the agreement can be enforced like a judgment if you do not pay."),
    _row(_CIVPRO, "civpro_227", "第二百二十七条",
         "人民法院受理申请后，经审查债权人提供的事实、证据，对债权债务关系明确、合法的，应当在受理之日"
         "起十五日内向债务人发出支付令；申请不成立的，裁定予以驳回。\n"
         "债务人应当自收到支付令之日起十五日内清偿债务，或者向人民法院提出书面异议。\n"
         "债务人在前款规定的期间不提出异议又不履行支付令的，债权人可以向人民法院申请执行。",
         "收到支付令之日起15日内，要么还款，要么向法院提出书面异议；都不做的，债权人可以申请强制执行。",
         "The court issues the order within 15 days; you then have 15 days from receipt to pay or to f"
         "ile a written objection (书面异议). If you do neither, the creditor can apply for enforcemen"
         "t."),
    _row(_CIVPRO, "civpro_228", "第二百二十八条",
         "人民法院收到债务人提出的书面异议后，经审查，异议成立的，应当裁定终结督促程序，支付令自行失效"
         "。\n"
         "支付令失效的，转入诉讼程序，但申请支付令的一方当事人不同意提起诉讼的除外。",
         "书面异议成立的，督促程序终结，支付令失效，转入诉讼，除非债权人不同意起诉。",
         "If the objection is upheld, the payment-order procedure ends and the order lapses (支付令自行"
         "失效); the matter then turns into an ordinary lawsuit, unless the creditor says it does not "
         "agree to sue."),
    _row(_CIVPRO, "civpro_238", "第二百三十八条",
         "执行过程中，案外人对执行标的提出书面异议的，人民法院应当自收到书面异议之日起十五日内审查，理"
         "由成立的，裁定中止对该标的的执行；理由不成立的，裁定驳回。案外人、当事人对裁定不服，认为原判"
         "决、裁定错误的，依照审判监督程序办理；与原判决、裁定无关的，可以自裁定送达之日起十五日内向人"
         "民法院提起诉讼。",
         "案外人（例如亲属）认为被执行的是自己的财产，可以提出书面异议，法院15日内审查。",
         "A third person (e.g. a relative) whose own account or property is wrongly frozen can file a "
         "written objection (案外人异议); the court decides within 15 days."),
    _row(_CIVPRO, "civpro_241", "第二百四十一条",
         "在执行中，双方当事人自行和解达成协议的，执行员应当将协议内容记入笔录，由双方当事人签名或者盖"
         "章。\n"
         "申请执行人因受欺诈、胁迫与被执行人达成和解协议，或者当事人不履行和解协议的，人民法院可以根据"
         "当事人的申请，恢复对原生效法律文书的执行。",
         "执行中双方可以和解；不履行和解协议的，可以恢复执行原判决。",
         "You and the bank can settle during enforcement (e.g. a lower sum or instalments); it is reco"
         "rded and signed. If you then do not perform it, the bank can ask to resume enforcement of th"
         "e original judgment."),
    _row(_CIVPRO, "civpro_247_1", "第二百四十七条第一款",
         "发生法律效力的民事判决、裁定，当事人必须履行。一方拒绝履行的，对方当事人可以向人民法院申请执"
         "行，也可以由审判员移送执行员执行。\n"
         "……",
         "生效判决、裁定不履行的，对方可以向法院申请强制执行。",
         "If you do not pay a final judgment, the bank can apply for enforcement."),
    _row(_CIVPRO, "civpro_248", "第二百四十八条",
         "对依法设立的仲裁机构的裁决，一方当事人不履行的，对方当事人可以向有管辖权的人民法院申请执行。"
         "受申请的人民法院应当执行。\n"
         "被申请人提出证据证明仲裁裁决有下列情形之一的，经人民法院组成合议庭审查核实，裁定不予执行：\n"
         "（一）当事人在合同中没有订有仲裁条款或者事后没有达成书面仲裁协议的；\n"
         "（二）裁决的事项不属于仲裁协议的范围或者仲裁机构无权仲裁的；\n"
         "（三）仲裁庭的组成或者仲裁的程序违反法定程序的；\n"
         "（四）裁决所根据的证据是伪造的；\n"
         "（五）对方当事人向仲裁机构隐瞒了足以影响公正裁决的证据的；\n"
         "（六）仲裁员在仲裁该案时有贪污受贿，徇私舞弊，枉法裁决行为的。\n"
         "人民法院认定执行该裁决违背社会公共利益的，裁定不予执行。\n"
         "裁定书应当送达双方当事人和仲裁机构。\n"
         "仲裁裁决被人民法院裁定不予执行的，当事人可以根据双方达成的书面仲裁协议重新申请仲裁，也可以向"
         "人民法院起诉。",
         "仲裁裁决由法院执行；有法定情形的，被申请人可以请求法院裁定不予执行。",
         "An award is enforced by a court; you can ask the court to refuse enforcement on the listed g"
         "rounds (no written agreement, procedure violated, forged/concealed evidence, etc.)."),
    _row(_CIVPRO, "civpro_250", "第二百五十条",
         "申请执行的期间为二年。申请执行时效的中止、中断，适用法律有关诉讼时效中止、中断的规定。\n"
         "前款规定的期间，从法律文书规定履行期间的最后一日起计算；法律文书规定分期履行的，从最后一期履"
         "行期限届满之日起计算；法律文书未规定履行期间的，从法律文书生效之日起计算。",
         "申请执行的期间为2年，从判决规定的履行期最后一日起算，可以中止、中断。",
         "The bank has 2 years from the last day of the payment period (for instalments: from the last"
         " instalment date) to apply — and the period can be suspended or interrupted like the limita"
         "tion period."),
    _row(_CIVPRO, "civpro_252", "第二百五十二条",
         "被执行人未按执行通知履行法律文书确定的义务，应当报告当前以及收到执行通知之日前一年的财产情况"
         "。被执行人拒绝报告或者虚假报告的，人民法院可以根据情节轻重对被执行人或者其法定代理人、有关单"
         "位的主要负责人或者直接责任人员予以罚款、拘留。",
         "收到执行通知仍不履行的，要报告当前和前一年的财产情况；拒绝或虚假报告的，可以罚款、拘留。",
         "Financial report (财产报告): if you do not pay after the 执行通知 you must report your curre"
         "nt assets and those of the past year; refusing or lying → fine or detention."),
    _row(_CIVPRO, "civpro_253_1", "第二百五十三条第一款",
         "被执行人未按执行通知履行法律文书确定的义务，人民法院有权向有关单位查询被执行人的存款、债券、"
         "股票、基金份额等财产情况。人民法院有权根据不同情形扣押、冻结、划拨、变价被执行人的财产。人民"
         "法院查询、扣押、冻结、划拨、变价的财产不得超出被执行人应当履行义务的范围。\n"
         "……",
         "法院可以查询、冻结、划拨被执行人的存款等财产，但不得超出应当履行的范围。",
         "The court can query and freeze/deduct your deposits and securities — never beyond the amoun"
         "t owed."),
    _row(_CIVPRO, "civpro_254", "第二百五十四条",
         "被执行人未按执行通知履行法律文书确定的义务，人民法院有权扣留、提取被执行人应当履行义务部分的"
         "收入。但应当保留被执行人及其所扶养家属的生活必需费用。\n"
         "人民法院扣留、提取收入时，应当作出裁定，并发出协助执行通知书，被执行人所在单位、银行、信用合"
         "作社和其他有储蓄业务的单位必须办理。",
         "法院可以扣留被执行人的收入，但要保留本人和所扶养家属的生活必需费用。",
         "The court can withhold your income (e.g. wages through your employer), but must leave the li"
         "ving expenses necessary for you and your dependants."),
    _row(_CIVPRO, "civpro_255", "第二百五十五条",
         "被执行人未按执行通知履行法律文书确定的义务，人民法院有权查封、扣押、冻结、拍卖、变卖被执行人"
         "应当履行义务部分的财产。但应当保留被执行人及其所扶养家属的生活必需品。\n"
         "采取前款措施，人民法院应当作出裁定。",
         "法院可以查封、拍卖被执行人的财产，但要保留本人和所扶养家属的生活必需品。",
         "Seizure and sale of property likewise must leave you and your dependants the necessities of "
         "life."),
    _row(_CIVPRO, "civpro_264", "第二百六十四条",
         "被执行人未按判决、裁定和其他法律文书指定的期间履行给付金钱义务的，应当加倍支付迟延履行期间的"
         "债务利息。被执行人未按判决、裁定和其他法律文书指定的期间履行其他义务的，应当支付迟延履行金。",
         "不按判决期限付款的，要加倍支付迟延履行期间的债务利息。",
         "Paying late after a judgment costs double interest for the delay."),
    _row(_CIVPRO, "civpro_266", "第二百六十六条",
         "被执行人不履行法律文书确定的义务的，人民法院可以对其采取或者通知有关单位协助采取限制出境，在"
         "征信系统记录、通过媒体公布不履行义务信息以及法律规定的其他措施。",
         "被执行人不履行的，法院可以限制出境、在征信系统记录、通过媒体公布；这是法院的措施，不是催收人"
         "员能做的。",
         "The court (not a collector) may restrict exit from China, record non-payment in the credit s"
         "ystem and publish it."),
)

# --- 民诉法解释 (2022) (§1–§4) ------------------------------------------------------------------------

_CIVPRO_INTERP_ROWS = (
    _row(_CIVPRO_INTERP, "civpro_interp_18", "第十八条第一、二款",
         "合同约定履行地点的，以约定的履行地点为合同履行地。\n"
         "合同对履行地点没有约定或者约定不明确，争议标的为给付货币的，接收货币一方所在地为合同履行地；"
         "交付不动产的，不动产所在地为合同履行地；其他标的，履行义务一方所在地为合同履行地。即时结清的"
         "合同，交易行为地为合同履行地。\n"
         "……",
         "没有约定履行地点的金钱债务，收钱一方（银行）所在地是合同履行地。",
         "With no agreed place, for a money debt the place of performance is where the receiving party"
         " (the bank) is — so a bank can lawfully sue in its own city even without a jurisdiction cla"
         "use."),
    _row(_CIVPRO_INTERP, "civpro_interp_23", "第二十三条",
         "债权人申请支付令，适用民事诉讼法第二十二条规定，由债务人住所地基层人民法院管辖。",
         "支付令向债务人住所地的基层法院申请。",
         "The payment order is applied for at the court where you (the debtor) live."),
    _row(_CIVPRO_INTERP, "civpro_interp_30", "第三十条",
         "根据管辖协议，起诉时能够确定管辖法院的，从其约定；不能确定的，依照民事诉讼法的相关规定确定管"
         "辖。\n"
         "管辖协议约定两个以上与争议有实际联系的地点的人民法院管辖，原告可以向其中一个人民法院起诉。",
         "管辖协议约定了几个法院的，原告可以选其中一个起诉。",
         "If the clause names several possible courts, the bank may pick one."),
    _row(_CIVPRO_INTERP, "civpro_interp_31", "第三十一条",
         "经营者使用格式条款与消费者订立管辖协议，未采取合理方式提请消费者注意，消费者主张管辖协议无效"
         "的，人民法院应予支持。",
         "经营者用格式条款约定管辖、没有合理提示消费者的，消费者可以主张该管辖协议无效。",
         "If a business used a standard-form (格式条款) jurisdiction clause with a consumer and did no"
         "t draw the consumer's attention to it in a reasonable way, the consumer can have the clause "
         "declared invalid. Raise this in a 管辖异议 within the defence period (民诉法 第一百三十条)."),
    _row(_CIVPRO_INTERP, "civpro_interp_99", "第九十九条第一、二款",
         "人民法院应当在审理前的准备阶段确定当事人的举证期限。举证期限可以由当事人协商，并经人民法院准"
         "许。\n"
         "人民法院确定举证期限，第一审普通程序案件不得少于十五日，当事人提供新的证据的第二审案件不得少"
         "于十日。\n"
         "……",
         "普通程序一审的举证期限不少于15日。",
         "In ordinary first-instance cases the evidence period is at least 15 days."),
    _row(_CIVPRO_INTERP, "civpro_interp_125", "第一百二十五条",
         "依照民事诉讼法第八十五条第二款规定，民事诉讼中以时起算的期间从次时起算；以日、月、年计算的期"
         "间从次日起算。",
         "以日计算的期间，从第二天开始算。",
         "Day-counted periods start the day after the triggering event (e.g. the day after you receive"
         " the complaint)."),
    _row(_CIVPRO_INTERP, "civpro_interp_174", "第一百七十四条",
         "民事诉讼法第一百一十二条规定的必须到庭的被告，是指负有赡养、抚育、扶养义务和不到庭就无法查清"
         "案情的被告。\n"
         "人民法院对必须到庭才能查清案件基本事实的原告，经两次传票传唤，无正当理由拒不到庭的，可以拘传"
         "。",
         "必须到庭的被告，是指负有赡养、抚育、扶养义务和不到庭就无法查清案情的被告；普通信用卡欠款人不"
         "属于这种情况。",
         "拘传 (forced appearance) is only for defendants with 赡养/抚育/扶养 duties or whose absence "
         "makes the facts impossible to establish — not for an ordinary card debtor."),
    _row(_CIVPRO_INTERP, "civpro_interp_227", "第二百二十七条",
         "人民法院适用普通程序审理案件，应当在开庭三日前用传票传唤当事人。对诉讼代理人、证人、鉴定人、"
         "勘验人、翻译人员应当用通知书通知其到庭。当事人或者其他诉讼参与人在外地的，应当留有必要的在途"
         "时间。",
         "普通程序开庭3日前要用传票传唤当事人；传票只是通知出庭，不是要求付款。",
         "A hearing summons (传票) must reach you at least 3 days before the hearing."),
    _row(_CIVPRO_INTERP, "civpro_interp_241", "第二百四十一条",
         "被告经传票传唤无正当理由拒不到庭，或者未经法庭许可中途退庭的，人民法院应当按期开庭或者继续开"
         "庭审理，对到庭的当事人诉讼请求、双方的诉辩理由以及已经提交的证据及其他诉讼材料进行审理后，可"
         "以依法缺席判决。",
         "被告不到庭，法院也要审查原告的证据后才能缺席判决。",
         "Even in your absence the court must still examine the bank's evidence before giving a defaul"
         "t judgment — but you lose the chance to contest it."),
    _row(_CIVPRO_INTERP, "civpro_interp_244", "第二百四十四条",
         "可以上诉的判决书、裁定书不能同时送达双方当事人的，上诉期从各自收到判决书、裁定书之日计算。",
         "上诉期从各自收到判决书、裁定书之日起算。",
         "Each side's appeal period runs from its own date of receipt."),
    _row(_CIVPRO_INTERP, "civpro_interp_261", "第二百六十一条第一、二款",
         "适用简易程序审理案件，人民法院可以依照民事诉讼法第九十条、第一百六十二条的规定采取捎口信、电"
         "话、短信、传真、电子邮件等简便方式传唤双方当事人、通知证人和送达诉讼文书。\n"
         "以简便方式送达的开庭通知，未经当事人确认或者没有其他证据证明当事人已经收到的，人民法院不得缺"
         "席判决。\n"
         "……",
         "简易程序可以用电话、短信传唤，但没有本人确认或其他证据证明已收到的，不得缺席判决。",
         "In simplified procedure the court may summon you by phone or SMS, but may not give a default"
         " judgment unless you confirmed, or there is other proof, that you received that notice."),
    _row(_CIVPRO_INTERP, "civpro_interp_266_1", "第二百六十六条第一款",
         "适用简易程序案件的举证期限由人民法院确定，也可以由当事人协商一致并经人民法院准许，但不得超过"
         "十五日。被告要求书面答辩的，人民法院可在征得其同意的基础上，合理确定答辩期间。\n"
         "……",
         "简易程序的举证期限不超过15日。",
         "In simplified-procedure cases the evidence period is at most 15 days."),
    _row(_CIVPRO_INTERP, "civpro_interp_271", "第二百七十一条",
         "人民法院审理小额诉讼案件，适用民事诉讼法第一百六十五条的规定，实行一审终审。",
         "小额诉讼案件一审终审。",
         "Small-claims judgments are final at first instance (retrial on statutory grounds remains pos"
         "sible, 解释 第四百二十四条)."),
    _row(_CIVPRO_INTERP, "civpro_interp_272", "第二百七十二条",
         "民事诉讼法第一百六十五条规定的各省、自治区、直辖市上年度就业人员年平均工资，是指已经公布的各"
         "省、自治区、直辖市上一年度就业人员年平均工资。在上一年度就业人员年平均工资公布前，以已经公布"
         "的最近年度就业人员年平均工资为准。",
         "小额诉讼的工资标准，用已经公布的本省最近年度就业人员年平均工资。",
         "The wage figure is the latest published provincial figure."),
    _row(_CIVPRO_INTERP, "civpro_interp_275", "第二百七十五条第一、二款",
         "小额诉讼案件的举证期限由人民法院确定，也可以由当事人协商一致并经人民法院准许，但一般不超过七"
         "日。\n"
         "被告要求书面答辩的，人民法院可以在征得其同意的基础上合理确定答辩期间，但最长不得超过十五日。"
         "\n"
         "……",
         "小额诉讼的举证期限一般不超过7日；要求书面答辩的，答辩期最长15日。",
         "In small-claims cases the evidence period is usually at most 7 days; a written defence perio"
         "d, if you ask for one, is at most 15 days."),
    _row(_CIVPRO_INTERP, "civpro_interp_279", "第二百七十九条",
         "当事人对按照小额诉讼案件审理有异议的，应当在开庭前提出。人民法院经审查，异议成立的，适用简易"
         "程序的其他规定审理或者裁定转为普通程序；异议不成立的，裁定驳回。裁定以口头方式作出的，应当记"
         "入笔录。",
         "对适用小额诉讼程序有异议的，要在开庭前提出。",
         "Raise a small-claims objection before the hearing."),
    _row(_CIVPRO_INTERP, "civpro_interp_318", "第三百一十八条",
         "一审宣判时或者判决书、裁定书送达时，当事人口头表示上诉的，人民法院应告知其必须在法定上诉期间"
         "内递交上诉状。未在法定上诉期间内递交上诉状的，视为未提起上诉。虽递交上诉状，但未在指定的期限"
         "内交纳上诉费的，按自动撤回上诉处理。",
         "口头说上诉不算，要在上诉期内递交上诉状，并按时交上诉费。",
         "Saying \"I appeal\" orally is not enough — file a written 上诉状 in time and pay the appeal f"
         "ee when told, or the appeal is treated as withdrawn."),
    _row(_CIVPRO_INTERP, "civpro_interp_427", "第四百二十七条",
         "债权人申请支付令，符合下列条件的，基层人民法院应当受理，并在收到支付令申请书后五日内通知债权"
         "人：\n"
         "（一）请求给付金钱或者汇票、本票、支票、股票、债券、国库券、可转让的存款单等有价证券；\n"
         "（二）请求给付的金钱或者有价证券已到期且数额确定，并写明了请求所根据的事实、证据；\n"
         "（三）债权人没有对待给付义务；\n"
         "（四）债务人在我国境内且未下落不明；\n"
         "（五）支付令能够送达债务人；\n"
         "（六）收到申请书的人民法院有管辖权；\n"
         "（七）债权人未向人民法院申请诉前保全。\n"
         "不符合前款规定的，人民法院应当在收到支付令申请书后五日内通知债权人不予受理。\n"
         "基层人民法院受理申请支付令案件，不受债权金额的限制。",
         "申请支付令要求债务人在境内且没有下落不明、支付令能够送达等条件。",
         "Conditions include: amount due and fixed, the creditor owes nothing in return, the debtor is"
         " in China and not missing, and the order can be served."),
    _row(_CIVPRO_INTERP, "civpro_interp_430", "第四百三十条",
         "有下列情形之一的，人民法院应当裁定终结督促程序，已发出支付令的，支付令自行失效：\n"
         "（一）人民法院受理支付令申请后，债权人就同一债权债务关系又提起诉讼的；\n"
         "（二）人民法院发出支付令之日起三十日内无法送达债务人的；\n"
         "（三）债务人收到支付令前，债权人撤回申请的。",
         "支付令发出后30日内无法送达债务人的，督促程序终结，支付令失效。",
         "The procedure also ends if the order cannot be served within 30 days."),
    _row(_CIVPRO_INTERP, "civpro_interp_431", "第四百三十一条",
         "债务人在收到支付令后，未在法定期间提出书面异议，而向其他人民法院起诉的，不影响支付令的效力。"
         "\n"
         "债务人超过法定期间提出异议的，视为未提出异议。",
         "不提书面异议而去别的法院起诉，不影响支付令；超过期限提出的异议，视为没有提出。",
         "Suing the bank yourself in another court instead of objecting does not stop the order; a lat"
         "e objection counts as no objection."),
    _row(_CIVPRO_INTERP, "civpro_interp_436", "第四百三十六条",
         "债务人对债务本身没有异议，只是提出缺乏清偿能力、延缓债务清偿期限、变更债务清偿方式等异议的，"
         "不影响支付令的效力。\n"
         "人民法院经审查认为异议不成立的，裁定驳回。\n"
         "债务人的口头异议无效。",
         "异议必须针对债务本身；只说没钱还、要求延期或分期，不影响支付令；口头异议无效。",
         "An objection must dispute the debt itself (existence, amount, interest, fees). Saying only \""
         "I cannot pay / give me time / let me pay in instalments\" does not affect the order. Oral obj"
         "ections are void — it must be in writing."),
    _row(_CIVPRO_INTERP, "civpro_interp_438_1", "第四百三十八条第一款",
         "支付令失效后，申请支付令的一方当事人不同意提起诉讼的，应当自收到终结督促程序裁定之日起七日内"
         "向受理申请的人民法院提出。\n"
         "……",
         "支付令失效后，债权人不同意起诉的，要在收到裁定之日起7日内提出。",
         "After the order lapses, a creditor who does not want a lawsuit must say so within 7 days."),
    _row(_CIVPRO_INTERP, "civpro_interp_439", "第四百三十九条",
         "支付令失效后，申请支付令的一方当事人自收到终结督促程序裁定之日起七日内未向受理申请的人民法院"
         "表明不同意提起诉讼的，视为向受理申请的人民法院起诉。\n"
         "债权人提出支付令申请的时间，即为向人民法院起诉的时间。",
         "债权人7日内没有表示不同意起诉的，视为已向该法院起诉。",
         "Otherwise the case is treated as a lawsuit filed at that court, dated from the payment-order"
         " application."),
    _row(_CIVPRO_INTERP, "civpro_interp_440", "第四百四十条",
         "债权人向人民法院申请执行支付令的期间，适用民事诉讼法第二百四十六条的规定。",
         "申请执行支付令的期间，与申请执行判决相同（2年）。",
         "Enforcement of an unchallenged order follows the same 2-year application period as judgments"
         " (2021 第二百四十六条 = 2023 第二百五十条)."),
    _row(_CIVPRO_INTERP, "civpro_interp_465", "第四百六十五条",
         "一方当事人不履行或者不完全履行在执行中双方自愿达成的和解协议，对方当事人申请执行原生效法律文"
         "书的，人民法院应当恢复执行，但和解协议已履行的部分应当扣除。和解协议已经履行完毕的，人民法院"
         "不予恢复执行。",
         "不履行执行和解协议而恢复执行的，已按和解协议履行的部分要扣除。",
         "If enforcement resumes, what you already paid under the settlement is deducted."),
    _row(_CIVPRO_INTERP, "civpro_interp_466", "第四百六十六条",
         "申请恢复执行原生效法律文书，适用民事诉讼法第二百四十六条申请执行期间的规定。申请执行期间因达"
         "成执行中的和解协议而中断，其期间自和解协议约定履行期限的最后一日起重新计算。",
         "执行和解会让申请执行的2年期间重新计算，从和解协议约定的最后履行日起算。",
         "A settlement restarts the bank's 2-year enforcement period from the last agreed payment date"
         "."),
    _row(_CIVPRO_INTERP, "civpro_interp_516", "第五百一十六条",
         "被执行人不履行法律文书确定的义务的，人民法院除对被执行人予以处罚外，还可以根据情节将其纳入失"
         "信被执行人名单，将被执行人不履行或者不完全履行义务的信息向其所在单位、征信机构以及其他相关机"
         "构通报。",
         "被执行人不履行的，法院可以纳入失信名单，并向其所在单位、征信机构等通报。",
         "A court may put a non-paying judgment debtor on the 失信 list and report to the employer, cr"
         "edit bureau and others."),
    _row(_CIVPRO_INTERP, "civpro_interp_517", "第五百一十七条",
         "经过财产调查未发现可供执行的财产，在申请执行人签字确认或者执行法院组成合议庭审查核实并经院长"
         "批准后，可以裁定终结本次执行程序。\n"
         "依照前款规定终结执行后，申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不"
         "受申请执行时效期间的限制。",
         "没有财产可执行的，可以终结本次执行；以后发现财产，债权人可以随时再申请执行。",
         "If no assets are found the case may be closed \"for now\" (终结本次执行); the bank can reopen "
         "it at any time when it finds assets — no time limit."),
)

# --- Electronic and postal service, pre-filing mediation (§1.3–§1.4) ----------------------------------

_SERVICE_AND_MEDIATION = (
    _row(_ONLINE_LITIGATION, "online_litigation_29", "第二十九条",
         "经受送达人同意，人民法院可以通过送达平台，向受送达人的电子邮箱、即时通讯账号、诉讼平台专用账"
         "号等电子地址，按照法律和司法解释的相关规定送达诉讼文书和证据材料。\n"
         "具备下列情形之一的，人民法院可以确定受送达人同意电子送达：\n"
         "（一）受送达人明确表示同意的；\n"
         "（二）受送达人在诉讼前对适用电子送达已作出约定或者承诺的；\n"
         "（三）受送达人在提交的起诉状、上诉状、申请书、答辩状中主动提供用于接收送达的电子地址的；\n"
         "（四）受送达人通过回复收悉、参加诉讼等方式接受已经完成的电子送达，并且未明确表示不同意电子送"
         "达的。",
         "经同意（包括诉讼前在合同里的约定），法院可以向电子邮箱、即时通讯账号等电子地址送达。",
         "Consent to electronic service can come from a clause you accepted before the lawsuit (whethe"
         "r a given card contract contains one is UNVERIFIED) — so a genuine court SMS/e-mail can cou"
         "nt as valid service."),
    _row(_ONLINE_LITIGATION, "online_litigation_31_1", "第三十一条第一款",
         "人民法院向受送达人主动提供或者确认的电子地址送达的，送达信息到达电子地址所在系统时，即为送达"
         "。\n"
         "……",
         "向本人提供或确认的电子地址送达的，信息到达系统即为送达。",
         "Electronic service to an address you gave or confirmed is complete when it arrives, whether "
         "or not you read it."),
    _row(_COURT_POST, "court_post_1_1", "第一条第一款",
         "人民法院直接送达诉讼文书有困难的，可以交由国家邮政机构（以下简称邮政机构）以法院专递方式邮寄"
         "送达，但有下列情形之一的除外：\n"
         "……",
         "法院邮寄送达诉讼文书，交由国家邮政机构以“法院专递”方式寄送。",
         "Court documents sent by post go through the state postal service as 法院专递."),
    _row(_COURT_POST, "court_post_2", "第二条",
         "以法院专递方式邮寄送达民事诉讼文书的，其送达与人民法院送达具有同等法律效力。",
         "以法院专递方式送达，与法院直接送达效力相同。",
         "Service by 法院专递 has the same effect as service by the court itself."),
    _row(_INVITED_MEDIATION, "invited_mediation_11", "第十一条",
         "对适宜调解的纠纷，登记立案前，人民法院可以经当事人同意委派给特邀调解组织或者特邀调解员进行调"
         "解；登记立案后或者在审理过程中，可以委托给特邀调解组织或者特邀调解员进行调解。\n"
         "当事人申请调解的，应当以口头或者书面方式向人民法院提出；当事人口头提出的，人民法院应当记入笔"
         "录。",
         "立案前，法院要经当事人同意，才能把纠纷委派给特邀调解组织或调解员调解。",
         "Before a case is registered, a court may hand it to an invited mediator only with the partie"
         "s' consent."),
    _row(_INVITED_MEDIATION, "invited_mediation_21", "第二十一条",
         "委派调解未达成调解协议的，特邀调解员应当将当事人的起诉状等材料移送人民法院；当事人坚持诉讼的"
         "，人民法院应当依法登记立案。\n"
         "委托调解未达成调解协议的，转入审判程序审理。",
         "委派调解没有达成协议、当事人坚持起诉的，法院依法立案。",
         "If mediation fails and the bank insists, the court registers the lawsuit."),
    _row(_INVITED_MEDIATION, "invited_mediation_27_1", "第二十七条第一款",
         "人民法院委派调解的案件，调解期限为30日。但是双方当事人同意延长调解期限的，不受此限。\n"
         "……",
         "委派调解的期限为30日，双方同意可以延长。",
         "Pre-filing (委派) mediation lasts 30 days unless both sides agree to extend."),
    _row(_ONLINE_MEDIATION, "online_mediation_4", "第四条",
         "人民法院采用在线调解方式应当征得当事人同意，并综合考虑案件具体情况、技术条件等因素。",
         "在线调解要征得当事人同意。",
         "Online mediation needs your consent."),
    _row(_ONLINE_MEDIATION, "online_mediation_15", "第十五条",
         "人民法院对当事人一方立案前申请在线调解的，应当征询对方当事人的调解意愿。调解员可以在接受人民"
         "法院委派调解之日起三个工作日内协助人民法院通知对方当事人，询问是否同意调解。\n"
         "对方当事人拒绝调解或者无法联系对方当事人的，调解员应当写明原因，终结在线调解程序，即时将相关"
         "材料退回人民法院，并告知当事人。",
         "对方拒绝调解或者联系不上的，在线调解终结，材料退回法院。",
         "If you refuse, or cannot be reached, pre-filing mediation ends and the file goes back to the"
         " court."),
    _row(_ONLINE_MEDIATION, "online_mediation_18", "第十八条",
         "在线调解过程中，当事人可以通过语音、文字、视频等形式自主表达意愿，提出纠纷解决方案。除共同确"
         "认的无争议事实外，当事人为达成调解协议作出妥协而认可的事实、证据等，不得在诉讼程序中作为对其"
         "不利的依据或者证据，但法律另有规定或者当事人均同意的除外。",
         "为达成调解作出的让步和认可，不得在之后的诉讼中作为对其不利的证据。",
         "Concessions you make while trying to settle cannot be used against you later in court."),
    _row(_ONLINE_MEDIATION, "online_mediation_24_1", "第二十四条第一款",
         "立案前在线调解期限为三十日。各方当事人同意延长的，不受此限。立案后在线调解，适用普通程序的调"
         "解期限为十五日，适用简易程序的调解期限为七日，各方当事人同意延长的，不受此限。立案后延长的调"
         "解期限不计入审理期限。\n"
         "……",
         "立案前在线调解期限为30日，各方同意可以延长。",
         "Pre-filing online mediation: 30 days unless extended by agreement."),
)

# --- 诉讼费用交纳办法 (§1.7) --------------------------------------------------------------------------

_FEES = (
    _row(_COURT_FEES, "court_fees_13", "第十三条第（一）项",
         "案件受理费分别按照下列标准交纳：\n"
         "(一)财产案件根据诉讼请求的金额或者价额，按照下列比例分段累计交纳：\n"
         "1．不超过1万元的，每件交纳50元；\n"
         "2．超过1万元至10万元的部分，按照2.5%交纳；\n"
         "……",
         "金钱案件受理费：1万元以下每件50元，1万元至10万元的部分按2.5%交纳，依此分段累计。",
         "Filing fee for money claims: ¥50 up to ¥10,000, plus 2.5 % of the part from ¥10,000 to ¥100,"
         "000, and so on."),
    _row(_COURT_FEES, "court_fees_16", "第十六条",
         "适用简易程序审理的案件减半交纳案件受理费。",
         "适用简易程序的案件，受理费减半。",
         "Simplified-procedure cases pay half the fee."),
    _row(_COURT_FEES, "court_fees_29", "第二十九条",
         "诉讼费用由败诉方负担，胜诉方自愿承担的除外。\n"
         "部分胜诉、部分败诉的，人民法院根据案件的具体情况决定当事人各自负担的诉讼费用数额。\n"
         "共同诉讼当事人败诉的，人民法院根据其对诉讼标的的利害关系，决定当事人各自负担的诉讼费用数额。",
         "诉讼费用一般由败诉方负担；部分胜诉的，由法院决定分担。",
         "The losing side normally bears the court fees; in a partial win the court splits them."),
    _row(_COURT_FEES, "court_fees_44", "第四十四条",
         "当事人交纳诉讼费用确有困难的，可以依照本办法向人民法院申请缓交、减交或者免交诉讼费用的司法救"
         "助。\n"
         "诉讼费用的免交只适用于自然人。",
         "交纳诉讼费确有困难的，可以申请缓交、减交或免交。",
         "If you genuinely cannot afford fees you may apply for deferral, reduction or waiver (waiver "
         "only for individuals)."),
    _row(_COURT_FEES, "court_fees_45", "第四十五条",
         "当事人申请司法救助，符合下列情形之一的，人民法院应当准予免交诉讼费用：\n"
         "(一)残疾人无固定生活来源的；\n"
         "(二)追索赡养费、扶养费、抚育费、抚恤金的；\n"
         "(三)最低生活保障对象、农村特困定期救济对象、农村五保供养对象或者领取失业保险金人员，无其他收"
         "入的；\n"
         "(四)因见义勇为或者为保护社会公共利益致使自身合法权益受到损害，本人或者其近亲属请求赔偿或者补"
         "偿的；\n"
         "(五)确实需要免交的其他情形。",
         "领取低保、失业保险金且无其他收入等情形，法院应当准予免交诉讼费。",
         "Waiver is granted, among others, to 低保 recipients or people on unemployment benefit with n"
         "o other income."),
)

# --- 仲裁法 2025 and 2017, non-enforcement, 先予仲裁 (§3) ---------------------------------------------

_ARBITRATION = (
    _row(_ARB2025, "arb2025_4", "第四条",
         "当事人选择仲裁方式解决纠纷，应当遵循自愿原则，达成仲裁协议。没有仲裁协议，一方申请仲裁的，仲"
         "裁机构不予受理。",
         "仲裁要有仲裁协议，没有仲裁协议的，仲裁机构不予受理。",
         "Arbitration needs an arbitration agreement; without one the commission must refuse the case."),
    _row(_ARB2025, "arb2025_10", "第十条",
         "仲裁实行一裁终局的制度。裁决作出后，当事人就同一纠纷再申请仲裁或者向人民法院提起诉讼的，仲裁"
         "机构或者人民法院不予受理。\n"
         "裁决被人民法院依法裁定撤销或者不予执行的，当事人就该纠纷可以根据双方重新达成的仲裁协议申请仲"
         "裁，也可以向人民法院提起诉讼。",
         "仲裁一裁终局，不能上诉；只能由法院撤销或不予执行。",
         "One award, final (一裁终局) — no appeal; only set-aside or non-enforcement by a court."),
    _row(_ARB2025, "arb2025_11", "第十一条",
         "仲裁活动可以通过信息网络在线进行，但当事人明确表示不同意的除外。\n"
         "仲裁活动通过信息网络在线进行的，与线下仲裁活动具有同等法律效力。",
         "仲裁可以在线进行，除非当事人明确表示不同意。",
         "Online arbitration is valid unless a party expressly refuses — if you want an in-person pro"
         "cedure, say so clearly and in writing."),
    _row(_ARB2025, "arb2025_27", "第二十七条",
         "仲裁协议包括合同中订立的仲裁条款和以其他书面方式在纠纷发生前或者纠纷发生后达成的请求仲裁的协"
         "议。\n"
         "仲裁协议应当具有下列内容：\n"
         "（一）请求仲裁的意思表示；\n"
         "（二）仲裁事项；\n"
         "（三）选定的仲裁机构。\n"
         "一方当事人在申请仲裁时主张有仲裁协议，另一方当事人在首次开庭前不予否认的，经仲裁庭提示并记录"
         "，视为当事人之间存在仲裁协议。",
         "仲裁协议要书面并写明仲裁机构；对方主张有仲裁协议而你在首次开庭前不否认的，视为存在仲裁协议。",
         "An arbitration agreement must be in writing and name the commission. New: if the lender says"
         " there is an agreement and you do not deny it before the first hearing, an agreement is deem"
         "ed to exist — object early if you never agreed."),
    _row(_ARB2025, "arb2025_28", "第二十八条",
         "有下列情形之一的，仲裁协议无效：\n"
         "（一）约定的仲裁事项超出法律规定的仲裁范围；\n"
         "（二）无民事行为能力人或者限制民事行为能力人订立的仲裁协议；\n"
         "（三）一方采取胁迫手段，迫使对方订立仲裁协议。",
         "超出仲裁范围、无行为能力人订立或者被胁迫订立的仲裁协议无效。",
         "Agreements are void e.g. if forced on a party by coercion, or signed by a person without leg"
         "al capacity."),
    _row(_ARB2025, "arb2025_29", "第二十九条",
         "仲裁协议对仲裁事项或者仲裁机构没有约定或者约定不明确的，当事人可以补充协议；达不成补充协议的"
         "，仲裁协议无效。",
         "仲裁协议没有约定或约定不明仲裁机构、又达不成补充协议的，仲裁协议无效。",
         "An agreement that does not clearly name the commission is void unless supplemented."),
    _row(_ARB2025, "arb2025_31", "第三十一条",
         "当事人对仲裁协议的效力有异议的，可以请求仲裁机构或者仲裁庭作出决定，也可以请求人民法院作出裁"
         "定。一方请求仲裁机构或者仲裁庭作出决定，另一方请求人民法院作出裁定的，由人民法院裁定。\n"
         "当事人对仲裁协议的效力有异议，应当在仲裁庭首次开庭前提出。",
         "对仲裁协议效力有异议的，要在仲裁庭首次开庭前提出。",
         "Challenge the validity of the arbitration agreement before the first hearing, with the commi"
         "ssion or a court."),
    _row(_ARB2025, "arb2025_71", "第七十一条",
         "当事人提出证据证明裁决有下列情形之一的，可以向仲裁机构所在地的中级人民法院申请撤销裁决：\n"
         "（一）没有仲裁协议；\n"
         "（二）裁决的事项不属于仲裁协议的范围或者仲裁机构无权仲裁；\n"
         "（三）仲裁庭的组成或者仲裁的程序违反法定程序；\n"
         "（四）裁决所根据的证据是伪造的；\n"
         "（五）对方当事人隐瞒了足以影响公正裁决的证据；\n"
         "（六）仲裁员在仲裁该案时有索贿受贿、徇私舞弊、枉法裁决行为。\n"
         "人民法院经组成合议庭审查核实裁决有前款规定情形之一的，应当裁定撤销。\n"
         "人民法院认定该裁决违背公共利益的，应当裁定撤销。",
         "有没有仲裁协议、程序违法、证据伪造等法定情形的，可以向仲裁机构所在地的中级法院申请撤销裁决。",
         "Grounds to set aside (撤销) at the intermediate court where the commission sits: no agreemen"
         "t; outside its scope; irregular tribunal or procedure; forged evidence; concealed evidence; "
         "corrupt arbitrator; or public interest."),
    _row(_ARB2025, "arb2025_72", "第七十二条",
         "当事人申请撤销裁决的，应当自收到裁决书之日起三个月内提出。",
         "申请撤销仲裁裁决，要在收到裁决书之日起3个月内提出。",
         "Set-aside deadline: 3 months from receiving the award. (Same wording quoted, with the 2026-0"
         "3-01 date, in independent code files of the index, ids 68556985261 and 69028395580; the latt"
         "er also notes that whether awards received earlier keep the old period \"需个案判断\".)"),
    _row(_ARB2025, "arb2025_76", "第七十六条",
         "被申请人提出证据证明裁决有本法第七十一条第一款规定的情形之一的，经人民法院组成合议庭审查核实"
         "，裁定不予执行。\n"
         "人民法院认定执行该裁决违背公共利益的，应当裁定不予执行。",
         "有第七十一条规定情形的，法院裁定不予执行仲裁裁决。",
         "The same grounds as 第七十一条 allow the court to refuse enforcement (不予执行)."),
    _row(_ARB2017, "arb2017_9", "第九条",
         "仲裁实行一裁终局的制度。裁决作出后，当事人就同一纠纷再申请仲裁或者向人民法院起诉的，仲裁委员"
         "会或者人民法院不予受理。\n"
         "裁决被人民法院依法裁定撤销或者不予执行的，当事人就该纠纷可以根据双方重新达成的仲裁协议申请仲"
         "裁，也可以向人民法院起诉。",
         "仲裁一裁终局，不能上诉。",
         "Award final; no second arbitration or lawsuit on the same dispute unless the award is set as"
         "ide or refused enforcement."),
    _row(_ARB2017, "arb2017_16", "第十六条",
         "仲裁协议包括合同中订立的仲裁条款和以其他书面方式在纠纷发生前或者纠纷发生后达成的请求仲裁的协"
         "议。\n"
         "仲裁协议应当具有下列内容：\n"
         "（一）请求仲裁的意思表示；\n"
         "（二）仲裁事项；\n"
         "（三）选定的仲裁委员会。",
         "仲裁协议要书面并写明仲裁委员会。",
         "Agreement must be written and name the commission."),
    _row(_ARB2017, "arb2017_17", "第十七条",
         "有下列情形之一的，仲裁协议无效：\n"
         "（一）约定的仲裁事项超出法律规定的仲裁范围的；\n"
         "（二）无民事行为能力人或者限制民事行为能力人订立的仲裁协议；\n"
         "（三）一方采取胁迫手段，迫使对方订立仲裁协议的。",
         "超出仲裁范围、无行为能力人订立或者被胁迫订立的仲裁协议无效。",
         "Void if outside arbitrable matters, signed without capacity, or forced."),
    _row(_ARB2017, "arb2017_20", "第二十条",
         "当事人对仲裁协议的效力有异议的，可以请求仲裁委员会作出决定或者请求人民法院作出裁定。一方请求"
         "仲裁委员会作出决定，另一方请求人民法院作出裁定的，由人民法院裁定。\n"
         "当事人对仲裁协议的效力有异议，应当在仲裁庭首次开庭前提出。",
         "对仲裁协议效力有异议的，要在仲裁庭首次开庭前提出。",
         "Object to the agreement's validity before the first hearing."),
    _row(_ARB2017, "arb2017_58", "第五十八条",
         "当事人提出证据证明裁决有下列情形之一的，可以向仲裁委员会所在地的中级人民法院申请撤销裁决：\n"
         "（一）没有仲裁协议的；\n"
         "（二）裁决的事项不属于仲裁协议的范围或者仲裁委员会无权仲裁的；\n"
         "（三）仲裁庭的组成或者仲裁的程序违反法定程序的；\n"
         "（四）裁决所根据的证据是伪造的；\n"
         "（五）对方当事人隐瞒了足以影响公正裁决的证据的；\n"
         "（六）仲裁员在仲裁该案时有索贿受贿，徇私舞弊，枉法裁决行为的。\n"
         "人民法院经组成合议庭审查核实裁决有前款规定情形之一的，应当裁定撤销。\n"
         "人民法院认定该裁决违背社会公共利益的，应当裁定撤销。",
         "有法定情形的，可以向仲裁委员会所在地的中级法院申请撤销裁决。",
         "Set-aside grounds (old text)."),
    _row(_ARB2017, "arb2017_59", "第五十九条",
         "当事人申请撤销裁决的，应当自收到裁决书之日起六个月内提出。",
         "旧法规定：申请撤销裁决，要在收到裁决书之日起6个月内提出。",
         "Old set-aside deadline: 6 months from receipt of the award."),
    _row(_ARB_ENFORCEMENT, "arb_enforcement_8_1", "第八条第一款",
         "被执行人向人民法院申请不予执行仲裁裁决的，应当在执行通知书送达之日起十五日内提出书面申请；有"
         "民事诉讼法第二百三十七条第二款第四、六项规定情形且执行程序尚未终结的，应当自知道或者应当知道"
         "有关事实或案件之日起十五日内提出书面申请。\n"
         "……",
         "申请不予执行仲裁裁决，要在执行通知书送达之日起15日内书面提出。",
         "Apply for non-enforcement within 15 days of receiving the 执行通知书 (for forged/concealed e"
         "vidence: 15 days from learning of it)."),
    _row(_PRE_ARBITRATION, "pre_arbitration_reply_1", "",
         "当事人申请人民法院执行仲裁机构根据仲裁法作出的仲裁裁决或者调解书，人民法院经审查，符合民事诉"
         "讼法、仲裁法相关规定的，应当依法及时受理，立案执行。但是，根据仲裁法第二条的规定，仲裁机构可"
         "以仲裁的是当事人间已经发生的合同纠纷和其他财产权益纠纷。因此，网络借贷合同当事人申请执行仲裁"
         "机构在纠纷发生前作出的仲裁裁决或者调解书的，人民法院应当裁定不予受理；已经受理的，裁定驳回执"
         "行申请。",
         "网络借贷合同当事人在纠纷发生前作出的仲裁裁决或调解书，法院不予受理执行。",
         "A 网贷 award or mediation statement made before any dispute existed cannot be enforced."),
    _row(_PRE_ARBITRATION, "pre_arbitration_reply_2", "",
         "你院请示中提出的下列情形，应当认定为民事诉讼法第二百三十七条第二款第三项规定的“仲裁庭的组成"
         "或者仲裁的程序违反法定程序”的情形：\n"
         "一、仲裁机构未依照仲裁法规定的程序审理纠纷或者主持调解，径行根据网络借贷合同当事人在纠纷发生"
         "前签订的和解或者调解协议作出仲裁裁决、仲裁调解书的；\n"
         "二、仲裁机构在仲裁过程中未保障当事人申请仲裁员回避、提供证据、答辩等仲裁法规定的基本程序权利"
         "的。",
         "仲裁机构不按程序审理、径行依据纠纷前的协议裁决，或者不保障回避、举证、答辩等基本权利的，属于"
         "程序违法。",
         "Deciding on a pre-dispute settlement without a real procedure, or denying the right to chall"
         "enge an arbitrator, give evidence or answer, is a procedural violation."),
    _row(_PRE_ARBITRATION, "pre_arbitration_reply_3", "",
         "前款规定情形中，网络借贷合同当事人以约定弃权条款为由，主张仲裁程序未违反法定程序的，人民法院"
         "不予支持。",
         "合同里约定放弃这些程序权利，也不能使程序变得合法。",
         "A clause in which you waived those rights does not save the procedure."),
)

# --- Enforcement: interest, asset report, seizure, 失信, 限高, settlement, 拒执 (§4) ------------------

_ENFORCEMENT = (
    _row(_DELAY_INTEREST, "delay_interest_1", "第一条",
         "根据民事诉讼法第二百五十三条规定加倍计算之后的迟延履行期间的债务利息，包括迟延履行期间的一般"
         "债务利息和加倍部分债务利息。\n"
         "迟延履行期间的一般债务利息，根据生效法律文书确定的方法计算；生效法律文书未确定给付该利息的，"
         "不予计算。\n"
         "加倍部分债务利息的计算方法为：加倍部分债务利息=债务人尚未清偿的生效法律文书确定的除一般债务利"
         "息之外的金钱债务×日万分之一点七五×迟延履行期间。",
         "迟延履行的加倍部分利息按日万分之一点七五计算。",
         "The extra (\"加倍部分\") interest is 0.0175 % per day (日万分之一点七五) on the unpaid money d"
         "ebt fixed by the judgment (excluding ordinary interest), on top of any ordinary interest the"
         " judgment awards."),
    _row(_DELAY_INTEREST, "delay_interest_2", "第二条",
         "加倍部分债务利息自生效法律文书确定的履行期间届满之日起计算；生效法律文书确定分期履行的，自每"
         "次履行期间届满之日起计算；生效法律文书未确定履行期间的，自法律文书生效之日起计算。",
         "加倍部分利息从判决确定的履行期间届满之日起计算。",
         "It runs from the expiry of the payment period fixed in the judgment (for instalments, from e"
         "ach instalment's expiry)."),
    _row(_ENFORCEMENT_INTERP, "enforcement_interp_20", "第二十条",
         "申请执行时效因申请执行、当事人双方达成和解协议、当事人一方提出履行要求或者同意履行义务而中断"
         "。从中断时起，申请执行时效期间重新计算。",
         "申请执行、达成和解、债权人要求履行或者债务人同意履行，都会让申请执行时效重新计算。",
         "The 2 years restart whenever the bank applies, you settle, the bank demands payment or you a"
         "gree to pay."),
    _row(_PROPERTY_REPORT, "property_report_3_1", "第三条第一款",
         "人民法院依申请执行人的申请或依职权责令被执行人报告财产情况的，应当向其发出报告财产令。金钱债"
         "权执行中，报告财产令应当与执行通知同时发出。\n"
         "……",
         "金钱债权执行中，报告财产令和执行通知同时发出。",
         "The order to report (报告财产令) comes together with the 执行通知 in money cases."),
    _row(_PROPERTY_REPORT, "property_report_5_1", "第五条第一款",
         "被执行人应当在报告财产令载明的期限内向人民法院书面报告下列财产情况：\n"
         "（一）收入、银行存款、现金、理财产品、有价证券；\n"
         "（二）土地使用权、房屋等不动产；\n"
         "（三）交通运输工具、机器设备、产品、原材料等动产；\n"
         "（四）债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；\n"
         "（五）其他应当报告的财产。\n"
         "……",
         "要书面报告收入、存款、房产、车辆、债权、股权等财产情况。",
         "What to report: income, deposits, cash, wealth products, securities, property, vehicles, cla"
         "ims, shares, etc."),
    _row(_PROPERTY_REPORT, "property_report_9_1", "第九条第一款",
         "被执行人拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，人民法院可以根据情节轻重对被执行"
         "人或者其法定代理人予以罚款、拘留；构成犯罪的，依法追究刑事责任。\n"
         "……",
         "拒绝报告、虚假报告或无正当理由逾期报告的，可以罚款、拘留，构成犯罪的追究刑事责任。",
         "Refusing, lying or reporting late without reason → fine/detention; possibly a crime."),
    _row(_PROPERTY_REPORT, "property_report_10", "第十条",
         "被执行人拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，人民法院应当依照相关规定将其纳入"
         "失信被执行人名单。",
         "拒绝报告、虚假报告或无正当理由逾期报告的，应当纳入失信被执行人名单。",
         "…and mandatory listing as 失信被执行人. Reporting honestly (even \"nothing\") protects you."),
    _row(_SEIZURE, "seizure_rules_2", "第二条第一、三款",
         "人民法院可以查封、扣押、冻结被执行人占有的动产、登记在被执行人名下的不动产、特定动产及其他财"
         "产权。\n"
         "……\n"
         "对于第三人占有的动产或者登记在第三人名下的不动产、特定动产及其他财产权，第三人书面确认该财产"
         "属于被执行人的，人民法院可以查封、扣押、冻结。",
         "只能查封、冻结被执行人占有或登记在其名下的财产；第三人名下的财产，要第三人书面确认属于被执行"
         "人才可以。",
         "Only property the debtor possesses or that is registered in the debtor's name can be seized;"
         " property in a third person's name only if that person confirms in writing it belongs to the"
         " debtor."),
    _row(_SEIZURE, "seizure_rules_3", "第三条",
         "人民法院对被执行人的下列财产不得查封、扣押、冻结：\n"
         "（一）被执行人及其所扶养家属生活所必需的衣服、家具、炊具、餐具及其他家庭生活必需的物品；\n"
         "（二）被执行人及其所扶养家属所必需的生活费用。当地有最低生活保障标准的，必需的生活费用依照该"
         "标准确定；\n"
         "（三）被执行人及其所扶养家属完成义务教育所必需的物品；\n"
         "（四）未公开的发明或者未发表的著作；\n"
         "（五）被执行人及其所扶养家属用于身体缺陷所必需的辅助工具、医疗物品；\n"
         "（六）被执行人所得的勋章及其他荣誉表彰的物品；\n"
         "（七）根据《中华人民共和国缔结条约程序法》，以中华人民共和国、中华人民共和国政府或者中华人民"
         "共和国政府部门名义同外国、国际组织缔结的条约、协定和其他具有条约、协定性质的文件中规定免于查"
         "封、扣押、冻结的财产；\n"
         "（八）法律或者司法解释规定的其他不得查封、扣押、冻结的财产。",
         "本人和所扶养家属的生活必需品和必需生活费用（按当地低保标准）等，不得查封、冻结。",
         "Cannot be seized or frozen: necessary clothes, furniture and household items; the necessary "
         "living costs of you and your dependants — set at the local 最低生活保障 (低保) level where "
         "one exists; items for compulsory schooling; aids for disability; etc. Note how low the prote"
         "cted amount may be."),
    _row(_SEIZURE, "seizure_rules_4", "第四条",
         "对被执行人及其所扶养家属生活所必需的居住房屋，人民法院可以查封，但不得拍卖、变卖或者抵债。",
         "本人和所扶养家属生活必需的居住房屋，可以查封，但不得拍卖、变卖或抵债。",
         "Your only necessary home may be sealed but not auctioned, sold or handed over — subject to "
         "第五条."),
    _row(_SEIZURE, "seizure_rules_5", "第五条",
         "对于超过被执行人及其所扶养家属生活所必需的房屋和生活用品，人民法院根据申请执行人的申请，在保"
         "障被执行人及其所扶养家属最低生活标准所必需的居住房屋和普通生活必需品后，可予以执行。",
         "超过生活必需的房屋和生活用品，在保障最低生活所需后可以执行。",
         "Housing beyond what is necessary can be enforced after securing minimum housing."),
    _row(_SEIZURE, "seizure_rules_12_1", "第十二条第一款",
         "对被执行人与其他人共有的财产，人民法院可以查封、扣押、冻结，并及时通知共有人。\n"
         "……",
         "与他人共有的财产可以查封、冻结，并通知共有人。",
         "Property co-owned with others (e.g. a jointly owned flat) can be frozen; the co-owners are n"
         "otified."),
    _row(_SEIZURE, "seizure_rules_19_1", "第十九条第一款",
         "查封、扣押、冻结被执行人的财产，以其价额足以清偿法律文书确定的债权额及执行费用为限，不得明显"
         "超标的额查封、扣押、冻结。\n"
         "……",
         "查封、冻结以足够清偿债务和执行费用为限，不得明显超标的。",
         "No clearly excessive seizure — only enough to cover the debt and costs."),
    _row(_REFUSAL, "refusal_interp_3_4", "第三条第（四）项",
         "负有执行义务的人有能力执行而拒不执行，且具有下列情形之一，应当认定为全国人民代表大会常务委员"
         "会关于刑法第三百一十三条的解释中规定的“其他有能力执行而拒不执行，情节严重的情形”：\n"
         "……\n"
         "（四）具有拒绝报告或者虚假报告财产情况、违反人民法院限制消费令等拒不执行行为，经采取罚款、拘"
         "留等强制措施后仍拒不执行的；\n"
         "……",
         "拒绝报告或虚假报告财产、违反限制消费令，经罚款、拘留后仍拒不执行的，可能构成犯罪。",
         "Refusing or faking the asset report, or breaking a 限消令, after fines/detention can reach t"
         "he criminal threshold."),
    _row(_REFUSAL, "refusal_interp_5", "第五条",
         "有能力执行是指负有执行义务的人有全部执行或者部分执行给付财产义务或履行特定行为义务的能力。\n"
         "在认定负有执行义务的人的执行能力时，应当扣除负有执行义务的人及其所扶养家属的生活必需费用。",
         "认定有没有执行能力时，要先扣除本人和所扶养家属的生活必需费用。",
         "When judging whether you \"can pay\", the court must first deduct the living necessities of yo"
         "u and your dependants."),
    _row(_REFUSAL, "refusal_interp_6", "第六条",
         "行为人为逃避执行义务，在诉讼开始后、裁判生效前实施隐藏、转移财产等行为，在判决、裁定生效后经"
         "查证属实，要求其执行而拒不执行的，可以认定其有能力执行而拒不执行，情节严重，以拒不执行判决、"
         "裁定罪追究刑事责任。\n"
         "前款所指诉讼开始后，一般是指被告接到人民法院应诉通知后。",
         "接到应诉通知后隐藏、转移财产的，判决生效后可以认定为有能力执行而拒不执行。",
         "Hiding or moving assets after you were notified of the lawsuit can later be treated as \"able"
         " but refusing\"."),
    _row(_REFUSAL, "refusal_interp_11", "第十一条",
         "实施刑法第三百一十三条规定的拒不执行判决、裁定行为，情节显著轻微危害不大的，不认为是犯罪；在"
         "提起公诉前，履行全部或者部分执行义务，犯罪情节轻微的，可以依法不起诉。在一审宣告判决前，履行"
         "全部或者部分执行义务，犯罪情节轻微的，可以依法从轻或者免除处罚。",
         "提起公诉前或一审判决前履行全部或部分义务的，可以不起诉或从轻、免除处罚。",
         "Paying all or part before prosecution may lead to no prosecution; before judgment, to a ligh"
         "ter or no penalty."),
    _row(_CRIMINAL, "criminal_law_313", "第三百一十三条",
         "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金；情"
         "节特别严重的，处三年以上七年以下有期徒刑，并处罚金。\n"
         "单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照前款的规定处"
         "罚。",
         "有能力执行而拒不执行法院判决、裁定，情节严重的是犯罪；没有能力还款不是犯罪。",
         "Refusing to comply with a judgment when able to, in serious cases, is a crime. Inability to "
         "pay is not."),
    _row(_DISHONEST, "dishonest_1", "第一条",
         "被执行人未履行生效法律文书确定的义务，并具有下列情形之一的，人民法院应当将其纳入失信被执行人"
         "名单，依法对其进行信用惩戒：\n"
         "（一）有履行能力而拒不履行生效法律文书确定义务的；\n"
         "（二）以伪造证据、暴力、威胁等方法妨碍、抗拒执行的；\n"
         "（三）以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行的；\n"
         "（四）违反财产报告制度的；\n"
         "（五）违反限制消费令的；\n"
         "（六）无正当理由拒不履行执行和解协议的。",
         "只有六种情形才纳入失信名单：有能力而拒不履行、妨碍抗拒执行、规避执行、违反财产报告制度、违反"
         "限制消费令、无正当理由不履行执行和解协议。单纯没钱还不在其中。",
         "The six situations: (1) able to pay but refuses; (2) obstructs enforcement by forgery, viole"
         "nce or threats; (3) evades by sham lawsuits/arbitration or hiding/moving assets; (4) breaks "
         "the asset-report duty; (5) breaks a consumption-restriction order; (6) without reason does n"
         "ot honour an enforcement settlement. Simply being unable to pay is not one of them."),
    _row(_DISHONEST, "dishonest_2", "第二条",
         "被执行人具有本规定第一条第二项至第六项规定情形的，纳入失信被执行人名单的期限为二年。被执行人"
         "以暴力、威胁方法妨碍、抗拒执行情节严重或具有多项失信行为的，可以延长一至三年。\n"
         "失信被执行人积极履行生效法律文书确定义务或主动纠正失信行为的，人民法院可以决定提前删除失信信"
         "息。",
         "第二至六项情形纳入失信名单期限为2年，可以延长1至3年；积极履行或纠正的，可以提前删除。",
         "Items (2)–(6): listing for 2 years, extendable by 1–3 years for serious violence/threats o"
         "r several violations; the court may delete early if you pay or correct the behaviour. Item ("
         "1) has no fixed term (see 第十条)."),
    _row(_DISHONEST, "dishonest_3", "第三条",
         "具有下列情形之一的，人民法院不得依据本规定第一条第一项的规定将被执行人纳入失信被执行人名单："
         "\n"
         "（一）提供了充分有效担保的；\n"
         "（二）已被采取查封、扣押、冻结等措施的财产足以清偿生效法律文书确定债务的；\n"
         "（三）被执行人履行顺序在后，对其依法不应强制执行的；\n"
         "（四）其他不属于有履行能力而拒不履行生效法律文书确定义务的情形。",
         "提供了充分担保、已冻结财产足够清偿，或者不属于有能力而拒不履行的，不得按第一项纳入失信名单。",
         "You must not be listed under item (1) if you gave adequate security, frozen assets already c"
         "over the debt, or you are otherwise not \"able but refusing\"."),
    _row(_DISHONEST, "dishonest_4", "第四条",
         "被执行人为未成年人的，人民法院不得将其纳入失信被执行人名单。",
         "未成年人不得纳入失信名单。",
         "Minors are never listed."),
    _row(_DISHONEST, "dishonest_5", "第五条",
         "人民法院向被执行人发出的执行通知中，应当载明有关纳入失信被执行人名单的风险提示等内容。\n"
         "申请执行人认为被执行人具有本规定第一条规定情形之一的，可以向人民法院申请将其纳入失信被执行人"
         "名单。人民法院应当自收到申请之日起十五日内审查并作出决定。人民法院认为被执行人具有本规定第一"
         "条规定情形之一的，也可以依职权决定将其纳入失信被执行人名单。\n"
         "人民法院决定将被执行人纳入失信被执行人名单的，应当制作决定书，决定书应当写明纳入失信被执行人"
         "名单的理由，有纳入期限的，应当写明纳入期限。决定书由院长签发，自作出之日起生效。决定书应当按"
         "照民事诉讼法规定的法律文书送达方式送达当事人。",
         "执行通知要先提示失信风险；纳入失信名单要有法院院长签发的书面决定书，写明理由和期限，并送达本"
         "人。",
         "The 执行通知 must warn you first; listing needs a written decision, signed by the court pres"
         "ident, stating reasons and term, served on you."),
    _row(_DISHONEST, "dishonest_8", "第八条",
         "人民法院应当将失信被执行人名单信息，向政府相关部门、金融监管机构、金融机构、承担行政职能的事"
         "业单位及行业协会等通报，供相关单位依照法律、法规和有关规定，在政府采购、招标投标、行政审批、"
         "政府扶持、融资信贷、市场准入、资质认定等方面，对失信被执行人予以信用惩戒。\n"
         "人民法院应当将失信被执行人名单信息向征信机构通报，并由征信机构在其征信系统中记录。\n"
         "国家工作人员、人大代表、政协委员等被纳入失信被执行人名单的，人民法院应当将失信情况通报其所在"
         "单位和相关部门。\n"
         "国家机关、事业单位、国有企业等被纳入失信被执行人名单的，人民法院应当将失信情况通报其上级单位"
         "、主管部门或者履行出资人职责的机构。",
         "失信信息通报有关部门和金融机构，记入征信系统；只有国家工作人员、人大代表、政协委员等才通报其"
         "所在单位。",
         "The list goes to government bodies, financial regulators and institutions and is recorded in"
         " the credit-reporting system; the court notifies the employer only of civil servants, 人大代"
         "表 and 政协委员 (and superiors of state bodies/SOEs)."),
    _row(_DISHONEST, "dishonest_10", "第十条",
         "具有下列情形之一的，人民法院应当在三个工作日内删除失信信息：\n"
         "（一）被执行人已履行生效法律文书确定的义务或人民法院已执行完毕的；\n"
         "（二）当事人达成执行和解协议且已履行完毕的；\n"
         "（三）申请执行人书面申请删除失信信息，人民法院审查同意的；\n"
         "（四）终结本次执行程序后，通过网络执行查控系统查询被执行人财产两次以上，未发现有可供执行财产"
         "，且申请执行人或者其他人未提供有效财产线索的；\n"
         "（五）因审判监督或破产程序，人民法院依法裁定对失信被执行人中止执行的；\n"
         "（六）人民法院依法裁定不予执行的；\n"
         "（七）人民法院依法裁定终结执行的。\n"
         "有纳入期限的，不适用前款规定。纳入期限届满后三个工作日内，人民法院应当删除失信信息。\n"
         "依照本条第一款规定删除失信信息后，被执行人具有本规定第一条规定情形之一的，人民法院可以重新将"
         "其纳入失信被执行人名单。\n"
         "依照本条第一款第三项规定删除失信信息后六个月内，申请执行人申请将该被执行人纳入失信被执行人名"
         "单的，人民法院不予支持。",
         "履行完毕、和解协议履行完毕、债权人申请删除并获同意等情形，法院要在3个工作日内删除失信信息。",
         "Deletion within 3 working days when: you have paid / enforcement completed; a settlement is "
         "fully performed; the creditor asks in writing and the court agrees; after 终本 two network a"
         "sset searches find nothing and no leads are given; enforcement suspended for retrial/bankrup"
         "tcy; non-enforcement; enforcement terminated. Fixed-term listings are deleted 3 working days"
         " after the term ends."),
    _row(_DISHONEST, "dishonest_11", "第十一条",
         "被纳入失信被执行人名单的公民、法人或其他组织认为有下列情形之一的，可以向执行法院申请纠正：\n"
         "（一）不应将其纳入失信被执行人名单的；\n"
         "（二）记载和公布的失信信息不准确的；\n"
         "（三）失信信息应予删除的。",
         "认为不应纳入、记载不准确或应当删除的，可以向执行法院申请纠正。",
         "You may apply to the enforcing court to correct a wrongful, inaccurate or overdue listing."),
    _row(_DISHONEST, "dishonest_12", "第十二条",
         "公民、法人或其他组织对被纳入失信被执行人名单申请纠正的，执行法院应当自收到书面纠正申请之日起"
         "十五日内审查，理由成立的，应当在三个工作日内纠正；理由不成立的，决定驳回。公民、法人或其他组"
         "织对驳回决定不服的，可以自决定书送达之日起十日内向上一级人民法院申请复议。上一级人民法院应当"
         "自收到复议申请之日起十五日内作出决定。\n"
         "复议期间，不停止原决定的执行。",
         "法院收到纠正申请后15日内审查；对驳回不服的，10日内可以向上一级法院申请复议。",
         "The court decides within 15 days; appeal (复议) to the higher court within 10 days."),
    _row(_HIGH_CONSUMPTION, "high_consumption_1", "第一条",
         "被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务的，人民法院可以采取限制消费措"
         "施，限制其高消费及非生活或者经营必需的有关消费。\n"
         "纳入失信被执行人名单的被执行人，人民法院应当对其采取限制消费措施。",
         "不按执行通知履行的，法院可以限制高消费；纳入失信名单的，应当限制。",
         "A debtor who does not pay within the 执行通知 period may be restricted; a debtor on the 失信"
         " list must be. Unlike 失信, this does not require \"able but refusing\"."),
    _row(_HIGH_CONSUMPTION, "high_consumption_3_1", "第三条第一款",
         "被执行人为自然人的，被采取限制消费措施后，不得有以下高消费及非生活和工作必需的消费行为：\n"
         "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；\n"
         "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；\n"
         "（三）购买不动产或者新建、扩建、高档装修房屋；\n"
         "（四）租赁高档写字楼、宾馆、公寓等场所办公；\n"
         "（五）购买非经营必需车辆；\n"
         "（六）旅游、度假；\n"
         "（七）子女就读高收费私立学校；\n"
         "（八）支付高额保费购买保险理财产品；\n"
         "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为"
         "。\n"
         "……",
         "被限制消费后不得乘坐飞机、列车软卧、轮船二等以上舱位、G字头动车组列车的全部座位和其他动车组"
         "列车一等以上座位，不得在星级以上宾馆高消费、买房、旅游度假、让子女就读高收费私立学校等。",
         "What is restricted: flights, soft-sleeper berths, ship 2nd class and above; star hotels, nig"
         "htclubs, golf; buying property or building/renovating expensively; renting upmarket offices;"
         " buying non-essential cars; travel and holidays; children at high-fee private schools; high-"
         "premium insurance/wealth products; all seats on G-trains and 1st class and above on other bu"
         "llet trains; other non-essential spending. Read literally, spending necessary for daily life"
         " and work (rail seats other than those named, everyday rent, food, medical care) is outside "
         "the list — an inference from the wording, not a separate rule."),
    _row(_HIGH_CONSUMPTION, "high_consumption_8", "第八条",
         "被限制消费的被执行人因生活或者经营必需而进行本规定禁止的消费活动的，应当向人民法院提出申请，"
         "获批准后方可进行。",
         "因生活或经营必需要进行被禁止的消费，可以向法院申请，批准后进行。",
         "If you need a restricted item for living or work (e.g. a flight for medical reasons), apply "
         "to the court for permission first."),
    _row(_HIGH_CONSUMPTION, "high_consumption_9", "第九条",
         "在限制消费期间，被执行人提供确实有效的担保或者经申请执行人同意的，人民法院可以解除限制消费令"
         "；被执行人履行完毕生效法律文书确定的义务的，人民法院应当在本规定第六条通知或者公告的范围内及"
         "时以通知或者公告解除限制消费令。",
         "提供有效担保或债权人同意的，可以解除限制消费令；履行完毕的，应当及时解除。",
         "Lifted if you give valid security or the creditor agrees; must be lifted once you have paid "
         "in full."),
    _row(_SETTLEMENT, "enforcement_settlement_1", "第一条",
         "当事人可以自愿协商达成和解协议，依法变更生效法律文书确定的权利义务主体、履行标的、期限、地点"
         "和方式等内容。\n"
         "和解协议一般采用书面形式。",
         "执行和解可以变更履行的金额、期限和方式，一般要书面。",
         "A settlement may change the amount, time, place and way of payment; normally in writing."),
    _row(_SETTLEMENT, "enforcement_settlement_2", "第二条",
         "和解协议达成后，有下列情形之一的，人民法院可以裁定中止执行：\n"
         "（一）各方当事人共同向人民法院提交书面和解协议的；\n"
         "（二）一方当事人向人民法院提交书面和解协议，其他当事人予以认可的；\n"
         "（三）当事人达成口头和解协议，执行人员将和解协议内容记入笔录，由各方当事人签名或者盖章的。",
         "和解协议提交法院后，法院可以中止执行。",
         "Once filed with the court, enforcement may be suspended."),
    _row(_SETTLEMENT, "enforcement_settlement_9", "第九条",
         "被执行人一方不履行执行和解协议的，申请执行人可以申请恢复执行原生效法律文书，也可以就履行执行"
         "和解协议向执行法院提起诉讼。",
         "不履行和解协议的，债权人可以申请恢复执行原判决，也可以就和解协议起诉。",
         "If you default on the settlement, the bank may resume the original judgment or sue on the se"
         "ttlement."),
    _row(_SETTLEMENT, "enforcement_settlement_11", "第十一条",
         "申请执行人以被执行人一方不履行执行和解协议为由申请恢复执行，人民法院经审查，理由成立的，裁定"
         "恢复执行；有下列情形之一的，裁定不予恢复执行：\n"
         "（一）执行和解协议履行完毕后申请恢复执行的；\n"
         "（二）执行和解协议约定的履行期限尚未届至或者履行条件尚未成就的，但符合民法典第五百七十八条规"
         "定情形的除外；\n"
         "（三）被执行人一方正在按照执行和解协议约定履行义务的；\n"
         "（四）其他不符合恢复执行条件的情形。",
         "正在按和解协议履行或者已经履行完毕的，不恢复执行。",
         "Enforcement is not resumed while you are paying as agreed, or once the settlement is fully p"
         "erformed."),
)

# --- Checking a case, 律师函, relatives' property (§6, §7) --------------------------------------------

_CHECKING = (
    _row(_CASE_INFO, "case_info_rules_1_1", "第一条第一款",
         "人民法院审判刑事、民事、行政、国家赔偿案件的流程信息，应当通过互联网向参加诉讼的当事人及其法"
         "定代理人、诉讼代理人、辩护人公开。\n"
         "……",
         "民事案件的流程信息要通过互联网向当事人公开。",
         "Every party to a civil case can see its procedural information online."),
    _row(_CASE_INFO, "case_info_rules_3", "第三条",
         "中国审判流程信息公开网是人民法院公开审判流程信息的统一平台。各级人民法院在本院门户网站以及司"
         "法公开平台设置中国审判流程信息公开网的链接。\n"
         "有条件的人民法院可以通过手机、诉讼服务平台、电话语音系统、电子邮箱等辅助媒介，向当事人及其法"
         "定代理人、诉讼代理人、辩护人主动推送案件的审判流程信息，或者提供查询服务。",
         "中国审判流程信息公开网是法院公开审判流程信息的统一平台。",
         "The single official platform is 中国审判流程信息公开网; courts may also push information by "
         "phone, platform or SMS."),
    _row(_CASE_INFO, "case_info_rules_5_1", "第五条第一款",
         "当事人、法定代理人、诉讼代理人、辩护人的身份证件号码、律师执业证号、组织机构代码、统一社会信"
         "用代码，是其获取审判流程信息的身份验证依据。\n"
         "……",
         "当事人凭身份证件号码查询自己案件的流程信息。",
         "Parties log in with their ID-card number — a real case can be checked by you, with your own"
         " ID."),
    _row(_CASE_INFO, "case_info_rules_7", "第七条",
         "下列程序性信息应当通过互联网向当事人及其法定代理人、诉讼代理人、辩护人公开：\n"
         "（一）收案、立案信息，结案信息；\n"
         "（二）检察机关、刑罚执行机关信息，当事人信息；\n"
         "（三）审判组织信息；\n"
         "（四）审判程序、审理期限、送达、上诉、抗诉、移送等信息；\n"
         "（五）庭审、质证、证据交换、庭前会议、询问、宣判等诉讼活动的时间和地点；\n"
         "（六）裁判文书在中国裁判文书网的公布情况；\n"
         "（七）法律、司法解释规定应当公开，或者人民法院认为可以公开的其他程序性信息。",
         "立案、审判人员、送达、开庭时间地点、裁判文书公布情况等都向当事人公开。",
         "You can see filing information, the judges, deadlines, service, hearing dates and whether th"
         "e judgment is on 中国裁判文书网."),
    _row(_CASE_INFO, "case_info_rules_9", "第九条",
         "下列诉讼文书应当于送达后通过互联网向当事人及其法定代理人、诉讼代理人、辩护人公开：\n"
         "（一）起诉状、上诉状、再审申请书、申诉书、国家赔偿申请书、答辩状等诉讼文书；\n"
         "（二）受理案件通知书、应诉通知书、参加诉讼通知书、出庭通知书、合议庭组成人员通知书、传票等诉"
         "讼文书；\n"
         "（三）判决书、裁定书、决定书、调解书，以及其他有中止、终结诉讼程序作用，或者对当事人实体权利"
         "有影响、对当事人程序权利有重大影响的裁判文书；\n"
         "（四）法律、司法解释规定应当公开，或者人民法院认为可以公开的其他诉讼文书。",
         "起诉状、应诉通知书、传票、判决书等送达后也在网上向当事人公开。",
         "The complaint, notices, summons (传票) and judgments are shown there after service."),
    _row(_LAWYERS, "lawyers_law_28", "第二十八条",
         "律师可以从事下列业务：\n"
         "（一）接受自然人、法人或者其他组织的委托，担任法律顾问；\n"
         "（二）接受民事案件、行政案件当事人的委托，担任代理人，参加诉讼；\n"
         "（三）接受刑事案件犯罪嫌疑人、被告人的委托或者依法接受法律援助机构的指派，担任辩护人，接受自"
         "诉案件自诉人、公诉案件被害人或者其近亲属的委托，担任代理人，参加诉讼；\n"
         "（四）接受委托，代理各类诉讼案件的申诉；\n"
         "（五）接受委托，参加调解、仲裁活动；\n"
         "（六）接受委托，提供非诉讼法律服务；\n"
         "（七）解答有关法律的询问、代写诉讼文书和有关法律事务的其他文书。",
         "律师受当事人委托办事：担任法律顾问、代理诉讼、参加调解仲裁、提供非诉讼法律服务、代写文书等。",
         "A lawyer acts on a client's instructions, including non-litigation services such as letters;"
         " a 律师函 is not a court document."),
    _row(_CIVIL_CONTRACT, "civil_code_496", "第四百九十六条",
         "格式条款是当事人为了重复使用而预先拟定，并在订立合同时未与对方协商的条款。\n"
         "采用格式条款订立合同的，提供格式条款的一方应当遵循公平原则确定当事人之间的权利和义务，并采取"
         "合理的方式提示对方注意免除或者减轻其责任等与对方有重大利害关系的条款，按照对方的要求，对该条"
         "款予以说明。提供格式条款的一方未履行提示或者说明义务，致使对方没有注意或者理解与其有重大利害"
         "关系的条款的，对方可以主张该条款不成为合同的内容。",
         "格式条款中与对方有重大利害关系的条款，要合理提示和说明；没有提示说明的，对方可以主张该条款不"
         "成为合同内容。",
         "General rule behind 解释 第三十一条: standard terms of major importance must be drawn to you"
         "r attention, otherwise you may say they are not part of the contract."),
    _row(_CIVIL_CONTRACT, "civil_code_538", "第五百三十八条",
         "债务人以放弃其债权、放弃债权担保、无偿转让财产等方式无偿处分财产权益，或者恶意延长其到期债权"
         "的履行期限，影响债权人的债权实现的，债权人可以请求人民法院撤销债务人的行为。",
         "债务人无偿转让财产等影响债权实现的，债权人可以请求法院撤销。",
         "If the debtor gives property away to defeat the creditor, the creditor may ask a court to un"
         "do it."),
    _row(_CIVIL_FAMILY, "civil_code_1064", "第一千零六十四条",
         "夫妻双方共同签名或者夫妻一方事后追认等共同意思表示所负的债务，以及夫妻一方在婚姻关系存续期间"
         "以个人名义为家庭日常生活需要所负的债务，属于夫妻共同债务。\n"
         "夫妻一方在婚姻关系存续期间以个人名义超出家庭日常生活需要所负的债务，不属于夫妻共同债务；但是"
         "，债权人能够证明该债务用于夫妻共同生活、共同生产经营或者基于夫妻双方共同意思表示的除外。",
         "夫妻共同签名或事后追认的债务，以及一方为家庭日常生活需要所负的债务，是夫妻共同债务；超出的部"
         "分，除非债权人证明用于共同生活等，不属于共同债务。",
         "Debts both spouses signed or ratified, or one spouse incurred for the family's daily needs, "
         "are joint debts; debts beyond that are not, unless the creditor proves they served the famil"
         "y."),
)

# --- VERIFIED-SECONDARY facts and practice (§1.4, §4.2, §5, §6) ---------------------------------------

_SECONDARY = (
    _row(_CASE_NUMBER_RULES, "case_number_format", "", "",
         "案号由（收案年度）+法院代字+类型代字+案件编号+“号”组成；“民初”是民事一审，“执”是执行案"
         "件。",
         "案号 = (year) + court code (province short name + 2/4-digit number) + type code + sequence +"
         " 号; 民初 = civil first instance, 执 = enforcement."),
    _row(_PRACTICE_CASE_NO, "case_no_pre_mediation", "", "",
         "案号中有“民诉前调”的，是法院诉前调解的案号，还不是诉讼（立案）。",
         "A case number containing 民诉前调 is a pre-filing mediation file, not a lawsuit."),
    _row(_PRACTICE_JUDGMENTS, "judgment_performance_period", "", "",
         "履行期限由每份判决书自己写明，常见写法是“于本判决生效之日起十日内”，要以自己的判决书为准。",
         "The time to pay is set in each judgment (often 10 days after it takes effect); read your own"
         " judgment."),
    _row(_PRACTICE_INTEREST, "card_interest_reduction_cases", "", "",
         "公开报道的案例中，法院根据持卡人请求减少过信用卡利息、违约金，减少多少因案而异，没有统一比例"
         "。",
         "Courts have reduced card interest and penalties on the holder's request in reported cases; a"
         "mounts vary case by case."),
    _row(_PRACTICE_12368, "court_hotline_12368", "", "",
         "可以拨打（区号+）12368，或在微信中搜索“人民法院在线服务”，或带身份证到法院诉讼服务中心，核"
         "实案号是否真实；不要点短信里的链接。",
         "Call 12368 (or use 人民法院在线服务 / 中国移动微法院 inside WeChat, or go to the court with "
         "ID) to confirm a case number."),
    _row(_PRACTICE_ZXGK, "enforcement_info_platform", "", "",
         "中国执行信息公开网可以按姓名和身份证号查询失信被执行人、限制消费人员和执行案件。",
         "中国执行信息公开网 shows 失信、限制消费 and enforcement cases by name/ID."),
    _row(_PRACTICE_FAKE_NOTICE, "fake_court_notice_signs", "", "",
         "假冒法院通知的常见特征：要求付款、让转到个人账户或扫二维码、用私人手机号发送、让点链接或装软"
         "件、以抓人相威胁、案号无法向法院核实。法院通知一般通过12368短信、人民法院在线服务或“法院专递"
         "”送达。",
         "Red flags: payment demands, personal accounts/QR codes, private mobile numbers, links/apps, "
         "arrest threats, unconfirmable 案号; courts contact people by 12368 SMS, 人民法院在线服务 or "
         "法院专递."),
    _row(_PRACTICE_LAWYER_LETTER, "lawyer_letter_nature", "", "",
         "律师函是律师受委托发出的信，不是法院文书，本身没有强制执行的效力；但可能算作债权人催收，使诉"
         "讼时效重新计算。",
         "A 律师函 is a lawyer's letter for a client, not a court document; no enforcement force of it"
         "s own; may interrupt limitation."),
)

ROWS: tuple[Citation, ...] = (
    _CIVPRO_ROWS + _CIVPRO_INTERP_ROWS + _SERVICE_AND_MEDIATION + _FEES + _ARBITRATION + _ENFORCEMENT
    + _CHECKING + _SECONDARY
)

# --- §8: every VERIFIED item → the rows it rests on (LB rows where the reference points to LB) --------

ITEMS: dict[str, tuple[str, ...]] = {
    "ct_filing_at_court": ("civpro_122", "civpro_123_1", "civpro_126"),
    "ct_complaint_copy_5d": ("civpro_128",),
    "ct_answer_15d": ("civpro_128",),
    "ct_deadline_counting": ("civpro_85", "civpro_interp_125"),
    "ct_jurisdiction_objection": ("civpro_130",),
    "ct_jurisdiction_defendant_domicile": ("civpro_22_1", "civpro_24", "civpro_interp_18"),
    "ct_jurisdiction_clause": ("civpro_35", "civpro_interp_30"),
    "ct_format_jurisdiction_clause": ("civpro_interp_31", "civil_code_496"),
    "ct_evidence_period": ("civpro_68", "civpro_interp_99", "civpro_interp_266_1", "civpro_interp_275"),
    "ct_hearing_notice_3d": ("civpro_139", "civpro_interp_227"),
    "ct_default_judgment": ("civpro_147", "civpro_interp_241"),
    "ct_sms_summons_no_default": ("civpro_interp_261",),
    "ct_no_arrest_for_absence": ("civpro_112", "civpro_interp_174"),
    "ct_public_notice_service_30d": ("civpro_95",),
    "ct_electronic_service": ("civpro_90", "online_litigation_29", "online_litigation_31_1"),
    "ct_postal_service_fayuanzhuandi": ("court_post_1_1", "court_post_2"),
    "ct_pre_suit_mediation": (
        "civpro_125", "invited_mediation_11", "invited_mediation_21", "invited_mediation_27_1",
        "online_mediation_4", "online_mediation_15", "online_mediation_24_1",
    ),
    "ct_mediation_concessions_protected": ("online_mediation_18",),
    "ct_mediation_confirmation_enforceable": ("civpro_205", "civpro_206"),
    "ct_case_no_pre_mediation": ("case_no_pre_mediation",),
    "ct_simplified_procedure": ("civpro_160", "civpro_162", "civpro_164"),
    "ct_small_claims": (
        "civpro_165", "civpro_166", "civpro_167", "civpro_168", "civpro_169_2",
        "civpro_interp_271", "civpro_interp_272", "civpro_interp_279",
    ),
    "ct_court_fees": ("court_fees_13", "court_fees_16", "court_fees_29", "court_fees_44", "court_fees_45"),
    "ct_payment_order_objection_15d": (
        "civpro_227", "civpro_228", "civpro_interp_438_1", "civpro_interp_439",
    ),
    "ct_payment_order_objection_content": ("civpro_interp_431", "civpro_interp_436"),
    "ct_payment_order_no_objection_enforce": ("civpro_227", "civpro_interp_440"),
    "ct_payment_order_venue": ("civpro_interp_23", "civpro_interp_427", "civpro_interp_430"),
    "ct_arbitration_agreement": (
        "arb2025_4", "arb2025_27", "arb2025_28", "arb2025_29", "arb2025_31",
        "arb2017_16", "arb2017_17", "arb2017_20",
    ),
    "ct_arbitration_final": ("arb2025_10", "arb2017_9"),
    "ct_arbitration_online": ("arb2025_11",),
    # Both texts' rows; which one governs an award received before 2026-03-01 is UNVERIFIED.
    "ct_arbitration_setaside": ("arb2025_71", "arb2025_72", "arb2017_58", "arb2017_59"),
    "ct_arbitration_nonenforce_15d": ("civpro_248", "arb2025_76", "arb_enforcement_8_1"),
    "ct_p2p_pre_dispute_award": (
        "pre_arbitration_reply_1", "pre_arbitration_reply_2", "pre_arbitration_reply_3",
    ),
    "ct_appeal_15d": ("civpro_171", "civpro_interp_244", "civpro_interp_318"),
    "ct_judgment_final": ("civpro_158",),
    "ct_performance_period": ("judgment_performance_period",),
    "ct_double_interest": ("civpro_264", "delay_interest_1", "delay_interest_2"),
    "ct_enforce_2y": ("civpro_250", "enforcement_interp_20"),
    "ct_enforce_reopen_after_zhongben": ("civpro_interp_517",),
    "ct_asset_report": (
        "civpro_252", "property_report_3_1", "property_report_5_1",
        "property_report_9_1", "property_report_10",
    ),
    "ct_freeze_debtor_only": ("civpro_253_1", "seizure_rules_2", "seizure_rules_12_1", "seizure_rules_19_1"),
    "ct_third_party_objection": ("civpro_238",),
    "ct_living_exemption": (
        "civpro_254", "civpro_255", "seizure_rules_3", "seizure_rules_4",
        "seizure_rules_5", "refusal_interp_5",
    ),
    "ct_dishonest_list": ("dishonest_1", "dishonest_5", "dishonest_8"),
    "ct_dishonest_not_for_inability": ("dishonest_3", "dishonest_4"),
    "ct_dishonest_term_2y": ("dishonest_2",),
    "ct_dishonest_deletion": ("dishonest_10", "dishonest_11", "dishonest_12"),
    "ct_high_consumption": (
        "high_consumption_1", "high_consumption_3_1", "high_consumption_8", "high_consumption_9",
    ),
    "ct_court_publicity_exit_credit": ("civpro_266", "civpro_interp_516"),
    "ct_enforcement_settlement": (
        "civpro_241", "enforcement_settlement_1", "enforcement_settlement_2", "enforcement_settlement_9",
        "enforcement_settlement_11", "civpro_interp_465", "civpro_interp_466",
    ),
    "ct_refusal_to_comply_crime": (
        "civpro_114_1", "civpro_118", "criminal_law_313", "refusal_interp_3_4", "refusal_interp_5",
        "refusal_interp_6", "refusal_interp_11",
    ),
    "ct_interest_reduction": ("card_disputes_2", "civil_code_585_2"),
    "ct_interest_reduction_practice": ("card_interest_reduction_cases",),
    "ct_check_case_platform": (
        "case_info_rules_1_1", "case_info_rules_3", "case_info_rules_5_1",
        "case_info_rules_7", "case_info_rules_9",
    ),
    "ct_check_12368": ("court_hotline_12368",),
    "ct_check_zxgk": ("enforcement_info_platform",),
    "ct_case_number_format": ("case_number_format",),
    # Red flags are practice; the service rules they rest on are primary.
    "ct_fake_court_notice": (
        "fake_court_notice_signs", "civpro_87", "civpro_88_1", "civpro_90", "court_post_1_1", "court_post_2",
        "civpro_interp_227",
    ),
    "ct_lawyer_letter_no_force": ("lawyers_law_28", "lawyer_letter_nature"),
    "ct_threat_family_accounts": ("seizure_rules_2", "seizure_rules_12_1", "civpro_238", "civil_code_1064"),
}
