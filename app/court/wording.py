"""The court step's words: labels of what arrived, the deadlines, and what each point of
app.core.court.guidance says. Each sentence says no more than its court-stage item."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from flask_babel import lazy_gettext as _l

from app.core.court.case_number import CourtLevel, Proceeding, Status
from app.core.court.papers import PaperChannel, PaperKind, RedFlag
from app.i18n import current_locale

KINDS = {
    PaperKind.PRE_SUIT_MEDIATION: _l("诉前调解通知"),
    PaperKind.COMPLAINT: _l("起诉状副本 / 应诉通知书"),
    PaperKind.SUMMONS: _l("传票（开庭通知）"),
    PaperKind.PAYMENT_ORDER: _l("支付令"),
    PaperKind.ARBITRATION_NOTICE: _l("仲裁通知"),
    PaperKind.ARBITRATION_AWARD: _l("仲裁裁决书"),
    PaperKind.JUDGMENT: _l("判决书"),
    PaperKind.RULING: _l("裁定书"),
    PaperKind.ENFORCEMENT_NOTICE: _l("执行通知书"),
    PaperKind.ASSET_REPORT_ORDER: _l("报告财产令"),
    PaperKind.DISHONEST_NOTICE: _l("纳入失信被执行人名单的决定"),
    PaperKind.CONSUMPTION_RESTRICTION: _l("限制消费令"),
    PaperKind.LAWYER_LETTER: _l("律师函"),
}

CHANNELS = {
    PaperChannel.SMS: _l("短信或App消息"),
    PaperChannel.COURT_POST: _l("法院专递（EMS）"),
    PaperChannel.POST: _l("普通邮件或快递"),
    PaperChannel.HANDED: _l("当面交给我或家人，或留在家里"),
    PaperChannel.PHONE: _l("电话"),
}

RED_FLAGS = {
    RedFlag.PERSONAL_ACCOUNT: _l("要求把钱转到个人账户，或扫二维码付款"),
    RedFlag.LINK_OR_APP: _l("让点链接、下载App或共享屏幕"),
    RedFlag.ARREST_THREAT: _l("说要抓人、拘留或坐牢"),
    RedFlag.PRIVATE_NUMBER: _l("从普通手机号发来或打来，不是法院的号码"),
    RedFlag.PAY_TO_CLOSE: _l("说“今天交钱就撤诉”或要交“撤诉费”"),
}

DEADLINES = {
    "answer": _l("提交答辩状"),
    "jurisdiction_objection": _l("提出管辖异议（与答辩期相同）"),
    "payment_order_objection": _l("向法院提交书面异议（支付令）"),
    "appeal_judgment": _l("对判决提起上诉"),
    "appeal_ruling": _l("对裁定提起上诉（可以上诉的裁定）"),
    "award_nonenforcement": _l("申请不予执行仲裁裁决"),
    "award_setaside": _l("申请撤销仲裁裁决"),
    "hearing": _l("开庭"),
}

COUNTING = _l("从收到的次日开始算；最后一天是法定节假日或不调休的周末的，顺延到之后的第一个工作日。"
              "在期限届满前交邮寄出的，不算过期。")
MOVED = _l("按天数算到 %(date)s，那天不上班，所以顺延。")
WEEKENDS_ONLY = _l("%(year)s 年的放假安排本站还没有收录，这个日期只跳过了周末。请以法院通知为准，尽量提前办。")
COURT_PREVAILS = _l("以法院通知为准。")
SETASIDE_OPEN = _l("这份裁决是 2026 年 3 月 1 日新仲裁法施行前收到的。旧法规定的申请撤销期限是六个月，"
                   "新法是三个月；新法没有写明过渡办法，哪一个适用还没有定论。请一律按三个月办。")
WITH_COMPLAINT = _l("传票本身不开始答辩期。如果同一个信封里还有起诉状副本或应诉通知书，请另外记录一份"
                    "“起诉状副本 / 应诉通知书”，本站会算出答辩期限。")
OBJECTION_NOT_TIME = _l("只说没钱、要求宽限或分期的异议不算数：书面异议必须对债务本身（金额、利息、违约金）提出异议。")
AWARD_NOTICE = _l("如果这份执行通知书执行的是仲裁裁决：请也记录那份仲裁裁决，并选同一个债权人，"
                  "本站会算出申请不予执行的期限（收到执行通知书后 15 天）。")

NUMBER_STATUS = {
    Status.NONE: _l("没有填写案号。真的法院文书和法院短信都有案号。"),
    Status.UNREADABLE: _l("这个案号的格式和法院的案号不一样（例如“(2026)京0105民初12345号”）。"
                          "可能是抄错了，也可能不是法院的案号，请向法院核实。"),
}
PROCEEDINGS = {
    Proceeding.CIVIL_FIRST_INSTANCE: _l("“民初”表示民事一审案件。"),
    Proceeding.PRE_SUIT_MEDIATION: _l("“民诉前调”表示诉前调解案件：这是调解，还不是诉讼，法院还没有立案审理。"),
    Proceeding.ENFORCEMENT: _l("“执”表示执行案件。"),
    Proceeding.UNKNOWN: _l("“%(code)s”这个类型代字的含义本站无法确认，请向法院问清楚。"),
}
LEVELS = {
    CourtLevel.SUPREME: _l("最高人民法院"),
    CourtLevel.HIGH: _l("高级人民法院"),
    CourtLevel.INTERMEDIATE: _l("中级人民法院"),
    CourtLevel.BASIC: _l("基层人民法院"),
}
NUMBER_PARTS = _l("%(year)s 年收案，法院代字“%(court)s”（%(level)s），类型代字“%(type)s”，第 %(seq)s 号。")
MISMATCH = _l("注意：您选的是“%(kind)s”，但这个案号表示的程序一般不会发这种文书。请核对文书名称，或向法院核实。")

LIKELY_FAKE = _l("很可能是假的")
LIKELY_FAKE_WHY = _l("真的法院文书不会这样做：")
NO_FLAGS = _l("您没有勾选可疑的情况。即使这样，也请用下面的方法向法院核实，本站不会替您查询。")

POINTS = {
    "pre_suit_mediation": _l("诉前调解要经您同意，一般 30 天，双方同意可以延长；您拒绝调解或联系不上您，"
                             "调解就结束，银行可以再去起诉。"),
    "mediation_concessions_protected": _l("为了达成调解而作出的让步和认可的事实，以后在诉讼中不能作为对您不利的证据。"),
    "mediation_confirmation_enforceable": _l("调解协议经法院司法确认后，您不履行，对方可以申请强制执行。"
                                             "签之前请看清楚每期金额能不能做到。"),
    "answer": _l("收到起诉状副本后 15 天内可以提交书面答辩状；不答辩，法院照样审理。"),
    "jurisdiction_objection": _l("认为不该由这个法院审理的，要在答辩期内提出管辖异议；没有提出异议就答辩的，"
                                 "这个法院就有了管辖权。"),
    "format_jurisdiction_clause": _l("合同里的管辖条款是格式条款、办卡时没有合理提示您注意的，可以请求法院认定它无效。"),
    "interest_reduction": _l("银行主张的利息、复利、违约金等总额过高的，可以请求法院适当减少；法院会综合考虑监管规定、"
                             "欠款数额和期限、双方过错和银行的实际损失。法律没有规定一个固定比例。"),
    "default_judgment": _l("经传票传唤，没有正当理由不到庭的，法院可以缺席判决。"),
    "sms_summons_no_default": _l("简易程序中用电话、短信等简便方式通知开庭的，如果您没有确认收到、也没有其他证据证明您收到，"
                                 "法院不能缺席判决。"),
    "hearing_notice_3d": _l("法院应当在开庭三日前通知当事人。您收到通知时离开庭已不足三天，可以马上联系法院说明情况。"),
    "small_claims": _l("事实清楚的简单金钱案件，标的额在本省上年度就业人员年平均工资百分之五十以下的，适用小额诉讼程序"
                       "（双方约定的可到二倍）：可以一次开庭审结，一审终审，不能上诉。"),
    "payment_order_objection": _l("收到支付令后 15 天内，要么清偿，要么向法院提出书面异议。异议成立的，支付令失效，"
                                  "案件转为诉讼，除非银行在 7 天内表示不起诉。"),
    "payment_order_objection_content": _l("异议必须针对债务本身（例如金额、利息、违约金不对）。只说没钱、要求宽限或分期，"
                                          "不影响支付令的效力；口头异议和逾期的异议都无效。"),
    "payment_order_no_objection": _l("既不提异议也不清偿的，银行可以申请强制执行。"),
    "arbitration_agreement": _l("仲裁要有书面仲裁协议并写明仲裁机构。对仲裁协议有异议的，要在首次开庭前提出；"
                                "对方说有仲裁协议而您在首次开庭前不否认的，可能被视为有仲裁协议。"),
    "arbitration_online": _l("仲裁可以在线进行，除非当事人明确表示不同意。想要线下进行的，请明确书面表示。"),
    "arbitration_final": _l("仲裁一裁终局，不能上诉；只能向法院申请撤销或不予执行。"),
    "pre_dispute_award": _l("网络借贷中，在纠纷发生前就作出的“先予仲裁”裁决或调解书，法院不予执行。"),
    "award_setaside": _l("可以在收到裁决书后三个月内，向仲裁机构所在地的中级人民法院申请撤销裁决（须有法定理由）。"),
    "award_nonenforcement": _l("对方申请法院执行裁决时，可以在执行通知书送达后 15 天内，以法定理由书面申请不予执行。"),
    "appeal": _l("不服一审判决的，在判决书送达后 15 天内上诉；可以上诉的裁定是 10 天。上诉要书面提出并交上诉费。"),
    "judgment_final": _l("在上诉期内没有上诉的判决，就发生法律效力。"),
    "double_interest": _l("判决生效后没有按期履行的，要加倍支付迟延履行期间的债务利息。"),
    "enforce_2y": _l("银行申请强制执行的期间是两年，从判决确定的履行期间最后一日起算；"
                     "银行催要、您同意履行或达成和解，都会使这两年中断、重新计算。"),
    "enforcement_settlement": _l("执行中可以和银行达成执行和解，改变金额和还款期限；您按约履行期间，不会恢复执行。"
                                 "没有履行和解协议的，按原判决执行，已还的部分扣除。您的还款方案可以作为和解提议。"),
    "asset_report": _l("收到执行通知后，要如实报告现在的财产和过去一年的财产变动；拒绝报告或虚假报告，"
                       "可能被罚款、拘留，并被纳入失信名单。"),
    "refusal_to_comply": _l("判决生效后，有能力履行而拒不履行、隐藏转移财产或虚假报告的，可能被罚款、拘留，"
                            "情节严重的构成拒不执行判决、裁定罪。确实没有能力履行不是犯罪。"),
    "dishonest_list": _l("法院只能依六种情形把人纳入失信名单：有能力而拒不履行；以伪造证据、暴力、威胁等妨碍执行；"
                         "以虚假诉讼、虚假仲裁或隐匿转移财产等逃避执行；违反财产报告制度；违反限制消费令；"
                         "无正当理由拒不履行执行和解协议。要有书面决定。"),
    "dishonest_deletion": _l("全部履行、和解履行完毕、申请人申请等情形下，法院应在三个工作日内删除失信信息；"
                             "认为纳入错误的，可以申请纠正，法院在 15 日内审查。"),
    "high_consumption": _l("限制消费令限制的是：乘坐飞机、列车软卧、高铁和其他动车组一等以上座位，住星级宾馆，"
                           "购买不动产，购买非经营必需车辆，旅游度假，子女就读高收费私立学校等；"
                           "全部履行后解除，确因生活或经营必需的可以申请许可。"),
    "lawyer_letter": _l("律师函是律师受委托写的信，不是法院文书：它不会开始诉讼，本身也没有强制执行的效力；"
                        "但可以算作一次催收，使诉讼时效中断。可以核实律所和律师是否真实存在。"),
    # what cannot happen
    "no_arrest_for_absence": _l("不出庭不会因此被抓：拘传只适用于负有赡养、抚育、扶养义务或不到庭就无法查清案情的被告，"
                                "普通信用卡欠款的被告不在此列。"),
    "not_yet_a_lawsuit": _l("诉前调解案号（含“民诉前调”）表示调解，还不是诉讼。"),
    "family_accounts": _l("强制执行只针对您本人的财产。父母、子女、亲友自己的账户和财产不能因为您的欠款被执行；"
                          "被错误冻结的，他们可以书面提出案外人异议。例外：与您共有的财产；"
                          "法院认定配偶也要承担的夫妻共同债务。"),
    "living_exemption": _l("工资可以被扣留，但法院必须给您和您供养的家属留下生活必需费用（当地有最低生活保障标准的，"
                           "参照该标准）；生活必需品不能查封，唯一的必需住房不能拍卖。留下的数额可能不多。"),
    "dishonest_not_for_inability": _l("没有能力还钱本身不是纳入失信名单的理由：“有能力而拒不履行”才是；"
                                      "已提供担保或查封的财产足够清偿的，也不会因此被纳入。"),
    "letter_no_enforcement": _l("强制执行要有生效判决、调解书、经确认的调解协议、没有异议的支付令或仲裁裁决，"
                                "并由对方向法院申请。律师函做不到这些。"),
    # realness
    "fake_signs": _l("常见的假“法院通知”：要求付款（“交钱免诉”“撤诉费”）、转个人账户或扫码、从普通手机号发来、"
                     "让点链接或装App、以抓人相威胁、案号查不到。"),
    "check_case_platform": _l("用自己的身份证号在中国审判流程信息公开网查询自己的案件；判决书可以在中国裁判文书网查。"
                              "请自己搜索这些网站，不要点短信里的链接。"),
    "check_12368": _l("拨打 12368（法院诉讼服务热线）核实案号，或在微信里搜索“人民法院在线服务”，"
                      "或带身份证去法院的诉讼服务中心问。"),
    "check_zxgk": _l("失信和限制消费可以在中国执行信息公开网用姓名和身份证号查询。"),
    "only_courts_serve": _l("法院文书只由法院送达：当面送达并签送达回证、通过邮政以“法院专递”寄送，"
                            "或经您同意以电子方式送达。真的法院短信一般只提示您到法院平台查看文书。"),
}

NEXT_TITLE = _l("接下来会怎样")
CANNOT_TITLE = _l("不会发生的事")

WEEKDAY_FORMAT = "EEEE"


def weekday(value: date) -> str:
    """星期四 / Thursday, in the active locale."""
    return format_date(value, WEEKDAY_FORMAT, locale=current_locale())
