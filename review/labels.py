"""Chinese labels for the stable English vocabularies (categories, severities …)."""
from __future__ import annotations

CATEGORY = {
    "forbidden_phrase": "服务忌语",
    "shirking": "推诿搪塞",
    "missing_greeting": "缺少开场问候",
    "missing_self_intro": "缺少自我介绍",
    "missing_confirmation": "未确认客户是否明了",
    "missing_apology": "未道歉",
    "missing_closing": "缺少结束语",
    "interruption": "打断客户",
    "dead_air": "静音过长",
    "repeated_question": "重复询问",
    "impolite_address": "称呼不礼貌",
    "speech_rate": "语速不当",
    "agent_hung_up_first": "坐席先挂机",
    "agent_on_leave": "休假期间有通话",
}
SEVERITY = {"critical": "致命", "major": "严重", "minor": "轻微"}
ROLE = {"agent": "坐席", "customer": "客户", "unknown": "未区分"}
VERDICT = {"confirmed": "已确认", "rejected": "已驳回", None: "待复核"}
REVIEW_STATUS = {"pending": "待复核", "in_progress": "复核中", "done": "已复核"}
APPEAL_STATUS = {"open": "待裁决", "upheld": "维持原结论", "overturned": "撤销该发现"}
ITEM_STATUS = {"ok": "满分", "deducted": "扣分", "failed": "一票否决", "na": "N/A(需人工)",
               "manual": "人工评分"}
EXAMPLE_KIND = {"good": "好例子", "bad": "坏例子"}
METHOD = {"exact": "原文", "pinyin": "读音相近", "regex": "规则式", "semantic": "语义",
          "acoustic": "声学", "metadata": "通话信息", "absence": "缺失", "filter": "筛选"}
ACTION = {
    "verdict.set": "复核结论", "manual_score.set": "人工评分", "manual_score.clear": "清除人工评分",
    "appeal.file": "提交申诉", "appeal.rule": "申诉裁决", "example.add": "标记示例",
    "example.delete": "删除示例", "pack.export": "导出分享包", "user.add": "新增用户",
    "user.passwd": "修改密码", "user.disable": "停用用户", "user.enable": "启用用户",
    "login.ok": "登录", "login.failed": "登录失败",
}

ALL = {"category": CATEGORY, "severity": SEVERITY, "role": ROLE, "verdict": VERDICT,
       "review_status": REVIEW_STATUS, "appeal_status": APPEAL_STATUS,
       "item_status": ITEM_STATUS, "example_kind": EXAMPLE_KIND, "method": METHOD,
       "action": ACTION}


def fmt_time(seconds: float | None) -> str:
    """mm:ss (or h:mm:ss) for a position in a call."""
    if seconds is None:
        return "–"
    total = int(max(0.0, float(seconds)))
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def fmt_score(score: float | None) -> str:
    if score is None:
        return "–"
    return f"{score:.1f}".rstrip("0").rstrip(".") if score != int(score) else f"{int(score)}"
