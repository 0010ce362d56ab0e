"""Every legal citation the app can show: one versioned table built from reference/legal-basis-zh.md
and, in `court_citations`, from reference/court-stage-zh.md.

Each row carries its provenance (issuer, date in force, source, verification tag, date verified).
Article numbers appear only where the reference confirms them; `text` holds a quotation only where
the reference allows quoting, otherwise the app shows `substance_zh` (a plain-words paraphrase).
UNVERIFIED rows, foreign comparisons and practice are never shown as law (`shown_as_law`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.core import court_citations
from app.core.citation_model import LRB, NPC, Citation, Instrument, Tag
from app.core.citation_model import shown_as_law as shown_as_law  # re-exported: callers import it from here

# The table's version is the date of its newest reference (court-stage-zh.md); each row keeps the
# date its own reference was verified.
CITATIONS_VERSION = "2026-12-03"
VERIFIED_ON = date(2026, 11, 29)


def _row(
    inst: Instrument, cid: str, article: str, text: str, substance_zh: str, meaning_en: str, **changes
) -> Citation:
    base = Citation(
        id=cid, instrument=inst.title, article=article, text=text, substance_zh=substance_zh,
        meaning_en=meaning_en, issuer=inst.issuer, in_force_on=inst.in_force_on, verified_on=VERIFIED_ON,
        tag=inst.tag, source=inst.source, doc_number=inst.doc_number,
    )
    return replace(base, **changes)


# --- 民法典 (§11) -----------------------------------------------------------------------------------

_CIVIL = Instrument(
    "中华人民共和国民法典", "全国人民代表大会", date(2021, 1, 1), Tag.PRIMARY, LRB + "民法典/总则.md"
)
_CIVIL_CONTRACT = replace(_CIVIL, source=LRB + "民法典/合同编.md")
_CIVIL_PERSONALITY = replace(_CIVIL, source=LRB + "民法典/人格权编.md")

_CIVIL_1033_LEAD = "除法律另有规定或者权利人明确同意外，任何组织或者个人不得实施下列行为："

_CIVIL_CODE = (
    _row(_CIVIL, "civil_code_188", "第一百八十八条",
         "向人民法院请求保护民事权利的诉讼时效期间为三年。法律另有规定的，依照其规定。\n"
         "诉讼时效期间自权利人知道或者应当知道权利受到损害以及义务人之日起计算。法律另有规定的，依照其规定。"
         "但是，自权利受到损害之日起超过二十年的，人民法院不予保护，有特殊情况的，人民法院可以根据权利人的"
         "申请决定延长。",
         "到法院起诉要债的期限（诉讼时效）一般是三年，从债权人知道欠款没还、也知道是谁欠的时候算起。",
         "3-year limitation period from when the creditor knew of the default and the debtor."),
    _row(_CIVIL, "civil_code_192", "第一百九十二条",
         "诉讼时效期间届满的，义务人可以提出不履行义务的抗辩。\n"
         "诉讼时效期间届满后，义务人同意履行的，不得以诉讼时效期间届满为由抗辩；义务人已经自愿履行的，不得"
         "请求返还。",
         "时效过了，欠款人可以拒绝还；但时效过后又答应还或者已经还了，就不能再拿时效说事，也不能要回已还的"
         "钱。",
         "After expiry the debtor may refuse; but agreeing to pay or paying after expiry waives the "
         "defence."),
    _row(_CIVIL, "civil_code_193", "第一百九十三条",
         "人民法院不得主动适用诉讼时效的规定。",
         "法院不会主动替欠款人提出时效已过，要欠款人自己提出。",
         "Court will not raise limitation by itself."),
    _row(_CIVIL, "civil_code_195", "第一百九十五条",
         "有下列情形之一的，诉讼时效中断，从中断、有关程序终结时起，诉讼时效期间重新计算：（一）权利人向义"
         "务人提出履行请求；"
         "（二）义务人同意履行义务；（三）权利人提起诉讼或者申请仲裁；（四）与提起诉讼或者申请仲裁具有同等"
         "效力的其他情形。",
         "银行每催收一次、欠款人每答应还款一次、银行起诉，三年时效都会重新开始计算。",
         "Any demand by the creditor, any agreement to pay, a lawsuit — restarts the 3 years."),
    _row(_CIVIL_CONTRACT, "civil_code_546_1", "第五百四十六条第一款",
         "债权人转让债权，未通知债务人的，该转让对债务人不发生效力。",
         "债务被卖给别人（例如资产管理公司），要先通知欠款人，对欠款人才算数。",
         "A sold debt (e.g., to an asset-management company) binds the debtor only after notice."),
    _row(_CIVIL_CONTRACT, "civil_code_585_2", "第五百八十五条第二款",
         "约定的违约金低于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以增加；"
         "约定的违约金过分高于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以适当减少。",
         "违约金定得过高，欠款人可以请求法院适当减少。",
         "Excessive 违约金 can be reduced by a court on request."),
    _row(_CIVIL_CONTRACT, "civil_code_680_1", "第六百八十条第一款",
         "禁止高利放贷，借款的利率不得违反国家有关规定。",
         "禁止放高利贷，借款利率要符合国家规定。",
         "Usury banned; rates must follow state rules."),
    _row(_CIVIL_PERSONALITY, "civil_code_1024", "第一千零二十四条",
         "民事主体享有名誉权。任何组织或者个人不得以侮辱、诽谤等方式侵害他人的名誉权。\n"
         "名誉是对民事主体的品德、声望、才能、信用等的社会评价。",
         "每个人都有名誉权（包括信用方面的名声），任何人不得用侮辱、诽谤的方式损害。",
         "Reputation — includes one's credit standing; insults/defamation forbidden."),
    _row(_CIVIL_PERSONALITY, "civil_code_1032", "第一千零三十二条",
         "自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。\n"
         "隐私是自然人的私人生活安宁和不愿为他人知晓的私密空间、私密活动、私密信息。",
         "每个人都有隐私权，包括生活安宁；任何人不得打探、打扰、泄露或公开别人的隐私。",
         "Privacy includes the peace of private life; no prying, intrusion, leaking or publishing."),
    _row(_CIVIL_PERSONALITY, "civil_code_1033_1", "第一千零三十三条第（一）项",
         _CIVIL_1033_LEAD
         + "（一）以电话、短信、即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁；……",
         "没有本人明确同意，不得用电话、短信、微信等方式打扰别人的正常生活。",
         "No disturbing a person's private life by calls, SMS, messaging."),
    _row(_CIVIL_PERSONALITY, "civil_code_1033_2", "第一千零三十三条第（二）项",
         _CIVIL_1033_LEAD + "……（二）进入、拍摄、窥视他人的住宅、宾馆房间等私密空间；……",
         "没有本人明确同意，不得进入、拍摄、窥视别人的住宅。",
         "No entering, filming or peering into a person's home."),
    _row(_CIVIL_PERSONALITY, "civil_code_1034", "第一千零三十四条",
         "自然人的个人信息受法律保护。\n"
         "个人信息是以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人的各种信息，"
         "包括自然人的姓名、出生日期、身份证件号码、生物识别信息、住址、电话号码、电子邮箱、健康信息、行踪"
         "信息等。\n个人信息中的私密信息，适用有关隐私权的规定；没有规定的，适用有关个人信息保护的规定。",
         "个人信息（姓名、电话、住址等）受法律保护。",
         "Personal information is protected."),
    _row(_CIVIL_PERSONALITY, "civil_code_1035_1", "第一千零三十五条第一款",
         "处理个人信息的，应当遵循合法、正当、必要原则，不得过度处理，并符合下列条件：（一）征得该自然人或"
         "者其监护人同意，"
         "但是法律、行政法规另有规定的除外；（二）公开处理信息的规则；（三）明示处理信息的目的、方式和范围；"
         "（四）不违反法律、行政法规的规定和双方的约定。",
         "使用别人的个人信息要合法、正当、必要，不能过度使用。",
         "Lawful, fair, necessary; no excessive processing."),
    _row(_CIVIL_PERSONALITY, "civil_code_1038_1", "第一千零三十八条第一款",
         "信息处理者不得泄露或者篡改其收集、存储的个人信息；未经自然人同意，不得向他人非法提供其个人信息，"
         "但是经过加工无法识别特定个人且不能复原的除外。",
         "掌握个人信息的机构不得泄露，未经本人同意不得提供给别人。",
         "Holders of personal data may not leak it or give it to others without consent."),
)

# --- 司法解释 (§12) ---------------------------------------------------------------------------------

_LIMITATION = Instrument(
    "最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定", "最高人民法院", None, Tag.PRIMARY,
    LRB + "司法解释/最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定(2020-12-29).md",
)
_CARD_DISPUTES = Instrument(
    "最高人民法院关于审理银行卡民事纠纷案件若干问题的规定", "最高人民法院", date(2021, 5, 25), Tag.PRIMARY,
    LRB + "司法解释/最高人民法院关于审理银行卡民事纠纷案件若干问题的规定(2021-05-24).md",
)
_PRIVATE_LENDING = Instrument(
    "最高人民法院关于审理民间借贷案件适用法律若干问题的规定", "最高人民法院", None, Tag.PRIMARY,
    LRB + "司法解释/最高人民法院关于审理民间借贷案件适用法律若干问题的规定(2020-12-29).md",
)
_LENDING_REPLY = Instrument(
    "最高人民法院关于新民间借贷司法解释适用范围问题的批复", "最高人民法院", date(2021, 1, 1), Tag.PRIMARY,
    LRB + "司法解释/最高人民法院关于新民间借贷司法解释适用范围问题的批复.md",
)
_QUARREL = Instrument(
    "最高人民法院、最高人民检察院关于办理寻衅滋事刑事案件适用法律若干问题的解释",
    "最高人民法院、最高人民检察院",
    date(2013, 7, 22), Tag.PRIMARY,
    LRB + "司法解释/"
    "最高人民法院、最高人民检察院关于办理寻衅滋事刑事案件适用法律若干问题的解释(2013-07-15).md",
)

_COURT_RULES = (
    _row(_LIMITATION, "limitation_rules_8", "第八条",
         "（一）当事人一方直接向对方当事人送交主张权利文书，对方当事人在文书上签名、盖章、按指印或者虽未签"
         "名、盖章、按指印"
         "但能够以其他方式证明该文书到达对方当事人的；（二）当事人一方以发送信件或者数据电文方式主张权利，"
         "信件或者数据电文到达"
         "或者应当到达对方当事人的；（三）当事人一方为金融机构，依照法律规定或者当事人约定从对方当事人账户"
         "中扣收欠款本息的；"
         "（四）当事人一方下落不明，对方当事人在国家级或者下落不明的当事人一方住所地的省级有影响的媒体上刊"
         "登具有主张权利内容的公告的……",
         "催收信、短信、电子邮件送到（或应当送到）欠款人，或者银行从账户扣款，都算银行在主张权利，时效重新"
         "计算。",
         "Letters, SMS/e-mail that reach (or should reach) the debtor, and bank debits all interrupt "
         "limitation."),
    _row(_LIMITATION, "limitation_rules_9", "第九条",
         "权利人对同一债权中的部分债权主张权利，诉讼时效中断的效力及于剩余债权，但权利人明确表示放弃剩余债"
         "权的情形除外。",
         "银行只催收一部分欠款，整笔欠款的时效都重新计算。",
         "A demand for part of a debt interrupts limitation for the whole debt."),
    _row(_LIMITATION, "limitation_rules_14", "第十四条",
         "义务人作出分期履行、部分履行、提供担保、请求延期履行、制定清偿债务计划等承诺或者行为的，"
         "应当认定为民法典第一百九十五条规定的\u201c义务人同意履行义务\u201d。",
         "欠款人提出分期、还一部分、请求延期或者提交还款计划（包括困难说明和分期申请），都算同意还款，时效"
         "重新计算。",
         "A hardship letter or installment proposal is itself an acknowledgement that restarts limitation."),
    _row(_LIMITATION, "limitation_rules_17_1", "第十七条第一款",
         "债权转让的，应当认定诉讼时效从债权转让通知到达债务人之日起中断。",
         "债务转让的通知送到欠款人那天，时效重新计算。",
         "On assignment, limitation is interrupted on the day the notice reaches the debtor."),
    _row(_LIMITATION, "limitation_rules_19", "第十九条",
         "诉讼时效期间届满，当事人一方向对方当事人作出同意履行义务的意思表示或者自愿履行义务后，"
         "又以诉讼时效期间届满为由进行抗辩的，人民法院不予支持。当事人双方就原债务达成新的协议，"
         "债权人主张义务人放弃诉讼时效抗辩权的，人民法院应予支持。超过诉讼时效期间，贷款人向借款人发出催收"
         "到期贷款通知单，债务人在通知单上签字或者盖章，能够认定借款人同意履行诉讼时效期间已经届满的义务的，"
         "对于贷款人关于借款人放弃诉讼时效抗辩权的主张，人民法院应予支持。",
         "时效过后，在催收通知上签字或者和银行达成新协议，就不能再以时效已过为由拒绝还款。",
         "Signing a collection notice or a new agreement after expiry loses the limitation defence."),
    _row(_CARD_DISPUTES, "card_disputes_2", "第二条",
         "发卡行在与持卡人订立银行卡合同时，对收取利息、复利、费用、违约金等格式条款未履行提示或者说明义务，"
         "致使持卡人没有注意或者理解该条款，持卡人主张该条款不成为合同的内容、对其不具有约束力的，人民法院"
         "应予支持。\n"
         "发卡行请求持卡人按照信用卡合同的约定给付透支利息、复利、违约金等，或者给付分期付款手续费、利息、"
         "违约金等，"
         "持卡人以发卡行主张的总额过高为由请求予以适当减少的，人民法院应当综合考虑国家有关金融监管规定、未"
         "还款的数额及期限、"
         "当事人过错程度、发卡行的实际损失等因素，根据公平原则和诚信原则予以衡量，并作出裁决。",
         "办卡时银行没有提示说明的利息、费用条款，对持卡人没有约束力；利息、复利、违约金总额过高的，持卡人"
         "可以请求法院适当减少。",
         "Undisclosed fee/interest terms don't bind; a court may reduce an excessive total of interest, "
         "compound interest and penalties on the holder's request."),
    _row(_CARD_DISPUTES, "card_disputes_3", "第三条",
         "具有下列情形之一的，应当认定发卡行对持卡人享有的债权请求权诉讼时效中断：（一）发卡行按约定在持卡"
         "人账户中扣划透支款本息、"
         "违约金等；（二）发卡行以向持卡人预留的电话号码、通讯地址、电子邮箱发送手机短信、书面信件、电子邮"
         "件等方式催收债权；"
         "（三）发卡行以持卡人恶意透支存在犯罪嫌疑为由向公安机关报案；（四）其他可以认定为诉讼时效中断的情"
         "形。",
         "银行扣款、向预留号码发催收短信或寄信、向公安报案，都会让时效重新计算，所以信用卡欠款很少会超过时"
         "效。",
         "For cards, an SMS to the reserved number interrupts limitation; so long-overdue card debt is "
         "rarely time-barred."),
    _row(_PRIVATE_LENDING, "private_lending_1_2", "第一条第二款",
         "经金融监管部门批准设立的从事贷款业务的金融机构及其分支机构，因发放贷款等相关金融业务引发的纠纷，"
         "不适用本规定。",
         "民间借贷的利率上限（一年期LPR的4倍）不适用于银行信用卡。",
         "The 4 × LPR private-lending cap does not apply to licensed lenders such as banks."),
    _row(_LENDING_REPLY, "private_lending_reply", "",
         "",
         "小额贷款公司、融资担保公司等七类地方金融组织也不适用民间借贷司法解释。",
         "The seven kinds of local financial organisations (小额贷款公司、融资担保公司… 地方资产管理公司 "
         "etc.) are also excluded from the private-lending rules."),
    _row(_QUARREL, "quarrel_interp_1_3", "第一条第三款",
         "行为人因婚恋、家庭、邻里、债务等纠纷，实施殴打、辱骂、恐吓他人或者损毁、占用他人财物等行为的，一"
         "般不认定为\u201c寻衅滋事\u201d，"
         "但经有关部门批评制止或者处理处罚后，继续实施前列行为，破坏社会秩序的除外。",
         "因债务纠纷打人、骂人、恐吓，一般不按寻衅滋事罪处理；但被有关部门制止或处罚后还继续的除外。所以应"
         "尽早报警留下记录。",
         "Abuse arising from a debt dispute is generally not the crime of 寻衅滋事 unless it continues "
         "after the authorities have stopped or punished it."),
)

# --- 刑法 and the 两高 card-crime interpretation (§8, §9) ---------------------------------------------

_CRIMINAL = Instrument("中华人民共和国刑法", "全国人民代表大会", None, Tag.PRIMARY, LRB + "刑法/刑法.md")
_CARD_CRIME = Instrument(
    "最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释",
    "最高人民法院、最高人民检察院", date(2018, 12, 1), Tag.PRIMARY,
    LRB + "司法解释/"
    "最高人民法院、最高人民检察院关于修改《关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》"
    "的决定.md",
    doc_number="法释〔2018〕19号",
)

_CRIMINAL_LAW = (
    _row(_CRIMINAL, "criminal_law_196", "第一百九十六条",
         "有下列情形之一，进行信用卡诈骗活动，数额较大的，处五年以下有期徒刑或者拘役，并处二万元以上二十万"
         "元以下罚金；"
         "数额巨大或者有其他严重情节的，处五年以上十年以下有期徒刑，并处五万元以上五十万元以下罚金；"
         "数额特别巨大或者有其他特别严重情节的，处十年以上有期徒刑或者无期徒刑，并处五万元以上五十万元以下"
         "罚金或者没收财产："
         "（一）使用伪造的信用卡，或者使用以虚假的身份证明骗领的信用卡的；（二）使用作废的信用卡的；（三）"
         "冒用他人信用卡的；（四）恶意透支的。\n"
         "前款所称恶意透支，是指持卡人以非法占有为目的，超过规定限额或者规定期限透支，并且经发卡银行催收后"
         "仍不归还的行为。\n盗窃信用卡并使用的，依照本法第二百六十四条的规定定罪处罚。",
         "信用卡诈骗包括\u201c恶意透支\u201d：以非法占有为目的透支，经银行催收后仍不归还。单纯还不上钱不等"
         "于恶意透支。",
         "Credit-card fraud includes 恶意透支: overdrawing with intent to take the money and not repaying "
         "after the bank's demands."),
    _row(_CRIMINAL, "criminal_law_238_3", "第二百三十八条第三款",
         "为索取债务非法扣押、拘禁他人的，依照前两款的规定处罚。",
         "为了要债扣押、关押别人，按非法拘禁罪处罚，即使债务是合法的。",
         "Detaining someone to collect a debt is unlawful detention (even for a lawful debt)."),
    _row(_CRIMINAL, "criminal_law_245_1", "第二百四十五条第一款",
         "非法搜查他人身体、住宅，或者非法侵入他人住宅的，处三年以下有期徒刑或者拘役。",
         "非法闯入别人住宅是犯罪。",
         "Unlawful entry into a home."),
    _row(_CRIMINAL, "criminal_law_246_1", "第二百四十六条第一款",
         "以暴力或者其他方法公然侮辱他人或者捏造事实诽谤他人，情节严重的，处三年以下有期徒刑、拘役、管制或"
         "者剥夺政治权利。",
         "公然侮辱、诽谤他人，情节严重的是犯罪。",
         "Serious public insult/defamation."),
    _row(_CRIMINAL, "criminal_law_253_1", "第二百五十三条之一第一款、第三款",
         "违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的，处三年以下有期徒刑或者拘役，并处或"
         "者单处罚金；"
         "情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。……窃取或者以其他方法非法获取公民个人信息的"
         "，依照第一款的规定处罚。",
         "出售、提供或者非法获取他人个人信息（例如非法取得的通讯录），情节严重的是犯罪。",
         "Selling/providing or illegally obtaining personal information (e.g., harvested contact lists)."),
    _row(_CRIMINAL, "criminal_law_266", "第二百六十六条",
         "诈骗公私财物，数额较大的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金；……",
         "骗取钱财是诈骗罪，例如冒充催收人员让人把钱打进私人账户。",
         "Fraud — e.g., fake collectors taking money into private accounts."),
    _row(_CRIMINAL, "criminal_law_279", "第二百七十九条",
         "冒充国家机关工作人员招摇撞骗的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利；情节严重的，处三"
         "年以上十年以下有期徒刑。冒充人民警察招摇撞骗的，依照前款的规定从重处罚。",
         "冒充国家机关工作人员（例如警察、法院人员）行骗是犯罪，冒充警察从重处罚。",
         "Impersonating officials/police."),
    _row(_CRIMINAL, "criminal_law_280", "第二百八十条第一款、第二款",
         "伪造、变造、买卖或者盗窃、抢夺、毁灭国家机关的公文、证件、印章的，处三年以下有期徒刑、拘役、管制"
         "或者剥夺政治权利，并处罚金；"
         "情节严重的，处三年以上十年以下有期徒刑，并处罚金。伪造公司、企业、事业单位、人民团体的印章的，"
         "处三年以下有期徒刑、拘役、管制或者剥夺政治权利，并处罚金。",
         "伪造法院、公安等国家机关的公文、印章，或者伪造律所、公司的印章，是犯罪。",
         "Forging official documents/seals (fake 传票, court notices) or company seals (fake law-firm "
         "letters)."),
    _row(_CRIMINAL, "criminal_law_293", "第二百九十三条",
         "有下列寻衅滋事行为之一，破坏社会秩序的，处五年以下有期徒刑、拘役或者管制：（一）随意殴打他人，情"
         "节恶劣的；"
         "（二）追逐、拦截、辱骂、恐吓他人，情节恶劣的；（三）强拿硬要或者任意损毁、占用公私财物，情节严重"
         "的；（四）在公共场所起哄闹事，造成公共场所秩序严重混乱的。……",
         "恐吓、辱骂、拦截他人情节恶劣的，可能构成寻衅滋事罪。",
         "Picking quarrels: includes seriously abusing/intimidating people."),
    _row(_CRIMINAL, "criminal_law_293_1", "第二百九十三条之一",
         "有下列情形之一，催收高利放贷等产生的非法债务，情节严重的，处三年以下有期徒刑、拘役或者管制，并处"
         "或者单处罚金："
         "（一）使用暴力、胁迫方法的；（二）限制他人人身自由或者侵入他人住宅的；（三）恐吓、跟踪、骚扰他人"
         "的。",
         "用暴力、恐吓、骚扰等方式催收高利贷等非法债务是犯罪；银行信用卡欠款是合法债务，通常不适用这一条。",
         "Crime of collecting illegal debts (usury etc.) by violence, detention, intimidation or harassment; "
         "not for lawful bank card debt.",
         in_force_on=date(2021, 3, 1), source=LRB + "刑法/刑法修正案（十一）.md"),
)

_CARD_CRIME_INTERP = (
    _row(_CARD_CRIME, "card_crime_interp_6", "第六条",
         "持卡人以非法占有为目的，超过规定限额或者规定期限透支，经发卡银行两次有效催收后超过三个月仍不归还"
         "的，应当认定为刑法第一百九十六条规定的\u201c恶意透支\u201d。\n"
         "对于是否以非法占有为目的，应当综合持卡人信用记录、还款能力和意愿、申领和透支信用卡的状况、透支资"
         "金的用途、"
         "透支后的表现、未按规定还款的原因等情节作出判断。不得单纯依据持卡人未按规定还款的事实认定非法占有"
         "目的。\n具有以下情形之一的，应当认定为刑法第一百九十六条第二款规定的\u201c以非法占有为目的\u201d，"
         "但有证据证明持卡人确实不具有非法占有目的的除外：（一）明知没有还款能力而大量透支，无法归还的；"
         "（二）使用虚假资信证明申领信用卡后透支，无法归还的；（三）透支后通过逃匿、改变联系方式等手段，逃"
         "避银行催收的；"
         "（四）抽逃、转移资金，隐匿财产，逃避还款的；（五）使用透支的资金进行犯罪活动的；（六）其他非法占"
         "有资金，拒不归还的情形。",
         "恶意透支要同时具备：以非法占有为目的、经银行两次有效催收、之后超过三个月仍不还。单纯没按时还款不"
         "能认定非法占有目的；逃匿、换号躲避催收、转移财产会被认定有此目的，所以要保持联系。",
         "恶意透支 = intent + two effective demands + more than 3 months still unpaid. Non-payment alone "
         "does not prove intent; hiding or changing numbers to dodge the bank is presumed intent."),
    _row(_CARD_CRIME, "card_crime_interp_7", "第七条",
         "催收同时符合下列条件的，应当认定为本解释第六条规定的\u201c有效催收\u201d：（一）在透支超过规定限"
         "额或者规定期限后进行；"
         "（二）催收应当采用能够确认持卡人收悉的方式，但持卡人故意逃避催收的除外；（三）两次催收至少间隔三"
         "十日；（四）符合催收的有关规定或者约定。\n"
         "对于是否属于有效催收，应当根据发卡银行提供的电话录音、信息送达记录、信函送达回执、电子邮件送达记"
         "录、持卡人或者其家属签字以及其他催收原始证据材料作出判断。\n"
         "发卡银行提供的相关证据材料，应当有银行工作人员签名和银行公章。",
         "\u201c有效催收\u201d要在逾期后进行、能证明持卡人收到、两次至少间隔30天、并且符合催收规定。",
         "Effective demand: after overdue; by a means that proves receipt; two demands at least 30 days "
         "apart; lawful and per contract."),
    _row(_CARD_CRIME, "card_crime_interp_8", "第八条",
         "恶意透支，数额在五万元以上不满五十万元的，应当认定为刑法第一百九十六条规定的\u201c数额较大\u201d；"
         "数额在五十万元以上不满五百万元的，应当认定为刑法第一百九十六条规定的\u201c数额巨大\u201d；"
         "数额在五百万元以上的，应当认定为刑法第一百九十六条规定的\u201c数额特别巨大\u201d。",
         "恶意透支金额5万元以上为数额较大，50万元以上为数额巨大，500万元以上为数额特别巨大。",
         "Thresholds: ≥ ¥50,000 large; ≥ ¥500,000 huge; ≥ ¥5,000,000 especially huge."),
    _row(_CARD_CRIME, "card_crime_interp_9", "第九条第一款",
         "恶意透支的数额，是指公安机关刑事立案时尚未归还的实际透支的本金数额，不包括利息、复利、滞纳金、手"
         "续费等发卡银行收取的费用。归还或者支付的数额，应当认定为归还实际透支的本金。",
         "恶意透支的金额只算公安立案时没还的本金，不算利息和各种费用；还的每一笔钱都先算作还本金。",
         "Amount = unpaid principal when police open the case; excludes interest and fees; every repayment "
         "counts against principal."),
    _row(_CARD_CRIME, "card_crime_interp_10", "第十条",
         "恶意透支数额较大，在提起公诉前全部归还或者具有其他情节轻微情形的，可以不起诉；"
         "在一审判决前全部归还或者具有其他情节轻微情形的，可以免予刑事处罚。但是，曾因信用卡诈骗受过两次以"
         "上处罚的除外。",
         "数额较大的恶意透支，在起诉前全部还清的，可以不起诉；在一审判决前还清的，可以免予刑事处罚（由司法"
         "机关决定）。",
         "For the ¥50k–500k tier: full repayment before prosecution may avoid prosecution; before "
         "first-instance judgment may avoid punishment (discretionary)."),
    _row(_CARD_CRIME, "card_crime_interp_11", "第十一条",
         "发卡银行违规以信用卡透支形式变相发放贷款，持卡人未按规定归还的，不适用刑法第一百九十六条\u201c恶"
         "意透支\u201d的规定。构成其他犯罪的，以其他犯罪论处。",
         "银行违规用信用卡透支变相放贷的，持卡人没还不按恶意透支处理。",
         "Disguised loans via card overdraft are not 恶意透支."),
)

# --- 治安管理处罚法: 2012 text (conduct before 2026-01-01) and 2025 text (from 2026-01-01) (§10) ----------

_PSL_2012 = Instrument(
    "中华人民共和国治安管理处罚法（2012年修正）", "全国人民代表大会常务委员会", date(2013, 1, 1), Tag.PRIMARY,
    LRB + "行政法/治安管理处罚法(2012-10-26).md",
)
_PSL_2025 = Instrument(
    "中华人民共和国治安管理处罚法（2025年修订）", "全国人民代表大会常务委员会", date(2026, 1, 1), Tag.PRIMARY,
    NPC + "ff80818197af9ccc0197b159c38a0408",
)

_PSL_42_LEAD = ("有下列行为之一的，处五日以下拘留或者五百元以下罚款；"
                "情节较重的，处五日以上十日以下拘留，可以并处五百元以下罚款：")
_PSL_50_LEAD = ("有下列行为之一的，处五日以下拘留或者一千元以下罚款；"
                "情节较重的，处五日以上十日以下拘留，可以并处一千元以下罚款：")
_THREAT_ITEM = "（一）写恐吓信或者以其他方法威胁他人人身安全的；"
_INSULT_ITEM = "（二）公然侮辱他人或者捏造事实诽谤他人的；"
_PRIVACY_ITEM = "（六）偷窥、偷拍、窃听、散布他人隐私的。"
_DETENTION_ITEM = "（三）非法限制他人人身自由、非法侵入他人住宅或者非法搜查他人身体的。"
_FORGERY_ITEM = ("（一）伪造、变造或者买卖国家机关、人民团体、企业、事业单位或者其他组织的"
                 "公文、证件、证明文件、印章的；")

_SUBSTANCE_THREAT = "威胁他人人身安全的，可以处拘留或者罚款。"
_SUBSTANCE_INSULT = "公然侮辱他人的，可以处拘留或者罚款。"
_SUBSTANCE_PRIVACY = "散布他人隐私的，可以处拘留或者罚款。"
_SUBSTANCE_DETENTION = "非法限制他人人身自由、非法闯入他人住宅的，可以处拘留和罚款。"
_SUBSTANCE_HITTING = "殴打他人的，可以处拘留和罚款。"
_SUBSTANCE_BLOCKING = "追逐、拦截他人等寻衅滋事行为，可以处拘留或者罚款。"
_SUBSTANCE_FORGERY = "伪造或者使用伪造的公文、证明文件、印章（例如假传票、假律师函），可以处拘留和罚款。"

_PSL = (
    _row(_PSL_2012, "psl2012_42_1", "第四十二条第（一）项", _PSL_42_LEAD + _THREAT_ITEM + "……",
         _SUBSTANCE_THREAT, "Threatening someone's personal safety is punishable by detention or a fine."),
    _row(_PSL_2025, "psl2025_50_1", "第五十条第一款第（一）项", _PSL_50_LEAD + _THREAT_ITEM + "……",
         _SUBSTANCE_THREAT, "Threatening someone's personal safety is punishable by detention or a fine."),
    _row(_PSL_2012, "psl2012_42_2", "第四十二条第（二）项", _PSL_42_LEAD + "……" + _INSULT_ITEM + "……",
         _SUBSTANCE_INSULT, "Public insult or defamation is punishable by detention or a fine."),
    _row(_PSL_2025, "psl2025_50_2", "第五十条第一款第（二）项", _PSL_50_LEAD + "……" + _INSULT_ITEM + "……",
         _SUBSTANCE_INSULT, "Public insult or defamation is punishable by detention or a fine."),
    _row(_PSL_2012, "psl2012_42_5", "第四十二条第（五）项",
         _PSL_42_LEAD + "……（五）多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的；……",
         "多次发送侮辱、恐吓等信息，干扰他人正常生活的，可以处拘留或者罚款。",
         "Repeated threatening or insulting messages that disturb normal life are punishable."),
    _row(_PSL_2025, "psl2025_50_5", "第五十条第一款第（五）项",
         _PSL_50_LEAD
         + "……（五）多次发送淫秽、侮辱、恐吓等信息或者采取滋扰、纠缠、跟踪等方法，干扰他人正常生活的；……",
         "多次发送侮辱、恐吓等信息，或者用滋扰、纠缠、跟踪的方法干扰他人正常生活的，可以处拘留或者罚款，"
         "公安机关还可以责令其一定期限内不得接触被侵害人。",
         "Repeated threatening/insulting messages, and harassment by pestering or stalking, are punishable; "
         "the police may also order no contact."),
    _row(_PSL_2012, "psl2012_42_6", "第四十二条第（六）项", _PSL_42_LEAD + "……" + _PRIVACY_ITEM,
         _SUBSTANCE_PRIVACY, "Spreading someone's private information is punishable."),
    _row(_PSL_2025, "psl2025_50_6", "第五十条第一款第（六）项", _PSL_50_LEAD + "……" + _PRIVACY_ITEM,
         _SUBSTANCE_PRIVACY, "Spreading someone's private information is punishable."),
    _row(_PSL_2012, "psl2012_40_3", "第四十条第（三）项", _DETENTION_ITEM,
         _SUBSTANCE_DETENTION, "Entering a home unlawfully or restricting freedom."),
    _row(_PSL_2025, "psl2025_47_3", "第四十七条第（三）项", _DETENTION_ITEM,
         _SUBSTANCE_DETENTION, "Entering a home unlawfully or restricting freedom."),
    _row(_PSL_2012, "psl2012_43", "第四十三条", "殴打他人的，或者故意伤害他人身体的……",
         _SUBSTANCE_HITTING, "Assault."),
    _row(_PSL_2025, "psl2025_51", "第五十一条",
         "殴打他人的，或者故意伤害他人身体的，处五日以上十日以下拘留，并处五百元以上一千元以下罚款；……",
         _SUBSTANCE_HITTING, "Assault."),
    _row(_PSL_2012, "psl2012_26", "第二十六条", "……（二）追逐、拦截他人的；……（四）其他寻衅滋事行为。",
         _SUBSTANCE_BLOCKING, "Chasing, blocking, other trouble-making."),
    _row(_PSL_2025, "psl2025_30", "第三十条",
         "有下列行为之一的，处五日以上十日以下拘留或者一千元以下罚款；……（一）结伙斗殴或者随意殴打他人的；"
         "（二）追逐、拦截他人的；（三）强拿硬要或者任意损毁、占用公私财物的；（四）其他无故侵扰他人、扰乱"
         "社会秩序的寻衅滋事行为。",
         _SUBSTANCE_BLOCKING, "Chasing, blocking, other trouble-making."),
    _row(_PSL_2012, "psl2012_51", "第五十一条",
         "冒充国家机关工作人员或者以其他虚假身份招摇撞骗的，处五日以上十日以下拘留，可以并处五百元以下罚款；"
         "情节较轻的，处五日以下拘留或者五百元以下罚款。冒充军警人员招摇撞骗的，从重处罚。",
         "冒充国家机关工作人员或者用其他虚假身份行骗的，可以处拘留和罚款。",
         "Posing as an official or under another false identity to deceive."),
    _row(_PSL_2025, "psl2025_62_1_2", "第六十二条第一款、第二款",
         "冒充国家机关工作人员招摇撞骗的，处十日以上十五日以下拘留，可以并处一千元以下罚款；"
         "情节较轻的，处五日以上十日以下拘留。冒充军警人员招摇撞骗的，从重处罚。",
         "冒充公安、法院等国家机关工作人员行骗的，可以处拘留和罚款，冒充军警的从重处罚。",
         "Posing as police/court/officials."),
    _row(_PSL_2025, "psl2025_62_3", "第六十二条第三款",
         "盗用、冒用个人、组织的身份、名义或者以其他虚假身份招摇撞骗的，处五日以下拘留或者一千元以下罚款；"
         "情节较重的，处五日以上十日以下拘留，可以并处一千元以下罚款。",
         "冒用别人或者单位（例如律所、银行）的身份、名义行骗的，可以处拘留或者罚款。",
         "Posing as another person or organisation (e.g., a law firm or the bank)."),
    _row(_PSL_2012, "psl2012_52", "第五十二条第（一）项、第（二）项",
         _FORGERY_ITEM + "（二）买卖或者使用伪造、变造的……公文、证件、证明文件的……",
         _SUBSTANCE_FORGERY, "Fake 传票, fake court/police notices, fake law-firm letters."),
    _row(_PSL_2025, "psl2025_63", "第六十三条第（一）项、第（三）项",
         _FORGERY_ITEM
         + "……（三）买卖或者使用伪造、变造的国家机关、人民团体、企业、事业单位或者其他组织的"
         "公文、证件、证明文件、印章的；……",
         _SUBSTANCE_FORGERY, "Fake 传票, fake court/police notices, fake law-firm letters."),
    _row(_PSL_2025, "psl2025_56", "第五十六条",
         "违反国家有关规定，向他人出售或者提供个人信息的，处十日以上十五日以下拘留；情节较轻的，处五日以下"
         "拘留。窃取或者以其他方法非法获取个人信息的，依照前款的规定处罚。",
         "出售、提供或者非法获取他人个人信息的，可以处拘留。",
         "Selling/providing or illegally obtaining personal information."),
)

# --- 个人信息保护法 (§13) ----------------------------------------------------------------------------

_PIPL = Instrument(
    "中华人民共和国个人信息保护法", "全国人民代表大会常务委员会", date(2021, 11, 1), Tag.PRIMARY,
    LRB + "行政法/个人信息保护法(2021-08-20).md",
)

_PERSONAL_INFO = (
    _row(_PIPL, "pipl_5", "第五条",
         "处理个人信息应当遵循合法、正当、必要和诚信原则，不得通过误导、欺诈、胁迫等方式处理个人信息。",
         "处理个人信息要合法、正当、必要、诚信，不得用误导、欺骗、胁迫的方式。",
         "No processing through deception or coercion."),
    _row(_PIPL, "pipl_6", "第六条",
         "处理个人信息应当具有明确、合理的目的，并应当与处理目的直接相关，采取对个人权益影响最小的方式。"
         "收集个人信息，应当限于实现处理目的的最小范围，不得过度收集个人信息。",
         "使用个人信息要有明确合理的目的，并用对个人影响最小的方式；打遍欠款人的通讯录不是影响最小的方式。",
         "Purpose limitation and minimum impact — calling a debtor's whole contact list is not the "
         "least-impact way."),
    _row(_PIPL, "pipl_10", "第十条",
         "任何组织、个人不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息；"
         "不得从事危害国家安全、公共利益的个人信息处理活动。",
         "任何人不得非法收集、使用、提供或者公开别人的个人信息。",
         "No unlawful collection, use, provision or disclosure of another's personal information."),
    _row(_PIPL, "pipl_13", "第十三条",
         "符合下列情形之一的，个人信息处理者方可处理个人信息：（一）取得个人的同意；"
         "（二）为订立、履行个人作为一方当事人的合同所必需，……（三）为履行法定职责或者法定义务所必需；"
         "（四）为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需；"
         "（五）为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；"
         "（六）依照本法规定在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息；（七）法律、行政"
         "法规规定的其他情形。……",
         "处理个人信息要有合法依据（例如本人同意、履行合同所必需）；履行信用卡合同不等于可以把欠款告诉第三"
         "人，联系人的电话也是他们自己的个人信息。",
         "Lawful bases; contract performance covers contacting the debtor, not telling third parties."),
    _row(_PIPL, "pipl_21_1", "第二十一条第一款",
         "个人信息处理者委托处理个人信息的，应当与受托人约定委托处理的目的、期限、处理方式、个人信息的种类"
         "、保护措施以及双方的权利和义务等，并对受托人的个人信息处理活动进行监督。",
         "银行委托催收机构处理个人信息，仍要对催收机构的做法负责并进行监督。",
         "Bank remains responsible for outsourced collectors' data handling."),
    _row(_PIPL, "pipl_25", "第二十五条",
         "个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外。",
         "未经本人单独同意，不得公开其个人信息（例如在群里或网上\u201c曝光\u201d欠款）。",
         "No publishing personal information (e.g., debt exposure posts) without separate consent."),
    _row(_PIPL, "pipl_28_1", "第二十八条第一款",
         "敏感个人信息是……包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息……",
         "金融账户信息属于敏感个人信息。",
         "Financial-account data is sensitive information."),
    _row(_PIPL, "pipl_44", "第四十四条",
         "个人对其个人信息的处理享有知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理；法律、行政法"
         "规另有规定的除外。",
         "本人有权知道、决定、限制或者拒绝别人处理自己的个人信息。",
         "Right to know and to refuse processing."),
    _row(_PIPL, "pipl_69_1", "第六十九条第一款",
         "处理个人信息侵害个人信息权益造成损害，个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵"
         "权责任。",
         "个人信息被侵害造成损害的，处理者要证明自己没有过错，否则要赔偿。",
         "Reversed burden of proof for damages."),
)

# --- 征信业管理条例 (§14) ----------------------------------------------------------------------------

_CREDIT = Instrument(
    "征信业管理条例", "国务院", date(2013, 3, 15), Tag.PRIMARY,
    LRB + "行政法规/征信业管理条例(2013-01-21).md",
    doc_number="国务院令第631号",
)

_CREDIT_REPORTING = (
    _row(_CREDIT, "credit_reporting_15", "第十五条",
         "信息提供者向征信机构提供个人不良信息，应当事先告知信息主体本人。但是，依照法律、行政法规规定公开"
         "的不良信息除外。",
         "银行向征信系统报送不良记录之前，要先告知本人。",
         "The bank must tell you before reporting negative information."),
    _row(_CREDIT, "credit_reporting_16", "第十六条",
         "征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年；超过5年的，应当予以删除。\n"
         "在不良信息保存期限内，信息主体可以对不良信息作出说明，征信机构应当予以记载。",
         "不良记录自不良行为或事件终止之日起保存5年，期满删除；期间本人可以提交说明，征信机构要记载。",
         "Negative records are kept 5 years from the end of the bad behaviour/event, then deleted; you may "
         "add a statement."),
    _row(_CREDIT, "credit_reporting_17", "第十七条",
         "信息主体可以向征信机构查询自身信息。个人信息主体有权每年两次免费获取本人的信用报告。",
         "本人每年可以免费查两次自己的信用报告。",
         "Two free credit reports a year."),
    _row(_CREDIT, "credit_reporting_25", "第二十五条",
         "信息主体认为征信机构采集、保存、提供的信息存在错误、遗漏的，有权向征信机构或者信息提供者提出异议"
         "，要求更正。"
         "征信机构或者信息提供者收到异议，应当……自收到异议之日起20日内进行核查和处理，并将结果书面答复异议"
         "人。……",
         "发现信用报告有错误或遗漏，可以提出异议要求更正，对方应在20日内核查处理并书面答复。",
         "Dispute errors; answer within 20 days."),
    _row(_CREDIT, "credit_reporting_26", "第二十六条",
         "信息主体认为征信机构或者信息提供者、信息使用者侵害其合法权益的，可以向所在地的国务院征信业监督管"
         "理部门派出机构投诉。受理投诉的机构应当及时进行核查和处理，自受理之日起30日内书面答复投诉人。"
         "信息主体认为征信机构或者信息提供者、信息使用者侵害其合法权益的，可以直接向人民法院起诉。",
         "认为征信方面权益受侵害，可以向当地人民银行分支机构投诉（30日内书面答复），也可以直接起诉。",
         "Complain to the local PBOC branch (reply within 30 days) or sue."),
)

# --- 商业银行信用卡业务监督管理办法 (§1): secondary copies only, no order number ---------------------

_CARD_RULES_INST = Instrument(
    "商业银行信用卡业务监督管理办法", "中国银行业监督管理委员会（现国家金融监督管理总局）", date(2011, 1, 13),
    Tag.SECONDARY, "https://www.dalvlaw.com/laws/115551.html",
)

_CARD_RULES = (
    _row(_CARD_RULES_INST, "card_rules_66", "第六十六条",
         "发卡银行应当建立信用卡欠款催收管理制度，规范信用卡催收策略、权限、流程和方式，有效控制业务风险。"
         "发卡银行不得对催收人员采用单一以欠款回收金额提成的考核方式。",
         "银行要有催收管理制度，不能只按收回金额给催收人员提成。",
         "Banks must have a collection policy; collectors may not be paid purely on amounts recovered."),
    _row(_CARD_RULES_INST, "card_rules_68", "第六十八条", "",
         "银行只能向欠款人本人及其担保人催收，不得向与债务无关的第三人催收，不得使用暴力、胁迫、恐吓或者辱"
         "骂等不当手段；催收过程应当录音，录音至少保存2年。",
         "Collect only from the debtor and guarantor; never from unrelated third parties; no violence, "
         "coercion, intimidation or abuse; record collection, keep recordings ≥ 2 years.",
         source="http://wwpfw.com/xinyongqiataoxian/96746.html"),
    _row(_CARD_RULES_INST, "card_rules_69", "第六十九条",
         "信用卡催收函件应当对持卡人充分披露以下基本信息：持卡人姓名和欠款余额，催收事由和相关法规，持卡人"
         "相关权利和义务，"
         "查询账户状态、还款、提出异议和提供相关证据的途径，发卡银行联系方式，相关业务公章，监管机构规定的"
         "其他内容。",
         "催收函要写明：持卡人姓名和欠款余额、催收理由和依据、持卡人的权利义务、查询账户和还款及提出异议的"
         "途径、银行联系方式，并盖业务公章。",
         "A collection letter must show name and balance, reason and rules relied on, rights and duties, "
         "how to check, pay and dispute, the bank's contact details, the business seal."),
    _row(_CARD_RULES_INST, "card_rules_70", "第七十条",
         "在特殊情况下，确认信用卡欠款金额超出持卡人还款能力、且持卡人仍有还款意愿的，发卡银行可以与持卡人"
         "平等协商，达成个性化分期还款协议。个性化分期还款协议的最长期限不得超过5年。\n"
         "个性化分期还款协议的内容应当至少包括：\n（一）欠款余额、结构、币种；\n（二）还款周期、方式、币种"
         "、日期和每期还款金额；\n"
         "（三）还款期间是否计收年费、利息和其他费用；\n（四）持卡人在个性化分期还款协议相关款项未全部结清"
         "前，不得向任何银行申领信用卡的承诺；\n"
         "（五）双方的权利义务和违约责任；\n（六）与还款有关的其他事项。\n"
         "双方达成一致意见并签署分期还款协议的，发卡银行及其发卡业务服务机构应当停止对该持卡人的催收，持卡"
         "人不履行分期还款协议的情况除外。"
         "达成口头还款协议的，发卡银行必须留存录音资料。录音资料留存时间至少截至欠款结清日。",
         "欠款超出还款能力、但仍愿意还款的，银行可以（不是必须）与持卡人协商个性化分期，最长5年；签了分期协"
         "议并按约还款，银行及其催收机构应当停止催收。",
         "If the debt exceeds the holder's ability to pay and the holder still wants to pay, the bank may "
         "negotiate "
         "a personalised installment agreement of at most 5 years; once signed, collection must stop "
         "unless the holder defaults.",
         source="http://m.yktchina.com/xyk/xyk/2022/0913/46444.html"),
    _row(_CARD_RULES_INST, "card_rules_70_3", "第七十条第三款",
         "双方达成一致意见并签署分期还款协议的，发卡银行及其发卡业务服务机构应当停止对该持卡人的催收，持卡"
         "人不履行分期还款协议的情况除外。"
         "达成口头还款协议的，发卡银行必须留存录音资料。录音资料留存时间至少截至欠款结清日。",
         "签了分期还款协议、并且持卡人在按约还款的，银行和它委托的机构应当停止催收。",
         "Once an installment agreement is signed, the bank and its agents must stop collection unless the "
         "holder defaults.",
         source="http://m.yktchina.com/xyk/xyk/2022/0913/46444.html"),
)

# --- PBOC notices on interest and fees (§2) --------------------------------------------------------

_FEE_NOTICE = Instrument(
    "中国人民银行关于信用卡业务有关事项的通知", "中国人民银行", date(2017, 1, 1), Tag.SECONDARY,
    "https://www.pbc.gov.cn/tiaofasi/144941/3581332/3589049/index.html", doc_number="银发〔2016〕111号",
)
_RATE_REFORM = Instrument(
    "中国人民银行关于推进信用卡透支利率市场化改革的通知", "中国人民银行", date(2021, 1, 1), Tag.SECONDARY,
    "https://xining.pbc.gov.cn/zhengwugongkai/4081330/4406346/4693549/4159909/index.html",
    doc_number="银发〔2020〕327号",
)

_PBOC = (
    _row(_FEE_NOTICE, "fee_notice_2016", "",
         "取消信用卡滞纳金，对于持卡人违约逾期未还款的行为，发卡机构应与持卡人通过协议约定是否收取违约金，"
         "以及相关收取方式和标准"
         "……不得收取超限费……发卡机构对向持卡人收取的违约金和年费、取现手续费、货币兑换费等服务费用不得计收"
         "利息",
         "信用卡滞纳金已取消，违约金要在合同里约定；银行不得收超限费；违约金、年费、取现手续费等费用本身不"
         "得再计利息。",
         "Late fees abolished; any 违约金 must be agreed in the card contract; no over-limit fee; 违约金 "
         "and service fees may not themselves bear interest."),
    _row(_FEE_NOTICE, "fee_notice_2016_rate_band", "",
         "对信用卡透支利率实行上限和下限管理，透支利率上限为日利率万分之五，透支利率下限为日利率万分之五的0"
         ".7倍",
         "2017年至2020年，信用卡透支日利率在万分之五的0.7倍到万分之五之间；这一上下限自2021年1月1日起已取消"
         "。",
         "2017–2020: daily rate between 0.035 % and 0.05 % (band abolished from 2021-01-01)."),
    _row(_FEE_NOTICE, "fee_notice_2016_minimum_payment", "",
         "持卡人透支消费享受免息还款期和最低还款额待遇的条件和标准等，由发卡机构自主确定",
         "免息还款期和最低还款额的条件由各银行自己决定。",
         "Interest-free period and minimum-payment rules are set by each bank."),
    _row(_RATE_REFORM, "rate_reform_2020", "",
         "信用卡透支利率由发卡机构与持卡人自主协商确定……取消信用卡透支利率上限和下限管理（即上限为日利率万"
         "分之五、下限为日利率万分之五的0.7倍）"
         "……披露信用卡透支利率时应以明显方式展示年化利率，不得仅展示日利率、日还款额等",
         "自2021年1月1日起，信用卡透支利率由银行和持卡人协商确定，原来的上下限取消；银行要明显展示年化利率。",
         "Rate is agreed between bank and holder; the 2016 band is gone; banks must show the annualised "
         "rate prominently."),
)

# --- 2022 credit-card notice (§3): no text found, substance only ----------------------------------------

_CARD_NOTICE = Instrument(
    "中国银保监会 中国人民银行关于进一步促进信用卡业务规范健康发展的通知", "中国银保监会、中国人民银行", None,
    Tag.SECONDARY, "http://faoeng.cn/policy/info/1022",
)

_CARD_NOTICE_2022 = (
    _row(_CARD_NOTICE, "card_notice_2022_disclosure", "", "",
         "信用卡合同要写清楚利息、复利、费用、违约金的收取条款，并以明显方式向客户展示最高年化利率。",
         "Contracts must state the terms for 利息、复利、费用、违约金 and show the maximum annualised rate.",
         source="http://lwxsd.com/en/info_view.php?tab=mynews&VID=25968"),
    _row(_CARD_NOTICE, "card_notice_2022_installments", "", "",
         "信用卡分期最长不超过5年，分期成本统一以利息形式展示，不得诱导过度分期。",
         "Installment term ≤ 5 years; cost shown as interest; no inducing excessive installments.",
         source="http://lwxsd.com/en/info_view.php?tab=mynews&VID=25968"),
    _row(_CARD_NOTICE, "card_notice_2022_agency_info", "", "",
         "银行要有效告知还款和逾期信息，并向客户提供委外催收机构的信息。",
         "Banks must notify repayment and overdue information effectively and provide information on "
         "outsourced collection agencies."),
)

# --- 银行保险机构消费者权益保护管理办法 (§4) and complaints (§5) --------------------------------------------

_CONSUMER = Instrument(
    "银行保险机构消费者权益保护管理办法", "中国银保监会", date(2023, 3, 1), Tag.SECONDARY,
    "http://finance.eastmoney.com/a/202212302601739220.html",
)
_COMPLAINTS = Instrument(
    "银行业保险业消费投诉处理管理办法", "中国银保监会", date(2020, 3, 1), Tag.SECONDARY,
    "https://www.cignacmb.com/news/gonggao/2020-06-03/202006030757.html", doc_number="银保监会令2020年第3号",
)

_CONSUMER_RULES = (
    _row(_CONSUMER, "consumer_protection_collection", "", "",
         "银行委托外部机构催收前，应当用适当方式告知欠款人；银行和催收机构都不得冒用行政机关、司法机关的名"
         "义，不得使用暴力、恐吓、欺诈等不正当手段，不得用其他违法违规或者违背公序良俗的手段催收。",
         "Before handing a debt to an outside agency the bank must tell the debtor. Neither bank nor "
         "agency may "
         "pose as government or judicial organs, use violence, intimidation or deception, or any other "
         "unlawful or immoral means."),
    _row(_COMPLAINTS, "complaint_rules_time_limits", "",
         "银行保险机构应当依照相关法律法规、合同约定，公平公正作出处理决定，对于事实清楚、争议情况简单的消"
         "费投诉，"
         "应当自收到消费投诉之日起15日内作出处理决定并告知投诉人，情况复杂的可以延长至30日；情况特别复杂或"
         "者有其他特殊原因的，经其上级机构或者总行、总公司高级管理人员审批并告知投诉人，可以再延长30日。"
         "消费投诉处理过程中需外部机构进行鉴定、检测、评估等工作的，相关期间可以不计入消费投诉处理期限，但"
         "应当及时告知投诉人。",
         "银行收到投诉后，简单的应在15日内作出处理决定并告知；复杂的可以延长到30日；特别复杂的经审批并告知"
         "后可以再延长30日。",
         "Bank must decide a simple complaint within 15 days of receipt; complex: up to 30 days; specially "
         "complex, with senior approval and notice: another 30 days (max 60)."),
    _row(_COMPLAINTS, "complaint_rules_materials", "",
         "银行保险机构已经掌握或者通过查询内部信息档案可以获得的材料，不得要求投诉人提供。",
         "银行自己已有或者能查到的材料，不得要求投诉人再提供。",
         "The bank may not demand documents it already holds."),
    _row(_COMPLAINTS, "complaint_rules_third_party", "",
         "因合作销售产品或者提供服务而产生消费纠纷的，银行保险机构应当要求相关第三方机构配合处理消费投诉……",
         "纠纷涉及与银行合作的第三方（例如委外催收机构）的，银行应当要求第三方配合处理投诉。",
         "Bank must make its partners (e.g., outsourced collectors) cooperate."),
)

# --- Collection guideline and national standard (§6): cited by document name, never by clause ---------

_CBA = Instrument(
    "金融机构个人消费类贷款催收工作指引（试行）", "中国银行业协会", date(2026, 1, 30), Tag.SECONDARY,
    "http://fund.caiding5.cn/shichang/36079.html",
)
_GBT = Instrument(
    "互联网金融 个人网络消费信贷 贷后催收风控指引", "国家市场监督管理总局、国家标准化管理委员会",
    date(2025, 2, 28),
    Tag.SECONDARY, "https://wenku.siduzixun.com/filedownload/601861.htm", doc_number="GB/T 45251—2025",
)
_NIFA = Instrument(
    "互联网金融逾期债务催收自律公约（试行）", "中国互联网金融协会", None, Tag.UNVERIFIED,
    "https://wjjiajin.cn/fb123C2pQVgdTA1U.html",
)

_COLLECTION_STANDARDS = (
    _row(_CBA, "cba_guideline_2026_hours", "",
         "未经债务人同意，严禁在每日晚22:00至次日早8:00进行电话催收、外访催收及其他催收。",
         "没有欠款人同意，晚上22点到第二天早上8点之间不得以任何方式催收。",
         "No collection of any kind 22:00–08:00 without consent."),
    _row(_CBA, "cba_guideline_2026_frequency", "",
         "主动通话的频密程度应控制在合理及必需的范围内。债务人电话未接通的，催收人员对债务人同一联系方式尝"
         "试拨打次数当天不宜超过6次；与债务人另有约定除外。",
         "电话没接通时，同一天拨打同一个号码不宜超过6次。",
         "Unanswered: no more than 6 attempts per day per number."),
    _row(_CBA, "cba_guideline_2026_third_party", "",
         "原则上严禁对无关第三人进行催收。仅在债务人本人失联的特定情形下，方可联系无关第三人以获取债务人联"
         "系方式或请求转告，且严禁透露具体债务信息。如无关第三人明确要求不得联系，则须停止后续联系行为。",
         "严禁向亲友、同事、单位等无关的人催收；只有联系不上欠款人本人时，才可以向他们询问联系方式或请其转"
         "告，而且不得透露欠款情况；对方明确要求不要再联系的，必须停止。",
         "Never collect from unrelated third parties; only when the debtor is unreachable may they be "
         "asked for "
         "contact details or to pass a message, without debt details, and contact must stop if they say so."),
    _row(_CBA, "cba_guideline_2026_debt_related", "", "",
         "与债务有关的第三人（例如借款用于家庭开支时的配偶）要严格认定，可以向其催收。",
         "A debt-related third party (e.g., a spouse where the debt served family expenses) is identified "
         "strictly."),
    _row(_CBA, "cba_guideline_2026_contact_sources", "", "",
         "催收使用的联系方式只能来自六种合法渠道（合同、欠款人留下的信息、欠款人授权、合法公开的来源等），"
         "其他方式获取的联系方式不得使用。",
         "Six lawful channels to obtain contact details; contacts harvested otherwise are unlawful."),
    _row(_CBA, "cba_guideline_2026_impersonation", "",
         "冒用行政机关、司法机关等名义追查债务人信息、寄送催收信函、开展催收行为；外部催收机构以会员单位身"
         "份开展催收",
         "禁止冒用政府、公安、法院等名义催收；禁止催收机构冒充银行身份催收。",
         "Banned: posing as government or judicial organs; an outside agency collecting in the bank's name."),
    _row(_CBA, "cba_guideline_2026_improper_means", "",
         "通过散布他人隐私、非法获取个人信息，采用恐吓、辱骂、欺诈、威胁、暴力、涉黑等不当手段开展催收",
         "禁止散布隐私、非法获取个人信息，禁止恐吓、辱骂、欺骗、威胁、暴力催收。",
         "Banned: spreading private information, unlawfully obtained data, intimidation, insults, deception, "
         "threats, violence."),
    _row(_CBA, "cba_guideline_2026_misleading", "",
         "采取误导性表述虚构或夸大事实，以列入虚构的黑名单、虚构的不良信用数据库为由开展催收，"
         "以虚假承诺、夸大债务数额、性质、法律后果为由开展催收",
         "禁止编造或夸大事实催收，例如虚构\u201c黑名单\u201d、夸大欠款金额或法律后果。",
         "Banned: fake blacklists, false promises, exaggerated amounts, nature or legal consequences."),
    _row(_CBA, "cba_guideline_2026_fees_and_borrowing", "",
         "以催收名义收取额外费用，诱导或逼迫债务人通过新增借贷或非法渠道筹集资金偿还债务",
         "禁止以催收为名收取额外费用，禁止诱导或逼迫欠款人借新债还旧债。",
         "Banned: extra fees in the name of collection; pushing the debtor to borrow anew to repay."),
    _row(_CBA, "cba_guideline_2026_public_posting", "",
         "在公众场所张贴催收公告、律师函等文书",
         "禁止在公共场所张贴催收公告、律师函。",
         "Banned: posting collection notices or lawyer letters in public."),
    _row(_CBA, "cba_guideline_2026_private_phone", "",
         "外部催收机构在未经会员单位同意的情况下，使用私人手机电话（或社交软件）联系债务人",
         "催收机构未经银行同意，不得用私人手机或个人微信等联系欠款人。",
         "Banned: an outside agency contacting the debtor from a private phone or social account without the "
         "bank's consent."),
    _row(_CBA, "cba_guideline_2026_entry", "",
         "未经同意进入住宅等私人场所或债务人办公区域实施催收",
         "未经同意，不得进入欠款人住宅或办公区域催收。",
         "Banned: entering the home or the debtor's office area without consent."),
    _row(_CBA, "cba_guideline_2026_visits", "",
         "外访催收应安排不少于两名催收人员共同实施。",
         "上门催收应当至少两名催收人员一起进行。",
         "Visits need at least two collectors.",
         source="https://www.163.com/dy/article/KKKKMEEH0553TEXM.html"),
    _row(_GBT, "gbt_45251_2025_whom", "",
         "金融机构和第三方催收机构应只向债务人催收，不应向联系人催收，向担保人等连带责任人催收应以国家法律"
         "法规、规定和协议约定为限。"
         "仅在无法联系到债务人本人，或债务人死亡、被认定为无民事行为能力或限制民事行为能力人等特定情况下，"
         "催收人员才可与联系人联系，"
         "且当联系人明确拒绝或要求不再联系时，催收人员不得再与其联系，也不得透露债务人欠款信息。",
         "只能向欠款人本人催收，不应向联系人催收；联系不上本人时才可以联系联系人，对方拒绝就不得再联系，也"
         "不得透露欠款信息。",
         "Only the debtor; contacts only in narrow cases, never told about the debt, and not again once "
         "they refuse."),
    _row(_GBT, "gbt_45251_2025_hours", "",
         "双方未约定时，催收作业不应在每日22:00至次日8:00进行。",
         "没有约定时，晚上22点到第二天早上8点之间不应催收。",
         "No collection 22:00–08:00."),
    _row(_GBT, "gbt_45251_2025_frequency", "",
         "以语音形式（含智能语音）进行交互式催收，与单一债务人主动有效通话每日不应超过3次。",
         "电话（包括机器人语音）催收，每天与同一欠款人接通的通话不应超过3次。",
         "No more than 3 connected calls per day (incl. robot calls)."),
    _row(_NIFA, "nifa_convention_2018", "", "",
         "中国互联网金融协会的催收自律公约禁止暴力、恐吓、骚扰催收，禁止向无关第三人透露欠款信息；其中关于"
         "催收时段的说法无法核实。",
         "NIFA 2018 convention: bans violent, threatening, harassing collection and disclosure to third "
         "parties (substance only, low reliability); its hours and article numbers could not be verified."),
)

# --- Foreign comparison (§16): never law in China ------------------------------------------------------

_FDCPA = Instrument(
    "美国公平债务催收作业法（Fair Debt Collection Practices Act）", "美国国会", None, Tag.SECONDARY,
    "15 U.S.C. § 1692c(a)(1)",
)

_FOREIGN = (
    _row(_FDCPA, "us_fdcpa_1692c", "15 U.S.C. § 1692c(a)(1)", "",
         "（国外做法，仅供对比，不是中国法律）美国法律规定，第三方催收人员未经同意，不得在当地时间早上8点前"
         "、晚上9点后联系欠款人。",
         "Without the prior consent of the consumer, a debt collector may not communicate with a consumer "
         "at any unusual time or place, particularly before 8 o'clock antemeridian and after 9 o'clock "
         "postmeridian, local time at the consumer's location.",
         foreign=True),
)

ALL: tuple[Citation, ...] = (
    _CIVIL_CODE + _COURT_RULES + _CRIMINAL_LAW + _CARD_CRIME_INTERP + _PSL + _PERSONAL_INFO
    + _CREDIT_REPORTING + _CARD_RULES + _PBOC + _CARD_NOTICE_2022 + _CONSUMER_RULES + _COLLECTION_STANDARDS
    + _FOREIGN + court_citations.ROWS
)
CITATIONS: dict[str, Citation] = {c.id: c for c in ALL}


def get(citation_id: str) -> Citation:
    """The row with this id; raises KeyError for an unknown id so a typo cannot pass silently."""
    return CITATIONS[citation_id]


def item(item_id: str) -> tuple[str, ...]:
    """The row ids a VERIFIED court-stage item (`ct_answer_15d`, ...) rests on.

    KeyError for an unknown item and for an UNVERIFIED one, which has nothing the app may cite.
    """
    return court_citations.ITEMS[item_id]
